"""A one-sided attack in parts of a town, or throughout it, targets the town.

"Jets carried out strikes in the eastern districts of Aleppo", "raids were carried out
overnight in rebel-held districts of east Aleppo", "conducted 16 airstrikes throughout
Raqqa": event coders code the town as what was hit, as for "bombed in Idlib"
(:mod:`placetargets`, whose tests of a strike and of a town this uses). Only a
targetless one-sided attack whose own phrase (right after its words, a time aside)
names the place: a place hung on another clause ("launched by fighters positioned in
X", "crashed near X") is left, and so are a country, a region and an unnamed area.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Event
from .placetargets import is_strike, is_town_side

__all__ = ["with_part_target"]

# Unnamed parts of a town told with its name: "the eastern districts of Aleppo".
_PART_OF = re.compile(
    r"^(?:the\s+)?(?:[a-z][a-z-]*\s+){0,2}(?:districts?|neighbou?rhoods?|quarters?|suburbs?|"
    r"parts?|areas?|outskirts)\s+of\s+(?P<town>(?:the\s+)?[A-Za-z].*)$"
)
# Prepositions of the place an attack was spread over ("in" alone: placetargets).
_PREPS = r"in|across|throughout|inside"
# Words of time that may stand between an attack and its place: "overnight", "on Monday".
_TIME = r"(?:overnight|today|yesterday|on|early|late|last|this|morning|night|[A-Z][a-z]+day)"


def with_part_target(event: Event) -> Event:
    """Return a targetless one-sided attack with the town it was spread over, else the event."""
    if event.kind != "event" or event.target or not event.location or not is_strike(event):
        return event
    part = _PART_OF.match(event.location)
    town = part.group("town") if part else event.location
    if not is_town_side(town) or not _own_phrase(event, across=part is None):
        return event
    return replace(event, target=town)


def _own_phrase(event: Event, *, across: bool) -> bool:
    """Return whether the place's phrase follows the attack's last word, a time aside."""
    words = event.relation.split()
    if not words:
        return False
    preps = r"across|throughout" if across else _PREPS  # "in Raqqa" is placetargets'
    pattern = (
        rf"\b{re.escape(words[-1])}(?:\s+{_TIME}){{0,3}}\s+(?:{preps})\s+"
        + re.escape(event.location)
        + r"\b"
    )
    return re.search(pattern, event.provenance.sentence) is not None
