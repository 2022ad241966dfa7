"""Attacks named by a noun with their target, outside any verb of their own (private).

News names most attacks with a noun phrase that no clause makes an event: "Russian air
strikes on the city have intensified", "the UN condemned the Israeli raid on the port",
"an inquiry into the bombing of the school". The noun's owner ("Russian", "Israel's",
"government") is the attacker and its "on/against/at" phrase (or "of" after a verbal
noun: "the shelling of X") the target; with no owner named the attack is a fact (as
for "a car bomb killed ten"). A noun some other rule reads (a light verb's object, "an
attack by X on Y", "killed in an attack on X", "clashes between") is left to it; an
attack under a verb that says it did not happen (yet) is no event: "threatened an
offensive on X", "plans for a raid on X", "did not order strikes on X".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .agentnouns import is_means_noun
from .attacknouns import ATTACK_MODES, is_attack_noun
from .attackverbs import attack_action
from .claims import claimer
from .eventnouns import counted_event, is_event_noun, noun_lemma, owner, owner_spans, split_gerund
from .frames import Frame
from .hungtargets import ON_VERBS, hung_target, weapon_phrase_target
from .lexicon import (
    AGENT_NOUNS,
    EVENT_NOUNS,
    LIGHT_EVENT_VERBS,
    TIME_LABELS,
    WEAPON_VERBS,
    word_set,
)
from .nounagents import attacker, late_by
from .nountargets import noun_target, targeting_target
from .responsible import behind_party
from .spans import child, conjuncts, np_span
from .stated import is_stated
from .tolltargets import relative_toll

# Nouns whose "of" phrase is what is attacked or taken: "the siege of X", "the capture of X".
_OF_PATIENT = word_set(
    "bombardment invasion siege massacre capture recapture seizure takeover repression"
)
# A bomb going off, the act of whoever set it: "X was behind the blast".
_BLASTS = word_set("blast blasts explosion explosions")
# Prepositions of an adjunct that says where or when people were hurt.
_SETTING_PREPS = frozenset({"in", "during", "after", "amid"})


def attack_frames(noun: Token) -> Iterator[Frame]:
    """Yield the attack a noun names with its target: "Russian strikes on X" -> Russia strike X.

    "Russian air strikes on the city have intensified" -> Russian strike the city (an
    event); "air raids on the market killed 18" -> a fact with no attacker named.
    """
    if noun.lower_ in _BLASTS and is_stated(noun):
        yield from _act_behind(noun)  # "X was behind the blast": X bombed
    if not is_attack_noun(noun) or read_elsewhere(noun) or not is_stated(noun):
        return
    found = attack_target(noun)
    if found is None:
        yield from _claimed_act(noun)
        yield from _act_behind(noun)
        return
    target, prep = found
    if any(t.tag_ in {"VBD", "VBZ", "VBP"} for t in np_span(target)):
        return  # a clause read into the phrase: "Turkish incursion into Syria angered X"
    # "the storming of the embassy by students", "the rebel takeover of the base".
    who = owner(noun) or attacker(noun) or agent_adjective(noun) or _split_owner(noun)
    if who is None and late_by(noun) is not None:
        return  # "the shelling of X by Y" (see late_agent_frames)
    if who is not None and (who.i in {t.i for t in np_span(target)} or who.lower_ in ATTACK_MODES):
        return  # "Air strikes on a market" (title case): a mode, not an owner
    claimed = claimer(noun) if who is None else None
    action = attack_action(noun)
    relation = f"{noun.text} {prep.text}"
    if claimed is not None:
        # "X claimed responsibility for the raid on Y": X's raid, on X's word (claims.py).
        actors, kind = [np_span(claimed)], "event"
    elif who is not None:
        actors, kind = attacker_spans(noun, who), "event"
    else:
        actors, kind = [noun.doc[noun.left_edge.i : noun.i + 1]], "relation"
    for actor in actors:
        for patient in conjuncts(target):
            yield Frame(actor, noun, np_span(patient), "active", None, kind, relation, action)


def _claimed_act(noun: Token) -> Iterator[Frame]:
    """Yield the claimer's act for a claimed attack that names no target (see claims.py).

    "X claimed responsibility for the bombing", "the raid was claimed by X", "killed two
    in an attack claimed by X" -> X bomb/raid/attack.
    """
    claimed = claimer(noun)
    if claimed is None or owner(noun) is not None:
        return
    doer = attacker(noun)
    # the claim's agent is no other attacker than X (a claimed subject, "a bombing claimed
    # by X killed two", is its own clause's event)
    if doer is None or (noun.dep_ == "pobj" and doer.i == claimed.i):
        actor = np_span(claimed)
        # "X claimed the bombing that killed 30 guards": whom the bombing killed.
        tolls: list[Span | None] = [*relative_toll(noun)] or [None]
        for toll in tolls:
            yield Frame(actor, noun, toll, "active", None, "event", noun.text, attack_action(noun))


def _act_behind(noun: Token) -> Iterator[Frame]:
    """Yield the act of whom a statement names behind an attack told on its own.

    "Rockets hit the depot. The brigade is believed to be behind the attack" -> the
    brigade attack, its relation "behind the attack", so that
    :mod:`graph.normalize.behinddoers` gives the rockets to the brigade. It is a fact, not
    an act of its own: the statement names who did an attack the story tells (or told
    years ago: "X was responsible for that attack"), not another one. An attack with a
    clause of its own ("behind the raid that hit X") is that clause's (see eventnouns).
    """
    party = behind_party(noun)
    if party is None or owner(noun) is not None or attacker(noun) is not None:
        return
    if is_means_noun(party.lower_) or party.lemma_.lower() in EVENT_NOUNS:
        return  # "a car bomb was behind the blast": a weapon, no one named
    if any(k.dep_ in {"relcl", "acl"} for k in noun.children):
        return
    prep = noun.head
    start = prep.head.i if prep.lower_ == "for" else prep.i  # "responsible for the raid"
    relation = noun.doc[start : noun.i + 1].text
    action = "bomb" if noun.lower_ in _BLASTS else attack_action(noun)
    yield Frame(np_span(party), noun, None, "active", None, "relation", relation, action)


def agent_adjective(noun: Token) -> Token | None:
    """Return a group word the tagger read as an adjective: "the rebel takeover of X"."""
    return next(
        (m for m in noun.lefts if m.dep_ == "amod" and m.lemma_.lower() in AGENT_NOUNS), None
    )


def _split_owner(noun: Token) -> Token | None:
    """Return the owner the parser split from its gerund: "died in [rebel] shelling of X"."""
    before = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    found = split_gerund(before) if before is not None else None
    return before if found is not None and found.i == noun.i else None


def attacker_spans(noun: Token, who: Token) -> list[Span]:
    """Return each owner's words: "Russian and regime strikes" -> the phrase, "regime"."""
    first, *others = owner_spans(who) if who.i < noun.i else [np_span(who)]
    whole = _owner_span(noun, who)
    return [whole if whole.start <= first.start and whole.end >= first.end else first, *others]


def _owner_span(noun: Token, who: Token) -> Span:
    """Return the owner's words: "Syrian regime air strikes" -> "Syrian regime"."""
    if who.i > noun.i:
        return np_span(who)  # "by students"
    end = who.i
    for mod in noun.doc[who.i + 1 : noun.i]:
        if mod.dep_ in {"compound", "nmod"} and (
            mod.ent_type_ or mod.pos_ == "PROPN" or mod.lemma_.lower() in AGENT_NOUNS
        ):
            end = mod.i
    return noun.doc[who.left_edge.i : end + 1]


def attack_target(noun: Token) -> tuple[Token, Token] | None:
    """Return the target and preposition of an attack noun, if its phrase names one."""
    found = noun_target(noun)
    if found is not None and found[1].lower_ == "on" and _takes_on(noun):
        return None  # "blamed the attack on rebels": the rebels are blamed, not attacked
    if found is not None:
        return found if found[1].lower_ not in {"with", "from", "to"} else None
    lemma = noun_lemma(noun)
    if noun.tag_ == "VBG" or lemma.endswith("ing") or lemma in _OF_PATIENT:
        # a verbal noun's "of" phrase is its object: "the shelling of the old town".
        of = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
        pobj = child(of, "pobj") if of is not None else None
        if of is not None and pobj is not None and pobj.ent_type_ not in TIME_LABELS:
            return pobj, of
    # "regime raids targeting the market" (see targeting_target); "rebel attacks with
    # mortars on the market": the parser hangs "on" on the weapon, "condemned the Russian
    # raids on X" on the verb (see hungtargets).
    found = _hung_on_verb(noun) or targeting_target(noun) or weapon_phrase_target(noun)
    # "deaths in rebel fire on X": on the noun the attack's phrase hangs on; only an owned
    # attack ("aimed at breaking the siege on X" is no act of the breakers')
    owned = noun.dep_ in {"dobj", "pobj"} and owner(noun) is not None
    return found or (hung_target(noun) if owned else None)


def _takes_on(noun: Token) -> bool:
    # verbs whose object's "on" phrase is their own: "blamed/pinned the raid on X".
    verb = noun.head
    return noun.dep_ == "dobj" and verb.lemma_.lower() in ON_VERBS


def _hung_on_verb(noun: Token) -> tuple[Token, Token] | None:
    # "died in bombing raids on a bakery": the parser hangs the attack's own phrase on
    # the verb; it is the noun's when it follows the noun's phrase at once.
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _SETTING_PREPS or prep.head.pos_ != "VERB":
        return None
    for kid in prep.head.rights:
        if kid.dep_ == "prep" and kid.lower_ in {"on", "against"} and kid.i == noun.i + 1:
            pobj = child(kid, "pobj")
            if pobj is not None and pobj.ent_type_ not in TIME_LABELS:
                return pobj, kid
    return None


def read_elsewhere(noun: Token) -> bool:
    """Return whether another rule reads this noun's event (see the module docstring)."""
    if any(k.dep_ == "prep" and k.lower_ == "between" for k in noun.rights):
        return True  # "clashes between X and Y"
    if is_event_noun(noun) and any(k.dep_ == "prep" and k.lower_ == "by" for k in noun.rights):
        return True  # "an attack by X on Y" (see nominal_frames)
    head = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        # "a series of raids on X": the count is the light verb's object.
        count = noun.head.head
        head = count if counted_event(count).i == noun.i else noun
    if head.dep_ == "dobj" and head.head.lemma_.lower() in LIGHT_EVENT_VERBS | WEAPON_VERBS:
        return True  # "launched strikes on X": the light verb's event
    prep = noun.head
    # "killed in an attack on a checkpoint" (see adjunct_attack_frames).
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in _SETTING_PREPS
        and prep.head.pos_ == "VERB"
        and (noun_target(noun) or targeting_target(noun)) is not None
    )
