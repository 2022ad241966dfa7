"""The compiled CAMEO verb-pattern lexicon, matched on the dependency parse.

:mod:`graph.extract.cameodata` reads it from the packaged file.

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

from .antecedents import relative_object
from .lexicon import EVENT_NOUNS
from .verbforms import verb_lemma

_Slots = tuple[frozenset[str], ...]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that act as particles in CAMEO patterns; the parser may attach them as prt,
# advmod or a bare prep ("called off", "pulled back", "set up").
_PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod", "nummod"})
# Nouns that count, measure or group what their "of" phrase names: "a batch of
# peacekeepers arrived", "launched ten days of war games" (the pattern names the troops,
# the games).
_PARTITIVE = _words(
    "batch group number series wave round contingent unit patch team column convoy "
    "dozens hundreds thousands scores day days week weeks month months first rest part "
    "deployment shipment consignment delivery barrage volley salvo flurry spate total"
)
# Nouns that only frame what their compound modifier names: "mediation efforts",
# "the ceasefire agreement", "peace mission", "relief operation".
_FRAME_NOUNS = _words(
    "effort efforts mission missions process operation operations campaign programme "
    "program plan initiative agreement deal bid attempt activity activities"
)


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
            if mod.dep_ in _MODIFIER_DEPS:
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

    def match(self, verb: Token) -> Match | None:
        """Return the most specific pattern of ``verb``'s lemma that its dependents satisfy."""
        keys = self.index.get(self.lemma(verb))
        if not keys:
            return None
        args = _Arguments(verb)
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


def _forms(tok: Token) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


def _phrase_words(head: Token) -> set[str]:
    words = set()
    for tok in head.subtree:
        if tok.i < head.i or tok.dep_ in _MODIFIER_DEPS:
            words |= _forms(tok)
    return words


def _semantic_heads(noun: Token) -> list[Token]:
    """Return a noun and the nouns a pattern may name in its place.

    A partitive's "of" phrase ("a batch of peacekeepers" -> peacekeepers) and a framing
    noun's compound modifier ("mediation efforts" -> mediation) are alternatives.
    """
    heads = [noun]
    counted = counted_nouns(noun)
    if counted:
        heads += counted
    else:
        framed = framed_event(noun)
        heads += [framed] if framed is not None else []
    return heads


def counted_nouns(noun: Token) -> list[Token]:
    """Return what a partitive counts: its "of" phrase ("rounds of attacks" -> attacks)."""
    if noun.lower_ not in _PARTITIVE and noun.lemma_.lower() not in _PARTITIVE:
        return []
    return [pobj for prep in noun.children if prep.lower_ == "of" for pobj in _objects_of(prep)]


def framed_event(noun: Token) -> Token | None:
    """Return the noun that names the event of a framing noun.

    Its compound ("a mediation mission", "the bombing campaign"), else the event noun of
    its "of" phrase ("a campaign of air strikes").
    """
    if noun.lower_ not in _FRAME_NOUNS:
        return None
    found = next((m for m in noun.lefts if m.dep_ == "compound" and m.pos_ == "NOUN"), None)
    if found is not None:
        return found
    return next(
        (
            pobj
            for prep in noun.children
            if prep.lower_ == "of"
            for pobj in _objects_of(prep)
            if pobj.lemma_.lower() in EVENT_NOUNS
        ),
        None,
    )


def _objects_of(prep: Token) -> list[Token]:
    return [k for k in prep.children if k.dep_ == "pobj"]


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
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            objects.append(verb.head)  # "the crimes committed by the militia": its object
        antecedent = relative_object(verb)  # "the crimes which the militia committed"
        objects += [antecedent] if antecedent is not None else []
        self.objects = [(_forms(o), o) for head in objects for o in _semantic_heads(head)]
        self.preps: list[tuple[str, set[str], Token | None]] = []
        for head in (verb, *objects):
            for prep in head.children:
                pobj = _object_of(prep)
                if prep.dep_ not in {"prep", "agent", "dative"}:
                    continue
                if pobj is not None and pobj.ent_type_ in {"DATE", "TIME"}:
                    # "demanded on Tuesday": a date is not the phrase a pattern names.
                    continue
                self.preps.append((prep.lower_, _forms(pobj) if pobj is not None else set(), pobj))
        self._words: dict[int, set[str]] = {}
        subjects = [s for k in kids if k.dep_ in {"nsubj", "agent"} for s in _semantic_heads(k)]
        self.subjects = [(_forms(s), s) for s in subjects]

    def index_keys(self) -> set[str]:
        """Return the index keys a pattern must be filed under to possibly match."""
        keys = {"$", *("^" + p for p in self.particles), *("@" + p for p, _, _ in self.preps)}
        for heads, _ in self.objects:
            keys |= heads
        return keys

    def satisfies(self, pattern: Pattern) -> bool:
        if pattern.particle:
            if pattern.particle not in self.particles:
                return False
        elif self.has_particle:
            return False
        if pattern.subject and not any(self._fits(pattern.subject, h, s) for h, s in self.subjects):
            return False
        if pattern.obj and not any(self._fits(pattern.obj, h, o) for h, o in self.objects):
            return False
        return all(
            any(p in names and (not slots or self._fits(slots, h, o)) for p, h, o in self.preps)
            for names, slots in pattern.preps
        )

    def _fits(self, slots: _Slots, head: set[str], noun: Token | None) -> bool:
        if noun is None or not slots[-1] & head:
            return False
        if len(slots) == 1:
            # "began its bombing campaign": a framing noun whose compound names the event
            # is that event, not what the dictionary codes the bare frame ("campaign" 020)
            return noun.lower_ not in _FRAME_NOUNS or framed_event(noun) is None
        words = self._words.get(noun.i)
        if words is None:
            words = self._words[noun.i] = _phrase_words(noun)
        return all(s & words for s in slots[:-1])
