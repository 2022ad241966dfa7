"""The words a document's clause rules start from, found in one pass (private to extract).

Verb forms and appositions (the clause candidates), objects of location prepositions
and "there"/"here" (places), time entities and weekdays (times), and "according" as
a preposition: token indices read from the document's arrays, not from Tokens.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import numpy as np
from spacy.strings import StringStore
from spacy.tokens import Doc

from .lexicon import LOCATION_PREPS, TIME_LABELS, WEEKDAYS

VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD")


class _Ids(NamedTuple):
    """String-store ids of the words and labels :class:`DocContext` looks for."""

    verb_tags: frozenset[int]
    appos: int
    pobj: int
    advmod: int
    prep: int
    according: int
    location_preps: frozenset[int]
    deictic: frozenset[int]
    time_labels: frozenset[int]
    weekdays: frozenset[int]


_IDS: dict[int, _Ids] = {}


def _ids(strings: StringStore) -> _Ids:
    """Return the ids once per string store (they are hashes, stable across documents)."""
    known = _IDS.get(id(strings))
    if known is None:

        def group(words: Iterable[str]) -> frozenset[int]:
            return frozenset(strings.add(word) for word in words)

        add = strings.add
        known = _IDS[id(strings)] = _Ids(
            group(VERB_TAGS),
            add("appos"),
            add("pobj"),
            add("advmod"),
            add("prep"),
            add("according"),
            group(LOCATION_PREPS),
            group(("there", "here")),
            group(TIME_LABELS),
            group(WEEKDAYS),
        )
    return known


class Words(NamedTuple):
    """Token indices the rules start from, found in one pass over the token arrays."""

    candidates: list[int]  # verb forms and appositions
    places: list[int]  # objects of location prepositions, "there", "here"
    times: list[int]  # time entities and weekdays
    according: list[int]  # "according" as a preposition


def find_words(doc: Doc) -> Words:
    """Find the words of :class:`Words` in one pass over the token arrays.

    A Token per word costs more; on sentence-sized arrays, set lookups on the
    arrays' Python ints cost less than numpy's ``isin``.
    """
    ids = _ids(doc.vocab.strings)
    cols = doc.to_array(["TAG", "DEP", "LOWER", "ENT_TYPE", "HEAD"])
    # HEAD is the offset to the head, stored unsigned: reinterpret it as signed.
    heads = (np.arange(len(cols)) + cols[:, 4].astype(np.int64)).tolist() if len(cols) else []
    rows = cols[:, :4].tolist() if len(cols) else []
    lowers = [row[2] for row in rows]
    words = Words([], [], [], [])
    for i, (tag, dep, lower, ent) in enumerate(rows):
        if tag in ids.verb_tags or dep == ids.appos:
            words.candidates.append(i)
        if (dep == ids.pobj and lowers[heads[i]] in ids.location_preps) or (
            dep == ids.advmod and lower in ids.deictic
        ):
            words.places.append(i)
        if ent in ids.time_labels or lower in ids.weekdays:
            words.times.append(i)
        if lower == ids.according and dep == ids.prep:
            words.according.append(i)
    return words
