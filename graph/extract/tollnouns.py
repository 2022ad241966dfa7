"""Victims told as some of "the dead": "three children were among the dead in X" (private).

News names victims out of a toll with no harm verb of their own: "four children were
among the dead in the government strikes", "among the wounded in the Russian raids were
two medics", "the dead in the shelling included a doctor". The dead were killed, the
wounded wounded, by the attack the phrase names: its owner's act (see
:func:`graph.extract.nounframes.fire_agent_frames`), or, for an attack named with no
owner ("in the strikes"), the attack's fact that :mod:`graph.normalize.agentless` gives
the doer the story has just named (see :mod:`graph.extract.unownedcauses`). A toll with
no attack phrase is the victims' fact ("three children were among the dead": they were
killed), which :mod:`graph.normalize.tolldoers` gives the attacker of the sentence just
before. A denial ("the groom was not among the dead") and a part of a toll ("five of the
dead were children": who the dead were, not that they were killed) are left as they are.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .frames import Frame
from .nounframes import fire_agent_frames
from .spans import child, conjuncts, np_span
from .tollcounts import count_toll_frames
from .unownedcauses import unowned_cause_frames

__all__ = ["TOLL_RELATION", "toll_frames"]

# Nouns of a toll, with the harm that befell its people: "the dead", "the wounded".
_TOLL_HARMS = {"dead": "kill", "killed": "kill", "wounded": "wound", "injured": "injure"}
# The relation of a toll's victims' fact: "be among the dead" (read by graph.normalize.tolldoers).
TOLL_RELATION = "be among the"
# The victims' fact of each harm: "three children were among the dead" -> be killed.
_SUFFERED = {"kill": "be killed", "wound": "be wounded", "injure": "be injured"}


def toll_frames(noun: Token) -> list[Frame]:
    """Return who hurt the victims told as "among the dead" or "the dead included": else [].

    "Three children were among the dead in Russian strikes" -> Russian kill three
    children; "the wounded in the raids included two nurses" -> the raids wound two
    nurses (a fact for the story's attacker); "two nurses were among the dead" -> the
    nurses were killed (a fact for the attacker of the sentence before). A toll told
    with no "the" ("32 are dead") is the victims' fact of :mod:`.tollcounts`.
    """
    action = _TOLL_HARMS.get(noun.lower_)
    if action is None or not any(d.dep_ == "det" and d.lower_ == "the" for d in noun.lefts):
        return count_toll_frames(noun)  # "at least 32 are dead" (see count_toll_frames)
    found = _victims(noun)
    if found is None:
        return []
    victims, clause = found
    if child(clause, "neg") is not None:
        return []  # "he was not among the dead"
    for phrase_of in (noun, clause):
        frames = list(fire_agent_frames(noun, victims, phrase_of=phrase_of, passive=True))
        frames = frames or unowned_cause_frames(
            noun, victims, passive=True, phrase_of=phrase_of, action=action
        )
        if frames:
            # the clause's verb, whose tense, modal and hedges are the harm's: "may have
            # been among the dead in strikes purportedly carried out by X"
            lead = "be among the" if noun.dep_ == "pobj" else "include the"
            return [
                replace(f, verb=clause, action=action, relation=f"{lead} {f.relation}")
                for f in frames
            ]
    relation = f"{TOLL_RELATION} {noun.lower_}"
    return [
        Frame(np_span(v), clause, None, "relation", None, "relation", relation, _SUFFERED[action])
        for v in conjuncts(victims)
    ]


def _victims(noun: Token) -> tuple[Token, Token] | None:
    """Return the victims of a toll noun and the clause telling them, if it is one.

    "X were among the dead" and "among the dead were X" (a copula's subject or
    attribute, outside the "among" phrase); "the dead included X" (its object).
    """
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "among" and head.dep_ == "prep":
        copula = head.head
        if copula.lemma_ != "be":
            return None
        span = range(head.left_edge.i, head.right_edge.i + 1)
        victims = [k for k in copula.children if k.dep_ in {"nsubj", "attr"} and k.i not in span]
        return (victims[0], copula) if victims else None
    if noun.dep_ == "nsubj" and head.lemma_ == "include":
        obj = child(head, "dobj")
        return (obj, head) if obj is not None else None
    return None
