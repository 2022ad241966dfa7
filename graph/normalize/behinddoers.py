"""Who the story says was behind an attack it told without its doer (issue 14).

"A car bomb killed twelve in the market. The Falcon Brigade is believed to be behind the
attack", "... Activists said the brigade was behind the blast", "... The navy was
responsible for the raid": the second sentence names the doer of the first one's attack
without claiming or blaming it. The extractor keeps such a statement as a fact, the act of
the side it names with the relation "behind the attack" or "responsible for the raid"
(:func:`graph.extract.nominals.attack_frames`); here the unowned attack takes that side
as its doer, as it would a claimant's (:mod:`graph.normalize.claimants`), and the
statement's speaker as its attribution ("Activists said ..."): who did it is their word.

The statement stands in the attack's own sentence after it or in the next sentences
(:func:`graph.normalize.claimants.telling_sentences`); nothing is named when it names
two sides, a generic "gunmen", the attack's own victim, or a sentence says no one
knows who did it ("It was unclear who was behind the blast").
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping, Sequence
from dataclasses import replace

from ..model import Event
from .claimants import doubts_doer, position_of, side_of, telling_sentences
from .namedattacks import ATTACKS
from .phrase import DOER_TYPES

__all__ = ["behind_doer", "credited", "is_behind"]

# The relation the extractor gives the act of a side named behind an attack.
_BEHIND = re.compile(r"(?:behind|responsible\s+for)\s", re.IGNORECASE)


def is_behind(event: Event) -> bool:
    """Return whether an event is a side's act as a statement names it behind an attack."""
    return (
        event.action_class in ATTACKS
        and event.polarity == "pos"
        and bool(_BEHIND.match(event.relation))
    )


def behind_doer(
    event: Event,
    batch: Sequence[Event],
    texts: Mapping[int, str],
    closed: Container[int] = (),
    *,
    gaps: Sequence[int] = (0, 1),
) -> Event | None:
    """Return the statement that names who was behind an unowned attack, or None.

    "A car bomb hit the depot. The brigade is believed to be behind the attack." -> the
    brigade's act (the statement).

    Args:
        event: The attack, told without its doer.
        batch: The document's normalised events.
        texts: The document's sentences by index.
        closed: Sentences a look two sentences on does not pass (see
            :func:`graph.normalize.claimants.telling_sentences`).
        gaps: How many sentences after the attack's it is looked for in.
    """
    here = event.provenance.sentence_index
    at = position_of(event.provenance.sentence, event.actor)
    for gap, text in telling_sentences(event, texts, gaps, closed):
        if doubts_doer(text):
            continue  # "it was unclear who was behind the blast": no one
        found = [
            e
            for e in batch
            if e.provenance.sentence_index == here + gap
            and is_behind(e)
            and (gap or position_of(text, e.actor) > at)
        ]
        if found:
            one = len({side_of(e) for e in found}) == 1
            return found[-1] if one and _is_doer(found[-1], event) else None
    return None


def credited(event: Event, statement: Event) -> Event:
    """Return an attack given its doer by a statement, credited to the statement's speaker.

    Any other lender (a stated attack, a claim) leaves the attack as it is.

    "Activists said the brigade was behind the blast": who set the bomb is the
    activists' word; the blast itself is told as fact.
    """
    if not is_behind(statement) or not statement.attribution or event.attribution:
        return event
    return replace(event, attribution=statement.attribution)


def _is_doer(statement: Event, event: Event) -> bool:
    """Return whether the side named is a doer of the war, not the attack's own victim."""
    ref = statement.actor_id
    return (
        statement.actor_type in DOER_TYPES
        and bool(ref)
        and not ref.startswith("unknown/")
        and ref != event.target_id
    )
