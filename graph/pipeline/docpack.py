"""Parsed docs packed for the helper process: the token array and its strings.

``Doc.to_bytes`` packs a doc's parts with msgpack, and each msgpack packer or
unpacker of srsly looks up the installed packages' entry points first (three of
each per doc); it also reads the strings of every token one token at a time.
A pickled :class:`PackedDoc` carries what ``Doc.from_dict`` needs (the same token
attributes) and its user data as msgpack would give it back, so the helper's doc
is the one ``to_bytes``/``from_bytes`` would give, without either cost.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.tokens import Doc
from spacy.vocab import Vocab

# The attributes ``Doc.to_dict`` writes, in its order: LENGTH and SPACY rebuild the tokens.
_ARRAY = (
    *("LENGTH", "SPACY", "ORTH", "NORM", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE"),
    *("ENT_KB_ID", "ENT_ID", "LEMMA", "MORPH", "POS", "SENT_START"),
)
# Columns holding string hashes the helper's string store may not have yet.
_STRINGS = [
    i
    for i, name in enumerate(_ARRAY)
    if name in {"NORM", "TAG", "DEP", "ENT_TYPE", "ENT_KB_ID", "ENT_ID", "LEMMA", "MORPH"}
]


@dataclass(frozen=True, slots=True)
class PackedDoc:
    """A parsed doc as the helper process gets it (pickled)."""

    text: str
    array: Any  # numpy uint64 array, one row per token, columns as _ARRAY
    strings: list[str]
    user_data: dict[Any, Any]
    has_unknown_spaces: bool


def pack_doc(doc: Doc) -> PackedDoc:
    """Return what :func:`unpack_doc` rebuilds ``doc`` from (its tensor is left out).

    Raises:
        ValueError: The doc has span groups (the pipeline sets none; they are not packed).
    """
    if doc.spans:
        raise ValueError("cannot pack a doc with span groups")
    array = doc.to_array(list(_ARRAY))
    strings = [doc.vocab.strings[int(key)] for key in np.unique(array[:, _STRINGS])]
    user_data = {key: _as_unpacked(value) for key, value in doc.user_data.items()}
    return PackedDoc(doc.text, array, strings, user_data, doc.has_unknown_spaces)


def unpack_doc(vocab: Vocab, packed: PackedDoc) -> Doc:
    """Return the doc :func:`pack_doc` packed, on ``vocab`` (the parsing pipeline's)."""
    doc = Doc(vocab).from_dict(
        {
            "text": packed.text,
            "array_head": _ARRAY,
            "array_body": packed.array,
            "strings": packed.strings,
            "has_unknown_spaces": packed.has_unknown_spaces,
        }
    )
    doc.user_data.update(packed.user_data)
    return doc


def _as_unpacked(value: Any) -> Any:
    """Return a user-data value as a msgpack round trip gives it back (tuples as lists)."""
    if isinstance(value, list | tuple):
        return [_as_unpacked(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_unpacked(item) for key, item in value.items()}
    return value
