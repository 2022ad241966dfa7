"""Victims named by a people's plural are people of that country, not its state (issue 14).

"Coalition strikes killed 600 Syrians", "the blast wounded 21 people including
Iraqis": the gazetteer reads a demonym as its country, so the victims became the
state (Syria), which a coder never codes as killed. :func:`people_of_plural` gives a
hurt verb's victims whose phrase ends in a people's plural the people of that
country ("syria/people"), as a bare "Syrian people" would be; a singular demonym
("a Syrian jet"), a country's name ("hit Syria") and verbs that do not hurt are left
alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..extract.lexicon import HURT_VERBS
from ..model import Event
from .agents import cameo
from .phrase import Ref

if TYPE_CHECKING:
    from .coref import Document

__all__ = ["people_of_plural"]

_LAST_WORD = re.compile(r"([A-Z][\w'’-]*)\W*$")


def people_of_plural(event: Event, target: Ref, doc: Document) -> Ref:
    """Return a hurt verb's victims named by a people's plural as that people, else the target.

    "Strikes killed 600 Syrians" -> syria/people, not syria (the state).
    """
    verb = event.action.split()[0] if event.action else ""
    if event.kind != "event" or verb not in HURT_VERBS or target.actor_type != "country":
        return target
    last = _LAST_WORD.search(event.target)
    if last is None:
        return target
    named = doc.gaz.find_mentions(last.group(1))
    if len(named) != 1 or named[0].via != "demonym" or not named[0].plural:
        return target
    country = named[0].actor_id
    if country != target.actor_id:
        return target  # "Iraqi troops and Syrians": the phrase's own country decides
    place = doc.gaz.get(country)
    label = f"people ({place.label if place else country})"
    return Ref(f"{country}/people", label, "civilian", cameo(doc.gaz, country, "PPL"))
