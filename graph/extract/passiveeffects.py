"""The toll of an attack told as a passive: "the clinic was hit, killing two nurses" (private).

News often tells an attack in the passive and its toll with a bare gerund after it:
"three barrel bombs were dropped on the school, killing 12 people", "a bakery was
hit on Monday killing four workers". The gerund shares its clause's doer, and a
passive without "by" names none, so the gerund had no actor and its victims were
lost. They are victims all the same (:func:`passive_effect_frames`): of the side
named in the passive's own phrase ("destroyed in Russian air strikes, killing
two" -> Russian strikes killed them), else of the weapon the passive names (a fact,
as for "a car bomb killed ten"), else of someone the text does not name (a fact
whose subject is the victims, as for "two nurses were killed").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .agentnouns import is_means_noun
from .clauses import governor
from .effectgerunds import effect_governor
from .frames import Frame
from .lexicon import HURT_VERBS
from .nounframes import fire_agent_frames
from .results import RESULT_STATES, result_pairs
from .spans import child, conjuncts, np_span

__all__ = ["passive_effect_frames"]

# The participle a harm verb's victims are stated with: "killing four" -> "be killed".
_PARTICIPLES = {"kill": "killed", "injure": "injured", "wound": "wounded", "hurt": "hurt"}
_PARTICIPLES |= {"maim": "maimed"}
# Where a gerund of effect hangs: on its clause, or on a noun of it without a comma
# ("were dropped on the depot killing 12": the parser may hang it on "depot").
_GERUND_DEPS = frozenset({"advcl", "acl", "conj", "xcomp", "pcomp"})
# Passives whose subject is a weapon sent at a target: "bombs were dropped on the depot".
_SENDING_VERBS = frozenset(
    {"fire", "launch", "drop", "hurl", "lob", "throw", "plant", "detonate", "lay", "rain"}
)


def passive_effect_frames(verb: Token) -> Iterator[Frame]:
    """Yield the harm a gerund after an agentless passive tells: its victims.

    "the clinic was destroyed in Russian air strikes killing two nurses" -> Russian
    air strikes kill two nurses; "three bombs were dropped on the depot killing 12" ->
    the bombs kill 12 (a fact: no one named); "a bakery was hit killing four
    workers" -> four workers be killed (a fact). Nothing for any other clause.
    """
    passive = _passive_governor(verb)
    if passive is None:
        return
    victims = _victims(verb)
    if not victims:
        return
    subj = child(passive, "nsubjpass")
    owners = {f.actor: f for f in fire_agent_frames(passive, subj)} if subj is not None else {}
    for action, victim in victims:
        if owners:
            for actor in owners:
                yield Frame(actor, verb, victim, "inherited", None, "event", action=action)
        elif subj is not None and _is_sent(passive, subj):
            # "barrel bombs were dropped on the school killing 12": a weapon, no one named.
            yield Frame(np_span(subj), verb, victim, "active", None, "relation", "", action, True)
        else:
            action = f"be {_PARTICIPLES[action]}"
            yield Frame(victim, verb, None, "passive", None, "relation", action, action)


def _passive_governor(verb: Token) -> Token | None:
    """Return the agentless passive whose toll the gerund ``verb`` tells, else None."""
    if verb.tag_ != "VBG" or verb.dep_ not in _GERUND_DEPS:
        return None
    if verb.dep_ == "conj" and verb.head.tag_ == "VBG":
        # "killing 12 and wounding dozens": the second gerund tells the same toll.
        return _passive_governor(verb.head)
    subj = child(verb, "nsubj")
    if subj is not None:
        # "dropped on the depot near Sarwa killing 14": a place read as the gerund's subject.
        head = effect_governor(verb, subj)
    elif verb.dep_ == "pcomp":
        return None  # "aimed at killing": a purpose, no toll
    else:
        head = governor(verb) if verb.dep_ != "acl" else _clause_of(verb.head)
    if head is None or head.tag_ != "VBN" or child(head, "auxpass") is None:
        return None
    # "projectiles that cannot be aimed": a passive said not to happen tells no toll.
    return head if child(head, "agent", "neg") is None else None


def _is_sent(passive: Token, subj: Token) -> bool:
    """Return whether the passive's subject is a weapon sent at its target ("bombs were dropped").

    A helicopter "shot down, killing its crew" is what was hit, not what killed.
    """
    sent = passive.lemma_.lower() in _SENDING_VERBS and child(passive, "prt") is None
    return sent and is_means_noun(subj.lower_)


def _clause_of(noun: Token) -> Token | None:
    # "were dropped on the depot near Tarfa killing 12": the gerund hangs on a noun of
    # the passive's own phrase; climb through the phrase to its verb.
    tok = noun
    for _ in range(6):
        if tok.dep_ not in {"pobj", "prep", "compound", "appos"}:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
    return None


def _victims(verb: Token) -> list[tuple[str, Span]]:
    """Return ``(harm verb, victims)`` the gerund names: "killing 12 people", "leaving 3 dead"."""
    lemma = verb.lemma_.lower()
    if lemma == "leave":
        # "leaving three shoppers dead and two hurt" (see result_pairs).
        return [
            (RESULT_STATES[state.lower_], np_span(victim))
            for victim, state in result_pairs(verb)
            if RESULT_STATES[state.lower_] in _PARTICIPLES
        ]
    obj = child(verb, "dobj")
    if lemma not in HURT_VERBS or obj is None:
        return []
    return [(lemma, np_span(victim)) for victim in conjuncts(obj)]
