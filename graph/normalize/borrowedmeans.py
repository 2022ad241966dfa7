"""An attack whose doer the story names as a bomber or a bomb: a bombing (issue 14).

"Twenty people were killed in an attack on a wedding party. A suicide bomber blew himself
up among the guests." The first sentence names no doer; the story does (an unowned attack
takes the attacker just named or named next: :mod:`graph.normalize.attackers`,
:mod:`graph.normalize.retold`). When the doer it takes is a suicide bomber or a car bomb,
the attack is the codebook's bombing, not conventional force: ASSAULT, mode
"suicide-attack" or "explosives", as the extractor codes a doer its own sentence names
(:func:`graph.extract.assaultmodes.by_doer_means`). Only a doer taken from another
sentence: a doer the sentence itself names was weighed by the extractor ("five car bombs
destroyed in the village" were destroyed, no bomb's attack), and only an attack (FIGHT);
the aircraft a "bomber" may be ("Tupolev bombers") is no suicide bomber, so a bare
"bomber" changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import Event

__all__ = ["with_borrowed_means"]

_SUICIDE = re.compile(r"\bsuicide\b", re.I)
# Bombs driven or planted: "a car bomb", "a truck bomber", "VBIEDs", "an IED".
_PLANTED = re.compile(r"\b(?:car|truck|lorry)[- ]?bomb(?:s|er|ers)?\b|\b(?:vb)?ieds?\b", re.I)


def with_borrowed_means(events: Iterable[Event]) -> Iterator[Event]:
    """Yield events, an attack whose doer is a bomber named elsewhere becoming a bombing.

    Args:
        events: One document's normalised events.
    """
    for event in events:
        mode = _borrowed_mode(event)
        yield replace(event, action_class="ASSAULT", mode=mode) if mode else event


def _borrowed_mode(event: Event) -> str:
    """Return the bombing mode of an attack's doer taken from another sentence, if any."""
    if event.kind != "event" or event.action_class != "FIGHT":
        return ""
    if event.actor.lower() in event.provenance.sentence.lower():
        return ""  # the sentence's own doer: the extractor weighed it
    if _SUICIDE.search(event.actor):
        return "suicide-attack"
    return "explosives" if _PLANTED.search(event.actor) else ""
