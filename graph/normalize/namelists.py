"""Lists of country names written without commas: "Russia Iran and Turkey agreed" (private).

Some feeds strip every comma, so the parser reads "Russia Iran" as one name
(a compound) and the extractor gives it one event. Two country names side by
side name no single actor (no country is called "Russia Iran"), so such an
actor or target is split into one event per country; the conjunct after "and"
already has its own event.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import Event
from .gazetteer import Gazetteer


def split_name_lists(events: Iterable[Event], gaz: Gazetteer) -> Iterator[Event]:
    """Yield ``events`` with each run of country names as actor or target split up.

    "Egypt Jordan" condemned X -> Egypt condemned X, Jordan condemned X (once each,
    and not again when the text already gave that event). Anything else in the phrase
    ("the Egypt Jordan border") keeps the event as it is.
    """
    ordered = list(events)
    seen = set(ordered)
    for event in ordered:
        actors = country_run(event.actor, gaz) or [event.actor]
        targets = country_run(event.target, gaz) or [event.target]
        if len(actors) == 1 and len(targets) == 1:
            yield event
            continue
        for actor in actors:
            for target in targets:
                split = replace(event, actor=actor, target=target)
                if actor != target and split not in seen:
                    seen.add(split)
                    yield split


def country_run(text: str, gaz: Gazetteer) -> list[str]:
    """Return the country names of ``text`` when it is two or more of them and nothing else.

    A leading article goes with the first name ("The US Britain France" -> "The US",
    "Britain", "France"); capitals stand for their states when each names another one
    ("Oslo Stockholm" -> two states, but "Damascus Syria" is a town and its country).
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
    names = [text[mention.start : mention.end] for mention in mentions]
    return [text[: mentions[0].end], *names[1:]]
