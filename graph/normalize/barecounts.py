"""Victims told only by a count are people of the story's place (issue 14).

"The blast killed six and wounded 33", "troops opened fire, wounding five", "strikes
killed at least 12 in Idlib": a hurt verb's object that is only a count ("five", "at
least 12", "more than 30", "dozens") names people without saying who they are. The
resolver leaves such a count without a node, or makes it a node of its own words
("more-than-30"). :func:`counted_people` gives it the node a bare "people" gets in
its sentence (the story's country, then the victims' place; see
:mod:`graph.normalize.victimplaces`); a count after victims of its sentence ("killed
four militants and wounded 18") is more of them, which
:func:`graph.normalize.remnants.settle_remnant_targets` settles later. Counts of a verb
that does not hurt ("seized 12", "destroyed five") are left alone: they may be things.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from ..extract.lexicon import HURT_VERBS
from ..model import Event
from .heads import position
from .phrase import Ref
from .resolver import resolve

if TYPE_CHECKING:
    from .coref import Document

__all__ = ["counted_people", "is_bare_count"]

_LEAD = (
    r"(?:(?:at least|at most|more than|less than|fewer than|as many as|up to|over|nearly|"
    r"almost|about|around|some|roughly|approximately|an estimated) )?"
)
_CARDINAL = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens|scores|hundreds|"
    r"thousands|tens|a dozen|a hundred)"
)
# "five", "at least 12", "more than 30", "dozens", "twenty-one"; not "five soldiers"
_BARE_COUNT = re.compile(rf"^{_LEAD}{_CARDINAL}(?:[- ]{_CARDINAL})*$", re.IGNORECASE)
# "and wounded 30 Daesh militants": a second count whose words name both counts' people.
_SHARED = re.compile(rf"^,? and \w+ {_LEAD}{_CARDINAL} (?!others?\b|more\b|of\b)([^,;.]+)", re.I)
_SHARED_WORDS = 4
# Node types a count already has that name whom it counts.
_NAMED = frozenset({"civilian", "military", "armed-group", "government", "country"})


def is_bare_count(text: str) -> bool:
    """Return whether a phrase is only a count of people ("at least 12", "five")."""
    return _BARE_COUNT.match(" ".join(text.split())) is not None


def counted_people(event: Event, target: Ref, doc: Document) -> Ref:
    """Return a hurt verb's counted victims as the people of their sentence, else the target.

    "Gunmen killed five in Kessa" -> the people a bare "people" there is ("syria/people").
    """
    verb = event.action.split()[0] if event.action else ""
    if event.kind != "event" or verb not in HURT_VERBS or not is_bare_count(event.target):
        return target
    if target.actor_type in _NAMED:
        return target
    sent, sentence = event.provenance.sentence_index, event.provenance.sentence
    at = position(sentence, event.target)
    shared = _SHARED.match(sentence[at + len(event.target) :])
    # "killed 28 and wounded 30 Daesh militants": the militants' (not "wounded 29 in Homs")
    if shared and shared.group(1).split()[0].lower() not in STOP_WORDS:
        return _shared_head(shared.group(1), doc, sent, at) or target
    people = resolve("people", doc, sent, at)
    return people if people.actor_type == "civilian" else target


def _shared_head(words: str, doc: Document, sent: int, at: int) -> Ref | None:
    """Return whom the next count's words name ("30 Daesh militants in the city"), or None."""
    found = words.split()[:_SHARED_WORDS]
    for end in range(1, len(found) + 1):  # shortest first: "30 people Syrian TV said"
        ref = resolve(" ".join(found[:end]), doc, sent, at)
        if ref.actor_type in _NAMED - {"country"}:
            return ref
    return None
