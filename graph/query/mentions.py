"""The names actors go by in the articles, for the ``aliases`` column of ``newsgraph actors``.

A graph keeps, on every event, the text its actor and target were read from
(``ng:actorText``, ``ng:targetText``: "the regime", "Assad forces", "Damascus"
for the Syrian government). Those are what an analyst checks a resolution
against, so :func:`add_mentions` fills an ``aliases`` column with the most
frequent of them. They are read with one look-up over the events, not inside
the named query: grouped per actor there, rdflib compared every event with
every name (quadratic on a real corpus).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..normalize.junk import PRONOUN_WORDS
from .lookup import Select

if TYPE_CHECKING:
    from .answer import Value

__all__ = ["add_mentions"]

# Relation facts ("Aleppo is a city") are no events: their texts are left out too.
_MENTIONS = """SELECT ?id ?text WHERE {
  { ?e ng:actor ?a ; ng:actorText ?text } UNION { ?e ng:target ?a ; ng:targetText ?text }
  ?a ng:actorId ?id .
  FILTER NOT EXISTS { ?e a ng:RelationEvent }
}"""
_SHOWN = 5  # names per actor, the most frequent first
_SEPARATOR = "; "


def add_mentions(rows: Sequence[dict[str, Value]], select: Select) -> list[dict[str, Value]]:
    """Return ``rows`` with ``aliases`` holding the names each actor was written as.

    Each row's ``aliases`` (its ``skos:altLabel`` values, "; "-joined, often
    none) gets the texts its actor was read from, most frequent first (up to 5),
    leaving out its label, case variants, pronouns and texts without a letter.

    Args:
        rows: Rows with ``actorId``, ``label`` and ``aliases`` columns.
        select: Runs a look-up query on the graph the rows came from.
    """
    if not rows:
        return []
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for found in select(_MENTIONS, {}):
        written[found["id"]][" ".join(found["text"].split())] += 1
    out = []
    for row in rows:
        given = [a for a in str(row.get("aliases") or "").split(_SEPARATOR) if a]
        names = _names(str(row.get("label") or ""), given, written.get(str(row.get("actorId"))))
        out.append({**row, "aliases": _SEPARATOR.join(names)})
    return out


def _names(label: str, given: list[str], counts: Counter[str] | None) -> list[str]:
    """Return the given aliases, then the most frequent texts, without repeats."""
    seen = {label.casefold()}
    names: list[str] = []
    ranked = sorted((counts or Counter()).items(), key=lambda item: (-item[1], len(item[0])))
    for name in [*given, *(text for text, _ in ranked)]:
        key = name.casefold()
        words = key.split()
        if key in seen or not any(ch.isalpha() for ch in name):
            continue
        if all(word in PRONOUN_WORDS for word in words):
            continue
        seen.add(key)
        names.append(name)
    return names[: max(_SHOWN, len(given))]
