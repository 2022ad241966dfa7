"""Read documents (files, folders, stdin, JSONL corpora) into :class:`Article` records.

Boilerplate (a repeated title, the byline, the dateline, copyright and
comment-widget lines) is blanked out with spaces rather than cut, so every
character offset an event carries still points into the original text
(see :mod:`graph.ingest.pagetext`, which also turns HTML pages into text).
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

from ..errors import SeedError
from ..model import Article, text_id
from .decoding import decode_bytes, read_bytes, read_lines
from .duplicates import jsonl_ids, unique_articles
from .pagetext import html_to_text, looks_like_html, strip_boilerplate

__all__ = [
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "MAX_DOC_BYTES",
    "ON_DUPLICATE",
    "SUFFIXES",
    "TEXT_SUFFIXES",
    "decode_bytes",
    "html_to_text",
    "load_articles",
    "read_lines",
    "strip_boilerplate",
]

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_DOC_BYTES = 20_000_000
# What a second document with a taken id gets (see load_articles).
ON_DUPLICATE = ("error", "first", "last", "rename")
# Folder walks skip project files that are not articles (seeds/README.md).
_SKIP_NAMES = re.compile(r"^(readme|license|licence|changelog)(\..*)?$", re.IGNORECASE)
# Prose breaks into sentences; a run this long without one is data (minified
# script, base64) that would only make the parser crawl.
_UNBROKEN = re.compile(r"[^.!?\n]{20000,}")


def load_articles(
    paths: Iterable[Path | str],
    *,
    skip_bad: bool = False,
    max_bytes: int | None = None,
    on_duplicate: str = "error",
) -> Iterator[Article]:
    """Yield one article per input document.

    Args:
        paths: Files, folders (walked recursively, sorted) or ``"-"`` for stdin.
        skip_bad: Log and skip unreadable documents instead of raising.
        max_bytes: Largest document accepted (default :data:`MAX_DOC_BYTES`);
            a JSONL corpus may be larger, each of its records may not.
        on_duplicate: What a document whose id an earlier one with another text
            has gets: ``"error"``; ``"first"`` (skipped); ``"last"`` (the last
            with the id is kept, the earlier skipped: the ids are read first);
            ``"rename"`` (it becomes ``ID~2``, ``ID~3``, ...). See :data:`ON_DUPLICATE`.

    Yields:
        Articles in a stable order.

    Raises:
        SeedError: A path is missing, or (without ``skip_bad``) a document is
            empty, binary or not decodable, or (with ``on_duplicate="error"``)
            takes an id an earlier document with another text has (the same
            text again is always skipped).
    """
    if on_duplicate not in ON_DUPLICATE:
        raise ValueError(f"on_duplicate must be one of {', '.join(ON_DUPLICATE)}")
    paths = list(paths)
    limit = max_bytes or MAX_DOC_BYTES
    keep = _last_sources(paths) if on_duplicate == "last" else None
    articles = _load(paths, limit, skip_bad)
    yield from unique_articles(
        articles, "first" if skip_bad and on_duplicate == "error" else on_duplicate, keep
    )


def _last_sources(paths: list[Path | str]) -> dict[str, str]:
    """Return where the last document of each id is, reading only ids (stdin is not read)."""
    last: dict[str, str] = {}
    for path, source in _files(paths):
        if path is None:
            continue
        if path.suffix.lower() not in JSONL_SUFFIXES:
            last[_file_id(source)] = source
            continue
        for where, record in jsonl_ids(path, source):
            last[record] = where
    return last


def _files(paths: Iterable[Path | str]) -> Iterator[tuple[Path | None, str]]:
    """Yield ``(file, source name)`` of every input document file (``None`` for stdin)."""
    for path in paths:
        if str(path) == "-":
            yield None, "<stdin>"
            continue
        path = Path(path)
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                rel = file.relative_to(path)
                if _is_article_file(file, rel):
                    yield file, rel.as_posix()
        elif path.exists():
            yield path, path.name
        else:
            raise SeedError(f"cannot read {path}: no such file or folder")


def _load(paths: Iterable[Path | str], limit: int, skip_bad: bool) -> Iterator[Article]:
    for path, source in _files(paths):
        if path is None:
            yield from _guard(partial(_read_stdin, limit), skip_bad)
        else:
            yield from _read_any(path, source, limit, skip_bad)


def _is_article_file(file: Path, rel: Path) -> bool:
    hidden = any(part.startswith(".") for part in rel.parts)
    return (
        file.is_file()
        and not hidden
        and file.suffix.lower() in SUFFIXES
        and not _SKIP_NAMES.match(file.name)
    )


def _guard(make: Callable[[], list[Article]], skip_bad: bool) -> Iterator[Article]:
    try:
        articles = make()
    except SeedError as err:
        if not skip_bad:
            raise
        log.warning("skipped: %s", err)
        return
    yield from articles


def _read_any(path: Path, source: str, limit: int, skip_bad: bool) -> Iterator[Article]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl(path, source, limit, skip_bad)
    else:
        yield from _guard(partial(_read_file, path, source, limit), skip_bad)


def _read_stdin(limit: int) -> list[Article]:
    text = sys.stdin.read(limit + 1)
    if len(text) > limit:
        raise SeedError(f"cannot read <stdin>: {_too_big(limit)}")
    return [_article_from_text(text, "<stdin>", None)]


def _too_big(limit: int) -> str:
    return (
        f"larger than the {limit / 1e6:g} MB limit for one document. "
        "Hint: split it, or raise --max-doc-mb."
    )


def _read_file(path: Path, source: str, limit: int) -> list[Article]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SeedError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if size > limit:
        raise SeedError(f"cannot read {path}: {_too_big(limit)}")
    text = decode_bytes(read_bytes(path), path)
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        text = html_to_text(text)
    return [_article_from_text(text, source, _file_id(source), where=str(path))]


def _file_id(source: str) -> str:
    stem = source.rsplit(".", 1)[0] if "." in Path(source).name else source
    return re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.") or text_id(source)


def _read_jsonl(path: Path, source: str, limit: int, skip_bad: bool) -> Iterator[Article]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise SeedError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with handle:
        for lineno, line in enumerate(handle, start=1):
            if line.strip():
                where = f"{source} line {lineno}"
                yield from _guard(partial(_jsonl_record, line, where, limit), skip_bad)


def _jsonl_record(line: bytes, where: str, limit: int) -> list[Article]:
    if len(line) > limit:
        raise SeedError(f"cannot read {where}: {_too_big(limit)}")
    try:
        record = json.loads(decode_bytes(line, where))
    except json.JSONDecodeError as exc:
        raise SeedError(f"cannot read {where}: invalid JSON: {exc.msg}") from exc
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise SeedError(f'cannot read {where}: a record needs a "text" string')
    meta = {k: str(v) for k, v in record.items() if k != "text" and v is not None}
    article = _article_from_text(record["text"], where, meta.get("id") or None)
    return [
        Article(
            doc_id=article.doc_id,
            source=where,
            text=article.text,
            title=meta.get("title", article.title),
            author=meta.get("author", article.author),
            publisher=meta.get("source", article.publisher),
            date=meta.get("date", article.date),
            url=meta.get("url", ""),
        )
    ]


def _article_from_text(
    raw: str, source: str, doc_id: str | None, *, where: str | None = None
) -> Article:
    if not raw.strip():
        raise SeedError(f"cannot read {where or source}: the document is empty")
    if run := _UNBROKEN.search(raw):
        raise SeedError(
            f"cannot read {where or source}: {len(run.group(0)):,} characters without a "
            f"sentence or line break at offset {run.start()}; this is not prose"
        )
    text, meta = strip_boilerplate(raw)
    if not text.strip():
        raise SeedError(f"cannot read {where or source}: nothing but boilerplate in it")
    return Article(
        doc_id=doc_id or text_id(raw),
        source=source,
        text=text,
        title=meta["title"],
        author=meta["author"],
        publisher=meta["publisher"],
        date=meta["date"],
    )
