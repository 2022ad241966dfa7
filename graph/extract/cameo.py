"""The compiled CAMEO verb-pattern lexicon, matched on the dependency parse.

:mod:`graph.extract.cameodata` reads it from the packaged file; :mod:`graph.extract.cameoargs`
reads a verb's dependents as the words its patterns name.

``graph/data/lexicon.tsv`` (written by ``tools/build_lexicon.py`` from the CAMEO 2.0
dictionary and the CAMEO -> PLOVER table) lists, per verb block, its verbs with their
default code and its patterns: particle, object head and modifiers, prepositional phrases
and subject head, each with a CAMEO code, PLOVER type and mode. A pattern is matched
against a verb token's own dependents, so "held talks with" and "held a protest" get
different types although both verbs are "hold".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Token

from .cameoargs import MODIFIER_DEPS, Arguments, counted_nouns, framed_event
from .verbforms import verb_lemma

__all__ = ["Code", "Lexicon", "Match", "Pattern", "counted_nouns", "framed_event"]

_Slots = tuple[frozenset[str], ...]


@dataclass(frozen=True, slots=True)
class Code:
    """A CAMEO code with its PLOVER type ("" for the null code "---") and mode.

    ``inherited`` marks a verb's default taken from a block named for another verb
    ("conduct" in the block of "oversee": 060), which an event noun object overrides.
    """

    cameo: str
    plover: str
    mode: str
    inherited: bool = False


_NULL = Code("---", "", "")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One CAMEO pattern for one verb; ``weight`` counts its parts (more is more specific)."""

    particle: str
    subject: _Slots
    obj: _Slots
    preps: tuple[tuple[frozenset[str], _Slots], ...]
    code: Code
    own: bool
    weight: int


@dataclass(frozen=True, slots=True)
class Match:
    """The pattern that fired for a verb token; ``own`` if it was written for that verb.

    ``subject_only`` marks a pattern that names only the subject ("troops stepped up"):
    it says nothing of what was done; ``objectless`` one that names no object or
    phrase (a particle, a subject): "stepped up" says nothing of what was stepped up;
    ``agent_only`` one that names only a "by" phrase, a passive's subject ("backed by
    troops"): like ``subject_only``, it says who acted; ``nounless`` one that names no
    noun at all, only a particle or bare prepositions ("rush * TO" 040).
    """

    code: Code
    weight: int
    own: bool
    subject_only: bool = False
    objectless: bool = False
    agent_only: bool = False
    nounless: bool = False


@dataclass
class Lexicon:
    """Verb defaults by ``(lemma, particle)`` and patterns by verb lemma (most specific first)."""

    defaults: dict[tuple[str, str], Code]
    patterns: dict[str, list[Pattern]]
    surface: dict[str, str]
    nouns: dict[tuple[str, str], Code]
    light: frozenset[str]
    # verb -> key -> (rank, pattern): a pattern is filed under what any match needs, its
    # object head's forms, else "^particle", else "@preposition", else "$" (a subject)
    index: dict[str, dict[str, list[tuple[int, Pattern]]]] = field(default_factory=dict)
    # the dictionary's word classes by name ("&TOWN" -> area, city, town, village ...)
    synsets: dict[str, frozenset[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for verb, group in self.patterns.items():
            keys: dict[str, list[tuple[int, Pattern]]] = defaultdict(list)
            for rank, pattern in enumerate(group):
                for key in _keys(pattern):
                    keys[key].append((rank, pattern))
            self.index[verb] = dict(keys)

    def is_light(self, verb: Token) -> bool:
        """Return whether the verb alone codes nothing but its object may ("hold", "stage")."""
        return self.lemma(verb) in self.light

    def default(self, lemma: str, particle: str = "") -> Code | None:
        """Return the code the dictionary gives the verb alone, if any."""
        return self.defaults.get((lemma, particle))

    def event_noun(self, noun: Token) -> Code | None:
        """Return the code of an object phrase the dictionary codes consistently, if any."""
        head = noun.lemma_.lower()
        for mod in noun.lefts:
            if mod.dep_ in MODIFIER_DEPS:
                code = self.nouns.get((mod.lemma_.lower(), head))
                if code is not None:
                    return code
        return self.nouns.get(("", head)) or self.nouns.get(("", noun.lower_))

    def codes(self, lemma: str) -> bool:
        """Return whether the dictionary codes the verb, alone or in any pattern."""
        own = self.defaults.get((lemma, ""))
        if own is not None and own.plover:
            return True
        return any(p.code.plover for p in self.patterns.get(lemma, ()))

    def lemma(self, verb: Token) -> str:
        """Return the verb's lemma, or the dictionary verb its form belongs to.

        The form decides when the lemmatizer missed the verb ("staged" -> "stag",
        "retook", "waged" -> "wag").
        """
        lemma = verb_lemma(verb.lower_, verb.lemma_)
        if lemma in self.patterns or (lemma, "") in self.defaults:
            return lemma
        return self.surface.get(verb.lower_, lemma)

    def match(self, verb: Token, *, conjoined: bool = False) -> Match | None:
        """Return the most specific pattern of ``verb``'s lemma that its dependents satisfy.

        With ``conjoined``, an object coordinated with the verb's object may satisfy it.
        """
        keys = self.index.get(self.lemma(verb))
        if not keys:
            return None
        args = Arguments(verb, conjoined=conjoined)
        found = {rank: p for key in args.index_keys() for rank, p in keys.get(key, ())}
        for rank in sorted(found):  # heaviest and own first
            pattern = found[rank]
            if args.satisfies(pattern):
                objectless = not (pattern.obj or pattern.preps)
                bare = objectless and not pattern.particle
                agent = not (pattern.obj or pattern.particle or pattern.subject) and all(
                    names == {"by"} for names, _ in pattern.preps
                )
                nounless = not (pattern.obj or pattern.subject) and not any(
                    slots for _, slots in pattern.preps
                )
                return Match(
                    pattern.code, pattern.weight, pattern.own, bare, objectless, agent, nounless
                )
        return None


def _keys(pattern: Pattern) -> Iterable[str]:
    if pattern.obj:
        return pattern.obj[-1]
    if pattern.particle:
        return ("^" + pattern.particle,)
    if pattern.preps:
        return ["@" + name for name in pattern.preps[0][0]]
    return ("$",)
