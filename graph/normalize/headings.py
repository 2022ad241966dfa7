"""A place heading glued onto the army units that open a report's paragraph (private).

Round-ups of the day's fighting head each paragraph with its province and, without a
line break or a dash, run the heading into the paragraph's subject: "Tarsk Army units
destroyed a depot", "Tarsk Countryside Units of the army shelled the hills". The parser
reads "Tarsk Army units" as one name nobody knows; the actor is the army's units, and
the heading is where they fought (the event's place when it names none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import Event
from .places import link_place

__all__ = ["without_place_headings"]

# "Tarsk Army units ...", "Tarsk Countryside - Units of the army ...": the heading (one
# to three capitalised words, maybe a dash) and the units after it, with their capitals.
_HEADED_UNITS = re.compile(
    r"(?P<place>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})(?: [-–—])? "
    r"(?P<units>Army units\b|Units of the army\b)"
)
_COUNTRYSIDE = " Countryside"


def without_place_headings(events: Iterable[Event]) -> Iterator[Event]:
    """Yield ``events`` with a place heading cut from the army units that open a sentence.

    "Tarsk Army units destroyed a depot" -> actor "Army units", place "Tarsk" (unless
    the event has a place of its own). A country is no heading ("Norland Army units"
    are Norland's), nor is a name that is no known place.
    """
    for event in events:
        match = _HEADED_UNITS.fullmatch(event.actor)
        if (
            match is None
            or not event.provenance.sentence.startswith(event.actor)
            or not _is_local_place(match.group("place"))
        ):
            yield event
            continue
        actor = event.actor[match.start("units") :]
        yield replace(event, actor=actor, location=event.location or match.group("place"))


def _is_local_place(name: str) -> bool:
    """Return whether ``name`` is a town or province (not a country): "Tarsk Countryside"."""
    found = link_place(name.removesuffix(_COUNTRYSIDE))
    return found is not None and found.kind != "country"
