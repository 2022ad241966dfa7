"""Poisons as the means of an attack: PLOVER's ASSAULT mode "unconventional" (private).

The codebook's ASSAULT mode "unconventional: chemical, biological, radiation, and nuclear
weapons": an act whose means phrase names one ("fired rockets with chemical heads"), an
attack noun a poison names ("a sarin gas attack"), a doer that is such an attack ("the gas
attack killed 80"), an attack the sentence ties to a poison ("fired gas shells in the
attack that killed 20", "struck the town with sarin; the attack killed 50"), a killing
done "using chemical weapons". Not a target that happens to hold the word ("struck a
chemical plant", "an attack on a gas field").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .lexicon import word_set

__all__ = [
    "poison_attack",
    "poison_doer",
    "poison_wielded",
    "poisoned_setting",
    "unconventional_phrase",
    "used_poison",
    "used_poison_word",
]

# "unconventional: chemical, biological, radiation, and nuclear weapons": words that make a
# weapon or an attack one ("chemical rockets", "a sarin attack"), not a target ("struck a
# chemical plant").
_UNCONVENTIONAL = word_set(
    "chemical chemicals poison poisonous toxic sarin chlorine mustard nerve biological "
    "nuclear radiological"
)
# The poisons that make an attack noun's left words a chemical attack: "a gas attack", "a
# chlorine attack" (not "an attack on a gas field": the words of its object).
_POISON_ATTACKS = _UNCONVENTIONAL | word_set("gas gases")
# What a poison word may hang on in a poison attack: the attack, or its weapon or agent.
_POISONED_HEADS = _POISON_ATTACKS | word_set("weapon weapons agent agents")

# Prepositions of a phrase that tells when an act came, not how: "after the gas attack".
_TIMES = word_set("after before since following until")
# Prepositions that make an attack noun the setting of the act they hang on: "fired
# rockets with gas heads in the attack", "chlorine was used during the raid".
_SETTINGS = word_set("in during")
# Verbs whose subject or object is the weapon itself: "chemical agents were used".
_WIELDING = word_set("use employ fire drop release unleash deploy spray")
# Nouns of using arms: "the use of sarin", "chemical weapons usage".
_USE_NOUNS = word_set("use usage")
# Words that make the arms used unconventional; "gas" alone may be tear gas or fuel.
_USED_POISONS = _UNCONVENTIONAL - word_set("gas gases")
# Determiners of an attack told again: "the attack", "this raid".
_AGAIN = word_set("the this that")


def poison_attack(words: list[Token]) -> str:
    """Return "unconventional" for an attack noun told by a poison: "a sarin gas attack"."""
    noun = words[-1] if words else None
    poisoned = any(
        t.lower_ in _POISON_ATTACKS and (t.head == noun or t.head.lower_ in _POISONED_HEADS)
        for t in words
    )  # "a chemical weapons attack", "a sarin gas attack"; not "a gas field attack"
    return "unconventional" if poisoned else ""


def poison_doer(actor: Span) -> str:
    """Return "unconventional" for a doer that is a poison attack: "a sarin attack killed 80".

    "The chemical attack on the village, which killed 90", "a gas attack that left dozens
    dead": whichever clause the parse hangs the toll on, the doer the event has is the
    attack, whose left words name the poison. Not an attack on a gas field ("the attack
    on the gas plant killed ten": the poison word is the object's). So is a poison itself:
    "20 were injured by the gas", "most were killed by sarin".
    """
    from .attacknouns import ATTACK_NOUNS  # attacknouns -> classify -> here

    root = actor.root
    if root.lower_ in _POISON_ATTACKS and root.pos_ == "NOUN":
        return "unconventional"
    if root.lemma_.lower() not in ATTACK_NOUNS and root.lower_ not in ATTACK_NOUNS:
        return ""
    return poison_attack(_left_words(root)) or poisoned_setting(root)


def poisoned_setting(noun: Token) -> str:
    """Return "unconventional" for an attack noun its sentence tells was done with a poison.

    The act the attack is the setting of names the poison: "jets fired rockets with gas
    heads in the attack that killed 20", "chlorine was used in the raid, which injured
    30"; or the attack is told again after an act with a poison: "planes struck the town
    with sarin, and medics said the attack killed 50". Not an attack its own words tell
    apart ("the attack on the checkpoint"), nor one told after a poison that only dates
    an act ("shelled the town after the gas attack; the raid killed five").
    """
    prep = noun.head
    setting = noun.dep_ == "pobj" and prep.lower_ in _SETTINGS
    if setting and prep.head.pos_ in {"VERB", "AUX"} and _names_poison(prep.head, skip=prep):
        return "unconventional"
    if not _told_again(noun):
        return ""
    earlier = [t for t in noun.sent if t.i < noun.i and t.pos_ == "VERB"]
    return "unconventional" if any(_names_poison(t) for t in earlier) else ""


def poison_wielded(verb: Token) -> bool:
    """Return whether a clause on an act tells the poison it wielded.

    "Killed 300 people using chemical weapons", "killed 300 when they unleashed nerve
    gas": the participle or the clause of the same act says how it was done. Not a
    clause that only dates the act ("killed 30 before using chlorine elsewhere").
    """
    objects = [k for k in verb.children if k.dep_ == "dobj"]
    # without a comma the parser hangs the participle on the object: "killed 300 using"
    hung = [k for o in objects for k in o.children if k.dep_ == "acl" and k.tag_ == "VBG"]
    for kid in [*verb.children, *hung]:
        if kid.dep_ not in {"advcl", "xcomp", "acl"} or kid.lemma_.lower() not in _WIELDING:
            continue
        if any(m.dep_ == "mark" and m.lower_ in _TIMES for m in kid.children):
            continue
        wielded = [k for k in kid.children if k.dep_ == "dobj"]
        if any(t.lower_ in _UNCONVENTIONAL for o in wielded for t in o.subtree):
            return True
    return False


def _told_again(noun: Token) -> bool:
    """Return whether an attack noun is a bare "the attack", with no words of its own."""
    lefts = list(noun.lefts)
    bare = len(lefts) == 1 and lefts[0].dep_ == "det" and lefts[0].lower_ in _AGAIN
    return bare and not any(k.dep_ == "prep" for k in noun.rights)  # "the attack on X"


def _names_poison(act: Token, skip: Token | None = None) -> bool:
    """Return whether an act's own phrases name a poison as its means ("with sarin")."""
    for kid in act.children:
        if kid == skip or kid.lower_ in _TIMES:
            continue
        if unconventional_phrase(kid):
            return True
        wielded = kid.dep_ in {"nsubjpass", "dobj"} and act.lemma_.lower() in _WIELDING
        if wielded and any(t.lower_ in _UNCONVENTIONAL for t in kid.subtree):
            return True  # "chemical agents were used in the attack"
    return False


def unconventional_phrase(kid: Token) -> bool:
    """Return whether an act's phrase names a weapon of mass destruction as its means."""
    from .agentnouns import is_means_noun  # agentnouns -> eventnouns -> classify
    from .eventnouns import is_event_noun

    heads = [kid] if kid.dep_ in {"nsubj", "nsubjpass", "dobj"} else []
    if kid.dep_ in {"prep", "agent"}:
        heads = [k for k in kid.children if k.dep_ == "pobj"]
    for head in heads:
        means = kid.lower_ in {"with", "using"}  # "fired rockets with gas heads"
        if not (means or is_means_noun(head.lower_) or is_event_noun(head)):
            continue  # "struck a chemical plant": the target, not the means
        if any(t.lower_ in _UNCONVENTIONAL for t in head.subtree):
            return True
        if kid.lower_ in _TIMES or not is_event_noun(head):
            continue  # "bombed the hospital after the gas attack": when, not how
        if poison_attack(_left_words(head)):
            return True  # "carried out the gas attack", as a doer ("the gas attack killed 9")
    return False


def _left_words(noun: Token) -> list[Token]:
    return [t for k in noun.lefts for t in k.subtree] + [noun]


def used_poison(noun: Token) -> list[Token]:
    """Return the unconventional arms a use noun names, or [].

    "the use of sarin" -> [sarin]; "the use of chemical weapons and toxic substances"
    -> both; "chemical weapons use" -> [chemical]; "the use of tear gas", "the use of
    force", "the use of the airport" -> [].
    """
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _USE_NOUNS:
        return []
    of = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    pobj = next((k for k in of.children if k.dep_ == "pobj"), None) if of is not None else None
    if pobj is not None:
        arms = list(_joined(pobj))
        return arms if any(used_poison_word(t) for t in arms) else []
    # "chemical weapons use", "the alleged chemical weapon use": the arms before it.
    before = noun.doc[noun.left_edge.i : noun.i]
    return [t for t in before if t.dep_ in {"compound", "amod"} and t.lower_ in _USED_POISONS][:1]


def used_poison_word(arms: Token) -> bool:
    """Return whether a noun or its left words name a poison: "sarin", "chemical weapons"."""
    words = {arms.lower_, arms.lemma_.lower()} | {t.lower_ for t in arms.lefts}
    return bool(words & _USED_POISONS)


def _joined(noun: Token) -> Iterator[Token]:
    # "chemical weapons and toxic substances": each noun of the list.
    yield noun
    for kid in noun.children:
        if kid.dep_ == "conj":
            yield from _joined(kid)
