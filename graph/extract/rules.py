"""Dependency-rule event extraction: spaCy ``Doc`` -> :class:`~graph.model.Event`.

Each grammatical construction has one small rule function, commented with an example
sentence: which words head a predicate is decided in :mod:`graph.extract.sentenceframes`,
its clause's frames in :mod:`graph.extract.predicates` (targets in
:mod:`graph.extract.clausetargets`), the subject rules in :mod:`graph.extract.arguments`,
the object rules in :mod:`graph.extract.patients`, agent compounds in
:mod:`graph.extract.compoundframes`. Private helpers keep each module small: modality and
negation in :mod:`graph.extract.clauses`, attribution in :mod:`graph.extract.credit`, place
and time in :mod:`graph.extract.setting`, surface spans in :mod:`graph.extract.spans`, frame
-> event assembly and confidence in :mod:`graph.extract.frames`, word lists in
:mod:`graph.extract.lexicon`.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import replace
from importlib.metadata import entry_points
from typing import Protocol

from spacy.tokens import Doc, Span

from ..errors import ExtractorError
from ..model import Event, Provenance
from ..parse import iter_sentences
from .byagents import without_restated
from .cameodata import mend_lemmas
from .clausesubjects import with_clause_subject
from .frames import provenance, to_event
from .noise import furniture_in, noise_spans
from .nounverbs import with_noun_verbs
from .participles import mend_participles
from .residue import is_caption, is_caption_verb
from .sameattacks import same_attack_frames
from .screen import screen
from .seizedfrom import with_seized_from
from .sentenceframes import noun_frames, sentence_frames
from .setting import DocContext
from .speakers import with_speaker_subjects
from .toldheadlines import stated_fact

__all__ = ["Extractor", "available_extractors", "extract_events", "get_extractor"]

ENTRY_POINT_GROUP = "newsgraph.extractors"


class Extractor(Protocol):
    """A callable that turns one parsed document into events."""

    def __call__(self, doc: Doc, /) -> Iterator[Event]:
        """Yield the events of ``doc`` in document order."""
        ...


def extract_events(doc: Doc) -> Iterator[Event]:
    """Yield events read from ``doc`` with the dependency rules, sentence by sentence.

    Args:
        doc: A parsed document whose ``user_data`` carries ``doc_id``, ``source``,
            ``char_offset`` and ``sentence_offset`` (see :mod:`graph.parse`).

    Yields:
        Events in sentence order; actor and target are spans of the sentence.
    """
    mend_lemmas(doc)
    mend_participles(doc)  # "clashed with advancing militants": no gerund
    ctx = DocContext(doc)
    # A modifier such as "US-backed" states a standing relation, not a new event: it is
    # an event at its first mention in the document; later "US-backed fighters", "US-backed
    # forces" restate the same sponsorship and are kept as relation facts (an identical
    # one is dropped).
    standing: set[tuple[str, str, str]] = set()
    title = str(doc.user_data.get("title", ""))
    for index, sent in iter_sentences(doc):
        stated: set[tuple[str, str, str]] = set()
        best = _sentence_events(
            sent, provenance(doc, index, sent, ctx.text), ctx, title, standing, stated
        )
        standing |= stated
        yield from best


def _sentence_events(
    sent: Span,
    prov: Provenance,
    ctx: DocContext,
    title: str,
    standing: set[tuple[str, str, str]],
    stated: set[tuple[str, str, str]],
) -> list[Event]:
    """Return the best event of each (actor, action, target, kind) of a sentence."""
    candidates = ctx.candidates
    lo, hi = bisect_left(candidates, sent.start), bisect_left(candidates, sent.end)
    told: list[tuple[int, int]] = []
    headlines: list[tuple[int, int]] = []  # a headline of its own sentence (see noise)
    furniture = furniture_in(sent)
    noise = noise_spans(sent, title, told, furniture, headlines)
    caption = is_caption(sent)
    frames = sentence_frames(sent, [sent.doc[i] for i in candidates[lo:hi]])
    best: dict[tuple[str, str, str, str], Event] = {}
    told_by = itertools.chain(frames, noun_frames(sent))
    # "an airstrike on X": strike (see nounverbs); "seized X from IS": IS too (see seizedfrom)
    named = (s for f in told_by for n in with_noun_verbs(f) for s in with_seized_from(n))
    said = (with_speaker_subjects(with_clause_subject(f)) for f in named)
    for frame in same_attack_frames([*itertools.chain.from_iterable(said)], sent, prov, ctx):
        screened = screen(frame, noise, told, furniture)  # page residue: no event
        if screened is None:
            continue
        frame = screened
        if caption and is_caption_verb(frame.verb):
            # "Residents inspect the damage June 5 2016": a photo's scene, no event.
            frame = replace(frame, kind="relation")
        found: Event | None = to_event(frame, sent, prov, ctx)
        if frame.rule == "compound":
            found = _restated(found, standing, stated)
        if found is None or stated_fact(frame.verb, found.kind, headlines):
            continue
        key = (found.actor, found.action, found.target, found.kind)
        if key not in best or best[key].confidence < found.confidence:
            best[key] = found
    return without_restated(list(best.values()))


def _restated(
    event: Event | None, standing: set[tuple[str, str, str]], stated: set[tuple[str, str, str]]
) -> Event | None:
    """Return an agent-compound event as first reported, as a relation, or None (a repeat)."""
    if event is None or (event.actor, event.action, event.target) in standing:
        return None
    stated |= {(event.actor, event.action, event.target), (event.actor, event.action, "")}
    if (event.actor, event.action, "") in standing:
        return replace(event, kind="relation")
    return event


def available_extractors() -> list[str]:
    """Return the names registered in the ``newsgraph.extractors`` entry-point group."""
    return sorted({ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)})


def get_extractor(name: str = "dep") -> Extractor:
    """Return the extractor registered under ``name``.

    Raises:
        ExtractorError: No extractor has that name, or its plugin fails to load.
    """
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            try:
                func: Callable[[Doc], Iterator[Event]] = ep.load()
            except Exception as exc:  # a plugin may fail in any way; report which one
                raise ExtractorError(f"cannot load extractor {name!r}: {exc}") from exc
            return func
    known = ", ".join(available_extractors()) or "none"
    raise ExtractorError(
        f"unknown extractor {name!r}: not registered in {ENTRY_POINT_GROUP}. "
        f"Hint: choose one of {known}"
    )
