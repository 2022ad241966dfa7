"""A halt of one's own force is a ceasefire (private to :mod:`graph.extract`).

PLOVER's RETREAT covers "observing a ceasefire or otherwise ending active conflicts"
(mode ``ceasefire``). News says it with a verb of stopping whose object is the subject's own
use of force, or with a light verb of declaring whose object is a halt of force:

- "the jets halted their air strikes on the city", "the army stopped its shelling";
- "Moscow declared a pause in its bombing", "the ministry announced a daily halt of fighting".

A truce declared over is the opposite, no ceasefire: "the army declared the truce over",
"declared its week-long ceasefire over" state its end (as "declared the end of the truce"
does), and are a statement.

Stopping a foe's attack ("halted the rebels' advance") is force (:mod:`.coercion`); a halt
urged on someone ("urged the army to halt its strikes") is the urging's DEMAND; a halt that
is only promised ("said it would halt fire") becomes CONCEDE by its modality.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .lexicon import word_set
from .senses import names_an_event
from .spans import child, conjuncts, join_tokens, verb_group

__all__ = ["HALT_VERBS", "force_halted", "halt_target", "is_halt_timing", "truce_ended"]

_CEASEFIRE = Code("0871", "RETREAT", "ceasefire")
_OWN_WORK = Code("", "OTHER", "")
# A party's own work, which it may suspend for its own reasons (not a sanction).
_WORK = word_set("work activity activities operation operations service services duty duties")
_FORCE = frozenset({"FIGHT", "ASSAULT"})
HALT_VERBS = word_set("halt stop suspend pause cease freeze")
# Light verbs that make their object's halt the subject's act ("declared a pause in X").
_DECLARING = word_set("declare announce order")
_HALT_NOUNS = word_set("halt pause suspension cessation freeze lull moratorium stop")
# Prepositions that name what a halt stops: "a halt of fighting", "a pause in strikes".
_HALTED = word_set("of in on to")
_ENDED_TRUCE = Code("010", "STATEMENT", "")
_TRUCES = word_set("truce ceasefire cease-fire armistice lull pause halt moratorium")
# Words that say a thing has ended: "declared the truce over".
_OVER = word_set("over finished ended")
_PARTY_LABELS = frozenset({"NORP", "ORG", "GPE"})
# Operations that are a use of force ("its military operations"), and parties whose
# operations are military ("Karvonia suspended its operations", "the army halted operations").
_OPERATIONS = word_set("operation operations")
_ARMED_KINDS = word_set("military combat air ground offensive armed army naval aerial")
_STATES = frozenset({"NORP", "GPE"})
_ARMED = word_set(
    "army military forces troops soldiers militia militias rebels fighters insurgents "
    "jihadists coalition navy regime government"
)


def force_halted(verb: Token) -> Code | None:
    """Return a ceasefire (RETREAT) for a party's halt of its own force, else None.

    "Russian jets halted their air strikes", "the army declared a pause in its
    shelling"; not "the army halted the rebel advance", "stopped the car", "halted work".
    """
    subjects = [k for k in verb.children if k.dep_ == "nsubj"]
    if not subjects or any(names_an_event(s) for s in subjects):
        return None  # "in a bid to halt rocket fire", "the truce stopped the fighting"
    objects = [k for k in verb.children if k.dep_ == "dobj"]
    lemma = verb.lemma_.lower()
    if lemma in HALT_VERBS and any(_own_force(o, subjects) for o in objects):
        return _CEASEFIRE
    if lemma in HALT_VERBS and any(_military_operations(o, subjects) for o in objects):
        return _CEASEFIRE  # "Karvonia suspended its operations", "halted combat operations"
    if lemma in HALT_VERBS and any(_own_work(o) for o in objects):
        return _OWN_WORK  # "the hospital suspended its work": no sanction of anyone
    if lemma in _DECLARING:
        halted = [h for o in objects for h in _halted(o)]
        if any(_own_force(h, subjects) for h in halted):
            return _CEASEFIRE
        if any(_own_work(h) for h in halted):
            return _OWN_WORK  # "the clinic announced a suspension of its work"
    return None


# Phrases that say where a halt holds or with whom: "a truce in X", "a pause with X",
# "a pause in the bombing of X".
_COVERED = word_set("in on of around across with inside near")


def halt_target(verb: Token, halt: Token) -> tuple[list[Token], str] | None:
    """Return the place or side a declared halt covers and the surface relation, or None.

    "declared a truce in Aleppo" -> Aleppo; "announced a pause in strikes on the old
    city" -> the old city; "a halt of fighting in X announced by Y" -> X. The pause is
    the act, never its target. Not "announced a ceasefire for three days" (no place).
    """
    if verb.lemma_.lower() not in _DECLARING or halt.lemma_.lower() not in _HALT_NOUNS | _TRUCES:
        return None
    after = [k for k in verb.rights if k.i > halt.i] if halt.head.i == verb.i else []
    for prep in [*_phrases(halt), *(p for h in _halted(halt) for p in _phrases(h)), *after]:
        covered = _covered(child(prep, "pobj"))
        if prep.dep_ == "prep" and prep.lower_ in _COVERED and covered is not None:
            span = verb.doc[halt.left_edge.i : halt.i + 1]
            words = [*span, prep] if halt.i > verb.i else [*span, verb, prep]
            relation = [*verb_group(verb), verb, *words] if halt.i > verb.i else words
            return list(conjuncts(covered)), join_tokens(relation)
    return None


def _phrases(noun: Token) -> list[Token]:
    return [k for k in noun.rights if k.dep_ == "prep"]


def _covered(pobj: Token | None) -> Token | None:
    """Return a place or a party a halt covers, else None ("on Thursday", "in strikes")."""
    from .recipients import is_actor_noun, is_named, is_place, named_place

    if pobj is None or pobj.ent_type_ in {"DATE", "TIME", "CARDINAL", "EVENT"}:
        return None
    if any(k.ent_type_ in {"DATE", "TIME"} for k in pobj.lefts):
        return None  # "strikes on Oct. 18 promising rebels": a date the parser hung on a noun
    if is_place(pobj) or is_named(pobj) or is_actor_noun(pobj):
        return named_place(pobj)
    return None


# Verbs that tell when a halt holds: "a pause starting on Monday", "a truce lasting a week".
_TIMING = word_set("start begin end last expire run")


def is_halt_timing(verb: Token) -> bool:
    """Return whether a participle tells when a declared halt holds, no act of its own.

    "announced a daily halt of fighting starting on Monday": the start is the
    announcement's content, not an act of the announcer; not "the army started an
    offensive", "broke the truce, starting a new offensive".
    """
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _TIMING or child(verb, "dobj") is not None:
        return False  # "broke the truce, starting a new offensive": an act
    halts = _HALT_NOUNS | _TRUCES
    if verb.dep_ == "acl":
        return verb.head.lemma_.lower() in halts
    # "announced a halt, starting on Monday, to let ...": the parser hangs it on the verb
    declared = [k for k in verb.head.children if k.dep_ == "dobj" and k.i < verb.i]
    return verb.dep_ == "advcl" and any(k.lemma_.lower() in halts for k in declared)


def truce_ended(verb: Token) -> Code | None:
    """Return a statement for a truce declared over ("declared the truce over"), else None.

    Not "declared a truce over the holiday" (a phrase with its own object says when).
    """
    if verb.lemma_.lower() not in _DECLARING:
        return None
    # the parser reads "over" as a particle, an adverb of the truce, a bare preposition
    # (its "citing" clause hung on it) or a clause whose subject is the truce
    objects = [k for k in verb.children if k.dep_ == "dobj"]
    ended = [
        k
        for k in [*verb.children, *(c for o in objects for c in o.children)]
        if k.lower_ in _OVER and not any(c.dep_ == "pobj" for c in k.children)
    ]
    for word in ended:
        truces = objects + [k for k in word.children if k.dep_ == "nsubj"]
        if any(t.lemma_.lower() in _TRUCES and _right_after(word, t) for t in truces):
            return _ENDED_TRUCE
    return None


def _right_after(word: Token, noun: Token) -> bool:
    """Return whether ``word`` closes the phrase of ``noun`` or hangs on it."""
    return word.head.i == noun.i or word.i in {noun.i + 1, noun.right_edge.i + 1}


def _halted(noun: Token) -> list[Token]:
    """Return what a halt noun halts: "a pause in strikes", "a halt to the fighting".

    The phrase may hang on the verb right after the noun ("announced a halt to X").
    """
    if noun.lemma_.lower() not in _HALT_NOUNS:
        return []
    preps = [k for k in noun.children if k.dep_ == "prep" and k.lower_ in _HALTED]
    after = noun.head.children if noun.dep_ == "dobj" else ()
    preps += [k for k in after if k.dep_ == "prep" and k.i == noun.i + 1 and k.lower_ in _HALTED]
    return [c for p in preps for c in p.children if c.dep_ in {"pobj", "pcomp"}]


def _military_operations(noun: Token, subjects: list[Token]) -> bool:
    """Return whether a noun is a party's own military operations, not its civil work.

    "the army halted its military operations", "Karvonia suspended its operations in
    Vell"; not "the relief agency halted operations", "the clinic suspended its work".
    """
    if noun.lemma_.lower() not in _OPERATIONS:
        return False
    if any(k.dep_ == "poss" and k.pos_ != "PRON" for k in noun.children):
        return False  # "halted the rebels' operations": someone else's
    if any(k.dep_ in {"amod", "compound"} and k.lower_ in _ARMED_KINDS for k in noun.children):
        return True
    return any(s.ent_type_ in _STATES or s.lower_ in _ARMED for s in subjects)


def _own_work(noun: Token) -> bool:
    """Return whether a noun is a party's own work ("its work", "operations"), no one else's.

    Suspending one's own work or services stops no relation with anyone: "the hospital
    suspended its work", "the charity halted operations"; not "suspended aid to X",
    "halted the talks", "stopped the rebels' operations".
    """
    if noun.lemma_.lower() not in _WORK or any(k.dep_ == "amod" for k in noun.children):
        return False  # "suspended its military operations" is a halt of force, not work
    owners = [k for k in noun.children if k.dep_ == "poss" and k.pos_ != "PRON"]
    return not owners and not any(k.dep_ == "prep" and k.lower_ == "with" for k in noun.children)


def _own_force(noun: Token, subjects: list[Token]) -> bool:
    """Return whether a noun is the subjects' own use of force ("their air strikes").

    A force noun owned by another named party ("the rebels' attacks", "ISIS shelling")
    is that party's, which the subject stops by force, not by a ceasefire.
    """
    from .eventclass import noun_class  # eventclass -> classify -> here

    if noun_class(noun)[0] not in _FORCE:
        return False
    owners = [
        k
        for k in noun.children
        if (k.dep_ == "poss" and k.pos_ in {"PROPN", "NOUN"})
        or (k.dep_ in {"compound", "nmod", "amod"} and _party(k))  # not "air strikes"
    ]
    by = [k for k in noun.children if k.dep_ in {"prep", "agent"} and k.lower_ == "by"]
    owners += [c for k in by for c in k.children if c.dep_ == "pobj"]
    own = {s.lemma_.lower() for s in subjects}
    return all(o.lemma_.lower() in own or names_an_event(o) for o in owners)


def _party(word: Token) -> bool:
    """Return whether a modifier names a party: "ISIS attacks", "the rebel advance"."""
    from .agentnouns import is_agent_noun  # agentnouns -> eventnouns -> classify -> here

    return word.pos_ == "PROPN" or word.ent_type_ in _PARTY_LABELS or is_agent_noun(word.lower_)
