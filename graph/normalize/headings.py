"""A place heading glued onto the army units that open a report's paragraph (private).

Round-ups of the day's fighting head each paragraph with its province and, without a
line break or a dash, run the heading into the paragraph's subject: "Tarsk Army units
destroyed a depot", "Tarsk Countryside Units of the army shelled the hills". The parser
reads "Tarsk Army units" as one name nobody knows; the actor is the army's units, and
the heading is where they fought (the event's place when it names none). A dateline's
place runs into a lead the same way ("Mon 3 May 2021 Tarsk Syrian jets pounded ...",
"Tarsk SANA-Terrorists fired ..."): see :func:`without_glued_places`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import Event
from .gazindex import Gazetteer
from .places import link_place

__all__ = ["without_glued_places", "without_place_headings"]

# "Tarsk Army units ...", "Tarsk Countryside - Units of the army ...": the heading (one
# to three capitalised words, maybe a dash) and the units after it, with their capitals.
_HEADED_UNITS = re.compile(
    r"(?P<place>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})(?: [-–—])? "
    r"(?P<units>Army units\b|Units of the army\b)"
)
_COUNTRYSIDE = " Countryside"
_UNITS = ("Army units", "Units of the army")


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


# Capitalised nouns that open a lead's doer: "Tarsk Terrorists fired ...", "... Warplanes".
_DOER_WORDS = frozenset(
    {"army", "terrorists", "terrorist", "warplanes", "jets", "militants", "gunmen", "rebels"}
    | {"insurgents", "troops", "forces", "fighters", "militias", "aircraft", "helicopters"}
)
# An agency's credit run into its lead: "SANA-Terrorists fired ...".
_CREDIT = re.compile(r"([A-Z]{2,})-(?=[A-Z][a-z])")
# Words the gazetteer may find a place in that open a name: "The UN", "Al Nusra".
_NO_PLACE_WORDS = frozenset({"the", "al", "el"})
# The longest known name the rest may open with: "Doctors Without Borders treated ...".
_NAME_WORDS = 4


def without_glued_places(events: Iterable[Event], gaz: Gazetteer) -> Iterator[Event]:
    """Yield ``events`` with a town glued before the doer that follows it cut off.

    "Tarsk Syrian government air strikes" -> "Syrian government air strikes", place
    "Tarsk"; "Tarsk SANA-Terrorists" -> "Terrorists" (a dateline and its credit).
    The rest must open with a people's adjective, a known name or a doer's noun in
    capitals: "Tarsk Governor X", "Tarsk Media Centre" are names of their own, and a
    country ("Norland Syrian forces") is no heading.
    """
    for event in events:
        sentence = event.provenance.sentence
        actor, where = _unglued(event.actor, gaz, sentence)
        target, there = _unglued(event.target, gaz, sentence)
        if actor == event.actor and target == event.target:
            yield event
            continue
        yield replace(event, actor=actor, target=target, location=event.location or where or there)


def _unglued(text: str, gaz: Gazetteer, sentence: str) -> tuple[str, str]:
    """Return ``text`` without the places glued before its doer, and the first place cut."""
    first = ""
    opens = sentence.startswith(text)
    while (cut := _glued_place_end(text, gaz, opens=opens) or _credit_end(text, gaz)) is not None:
        first = first or text[:cut].strip(" -")
        text = text[cut:].lstrip(" -")
    return text, first


def _glued_place_end(text: str, gaz: Gazetteer, *, opens: bool) -> int | None:
    """Return where a town's name glued before a doer ends, or None."""
    words = text.split(" ")
    for size in (1, 2):  # "Tarsk", "Deir Tarsk"
        if len(words) <= size or not all(w[:1].isupper() for w in words[: size + 1]):
            return None
        place = " ".join(words[:size])
        # "Tarsk/Bilad Army units", "Tarsk SANA-Terrorists": the credit's dash joins
        places = [p.rstrip("-") for p in place.split("/")]
        if not all(_is_town(p) for p in places) or _opens_name(words, size, gaz):
            continue
        if not opens and " ".join(words[size:]).startswith(_UNITS):
            return None  # "said Tarsk Army units ...": Tarsk's units (see above)
        if _opens_doer(words[size:], gaz):
            return len(place) + 1
    return None


def _opens_name(words: list[str], size: int, gaz: Gazetteer) -> bool:
    """Return whether the first ``size`` words are a known name or open one ("Al Nusra Front").

    "The UN Security Council", "U.N. Secretary-General X", "Al Nusra Front": the
    gazetteer may know a word as a place, but it is a body's name, or the start of one.
    """
    if words[0].lower() in _NO_PLACE_WORDS:
        return True
    ends = range(size, min(len(words), size + _NAME_WORDS) + 1)
    found = [gaz.lookup(" ".join(words[:end])) for end in ends]
    return any(hit is not None and hit[1] != "capital" for hit in found)  # ("Tarsk": a town)


def _is_town(name: str) -> bool:
    found = link_place(name) if name else None
    return found is not None and found.kind != "country"


def _opens_doer(words: list[str], gaz: Gazetteer) -> bool:
    """Return whether ``words`` open with a doer: "Syrian jets", "Doctors Without Borders"."""
    first = words[0].split("-")[0]  # "Kurdish-led forces", "SANA-Terrorists"
    found = gaz.lookup(first)
    if first.lower() in _DOER_WORDS or (found is not None and found[1] == "demonym"):
        return True
    names = [" ".join(words[:size]) for size in range(2, min(_NAME_WORDS, len(words)) + 1)]
    return any(
        (named := gaz.lookup(name)) is not None and named[1] == "alias" for name in [first, *names]
    )


def _credit_end(text: str, gaz: Gazetteer) -> int | None:
    """Return where an agency's credit glued to the lead by a dash ends ("SANA-Terrorists")."""
    found = _CREDIT.match(text)
    if found is None:
        return None
    agency = gaz.lookup(found.group(1))
    return found.end() if agency is not None and agency[0].sector == "MED" else None
