"""Advances and military operations told as nouns with their doer (private to extract).

News tells a side's advance or operation with a noun that no clause makes an event: "a
push by rebels into the district began on Friday", "the army's advance on the airport
stalled", "it was the first rebel advance into the old quarter", "an army operation
against their positions ended". The doer (the "by" agent, the owner, a group word before
the noun) advanced into, or attacked, what the noun's phrase names, as "the rebels
pushed into the district" would say; the class is the verb's ("advance into" is
fighting). Only a phrase of direction makes an advance an armed one ("a push for talks"
names no place); a campaign must be an armed one ("an air campaign against X", not "a
campaign against corruption"). Nouns other rules read are left to them (a light verb's
object: "launched an operation against X"; "killed in an operation against X"), and
so is an advance not stated as done ("a planned push into X", "to halt their advance").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .attackverbs import attack_verb
from .byagents import agent_spans, can_act
from .eventnouns import noun_lemma, owner
from .frames import Frame
from .lexicon import PLACE_LABELS, TIME_LABELS, word_set
from .nominals import agent_adjective, attacker_spans, read_elsewhere
from .nounagents import attacker
from .nountargets import noun_target
from .operationtargets import owned_operation_target
from .ownedattacks import is_side, is_told_inside
from .spans import child, conjuncts, np_span
from .stated import is_stated

__all__ = ["drive_frames"]

# Nouns of an armed advance, with the phrases that say where it went.
_MOVES = word_set("advance push drive thrust")
_MOVE_PREPS = frozenset({"into", "on", "toward", "towards", "against"})
# Phrases the by-agent rule does not look for on the agent: "a push by X into Y".
_HUNG_PREPS = frozenset({"into", "toward", "towards"})
# Nouns of an armed operation against a foe, and words that make a campaign an armed one.
_OPERATIONS = word_set("operation")
_CAMPAIGNS = word_set("campaign")
_ARMED = word_set("military air aerial bombing ground naval armed army offensive")


def drive_frames(noun: Token) -> Iterator[Frame]:
    """Yield the advance or the operation a noun names with its doer and its aim.

    "A push by rebels into the district began" -> rebels advance into the district;
    "the army's operation against the rebels was a success" -> army attack the rebels.
    """
    preps = _phrases(noun)
    if not preps or not is_stated(noun):
        return
    by = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "by"), None)
    if by is None and read_elsewhere(noun):
        return
    agent = child(by, "pobj") if by is not None else attacker(noun)
    found = _aim(noun, preps, agent)
    if found is None:
        yield from _bare_advance(noun, agent)
        return
    target, prep = found
    if by is not None and (prep.head.i == noun.i or prep.lower_ not in _HUNG_PREPS):
        return  # "a push by X into Y", "an operation by X against Y" (see nominal_frames)
    if agent is not None:
        # "a push by X into Y": the parser may hang "into Y" on X
        ends = prep.i if prep.i > agent.i else len(noun.doc)
        actors = [noun.doc[np_span(s).start : min(np_span(s).end, ends)] for s in conjuncts(agent)]
    else:
        who = owner(noun) or agent_adjective(noun)
        if who is None or not is_side(who, noun):
            return  # "the Idlib push", "Friday's advance": a place or a time
        actors = attacker_spans(noun, who)
    moving = noun_lemma(noun) in _MOVES
    # "an air campaign against X": strikes; "an army operation against X": an attack
    action = f"advance {prep.lower_}" if moving else attack_verb(noun) or "attack"
    relation = f"{noun.text} {prep.text}"
    for actor in actors:
        for patient in conjuncts(target):
            yield Frame(actor, noun, np_span(patient), "active", None, "event", relation, action)


def _bare_advance(noun: Token, agent: Token | None) -> Iterator[Frame]:
    """Yield an advance with its doer that names no aim: "their advance was slowed".

    Told as the subject of any verb ("the government advance was backed by X") or inside
    another clause ("a blow to a regime advance", "despite advances by the army", "the
    rapid advance of the militants prompted X"); a light verb's object ("continued
    their advance") is the verb's event, and "killed in a jihadist advance" the killing's.
    """
    if noun_lemma(noun) != "advance":
        return
    if noun.dep_ not in {"nsubj", "nsubjpass"} and not is_told_inside(noun):
        return
    agent = agent if agent is not None else _of_agent(noun)
    if agent is not None:
        actors = [a for side in conjuncts(agent) if can_act(side) for a in agent_spans(side)]
    else:
        who = owner(noun) or agent_adjective(noun)
        if who is None or not is_side(who, noun):
            return
        actors = attacker_spans(noun, who)
    # "the army's advance in the war against ISIS" -> ISIS (see operationtargets)
    target = owned_operation_target(noun)
    for actor in actors:
        relation = f"{actor.text} {noun.text}"  # a bare act (see byagents.without_restated)
        yield Frame(actor, noun, target, "active", None, "event", relation, "advance")


def _of_agent(noun: Token) -> Token | None:
    """Return the doer an advance's "of" phrase names: "the advance of the militants"."""
    of = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    pobj = child(of, "pobj") if of is not None else None
    return pobj if pobj is not None and pobj.ent_type_ not in PLACE_LABELS else None


def _phrases(noun: Token) -> frozenset[str]:
    """Return the prepositions that name an event noun's aim, or none if it is no armed one."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return frozenset()
    lemma = noun_lemma(noun)
    if lemma in _MOVES:
        return _MOVE_PREPS
    armed = any(m.lower_ in _ARMED for m in noun.lefts)
    if lemma in _OPERATIONS or (lemma in _CAMPAIGNS and armed):
        return frozenset({"against"})
    return frozenset()


def _aim(noun: Token, preps: frozenset[str], agent: Token | None) -> tuple[Token, Token] | None:
    """Return what the noun's phrase aims at and the phrase's preposition.

    The phrase hangs on the noun ("a push into X"), or on its agent ("a push by an
    alliance of rebels into X").
    """
    found = noun_target(noun)
    if found is not None:
        return found if found[1].lower_ in preps else None
    heads = [t for t in np_span(agent)] if agent is not None else []
    for head in heads:
        for prep in head.rights:
            pobj = child(prep, "pobj") if prep.dep_ == "prep" else None
            if prep.lower_ in preps and pobj is not None and pobj.ent_type_ not in TIME_LABELS:
                return pobj, prep
    return None
