"""A headline's events as context: the doer a story names only there (issue 14).

"Tarvan jets pound a rebel-held town" over a text that opens "The raids killed nine":
the raids are the jets'. The pipeline gives a document's events the headline's too, at
sentence index :data:`graph.model.TITLE_INDEX` (see :mod:`graph.parse.headline`), when
the text does not repeat it. They are normalised on their own (the body's coreference
and its story's country never see the headline), offered to the look-back for a doer
(:mod:`graph.normalize.attackers` reads the headline as the sentence before the first;
claims and retellings see it too) and never yielded: the roles settled after that
(pronoun targets, allies, condemned attacks) are the body's own.

Headlines name an attack by its place as often as by its doer: "Damascus bus blast",
"Syria air strikes kill 22", "attack in Syrian Idlib". A headline event lends no doer
named with a place name: a city's or a region's, or a country's before an attack noun
("killed in Syria raid"); "US strikes kill 30" and "Russia bombs the town" name the doer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from ..model import TITLE_INDEX, Event
from .agency import head_words, is_attack_head
from .coref import Document

__all__ = ["headline_context", "in_headline", "without_headline"]


def in_headline(event: Event) -> bool:
    """Return whether an event was read from the document's headline."""
    return event.provenance.sentence_index == TITLE_INDEX


def headline_context(
    events: Sequence[Event],
    doc: Document,
    normalize: Callable[[Event, Document], Event],
) -> Iterator[Event]:
    """Yield the headline's events normalised, those whose doer is named by a place left out.

    Args:
        events: The headline's events (as extracted).
        doc: The document's coreference context with the headline's events in it.
        normalize: Normalises one event in a document.
    """
    for event in events:
        normalised = normalize(event, doc)
        if not _placed(normalised, doc):
            yield normalised


def _placed(event: Event, doc: Document) -> bool:
    """Return whether a headline's doer is named by a place ("Damascus bus blast").

    A city's or a region's name always is, and so are two places ("Qatar clinic Syria",
    "US Russia regime": a list or a glued credit, no one doer). A country's name before
    an attack noun is where it happened ("Syria air strikes", "killed in Syria raid"),
    unless it is an abbreviation, which English also writes for its adjective ("US
    strikes"); a country's name as the subject of the headline's verb is the doer
    ("Russia bombs the town").
    """
    words = head_words(event.actor)
    places = [(w, p) for w in words if w[:1].isupper() and (p := doc.link(w)) is not None]
    if len(places) > 1 or any(p.kind != "country" for _, p in places):
        return True
    if not places or places[0][0].isupper():
        return False
    after = (words[-1] if words[-1] != places[0][0] else _next_word(event)).lower()
    # the headline's verb after its subject is inflected ("bombs", "raided"); a bare
    # noun after a country's name is what happened there ("Syria raid")
    verb = event.action.split()[0]
    return is_attack_head(after) and not (after != verb and after.startswith(verb))


def _next_word(event: Event) -> str:
    """Return the headline's word after the doer's phrase ("Syria" -> "raid"), or ""."""
    text = event.provenance.sentence
    at = text.find(event.actor)
    after = re.findall(r"[\w'-]+", text[at + len(event.actor) :]) if at >= 0 else []
    return after[0] if after else ""


def without_headline(events: Iterable[Event]) -> Iterator[Event]:
    """Yield a document's events but the headline's (context, never output)."""
    return (e for e in events if not in_headline(e))
