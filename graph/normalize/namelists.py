"""Lists of country names written without commas: "Russia Iran and Turkey agreed" (private).

Some feeds strip every comma, so the parser reads "Russia Iran" as one name
(a compound) and the extractor gives it one event. Two country names side by
side name no single actor (no country is called "Russia Iran"), so such an
actor or target is split into one event per country; the conjunct after "and"
already has its own event.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from ..model import Event
from .agents import find_agent
from .demonympairs import demonym_run
from .gazetteer import Gazetteer, Mention
from .phrase import words_of


def split_name_lists(events: Iterable[Event], gaz: Gazetteer) -> Iterator[Event]:
    """Yield ``events`` with each run of country names as actor or target split up.

    "Egypt Jordan" condemned X -> Egypt condemned X, Jordan condemned X (once each,
    and not again when the text already gave that event). Anything else in the phrase
    ("the Egypt Jordan border") keeps the event as it is.
    """
    ordered = list(events)
    seen = set(ordered)
    for event in ordered:
        sentence = event.provenance.sentence
        actors = _name_run(event.actor, gaz, sentence) or [event.actor]
        targets = _name_run(event.target, gaz, sentence) or [event.target]
        if actors == [event.actor] and targets == [event.target]:
            yield event
            continue
        for actor in actors:
            for target in targets:
                split = replace(event, actor=actor, target=target)
                if actor != target and split not in seen:
                    seen.add(split)
                    yield split


def country_run(text: str, gaz: Gazetteer, sentence: str | None = None) -> list[str]:
    """Return the country names of ``text`` when it is two or more of them and nothing else.

    A leading article goes with the first name ("The US Britain France" -> "The US",
    "Britain", "France"); capitals stand for their states when each names another one
    ("Oslo Stockholm" -> two states, but "Damascus Syria" is a town and its country).
    Given the ``sentence``, a run with a capital is split only as a list there (see
    :func:`_listed`): "Beirut Russia warned" opens with a dateline, not a state.
    """
    words = text.split()
    article = len(words[0]) + 1 if words and words[0].lower() == "the" else 0
    if len(words) < 2 or not all(word[:1].isupper() for word in words[bool(article) :]):
        return []  # a name list is capitalised words only (and most phrases are not)
    mentions = gaz.find_mentions(text)
    if len(mentions) < 2 or mentions[0].start != article or mentions[-1].end != len(text):
        return []
    for one, nxt in zip(mentions, mentions[1:], strict=False):
        if text[one.end : nxt.start].strip():
            return []
    actors = [gaz.get(mention.actor_id) for mention in mentions]
    if any(a is None or a.actor_type != "country" for a in actors):
        return []
    vias = {mention.via for mention in mentions}
    if not vias <= {"alias", "capital"} or len({m.actor_id for m in mentions}) < len(mentions):
        return []
    if sentence is not None and "capital" in vias and not _listed(text, sentence):
        return _after_dateline(text, sentence, mentions, gaz)
    names = [text[mention.start : mention.end] for mention in mentions]
    return [text[: mentions[0].end], *names[1:]]


def _name_run(text: str, gaz: Gazetteer, sentence: str) -> list[str]:
    return (
        country_run(text, gaz, sentence)
        or group_run(text, gaz, sentence)
        or glued_run(text, gaz, sentence)
        or demonym_run(text, gaz)
    )


# Plural nouns of a body of states or backers that a region or people word names.
_BLOC_NOUNS = frozenset(words_of("monarchies states countries powers nations allies partners"))
# What follows the head of a list: "... and the US", "... or Qatar".
_MORE = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?[A-Z]")


def glued_run(text: str, gaz: Gazetteer, sentence: str) -> list[str]:
    """Return a country's name and the side glued after it when ``text`` heads a list.

    Without commas "backed by Turkey Gulf Arab monarchies and the US" names three sides;
    the parser reads the first two as one phrase ("Turkey" a modifier of "monarchies"):
    -> "Turkey", "Gulf Arab monarchies". The rest opens with capitalised words that name
    no actor of the gazetteer (a region or a people: "Gulf", "Arab", "Shiite") and ends
    in a plural of states or of a force ("monarchies", "militias"), and "and" or "or"
    follows in ``sentence``. "Syria Kurds" (no such noun), "US Air Forces" (its own
    organ) and "Russia Assads chief backer" (an apposition, no list) stay as they are.
    """
    mentions = gaz.find_mentions(text)
    first = mentions[0] if len(mentions) == 1 else None
    actor = gaz.get(first.actor_id) if first is not None and first.via == "alias" else None
    if actor is None or actor.actor_type != "country" or first is None or first.start:
        return []  # (a leading "the" is part of the name: "the US Arab allies")
    rest = text[first.end :].split()
    names = [word for word in rest if word[:1].isupper()]
    if not names or rest[: len(names)] != names or len(rest) - len(names) != 1:
        return []  # "Gulf monarchies": names first, then one lower-case noun
    if rest[-1] not in _BLOC_NOUNS and find_agent(rest) is None:
        return []
    at = sentence.find(text)
    if at < 0 or not _MORE.match(sentence, at + len(text)):
        return []
    return [text[: first.end], " ".join(rest)]


# Kinds of armed sides whose names may run together: "ISIL Nusra clashed with X".
_SIDE_TYPES = frozenset({"armed-group", "military"})
# A name word: capitalised, or an Arabic name's article first ("al-Nusra", "el-Fateh").
_NAME_WORD = re.compile(r"[A-Z]|(?:al|el|ad|ar|as|ash|at|az)-[A-Z]")


def group_run(text: str, gaz: Gazetteer, sentence: str = "") -> list[str]:
    """Return the names of ``text`` when it is two or more armed sides' names and nothing else.

    Without commas "the Kestrel Brigade Black Banner clashed with X" names two groups (no
    group is called both): "the Kestrel Brigade", "Black Banner". Each must be a name of
    the gazetteer (no nationality word: "Syrian Arab Coalition" is one name), all of armed
    groups or forces, none the same; a country among them ("Syria ISIL") is left alone,
    and so is a run after "like" in ``sentence`` ("Like ISIS Nusra Front is banned": the
    first name is what the second is compared with).
    """
    words = text.split()
    article = len(words[0]) + 1 if words and words[0].lower() == "the" else 0
    if len(words) < 2 or not all(_NAME_WORD.match(word) for word in words[bool(article) :]):
        return []
    mentions = gaz.find_mentions(text)
    if len(mentions) < 2 or mentions[0].start != article or mentions[-1].end != len(text):
        return []
    if any(text[one.end : nxt.start].strip() for one, nxt in itertools.pairwise(mentions)):
        return []
    actors = [gaz.get(mention.actor_id) for mention in mentions]
    if any(a is None or a.actor_type not in _SIDE_TYPES for a in actors):
        return []
    if {m.via for m in mentions} != {"alias"} or len({m.actor_id for m in mentions}) < len(actors):
        return []
    if re.search(r"\b(?:un)?like\s+" + re.escape(text), sentence, re.IGNORECASE):
        return []  # the (costlier) comparison check last: a pattern of this text
    return [text[: mentions[0].end], *(text[m.start : m.end] for m in mentions[1:])]


_LIST_END = re.compile(r"\s*,?\s+(?:and|or)\s+[A-Z]")
_LIST_START = re.compile(r"\b(?:by|between)\s+(?:the\s+)?$", re.IGNORECASE)


def _listed(text: str, sentence: str) -> bool:
    """Return whether ``text`` stands in ``sentence`` as the head of a list of names.

    "brokered by Oslo Stockholm", "Oslo Stockholm and Helsinki agreed" are lists;
    "Beirut Russia warned Turkey" (a dateline before the sentence) is none, even as
    "Beirut Russia and Iran warned": a capital that opens the sentence is its dateline.
    """
    at = sentence.find(text)
    if at < 0 or _opens(text, sentence):
        return False  # "Moscow Ankara and Tehran agreed" may open with a dateline
    return bool(_LIST_END.match(sentence, at + len(text)) or _LIST_START.search(sentence[:at]))


def _opens(text: str, sentence: str) -> bool:
    """Return whether ``text`` opens ``sentence`` (after quotes or a dash at most)."""
    at = sentence.find(text)
    return at >= 0 and not sentence[:at].strip(" \"'\u201c-")


def _after_dateline(
    text: str, sentence: str, mentions: Sequence[Mention], gaz: Gazetteer
) -> list[str]:
    """Return the run after a capital that opens ``sentence`` as its dateline, else [].

    "Moscow Washington accused Russia" -> ["Washington"], "Beirut Russia Iran warned"
    -> ["Russia", "Iran"] (a list after the dateline, "Moscow Ankara and Tehran
    agreed", keeps "Ankara" alone: the dateline reading wins); a capital inside the
    sentence ("talks in Geneva Moscow") is left as it is.
    """
    if mentions[0].via != "capital" or not _opens(text, sentence):
        return []
    rest = text[mentions[1].start :]
    return country_run(rest, gaz) or [rest]
