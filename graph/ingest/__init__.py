"""Ingest: files, folders, stdin, JSONL corpora and HTML page text -> ``Article``."""

from .articles import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    MAX_DOC_BYTES,
    ON_DUPLICATE,
    SUFFIXES,
    TEXT_SUFFIXES,
    decode_bytes,
    html_to_text,
    load_articles,
    read_lines,
    strip_boilerplate,
)

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
