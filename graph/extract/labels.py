"""Verb labels of ``ontology.ttl`` and the CAMEO code of a verb alone (private to extract)."""

from __future__ import annotations

from functools import cache

from rdflib.namespace import RDF, SKOS

from ..vocab import ACT, NG, load_ontology
from .cameo import Code
from .cameodata import load_lexicon

__all__ = ["OTHER", "default_class", "label_class"]

OTHER = "OTHER"


@cache
def _label_table() -> dict[str, str]:
    ontology = load_ontology()
    table: dict[str, str] = {}
    for concept in sorted(ontology.subjects(RDF.type, NG.ActionClass), key=str):
        name = str(concept).removeprefix(str(ACT))
        for label in ontology.objects(concept, SKOS.altLabel):
            table.setdefault(str(label).casefold(), name)
    return table


def label_class(action: str) -> str:
    """Return the class whose verb labels in the ontology name ``action`` ("" if none).

    Tries the full action ("carry out"), then with hyphens as spaces ("step-up"), then
    its verb lemma ("coordinate with" -> "coordinate").
    """
    table = _label_table()
    text = " ".join(action.casefold().split())
    for candidate in (text, text.replace("-", " "), *text.replace("-", " ").split()[:1]):
        if candidate in table:
            return table[candidate]
    return ""


def default_class(action: str, *, inherited: bool = False) -> Code | None:
    """Return the CAMEO code of an action's verb alone ("call off" -> 160), if it has one.

    A code the verb only inherits from a block named for another verb ("give" in the block
    of "grant": 060) is no code of the verb's own; ``inherited`` returns it too.
    """
    words = action.casefold().replace("-", " ").split()
    if not words:
        return None
    lexicon = load_lexicon()
    for particle in (" ".join(words[1:]), words[1] if len(words) > 1 else "", ""):
        code = lexicon.default(words[0], particle)
        if code is not None and code.plover and (inherited or not code.inherited):
            return code
    return None
