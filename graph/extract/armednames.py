"""Names of armed groups, as the actor dictionaries code them (private to extract).

Some verbs code fighting only when armed men do them ("took the town", "reached the
outskirts", "secured three villages"), and the common nouns for armed men ("fighters",
"troops", "militants") say so by their sector. A group named by its name says so by its
code in the compiled actor dictionaries: "ISIL took Tal Tamr", "DAESH took the town",
"Jabhat al-Nusra secured two villages", "the Syrian Democratic Forces reached the dam";
and so it is as a foe or a passive's doer ("a campaign against Daesh", "pressed the Nusra
Front", "trapped by ISIS"): :func:`graph.extract.misfires.is_armed` asks here.

A name is armed when the curated gazetteer (``data/actors.ttl``) or the Phoenix/CAMEO
dictionary (``data/actors_dict.tsv``, compiled by ``tools/build_actors.py``) codes its
actor in an armed sector: military (MIL), rebels (REB), insurgents (INS), unaligned armed
forces (UAF), separatists (SEP) or a militarised group (IMG). People are left out (a
commander "took" what a person takes), and so are countries and organisations with no
armed sector ("the Red Crescent reached the town", "the UN took note").

Extract runs before normalize, so the names are read here from the packaged files once
per process; a name matches as written, whatever its case, hyphens or leading "the"
("DAESH", "Daesh", "al Nusra", "al-Nusra").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from rdflib import Graph, Literal
from rdflib.namespace import SKOS
from spacy.tokens import Token

from ..vocab import NG
from .lexicon import word_set

__all__ = ["armed_names", "names_armed_group"]

_ARMED_SECTORS = word_set("MIL REB INS UAF SEP IMG")
# Words of a name left of its head: "the extremist Islamic State group", "Jabhat al-Nusra".
_NAME_DEPS = word_set("compound amod nmod punct flat npadvmod")
_WORD = re.compile(r"[^\W_]+")


def _key(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.lower()))


def _armed_code(code: str) -> bool:
    """Return whether a CAMEO code ("IRQREB", "IMGMUSALQ@2001-") has an armed sector."""
    code = code.split("@", 1)[0]
    return any(code[i : i + 3] in _ARMED_SECTORS for i in range(0, len(code), 3))


def _gazetteer_names() -> tuple[set[tuple[str, ...]], set[str]]:
    """Return the armed names of ``actors.ttl`` and the ids of its armed actors."""
    path = resources.files("graph") / "data" / "actors.ttl"
    graph = Graph().parse(data=path.read_text(encoding="utf-8"), format="turtle")
    names: set[tuple[str, ...]] = set()
    ids: set[str] = set()
    for actor, sector in graph.subject_objects(NG.sector):
        if not _armed_code(str(sector)):
            continue
        ids.add(str(actor).rsplit("/", 1)[-1])  # actor:isis -> "isis", the dictionary's id
        for label in (*graph.objects(actor, SKOS.prefLabel), *graph.objects(actor, SKOS.altLabel)):
            if isinstance(label, Literal):
                names.add(_key(str(label)))
    return names, ids


def _dictionary_rows() -> Iterator[list[str]]:
    text = (resources.files("graph") / "data" / "actors_dict.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


@cache
def armed_names() -> frozenset[tuple[str, ...]]:
    """Return the names (lower-case word tuples) of the actors coded in an armed sector."""
    names, ids = _gazetteer_names()
    for actor_id, label, kind, roles, aliases in _dictionary_rows():
        if kind == "person":
            continue
        if (not kind and actor_id in ids) or any(map(_armed_code, roles.split())):
            names.update(_key(n) for n in (label, *aliases.split("|")) if n)
    names.discard(())
    return frozenset(names)


def _name_spans(noun: Token) -> Iterator[str]:
    """Yield the texts a noun may name a group by: its entity, and its name words."""
    if noun.ent_iob_ in {"B", "I"}:
        yield _entity_text(noun)
    start, first_word = noun.i, noun.sent.start
    while start > first_word:
        left = noun.doc[start - 1]
        if left.dep_ not in _NAME_DEPS or not noun.is_ancestor(left):
            break
        start -= 1
    for first in range(start, noun.i + 1):
        span = noun.doc[first : noun.i + 1]
        if any(not t.is_lower for t in span if t.is_alpha):
            yield span.text  # "Islamic State group" in "the extremist Islamic State group"


def _entity_text(tok: Token) -> str:
    """Return the text of the entity a token is in, from the IOB tags (not ``doc.ents``)."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def names_armed_group(noun: Token) -> bool:
    """Return whether a noun names a group the actor dictionaries code as armed."""
    if noun.pos_ not in {"PROPN", "NOUN"}:
        return False
    names = armed_names()
    return any(_key(text) in names for text in _name_spans(noun))
