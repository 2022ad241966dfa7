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
A remnant ("six others", "a hundred others", "another 30"; see :func:`is_remnant`) is
such people too, as a hurt verb's object or a hurt fact's subject ("six others were
wounded"), until settle_remnant_targets gives it the victims told before it.
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

__all__ = ["counted_hurt", "counted_people", "is_bare_count", "is_hurt_fact", "is_remnant"]

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
# Remnants: a count of more people told after others ("19 others", "dozens of others",
# "a hundred others"; "15 other" and "hundreds more"; "scores of them"; "another three",
# "a further 20"). "The other" (one of two sides) and "more than 20" are none.
_REMNANT_LEAD = r"(?:(?:at least|around|about|almost|nearly|over|some|up to|more than|roughly) )?"
_REMNANT_NUMBER = (
    r"(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|hundreds|thousands|"
    r"dozens|scores|tens|many|several|a few|few|numerous|countless|most|some|all|"
    r"(?:a )?(?:dozen|hundred|thousand)|a (?:large |big |great |huge |small )?number|a handful)"
)
_REMNANT = re.compile(
    rf"^{_REMNANT_LEAD}(?:(?:{_REMNANT_NUMBER} )(?:of )?)?others$"
    rf"|^{_REMNANT_LEAD}{_REMNANT_NUMBER} (?:other|more)$"
    rf"|^{_REMNANT_LEAD}{_REMNANT_NUMBER} of them$"
    # "killed two and injured another three", "a further 20 were hurt"
    rf"|^(?:another|(?:a )?further) {_REMNANT_LEAD}{_REMNANT_NUMBER}$",
    re.IGNORECASE,
)
# Node types a count already has that name whom it counts.
_NAMED = frozenset({"civilian", "military", "armed-group", "government", "country"})


def is_bare_count(text: str) -> bool:
    """Return whether a phrase is only a count of people ("at least 12", "five")."""
    return _BARE_COUNT.match(" ".join(text.split())) is not None


def is_remnant(text: str) -> bool:
    """Return whether a phrase counts more people without naming them ("dozens more")."""
    return _REMNANT.match(" ".join(text.split())) is not None


def counted_people(event: Event, target: Ref, doc: Document) -> Ref:
    """Return a hurt verb's counted victims as the people of their sentence, else the target.

    "Gunmen killed five in Kessa" -> the people a bare "people" there is ("syria/people").
    """
    verb = event.action.split()[0] if event.action else ""
    if verb not in HURT_VERBS or target.actor_type in _NAMED:
        return target
    if _is_unnamed_remnant(event.target):
        # "killed two patients and wounded eight others", "the blast wounded six others"
        # (a fact until its doer is found): people, unless the victims told before them
        # are a side (settle_remnant_targets gives theirs)
        return _people(event, event.target, doc) or target
    if event.kind != "event" or not is_bare_count(event.target):
        return target
    sent, sentence = event.provenance.sentence_index, event.provenance.sentence
    at = position(sentence, event.target)
    shared = _SHARED.match(sentence[at + len(event.target) :])
    # "killed 28 and wounded 30 Daesh militants": the militants' (not "wounded 29 in Homs")
    if shared and shared.group(1).split()[0].lower() not in STOP_WORDS:
        return _shared_head(shared.group(1), doc, sent, at) or target
    return _people(event, event.target, doc) or target


def counted_hurt(event: Event, actor: Ref, doc: Document) -> Ref:
    """Return a hurt fact's remnant subject as the people of its sentence, else the actor.

    "Six others were wounded in the shelling" -> "syria/people"; victims of a side told
    before them ("four soldiers were killed and six others wounded") are settled later.
    """
    if not is_hurt_fact(event) or not _is_unnamed_remnant(event.actor):
        return actor
    if actor.actor_type in _NAMED:
        return actor
    return _people(event, event.actor, doc) or actor


def is_hurt_fact(event: Event) -> bool:
    """Return whether an event is an agentless passive harm ("six were killed")."""
    words = event.action.split()
    if event.kind != "relation" or event.target or len(words) != 2 or words[0] != "be":
        return False
    return bool({words[1], words[1][:-1], words[1][:-2]} & HURT_VERBS)  # killed, injured, hurt


def _is_unnamed_remnant(text: str) -> bool:
    # "scores of them" names whom it counts: pronountargets and remnants read "them"
    return is_remnant(text) and not text.lower().endswith("them")


def _people(event: Event, words: str, doc: Document) -> Ref | None:
    """Return the node a bare "people" gets where the words stand, if it is a civilian one."""
    sent, sentence = event.provenance.sentence_index, event.provenance.sentence
    people = resolve("people", doc, sent, position(sentence, words))
    return people if people.actor_type == "civilian" else None


def _shared_head(words: str, doc: Document, sent: int, at: int) -> Ref | None:
    """Return whom the next count's words name ("30 Daesh militants in the city"), or None."""
    found = words.split()[:_SHARED_WORDS]
    for end in range(1, len(found) + 1):  # shortest first: "30 people Syrian TV said"
        ref = resolve(" ".join(found[:end]), doc, sent, at)
        if ref.actor_type in _NAMED - {"country"}:
            return ref
    return None
