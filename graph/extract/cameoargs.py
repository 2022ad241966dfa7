"""A verb token's dependents as the words CAMEO patterns name (see :mod:`graph.extract.cameo`).

A pattern names a particle, an object head with its modifiers, prepositional phrases
and a subject head; a partitive or framing noun stands aside for the noun it counts
or frames ("a batch of peacekeepers", "mediation efforts").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .antecedents import relative_object
from .lexicon import EVENT_NOUNS, word_set
from .wrongs import participle_head

if TYPE_CHECKING:
    from .cameo import Pattern, _Slots

__all__ = ["MODIFIER_DEPS", "Arguments", "counted_nouns", "framed_event"]


# Words that act as particles in CAMEO patterns; the parser may attach them as prt,
# advmod or a bare prep ("called off", "pulled back", "set up").
_PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "oprd", "acomp"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod", "nummod"})
# Nouns that count, measure or group what their "of" phrase names: "a batch of
# peacekeepers arrived", "launched ten days of war games" (the pattern names the troops,
# the games).
_PARTITIVE = word_set(
    "batch group number series wave round contingent unit patch team column convoy "
    "dozens hundreds thousands scores day days week weeks month months first rest part "
    "deployment shipment consignment delivery barrage volley salvo flurry spate total"
)
# Nouns that only frame what their compound modifier names: "mediation efforts",
# "the ceasefire agreement", "peace mission", "relief operation".
_FRAME_NOUNS = word_set(
    "effort efforts mission missions process operation operations campaign programme "
    "program plan initiative agreement deal bid attempt activity activities"
)


def _forms(tok: Token) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


def _phrase_words(head: Token) -> set[str]:
    words = set()
    for tok in head.subtree:
        if tok.i < head.i or tok.dep_ in MODIFIER_DEPS:
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


def _object_complements(verb: Token, objects: list[Token]) -> list[Token]:
    """Return the adjectives that complete a verb's object: "held the regime responsible".

    A pattern names them as its object ("HOLD * RESPONSIBLE"); the parser hangs them on
    the object after it ("the regime responsible"), on the verb ("hold Moscow fully
    responsible": a clause) or on an adverb before them ("directly and fully responsible").
    With no object, an adjective says what the subject is ("remained neutral").
    """
    nouns = [o for o in objects if o.pos_ in {"NOUN", "PROPN"}]  # "those responsible": culprits
    found = [k for k in verb.children if k.dep_ in _COMPLEMENT_DEPS]
    # a complement without an object is the subject's state: "sought to remain neutral"
    found = [k for k in found if nouns or any(c.dep_ == "nsubj" for c in k.children)]
    found += [m for o in nouns for m in o.rights if m.dep_ == "amod"]
    found += [c for k in verb.children if k.dep_ == "advmod" and nouns for c in k.conjuncts]
    return [a for a in found if a.pos_ == "ADJ" and a.i > verb.i]


class Arguments:
    """A verb token's particles, objects, prepositional phrases and subject, as words.

    With ``conjoined``, the objects coordinated with an object count as objects too.
    """

    def __init__(self, verb: Token, *, conjoined: bool = False) -> None:
        kids = list(verb.children)
        # "pressed on": a particle may be parsed as an adverb or an object-less preposition.
        self.particles = {
            k.lower_
            for k in kids
            if k.dep_ in _PARTICLE_DEPS and (k.dep_ != "prep" or _object_of(k) is None)
        }
        self.has_particle = any(k.dep_ == "prt" for k in kids)
        objects = [k for k in kids if k.dep_ in _OBJECT_DEPS]
        if conjoined:
            # "was distributing fuel and food": a coordinated object is acted on as well
            objects += [c for o in objects for c in o.conjuncts if c.i > o.i and c.pos_ == "NOUN"]
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            objects.append(participle_head(verb))  # "the crimes committed by X": its object
        antecedent = relative_object(verb)  # "the crimes which the militia committed"
        objects += [antecedent] if antecedent is not None else []
        self.objects = [(_forms(o), o) for head in objects for o in _semantic_heads(head)]
        self.objects += [(_forms(a), a) for a in _object_complements(verb, objects)]
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
        """Return whether these dependents have every part ``pattern`` names."""
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
