"""Targets a verb names only in a preposition phrase the other target rules leave alone.

Two constructions, read only when a clause has no target otherwise:

- the place a side leaves, after "out of": "troops pulled out of the Kurdish areas",
  "the rebels withdrew out of the town" -> the areas, the town; only after a verb of
  leaving, and only a place or a party (never "went out of service", "ran out of fuel",
  "moved out of the way", "flew out of an airbase": no verb of leaving, or no place);
- the target of the attack or war a verb is done in: "used cluster bombs in attacks on
  the villages", "used banned weapons in bombing residential areas", "advanced in its
  war against the militants" -> the villages, the areas, the militants. The act must be
  an armed one ("in talks with X", "in a statement on X" are left alone) and its phrase
  must name no time ("in strikes on Monday").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .agenthood import names_no_one
from .argspans import argument_spans
from .attacknouns import ATTACK_NOUNS
from .edges import REGION_NOUNS, SITE_NOUNS
from .eventnouns import is_event_noun, noun_lemma
from .lexicon import PLACE_LABELS, PLACE_NOUNS, TIME_LABELS, WEEKDAYS, word_set
from .spans import child, conjuncts

__all__ = ["pp_targets"]

# Verbs of a side leaving a place: "pulled out of X", "fled out of X".
_LEAVING = word_set("pull withdraw retreat move flee escape evacuate")
# Armed acts besides one-sided attacks that a verb is done in: "in its war against X".
_WARS = word_set("war fight battle campaign operation offensive")
_ACTS = ATTACK_NOUNS | _WARS
# Prepositions that aim an act at its target: "attacks on X", "its war against X".
_AIMS = word_set("on upon against into")
# Prepositions that put a verb inside an act: "in attacks on X", "during its raids on X".
_WITHIN = word_set("in during through")
# Names of a place or a party a side can leave.
_PARTY_LABELS = PLACE_LABELS | word_set("ORG NORP")
_PLACES = PLACE_NOUNS | REGION_NOUNS | SITE_NOUNS | word_set("area areas")


def pp_targets(verb: Token, actors: list[Token]) -> list[Span]:
    """Return the targets ``verb`` names in a preposition phrase only, or ``[]``.

    "Troops pulled out of the Kurdish areas" -> the Kurdish areas; "the air force used
    cluster bombs in attacks on the villages" -> the villages. ``actors`` are the heads
    of the clause's actors.
    """
    found = _left_place(verb) or _act_target(verb)
    if not found or any(is_event_noun(actor) or names_no_one(actor) for actor in actors):
        return []  # "the incident occurred during an attack on the base"
    return [span for tok in found for span in argument_spans(tok, verb)]


def _left_place(verb: Token) -> list[Token]:
    # "pulled out of X": the parser reads "out" as a preposition (or a particle) and
    # hangs "of X" under it, or under the verb itself.
    if verb.lemma_.lower() not in _LEAVING:
        return []
    for out in (k for k in verb.children if k.lower_ == "out" and k.dep_ in {"prep", "prt"}):
        of = child(out, "prep") if out.dep_ == "prep" else _of_after(verb, out)
        place = child(of, "pobj") if of is not None and of.lower_ == "of" else None
        if place is not None and _is_place(place):
            return list(conjuncts(place))
    return []


def _of_after(verb: Token, out: Token) -> Token | None:
    # "pulled out of X" with "out" a particle: "of" is the verb's next preposition.
    return next((k for k in verb.rights if k.dep_ == "prep" and k.i == out.i + 1), None)


def _is_place(tok: Token) -> bool:
    # a name (the tagger may take a town's for a person's) or a place noun; never a
    # time ("out of 2016") or a thing ("out of service", "out of the rubble").
    if tok.ent_type_ in _PARTY_LABELS or (tok.pos_ == "PROPN" and not tok.ent_type_):
        return True
    if tok.pos_ == "PROPN" and tok.ent_type_ in {"PERSON", "PRODUCT"}:
        return True
    return not tok.ent_type_ and noun_lemma(tok) in _PLACES


def _act_target(verb: Token) -> list[Token]:
    # "used napalm in attacks on the suburb", "advanced in its war against X".
    for prep in (k for k in verb.children if k.dep_ == "prep" and k.lower_ in _WITHIN):
        act = child(prep, "pobj", "pcomp")
        if act is None or not _is_armed_act(act):
            continue
        # "in bombing residential areas": a gerund's own object is its target.
        aimed = child(act, "dobj") if act.tag_ == "VBG" else None
        aim = next((k for k in act.rights if k.dep_ == "prep" and k.lower_ in _AIMS), None)
        aimed = aimed if aimed is not None else child(aim, "pobj") if aim is not None else None
        if aimed is not None and not _is_time(aimed):
            return list(conjuncts(aimed))
    return []


def _is_armed_act(act: Token) -> bool:
    return not act.ent_type_ and (noun_lemma(act) in _ACTS or act.lower_ in _ACTS)


def _is_time(aimed: Token) -> bool:
    # "in raids on Monday activists said": the parser may glue the tag to the day.
    words = aimed.doc[aimed.left_edge.i : aimed.i + 1]
    return any(tok.ent_type_ in TIME_LABELS or tok.lower_ in WEEKDAYS for tok in words)
