"""Killings and woundings by an attack whose doer nobody names stay events (issue 14).

"Air strikes killed 12 civilians" is an event with its actor unresolved: an event coder
codes the killing, by whoever flew the jets (see ``graph.extract.frames``). The same
killing told the other way round, "12 civilians were killed in air strikes", or by an
attack noun the extractor keeps as a fact ("the shelling of the market killed five"),
was a relation fact unless :mod:`graph.normalize.attackers` found its doer in the story.
This module keeps such a fact as the event it is when no doer was found, the actor still
unresolved (kept, never drawn in the actor network):

- its action hurts people ("kill", "injure", "wound", "maim"), and it has its victims;
- its doer phrase is not the harm's own noun: "the killing of two activists" the video
  showed, a crowd condemned or an attack answered is told for its doer elsewhere or not
  as a happening at all;
- it is an attack fact :func:`graph.normalize.agentless.is_unowned_fact` accepts: a
  weapon or a one-sided attack as the doer phrase, stated and not denied, not a war or a
  clash ("the war has killed thousands" stays a fact: both sides fight it);
- or it is the toll of a fight the victims were hurt in, stated and not denied ("nine
  were killed in fighting in Kessa", extracted as "fighting kill nine"): an event coder
  codes the killing with its doer unknown, and no side takes it (the fact is no
  :func:`is_unowned_fact`, so no owner was looked for).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..extract.lexicon import HURT_VERBS
from ..extract.unownedcauses import FIGHT_NOUNS
from ..model import UNRESOLVED, Event
from .agency import head_words
from .agentless import is_told_cause, is_unowned_fact

__all__ = ["kept_unowned_harms"]


def kept_unowned_harms(events: Iterable[Event]) -> Iterator[Event]:
    """Yield one document's events, an unowned killing or wounding kept as an event.

    Args:
        events: The normalised events of one document, owners already looked for.
    """
    batch = list(events)
    for event in batch:
        if _is_unowned_harm(event, batch):
            event = replace(event, kind="event")
        yield event


def _is_unowned_harm(event: Event, batch: list[Event]) -> bool:
    """Return whether a fact is people hurt by an attack whose doer is not known."""
    return (
        event.action in HURT_VERBS
        and event.actor_type == UNRESOLVED
        and bool(event.target)
        and not _names_the_harm(event.actor)
        and (is_unowned_fact(event, batch) or _is_fight_toll(event))
    )


def _is_fight_toll(event: Event) -> bool:
    """Return whether a fact is people hurt in a fight: "nine were killed in fighting"."""
    words = head_words(event.actor)
    head = words[-1].lower() if words else ""
    return (
        event.kind == "relation"
        and event.polarity == "pos"
        and event.modality == "asserted"
        and (
            head in FIGHT_NOUNS
            or head.removesuffix("es") in FIGHT_NOUNS
            or head[:-1] in FIGHT_NOUNS
        )
        and is_told_cause(event)
    )


def _names_the_harm(actor: str) -> bool:
    """Return whether a doer phrase is the harm's own noun: "the killing", "the killings"."""
    words = head_words(actor)
    return bool(words) and words[-1].lower().startswith(tuple(HURT_VERBS))
