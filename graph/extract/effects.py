"""The effect of an act is no target; whom it fell on is (private).

"The shelling caused the deaths of eight civilians", "the raid inflicted heavy losses
on the militants", "the strikes led to the injury of 20 people", "caused severe damage
to the hospital": an event coder codes whom (or what) the harm fell on, not the harm.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import MEASURE_NOUNS, QUANTITY_NOUNS
from .spans import child, conjuncts, np_span

__all__ = ["harm_noun", "harmed"]

# Harms named as nouns: what an act causes, not whom it is aimed at.
_EFFECT_NOUNS = frozenset(
    {"death", "injury", "damage", "casualty", "loss", "destruction", "harm", "suffering"}
    | {"deaths", "injuries", "damages", "casualties", "losses", "defeat", "defeats"}
    | {"havoc", "devastation", "carnage", "mayhem"}
)
# Verbs that bring a harm about: "caused", "inflicted", "led to", "resulted in", "left".
_CAUSE_VERBS = frozenset({"cause", "inflict", "lead", "result", "leave", "wreak", "bring", "do"})
# Nouns that count or measure the harm of their "of" phrase: "a large number of casualties",
# "tens of casualties", "a series of defeats".
_COUNTING = QUANTITY_NOUNS | MEASURE_NOUNS
# Prepositions that name whom a harm fell on: "the deaths of", "damage to", "losses on".
_ON_PREPS = frozenset({"of", "to", "on", "upon", "among", "in"})


def harm_noun(noun: Token) -> Token:
    """Return the harm a count names ("a number of casualties" -> casualties), else ``noun``."""
    for _ in range(2):
        of = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
        pobj = child(of, "pobj") if of is not None else None
        if pobj is None or noun.lemma_.lower() not in _COUNTING and noun.lower_ not in _COUNTING:
            return noun
        noun = pobj
    return noun


def harmed(span: Span, verb: Token) -> tuple[list[Span], list[Token]]:
    """Return whom the harm ``span`` names fell on and the harm's words, or ``([span], [])``.

    "caused the deaths of eight civilians" -> (["eight civilians"], [the, deaths, of]);
    "inflicted heavy losses among the militants" -> "the militants"; "caused heavy
    damage" names no one: kept.
    """
    noun = harm_noun(span.root)  # "a large number of casualties on the rebels"
    if verb.lemma_.lower() not in _CAUSE_VERBS or noun.lemma_.lower() not in _EFFECT_NOUNS:
        return [span], []
    # "inflicted serious injuries on two guards": the parser may hang the phrase on the verb.
    preps = {"on", "upon", "among"} | ({"in"} if verb.lemma_ == "wreak" else set())
    on_verb = [k for k in verb.rights if k.i > noun.i and k.lower_ in preps]
    # "a string of defeats, on the occupiers": the parser may hang it on the count.
    counts = [k for k in span.root.rights if k.i > noun.i] if noun is not span.root else []
    for prep in [*noun.rights, *counts, *on_verb]:
        pobj = child(prep, "pobj") if prep.dep_ == "prep" and prep.lower_ in _ON_PREPS else None
        if pobj is None or pobj.ent_type_ in {"DATE", "TIME"}:
            continue
        if prep.lower_ == "in" and not (pobj.pos_ == "PROPN" or pobj.tag_ == "NNS"):
            continue  # "losses in the battlefield": where, not whom
        words = [*span, prep] if prep.head.i == verb.i else list(span.doc[span.start : prep.i + 1])
        return [np_span(tok) for tok in conjuncts(pobj)], words
    return [span], []
