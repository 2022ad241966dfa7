"""Document ids read once: the same text again is skipped, another text as the caller asks."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from ..errors import SeedError
from ..model import Article, text_id

__all__ = ["jsonl_ids", "unique_articles"]

log = logging.getLogger(__name__)


def unique_articles(
    articles: Iterator[Article], on_duplicate: str, keep: dict[str, str] | None
) -> Iterator[Article]:
    """Pass each document id once: a repeat of the same text is skipped, another as asked.

    Two documents under one id would share one named graph, and each rebuild
    would flip between them.

    Args:
        articles: The documents in input order.
        on_duplicate: ``"error"``, ``"first"``, ``"last"`` or ``"rename"``.
        keep: For ``"last"``, where the last document of each id is.

    Yields:
        The documents kept, renamed where asked.

    Raises:
        SeedError: A taken id comes again with another text and ``on_duplicate`` is ``"error"``.
    """
    seen: dict[str, tuple[str, str]] = {}  # id -> (where first seen, text digest)
    for article in articles:
        if keep is not None and keep.get(article.doc_id, article.source) != article.source:
            log.warning(
                "skipped %s: %s has id %r too", article.source, keep[article.doc_id], article.doc_id
            )
            continue
        digest = text_id(article.text)
        first = seen.setdefault(article.doc_id, (article.source, digest))
        if first == (article.source, digest):
            yield article
        elif first[1] == digest:
            log.warning("skipped %s: the same document as %s", article.source, first[0])
        elif on_duplicate == "rename":
            yield _renamed(article, seen, digest)
        elif on_duplicate != "error":
            log.warning("skipped %s: document id %r is taken", article.source, article.doc_id)
        else:
            raise SeedError(_duplicate_message(article, first[0]))


def _duplicate_message(article: Article, first: str) -> str:
    """Name both places of a taken id; two inputs can share a file name (a/x.txt, b/x.txt)."""
    if first == article.source:
        where = f"another input also named {first} (with a different text)"
        hint = "pass their common folder instead, so each is named by its path, or "
    else:
        where, hint = first, "give each document its own id, or pass "
    return (
        f"cannot read {article.source}: document id {article.doc_id!r} is already used by "
        f"{where}. Hint: {hint}--on-duplicate first|last|rename"
    )


def _renamed(article: Article, seen: dict[str, tuple[str, str]], digest: str) -> Article:
    """Return the article under the first free id ``ID~N`` (N from 2), and mark it taken."""
    number = 2
    while (new_id := f"{article.doc_id}~{number}") in seen:
        number += 1
    seen[new_id] = (article.source, digest)
    log.warning(
        "renamed %s: document id %r is taken; now %r", article.source, article.doc_id, new_id
    )
    return replace(article, doc_id=new_id)


def jsonl_ids(path: Path, source: str) -> Iterator[tuple[str, str]]:
    """Yield ``(where, id)`` of each readable record of a JSONL file (others are skipped)."""
    try:
        handle = path.open("rb")
    except OSError:
        return  # the reading pass reports it
    with handle:
        for lineno, line in enumerate(handle, start=1):
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError):
                continue
            if isinstance(record, dict) and isinstance(record.get("text"), str):
                given = record.get("id")
                doc_id = (str(given) if given is not None else "") or text_id(record["text"])
                yield f"{source} line {lineno}", doc_id
