"""A harm stated as done whose doer the story only guesses: the harm stays a fact (issue 14).

"Dozens of civilians were killed in air raids believed to have been carried out by
Karvonian jets": the raids are Karvonia's only as a guess, so its killing is ``possible``
(:mod:`graph.extract.hedges`, :mod:`graph.normalize.guessedowners`). But the killing
itself is told as a fact: an event coder codes "? kill dozens of civilians (asserted)"
beside "Karvonia kill dozens of civilians (possible)". :func:`with_hedged_harms` keeps
that asserted fact, in the shape of any agentless harm ("22 be killed"): the victims as
the fact's subject, no doer. Never when the harm verb is hedged itself ("were reportedly
killed", "may have been killed", "believed to have killed"), denied or yet to come, nor
twice (a fact of the same victims already stated; a possible one is made asserted).

A doer the headline or lead states outright ("Karvonian jets kill 12 in Tarsk") keeps a
later telling of the same attack asserted when only its doer is hedged there ("the jets,
believed to be Karvonian, struck a market killing 12"): the story itself asserts who did
it (:func:`graph.normalize.restated.tells_same_act`, or the same place or target).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..extract.lexicon import HURT_VERBS
from ..model import TITLE_INDEX, Event
from .restated import tells_same_act

__all__ = ["is_doer_hedged", "with_hedged_harms"]

# Words that put an attack's doer in doubt: "believed to be", "suspected regime strikes",
# "blamed on", "most likely carried out by", "accused X of".
_DOER_HEDGE = re.compile(
    r"\b(?:believed|thought|suspected|presumed|presumably|likely|probably|alleged|"
    r"blam\w*|accus\w*|attributed|appear(?:s|ed)?\s+to)\b",
    re.IGNORECASE,
)
# Words that put the act itself in doubt, or make it not yet or not done: "were
# reportedly killed", "may have killed", "believed to have been killed".
_ACT_HEDGE = re.compile(
    r"\b(?:reportedly|allegedly|apparently|possibly|perhaps|probably|likely|purportedly|"
    r"seemingly|may|might|could|would|will|shall|feared|fear|believed|thought|said\s+to|"
    r"expected|presumably|trie[ds]|try(?:ing)?|attempt\w*|not|never|no)\b|"
    r"\bto\s+have\b",
    re.IGNORECASE,
)
# What makes an act possible without hedging its doer: an attempt, a threat, a modal.
_NOT_DONE = re.compile(
    r"\b(?:tr(?:y|ies|ied|ying)|attempt\w*|might|may|could|would|will|shall|not|never)\b",
    re.IGNORECASE,
)
# An accusation whose object is the act: "accused X of (launching raids and) killing".
_ACCUSED_OF = re.compile(r"\baccus\w*\b.*\bof\b", re.IGNORECASE)
# The participle of each harm verb, for the victims' fact: "kill" -> "be killed".
_SUFFERED = {
    "kill": "killed",
    "injure": "injured",
    "wound": "wounded",
    "hurt": "hurt",
    "maim": "maimed",
}
_ATTACKS = frozenset({"FIGHT", "ASSAULT"})
# Words before a harm verb that may still hedge it: "believed to have been killed".
_BEFORE = 3


def with_hedged_harms(events: Iterable[Event]) -> Iterator[Event]:
    """Yield one document's events, a guessed doer's harm kept as an asserted fact too.

    Args:
        events: The settled events of one document, headline events included.
    """
    batch = _stated_by_lead(list(events))
    guessed = {e.provenance.sentence_index for e in batch if _is_guessing(e)}
    kept: list[Event] = []
    for event in batch:
        if event.kind == "relation" and _is_hedged_fact(event, guessed):
            event = replace(event, modality="asserted")  # "were killed in raids believed ..."
        yield event
        fact = _victims_fact(event) if _is_guessed_harm(event) else None
        if fact is not None and not _told(fact, [*batch, *kept]):
            kept.append(fact)
            yield fact


def is_doer_hedged(event: Event) -> bool:
    """Return whether an act is possible only for a doubt on its doer.

    "Twelve were killed in suspected regime strikes" -> True; "twelve were reportedly
    killed in regime strikes", "the regime may strike" -> False.
    """
    if event.modality != "possible" or event.polarity != "pos":
        return False
    return bool(_DOER_HEDGE.search(event.provenance.sentence)) and not _act_hedged(event)


def _act_hedged(event: Event) -> bool:
    """Return whether the verb group of an act, or the words just before it, hedge it."""
    text = event.provenance.sentence
    relation = event.relation or event.action
    verb = _verb_group(relation, event.action)
    at = text.find(relation)
    before = text[:at].split()[-_BEFORE:] if at >= 0 else []
    if verb.endswith("ing") and _ACCUSED_OF.search(text[: max(at, 0)]):
        return True  # "accused the army of killing 40": the killing is the charge
    return bool(_ACT_HEDGE.search(" ".join([*before, verb])))


def _verb_group(relation: str, action: str) -> str:
    """Return a relation's words up to its verb ("were reportedly killed in X": its first 3)."""
    stem = (action.split()[-1] if action else "")[:4].lower()
    words = relation.split()
    for at, word in enumerate(words):
        if stem and word.lower().startswith(stem):
            return " ".join(words[: at + 1])
    return relation


def _is_guessed_attack(event: Event) -> bool:
    return event.kind == "event" and event.action_class in _ATTACKS and is_doer_hedged(event)


def _is_guessing(event: Event) -> bool:
    """Return whether an attack's doer is guessed, its act hedged or not: a guessing sentence.

    "raids believed to have been carried out by X": the hedge is on who carried them out.
    """
    return (
        event.kind == "event"
        and event.action_class in _ATTACKS
        and event.modality == "possible"
        and bool(_DOER_HEDGE.search(event.provenance.sentence))
        and not _NOT_DONE.search(event.relation or event.action)
    )


def _is_guessed_harm(event: Event) -> bool:
    """Return whether an event is a harm whose doer alone is guessed: victims hurt, stated."""
    return (
        _is_guessed_attack(event)
        and event.action in _SUFFERED
        and bool(event.target)
        and bool(event.target_id)
    )


def _is_hedged_fact(event: Event, guessed: set[int]) -> bool:
    """Return whether a possible victims' fact is so only for a guessed doer beside it."""
    return (
        event.provenance.sentence_index in guessed
        and event.action.removeprefix("be ") in _SUFFERED.values()
        and event.action.startswith("be ")
        and not event.target
        and is_doer_hedged(event)
    )


def _victims_fact(event: Event) -> Event | None:
    """Return the agentless fact of a harm's victims: "Dozens of civilians be killed"."""
    if event.action not in _SUFFERED:
        return None
    return replace(
        event,
        kind="relation",
        actor=event.target,
        action=f"be {_SUFFERED[event.action]}",
        target="",
        relation=f"be {_SUFFERED[event.action]}",
        modality="asserted",
        actor_id=event.target_id,
        actor_label=event.target_label,
        actor_type=event.target_type,
        actor_code=event.target_code,
        target_id="",
        target_label="",
        target_type="",
        target_code="",
        cameo_code="",
        mode="",
        instrument="",
    )


def _told(fact: Event, batch: list[Event]) -> bool:
    """Return whether the victims' harm is told already: their fact, or a stated harm."""
    verb = fact.action.removeprefix("be ")
    for other in batch:
        if other.provenance.sentence_index != fact.provenance.sentence_index:
            continue
        passive = other.action.startswith("be ")
        victims = other.actor if passive else other.target
        victims_id = other.actor_id if passive else other.target_id
        if victims != fact.actor and not (fact.actor_id and victims_id == fact.actor_id):
            continue
        if passive and other.action.removeprefix("be ") == verb:
            return True  # the victims' own fact (made asserted when only the doer is guessed)
        if other.action in HURT_VERBS and other.modality == "asserted":
            return True  # "air strikes kill 12 people": the harm stated, its doer unknown
    return False


def _stated_by_lead(batch: list[Event]) -> list[Event]:
    """Return the events, a doer-hedged attack the lead states as its doer's made asserted.

    "Karvonian jets kill 12 in Tarsk. The jets, believed to be Karvonian, struck a market
    killing 12": the second sentence's acts are asserted, as the lead's killing is.
    """
    lead = [
        e
        for e in batch
        if e.provenance.sentence_index in (TITLE_INDEX, 0)
        and e.kind == "event"
        and e.action_class in _ATTACKS
        and e.modality == "asserted"
        and e.polarity == "pos"
        and e.actor_id
        and not _DOER_HEDGE.search(e.provenance.sentence)
    ]
    if not lead:
        return batch
    told = {
        (e.provenance.sentence_index, e.actor_id)
        for e in batch
        if e.provenance.sentence_index > 0
        and _is_guessed_attack(e)
        and any(_same_attack(first, e) for first in lead if first.actor_id == e.actor_id)
    }
    return [
        replace(e, modality="asserted")
        if (e.provenance.sentence_index, e.actor_id) in told and _is_guessed_attack(e)
        else e
        for e in batch
    ]


def _same_attack(first: Event, later: Event) -> bool:
    """Return whether a later attack tells the lead's: the same act, victims or place."""
    if tells_same_act(first, later, by_count=True, by_weapon=False):
        return True
    same_target = bool(first.target_id) and first.target_id == later.target_id
    same_place = bool(first.location_id) and first.location_id == later.location_id
    return first.action == later.action and (same_target or same_place)
