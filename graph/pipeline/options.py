"""What a build is asked to do (:class:`BuildOptions`) and what it reports (:class:`BuildStats`)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Event


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """How to build a graph: one value for every build function (defaults as the CLI's).

    Attributes:
        output: Folder for ``graph.trig`` and ``graph.html``; None means ``out``
            without a store and no files with one (:func:`graph.pipeline.build`).
        store: On-disk Oxigraph store to build into; unchanged documents are skipped.
        scheduler: Build on a Dask cluster: ``"local"`` or ``tcp://HOST:PORT``.
        endpoint: Also push every document to this Graph Store URL.
        workers: spaCy processes, or the workers of a ``"local"`` Dask cluster.
        extractor: Name of a registered extractor.
        actors: Extra actor gazetteers (Turtle) merged into the packaged one.
        skip_bad: Skip unreadable documents with a warning instead of failing.
        max_bytes: Largest document accepted (None: the ingest default).
        on_duplicate: A second document with a taken id: ``"error"``, ``"first"``,
            ``"last"`` or ``"rename"`` (see :func:`graph.ingest.load_articles`).
        resume: Continue an interrupted build from the documents it finished.
        view: Also write ``graph.html``.
        max_nodes: Actors shown in ``graph.html`` (top by degree).
    """

    output: Path | None = None
    store: Path | None = None
    scheduler: str | None = None
    endpoint: str | None = None
    workers: int = 1
    extractor: str = "dep"
    actors: tuple[Path, ...] = ()
    skip_bad: bool = False
    max_bytes: int | None = None
    on_duplicate: str = "error"
    resume: bool = False
    view: bool = True
    max_nodes: int = 300


@dataclass(slots=True)
class BuildStats:
    """Counts a build reports in its summary line, and what it wrote."""

    documents: int = 0
    resumed: int = 0
    skipped: int = 0
    sentences: int = 0
    events: int = 0
    facts: int = 0
    actors: set[str] = field(default_factory=set)
    started: float = field(default_factory=time.perf_counter)
    triples: int = 0
    written: list[Path] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        """Return the time since the build started."""
        return time.perf_counter() - self.started

    def add(self, sentences: int, events: Sequence[Event], *, document: bool = True) -> None:
        """Count one finished document (or, with ``document=False``, a part of one)."""
        self.documents += document
        self.sentences += sentences
        # relation facts ("X is Y", "X has Y") are counted apart from events.
        facts = sum(1 for e in events if e.kind == "relation")
        self.events += len(events) - facts
        self.facts += facts
        self.actors.update(e.actor_id for e in events if e.actor_id)
        self.actors.update(e.target_id for e in events if e.target_id)
