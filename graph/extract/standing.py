"""Clauses of standing control, leadership or cause: states and links, not acts (private).

News describes who holds ground and who heads a group in the same words it uses for
acts, but an analyst codes neither:

- holding ground: "a village held by Islamist fighters", "the city is held by Kurdish
  forces", "rebels held the district for three years" (taking it is the event; "held
  talks", "held three aid workers" are acts of their own);
- leading a group: "a coalition led by Washington", "a former officer heads the
  council" ("led the assault on the town" is the assault);
- facing something: "the president faces two challengers", "rebels faced a threat"
  (what someone faces at another's hands is that one's act: "faced strikes by X" is X
  striking, see :func:`graph.extract.eventnouns.undergone_frames`);
- causing another event: "the shelling caused damage", "triggering a conflict",
  "prompting objections from Iran", "led to the deaths of ten": a link between two
  events, each told (or not) in its own words.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import (
    EVENT_NOUNS,
    FACILITY_NOUNS,
    GROUND_NOUNS,
    INSTRUMENT_NOUNS,
    PLACE_LABELS,
    PLACE_NOUNS,
    QUANTITY_NOUNS,
)

__all__ = ["is_standing"]

_HOLD = frozenset({"hold"})
_LEAD = frozenset({"lead", "head", "command", "chair"})
# Verbs that link an event to its effect: "the raids caused damage", "sparking clashes".
CAUSAL_VERBS = frozenset({"cause", "trigger", "prompt", "spark", "fuel"})
# "led his troops into the town": a movement, not a standing command.
_MOVES = frozenset({"into", "to", "toward", "towards", "against", "across", "through"})
_GROUND = PLACE_NOUNS | GROUND_NOUNS | FACILITY_NOUNS
# "most of the city", "parts of the province": the ground is what they are part of.
_PARTS = QUANTITY_NOUNS | {"most", "much", "parts", "all", "some", "swathes", "swaths"}


def is_standing(verb: Token, action: str) -> bool:
    """Return whether a clause states standing control, leadership or a cause, not an act.

    Args:
        verb: The clause's predicate ("held" in "a town held by rebels").
        action: The event's action ("hold", "lead to").
    """
    lemma = verb.lemma_.lower()
    if lemma in CAUSAL_VERBS or action == "lead to" and _held(verb) is None:
        return True  # "the strikes led to the deaths of ten" (no one led anyone)
    if lemma == "face":
        return True  # "faces two challengers", "faced a threat" ("faced strikes by X": X's)
    if action != lemma or any(k.dep_ == "prep" and k.lower_ in _MOVES for k in verb.children):
        return False  # "held out", "headed to Geneva", "led the troops into the town"
    held = _held(verb)
    if held is None:
        return False
    if lemma in _HOLD:
        return _is_ground(_whole(held))
    if lemma in _LEAD:
        noun = held.lemma_.lower()
        return noun not in EVENT_NOUNS and noun not in INSTRUMENT_NOUNS
    return False


def _held(verb: Token) -> Token | None:
    """Return what the clause's verb holds or leads: its object, or the noun it describes.

    "rebels held the town" -> town; "the town is held by rebels" -> town; "a town held
    by rebels" -> town.
    """
    for kid in verb.children:
        if kid.dep_ in {"dobj", "nsubjpass"}:
            return kid
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    return None


def _whole(noun: Token) -> Token:
    # "most of the city" -> city.
    if noun.lower_ not in _PARTS:
        return noun
    of = next((k for k in noun.children if k.dep_ == "prep" and k.lower_ == "of"), None)
    pobj = next((k for k in of.children if k.dep_ == "pobj"), None) if of is not None else None
    return pobj if pobj is not None else noun


def _is_ground(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in PLACE_LABELS or lemma in _GROUND or noun.lower_ in _GROUND
