"""Coordinated actors of a reciprocal verb: "The US, Russia and Switzerland met" -> each pair.

The extractor gives one event per conjunct ("The US met", "Russia met",
"Switzerland met"). When the verb is reciprocal (meet, talk, agree, sign ...) and has no object,
the conjuncts did it with each other, so each such event becomes one event
per other conjunct, in both directions; the action and its class stay what
the lexicon gave. What they agreed to do ("agreed to hold joint drills") names
no side either: they pair up too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import UNRESOLVED, Event
from .phrase import words_of

# Verbs whose coordinated subjects act on each other.
RECIPROCAL = frozenset(
    words_of(
        "meet talk agree sign negotiate cooperate collaborate discuss consult confer reconcile "
        "clash fight ally coordinate"
    )
)
# A relation ending in a complement verb: "have agreed to undertake".
_CONTENT = re.compile(r"\bto\s+\w+$")
_GAP = re.compile(r"^\s*(?:,?\s*(?:and|&)\s*|,\s*|\s+)$")


def split_reciprocal(events: Iterable[Event]) -> Iterator[Event]:
    """Yield the events with coordinated subjects of a reciprocal verb paired up.

    Args:
        events: Normalised events of one or more documents, in document order.

    Yields:
        Every event unchanged, except that a group of events sharing a sentence and
        a reciprocal action, with no target that names someone, whose actors are written as one
        coordination ("A, B and C"), is replaced by an event from each conjunct to
        each other one.
    """
    ordered = list(events)
    groups: dict[tuple[str, int, str, str], list[Event]] = {}
    for event in ordered:
        groups.setdefault(_key(event), []).append(event)
    done: set[tuple[str, int, str, str]] = set()
    for event in ordered:
        key = _key(event)
        group = groups[key]
        if not _is_coordination(group):
            yield event
        elif key not in done:
            done.add(key)
            yield from _pairs(group)


def _key(event: Event) -> tuple[str, int, str, str]:
    p = event.provenance
    return (p.doc_id, p.sentence_index, event.action, event.relation)


def _is_coordination(group: list[Event]) -> bool:
    if len(group) < 2 or group[0].action.split()[0] not in RECIPROCAL:
        return False
    if any(e.target and _names_someone(e) for e in group):
        return False  # "Iran and Turkey met the Kurds": the Kurds stay the target
    if any(not e.actor_id for e in group) or len({e.actor_id for e in group}) < len(group):
        return False
    sentence = group[0].provenance.sentence
    spans = sorted((sentence.find(e.actor), e.actor) for e in group)
    if spans[0][0] < 0:
        return False
    gaps = [
        sentence[start + len(text) : after]
        for (start, text), (after, _) in itertools.pairwise(spans)
    ]
    return all(_GAP.match(g) for g in gaps) and any("and" in g or "&" in g for g in gaps)


def _names_someone(event: Event) -> bool:
    # "Uruguay and Paraguay agreed to build a railway": the railway is what they agreed to
    # do (the content of a complement), not a side; each is the other's side. A direct
    # object stays: "the US and Russia coordinate a campaign" is what they coordinate.
    if not _CONTENT.search(event.relation):
        return True
    return bool(event.target_id) and event.target_type not in ("other", UNRESOLVED)


def _pairs(group: list[Event]) -> Iterator[Event]:
    for actor, other in itertools.permutations(group, 2):
        yield replace(
            actor,
            target=other.actor,
            target_id=other.actor_id,
            target_label=other.actor_label,
            target_type=other.actor_type,
            target_code=other.actor_code,
        )
