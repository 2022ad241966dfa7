"""Targets of acts named by nouns: the act itself is no target (private).

Event coders code who an act was aimed at, never the act: "jets carried out raids"
names no target (the raids are the event, said in the relation), "the rebels fought
with rifles" names a weapon, not a side. Each rule has an example sentence;
:mod:`graph.extract.rules` calls them when it picks a clause's targets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from .eventnouns import counted_event, is_event_noun, noun_lemma
from .frames import Frame
from .lexicon import EVENT_NOUNS, INSTRUMENT_NOUNS, LIGHT_EVENT_VERBS, WEAPON_VERBS
from .spans import child, conjuncts, join_tokens, np_span, verb_group

# Verbs that carry an event noun besides the light verbs proper: "undertook strikes".
_CARRYING_VERBS = frozenset({"undertake", "execute", "pursue", "step"})


def _is_instrument(noun: Token) -> bool:
    return noun_lemma(noun) in INSTRUMENT_NOUNS and noun_lemma(noun) not in EVENT_NOUNS


def is_bare_event(verb: Token, noun: Token) -> bool:
    """Return whether ``noun`` is the act ``verb`` carries out rather than someone acted on.

    "Jets carried out dozens of raids", "the rebels launched an offensive", "the
    strikes were conducted by coalition aircraft", "the militia fired rockets": the
    noun names the act (or the weapon sent), so with no "on X" phrase the act names no
    target. A light verb with a weapon is no attack: "the truck carried a bomb".
    """
    lemma = verb.lemma_.lower()
    noun = counted_event(noun)
    if not is_event_noun(noun):
        return False
    if lemma in WEAPON_VERBS:
        return True
    if lemma == "carry" and not any(k.dep_ == "prt" for k in verb.children):
        return False  # "carried a bomb", "carried the talks forward"
    return (lemma in LIGHT_EVENT_VERBS or lemma in _CARRYING_VERBS) and not _is_instrument(noun)


def bare_relation(verb: Token, noun: Token) -> str:
    """Return the surface relation of a light verb with its act: "carried out dozens of raids".

    The act moves from the target into the relation, so the event still says what was
    done; a passive names it before the verb ("the strikes were conducted").
    """
    particles = [kid for kid in verb.children if kid.dep_ == "prt"]
    return join_tokens([*verb_group(verb), verb, *particles, *np_span(noun)])


def is_means(prep: Token) -> bool:
    """Return whether a "with" phrase names the means of an act, not a side.

    "The militia fought with rockets", "jets targeted the area with air strikes", "the
    SDF is fighting with US support": a weapon or an act is how, never whom ("fought
    with the army" names a side).
    """
    pobj = child(prep, "pobj")
    return prep.lower_ == "with" and pobj is not None and is_event_noun(pobj)


# Verbs of give and take between two sides: "exchanged fire", "traded accusations".
EXCHANGE_VERBS = frozenset({"exchange", "trade", "swap"})


def exchange_frames(
    verb: Token, actors: list[Token], rule: str, spans_of: Callable[[Token, Token], list[Span]]
) -> Iterator[Frame] | None:
    """Return the frames of "X and Y exchanged N" / "X exchanged N with Y", or None.

    What is exchanged is no side: "Israel and Hezbollah exchanged fire" is each firing
    at the other, "Ankara traded barbs with Berlin" each side's barbs at the other;
    "The militia exchanged fire" alone names no other side. ``spans_of`` gives the
    argument spans of a head (:func:`graph.extract.rules` passes its own).
    """
    obj = child(verb, "dobj")
    if verb.lemma_.lower() not in EXCHANGE_VERBS or obj is None:
        return None
    with_ = next(
        (
            prep
            for head in (verb, obj)
            for prep in head.rights
            if prep.dep_ == "prep" and prep.lower_ == "with" and child(prep, "pobj") is not None
        ),
        None,
    )
    particles = [kid for kid in verb.children if kid.dep_ == "prt"]
    words = [*verb_group(verb), verb, *particles, *np_span(obj)]
    relation = join_tokens([*words, with_] if with_ is not None else words)
    sides = [span for actor in actors for span in spans_of(actor, verb)]
    partner = child(with_, "pobj") if with_ is not None else None
    partners = [np_span(tok) for tok in conjuncts(partner)] if partner is not None else []
    return _exchange(verb, sides, partners, rule, relation)


def _exchange(
    verb: Token, sides: list[Span], partners: list[Span], rule: str, rel: str
) -> Iterator[Frame]:
    if not partners and len(sides) > 1:
        # "Moscow and Washington traded accusations": each side against each other one.
        partners = sides
    if not partners:
        yield from (Frame(side, verb, None, rule, None, "event", rel) for side in sides)
    for side in sides:
        for other in partners:
            if other != side:
                yield Frame(side, verb, other, rule, None, "event", rel)
                if other not in sides:
                    yield Frame(other, verb, side, rule, None, "event", rel)
