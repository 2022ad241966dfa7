"""The compiled CAMEO verb-pattern lexicon, matched on the dependency parse.

``graph/data/lexicon.tsv`` (written by ``tools/build_lexicon.py`` from the CAMEO 2.0
dictionary and the CAMEO -> PLOVER table) lists, per verb block, its verbs with their
default code and its patterns: particle, object head and modifiers, prepositional phrases
and subject head, each with a CAMEO code, PLOVER type and mode. A pattern is matched
against a verb token's own dependents, so "held talks with" and "held a protest" get
different types although both verbs are "hold".
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Token

from ..errors import OntologyError

_Slots = tuple[frozenset[str], ...]
# Words that act as particles in CAMEO patterns; the parser may attach them as prt,
# advmod or a bare prep ("called off", "pulled back", "set up").
_PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod", "nummod"})


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
    subject: frozenset[str]
    obj: _Slots
    preps: tuple[tuple[frozenset[str], _Slots], ...]
    code: Code
    own: bool
    weight: int


@dataclass(frozen=True, slots=True)
class Match:
    """The pattern that fired for a verb token; ``own`` if it was written for that verb."""

    code: Code
    weight: int
    own: bool


@dataclass
class Lexicon:
    """Verb defaults by ``(lemma, particle)`` and patterns by verb lemma (most specific first)."""

    defaults: dict[tuple[str, str], Code]
    patterns: dict[str, list[Pattern]]
    surface: dict[str, str]
    nouns: dict[tuple[str, str], Code]
    light: frozenset[str]

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
            if mod.dep_ in _MODIFIER_DEPS:
                code = self.nouns.get((mod.lemma_.lower(), head))
                if code is not None:
                    return code
        return self.nouns.get(("", head)) or self.nouns.get(("", noun.lower_))

    def lemma(self, verb: Token) -> str:
        """Return the verb's lemma, or the dictionary verb its form belongs to.

        The form decides when the lemmatizer missed the verb ("staged" -> "stag").
        """
        lemma = verb.lemma_.lower()
        if lemma in self.patterns or (lemma, "") in self.defaults:
            return lemma
        return self.surface.get(verb.lower_, lemma)

    def match(self, verb: Token) -> Match | None:
        """Return the most specific pattern of ``verb``'s lemma that its dependents satisfy."""
        patterns = self.patterns.get(self.lemma(verb))
        if not patterns:
            return None
        args = _Arguments(verb)
        for pattern in patterns:  # sorted: heaviest and own first
            if args.satisfies(pattern):
                return Match(pattern.code, pattern.weight, pattern.own)
        return None


def _forms(tok: Token) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


def _phrase_words(head: Token) -> set[str]:
    words = set()
    for tok in head.subtree:
        if tok.i < head.i or tok.dep_ in _MODIFIER_DEPS:
            words |= _forms(tok)
    return words


def _object_of(prep: Token) -> Token | None:
    return next((k for k in prep.children if k.dep_ in {"pobj", "pcomp"}), None)


class _Arguments:
    """A verb token's particles, objects, prepositional phrases and subject, as words."""

    def __init__(self, verb: Token) -> None:
        kids = list(verb.children)
        # "pressed on": a particle may be parsed as an adverb or an object-less preposition.
        self.particles = {
            k.lower_
            for k in kids
            if k.dep_ in _PARTICLE_DEPS and (k.dep_ != "prep" or _object_of(k) is None)
        }
        self.has_particle = any(k.dep_ == "prt" for k in kids)
        objects = [k for k in kids if k.dep_ in _OBJECT_DEPS]
        self.objects = [(_forms(o), _phrase_words(o)) for o in objects]
        self.preps: list[tuple[str, set[str], set[str]]] = []
        for head in (verb, *objects):
            for prep in head.children:
                pobj = _object_of(prep)
                if prep.dep_ not in {"prep", "agent", "dative"}:
                    continue
                if pobj is not None and pobj.ent_type_ in {"DATE", "TIME"}:
                    # "demanded on Tuesday": a date is not the phrase a pattern names.
                    continue
                forms = _forms(pobj) if pobj is not None else set()
                words = _phrase_words(pobj) if pobj is not None else set()
                self.preps.append((prep.lower_, forms, words))
        subjects = [k for k in kids if k.dep_ in {"nsubj", "agent"}]
        self.subjects = set().union(*(_forms(s) for s in subjects)) if subjects else set()

    def satisfies(self, pattern: Pattern) -> bool:
        if pattern.particle:
            if pattern.particle not in self.particles:
                return False
        elif self.has_particle:
            return False
        if pattern.subject and not pattern.subject & self.subjects:
            return False
        if pattern.obj and not any(_fits(pattern.obj, h, w) for h, w in self.objects):
            return False
        return all(
            any(p in names and (not slots or _fits(slots, h, w)) for p, h, w in self.preps)
            for names, slots in pattern.preps
        )


def _fits(slots: _Slots, head: set[str], words: set[str]) -> bool:
    return bool(slots[-1] & head) and all(s & words for s in slots[:-1])


def _inflections(forms: str) -> set[str]:
    out = set()
    for form in forms.split("|"):
        out |= {form, form + "s", form + "ed", form + "d", form + "ing"}
    return out


@cache
def load_lexicon() -> Lexicon:
    """Read the packaged lexicon (cached).

    Raises:
        OntologyError: The packaged file is missing or malformed.
    """
    path = resources.files("graph") / "data" / "lexicon.tsv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return _read(line.split("\t") for line in lines if line and not line.startswith("#"))
    except (OSError, IndexError, ValueError) as exc:
        raise OntologyError(f"cannot read the action lexicon {path}: {exc}") from exc


def _read(rows: Iterable[list[str]]) -> Lexicon:
    synsets: dict[str, frozenset[str]] = {}
    verbs: defaultdict[str, list[tuple[str, str, set[str]]]] = defaultdict(list)
    defaults: dict[tuple[str, str], Code] = {}
    patterns: defaultdict[str, list[Pattern]] = defaultdict(list)
    surface: dict[str, str] = {}

    def slots(text: str) -> _Slots:
        return tuple(
            synsets[s] if s.startswith("&") else frozenset(s.split("|")) for s in text.split()
        )

    for row in rows:
        if row[0] == "S":
            synsets[row[1]] = frozenset(row[2].split())
        elif row[0] == "V":
            _, block, verb, particle, cameo, plover, mode, forms, source = row
            inflected = _inflections(forms)
            verbs[block].append((verb, particle, inflected))
            for form in inflected:
                surface.setdefault(form, verb)
            code = Code(cameo, plover, mode, source == "block")
            if defaults.get((verb, particle), _NULL).cameo == "---":
                defaults[(verb, particle)] = code
        elif row[0] == "P":
            _, block, subject, particle, obj, preps, cameo, plover, mode, origins = row
            code = Code(cameo, plover, mode)
            subj = frozenset().union(*slots(subject)) if subject else frozenset()
            prep_slots = tuple(
                (frozenset(name.split("/")), slots(rest))
                for name, _, rest in (p.partition(":") for p in preps.split(";") if p)
            )
            # a prepositional phrase weighs as much as its noun words (at least one), so
            # that "(IN &DETENTION)" does not outweigh the object "STRIKE".
            weight = 1 + bool(particle) + bool(subj) + len(slots(obj))
            weight += sum(max(1, len(s)) for _, s in prep_slots)
            names = set(origins.split("|"))
            for verb, own_particle, inflected in verbs[block]:
                patterns[verb].append(
                    Pattern(
                        particle or own_particle,
                        subj,
                        slots(obj),
                        prep_slots,
                        code,
                        bool(names & inflected),
                        weight,
                    )
                )
    for found in patterns.values():
        found.sort(key=lambda p: (-p.weight, not p.own, not p.obj))
    # light verbs: no code of their own, but the dictionary codes them by their object
    light = frozenset(
        verb
        for verb, group in patterns.items()
        if (defaults.get((verb, ""), _NULL).inherited or not defaults.get((verb, ""), _NULL).plover)
        and any(p.own and p.obj and p.code.plover for p in group)
    )
    nouns = _event_nouns(patterns, defaults)
    return Lexicon(defaults, dict(patterns), surface, nouns, light)


def _event_nouns(
    patterns: dict[str, list[Pattern]], defaults: dict[tuple[str, str], Code]
) -> dict[tuple[str, str], Code]:
    """Return the type of object phrases the dictionary codes consistently.

    Only the patterns of verbs that code nothing alone count (light verbs: "hold", "stage",
    "carry out"), since there the object carries the event: "hold/stage/begin a hunger
    strike" are all 142 PROTEST, so "hunger strike" is a PROTEST noun; "strike" alone is
    coded as a protest, a threat and a retreat, so it is none. Keys are
    ``(modifier, head)``, ``("", head)`` for a bare noun.
    """
    votes: defaultdict[tuple[str, str], Counter[Code]] = defaultdict(Counter)
    for verb, group in patterns.items():
        for p in group:
            if p.particle or p.subject or p.preps or not 0 < len(p.obj) <= 2 or not p.code.plover:
                continue
            if not p.own or defaults.get((verb, ""), _NULL).plover:
                continue
            mods = p.obj[0] if len(p.obj) == 2 else frozenset({""})
            if len(mods) * len(p.obj[-1]) <= 400:
                for key in itertools.product(mods, p.obj[-1]):
                    votes[key][p.code] += 1
    nouns: dict[tuple[str, str], Code] = {}
    for key, codes in votes.items():
        kinds = Counter({c.plover: 0 for c in codes})
        for code, n in codes.items():
            kinds[code.plover] += n
        kind, n = kinds.most_common(1)[0]
        if 3 * n >= 2 * codes.total():
            nouns[key] = max((c for c in codes if c.plover == kind), key=codes.__getitem__)
    return nouns
