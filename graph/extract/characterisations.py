"""A characterisation that condemns what it names: "described the raid as a massacre" (private).

Verbs of naming say what their object is ("described X as Y", "called X Y", "termed X
Y", "referred to X as Y"). What the object is called decides the class:

- a word of condemnation calls the act or the party a wrong: "the council described the
  shelling as a heinous crime", "the ministers called the raids inhuman and unacceptable",
  "a plan the rebels described as shameful" are PLOVER DISAPPROVE ("criticize or
  denounce", CAMEO 111), like "condemned the shelling";
- any other name is a comment: "the envoy referred to the valley as the heart of the
  crisis" is a statement (CAMEO 010), as "described the valley as" already is.

Not: "described the moment the shell hit" (no name given), "the group describes itself
as a band of volunteers" (no condemning word), "referred to the militia" (no "as"), "a
cell sometimes referred to as the Vell group" (a name in use, said by no one).
:mod:`graph.extract.ownsenses` asks for the class.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .cameo import Code
from .lexicon import word_set
from .opinions import characterises
from .spans import conjuncts
from .speechacts import STATEMENT_CODE

__all__ = ["characterisation_sense", "condemning_content"]

_DISAPPROVE = Code("111", "DISAPPROVE", "")
# Names that condemn: the wrong an act is called, or how wrong it is called.
_CONDEMNING = word_set(
    "massacre crime atrocity aggression terrorism genocide farce outrage disgrace "
    "scandal slaughter barbarism savagery provocation violation murder "
    "heinous barbaric barbarous brutal inhuman inhumane unacceptable outrageous shameful "
    "shameless criminal ignoble treacherous cowardly despicable horrific horrifying "
    "abhorrent appalling atrocious monstrous savage deplorable disgraceful vile "
    "unjustified unjustifiable reprehensible"
)
# Verbs of a said clause that call their subject what their complement names: "the raid
# could amount to a war crime", "the shelling constitutes a crime", "it is a massacre".
_CALLING = word_set("amount constitute represent be")
# The complements that name what the subject is called.
_CALLED = frozenset({"attr", "dobj", "pobj", "acomp"})
# The predicate of a verb of naming without "as": "called the raids inhuman", "termed
# the assaults war crimes" (the parser reads a bare name as an adverbial noun too).
_PREDICATES = frozenset({"oprd", "acomp", "xcomp", "npadvmod"})


def characterisation_sense(verb: Token) -> Code | None:
    """Return DISAPPROVE for a condemning name, a statement for "referred to X as Y".

    "The envoy described the raid as a massacre" -> 111; "the envoy referred to the
    town as the heart of the crisis" -> 010; "described the town" -> None.
    """
    # "a cell sometimes referred to as the Vell group": a name in use, said by no one
    spoken = any(k.dep_ == "nsubj" for k in verb.children)
    referred = verb.lemma_.lower() == "refer" and spoken and any(True for _ in _names(verb))
    if not referred and not characterises(verb):
        return None
    if any(_condemns(word) for word in _names(verb)):
        return _DISAPPROVE
    return STATEMENT_CODE if referred else None


def _names(verb: Token) -> Iterator[Token]:
    """Yield the heads of what the verb calls its object: "as a crime", "inhuman"."""
    for kid in verb.children:
        if kid.dep_ == "prep" and kid.lower_ == "as":
            for name in kid.children:
                if name.dep_ != "punct":
                    yield from conjuncts(name)
        elif kid.dep_ in _PREDICATES and verb.lemma_.lower() != "refer":
            yield from conjuncts(kid)


def _condemns(word: Token) -> bool:
    """Return whether a name or its modifiers condemn: "crime", "a heinous act"."""
    words = [word, *(k for k in word.children if k.dep_ in {"amod", "compound"})]
    return any(w.lemma_.lower() in _CONDEMNING or w.lower_ in _CONDEMNING for w in words)


def condemning_content(verb: Token) -> bool:
    """Return whether what a verb of saying says calls an act a wrong.

    "The UN warned the raid could amount to a war crime", "he said the attacks
    amounted to crimes against humanity", "such strikes may amount to war crimes, he
    said": the statement condemns (PLOVER DISAPPROVE, CAMEO 111) as "described the raid
    as a crime" does. Not "said the deals amount to a relocation" (no condemning word)
    nor "said the town is a key hub".
    """
    clauses = [k for k in verb.children if k.dep_ == "ccomp"]
    if verb.dep_ in {"parataxis", "ccomp"} and verb.head.i < verb.i:
        clauses.append(verb.head)  # "... may amount to war crimes, he said"
    return any(_calls_wrong(c) for c in clauses)


def _calls_wrong(clause: Token) -> bool:
    """Return whether a clause calls its subject a wrong: "amounts to a war crime"."""
    if clause.lemma_.lower() not in _CALLING:
        return False
    names = [k for k in clause.children if k.dep_ in _CALLED]
    to = [k for k in clause.children if k.dep_ == "prep" and k.lower_ == "to"]
    names += [p for k in to for p in k.children if p.dep_ == "pobj"]  # "amount to X"
    return any(_condemns(word) for name in names for word in conjuncts(name))
