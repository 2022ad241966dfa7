"""Moving one's own cargo is no aid to anyone (private to extract).

PLOVER AID is a transfer to a recipient ("the army delivered food to the town", "sent
rifles to the tribesmen"). News also tells of cargo moved with no one to receive it:

- weapons, chemicals or fighters moved by their owner: "militants are moving toxic
  chemicals into the villages", "the group uses the road to transport fighters and
  arms", "jets were used to deliver chlorine" (a poison delivered is an attack told
  elsewhere, never aid);
- a vehicle carrying a load: "a truck carrying flour was hit", "a van supposedly
  carrying aid supplies blew up" (the vehicle is no giver; whoever sent it is not named).

Such a clause is kept as a relation fact. Not: "the convoy delivered food to the town",
"the army transported aid to the refugees", "Iran sent weapons to the militia" (a
recipient is named), nor any clause classed otherwise than AID.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import (
    FACILITY_NOUNS,
    GAS_WORDS,
    GROUND_NOUNS,
    INSTRUMENT_NOUNS,
    PLACE_LABELS,
    PLACE_NOUNS,
    word_set,
)
from .spans import child, conjuncts

__all__ = ["moves_cargo"]

# Verbs of moving a load; "deliver" only when the load is a poison ("deliver chlorine").
_MOVING = word_set("move transport carry ferry shuttle haul convey truck smuggle bring")
# Loads that are the mover's own means of war, never a gift.
_MATERIEL = (
    INSTRUMENT_NOUNS
    | GAS_WORDS
    | word_set(
        "weapon weaponry arms ammunition munitions explosives substance substances "
        "agent agents materiel fighter fighters militant militants troop troops "
        "gunman gunmen reinforcement reinforcements"
    )
)
_VEHICLES = word_set("car truck lorry van bus vehicle tanker boat ship plane helicopter convoy")
# Where a load goes, not who receives it: "to the front", "to the town", "to Aleppo".
_PLACES = PLACE_NOUNS | FACILITY_NOUNS | GROUND_NOUNS


def moves_cargo(verb: Token, cls: str) -> bool:
    """Return whether an AID clause moves its own materiel or a vehicle's load, with no recipient.

    "militants are moving toxic chemicals into the villages" -> True; "a van carrying
    aid supplies" -> True; "the convoy delivered food to the town" -> False.
    """
    if cls != "AID" or _has_recipient(verb):
        return False
    lemma = verb.lemma_.lower()
    load = child(verb, "dobj")
    if lemma == "deliver":
        return load is not None and _is_materiel(load, poison_only=True)
    if lemma not in _MOVING:
        return False
    mover = _mover(verb)
    if mover is not None and mover.lemma_.lower() in _VEHICLES:
        return True  # "a van carrying aid supplies"
    return load is not None and _is_materiel(load, poison_only=False)


def _is_materiel(load: Token, *, poison_only: bool) -> bool:
    """Return whether a load (or one of its conjuncts) is weapons, poison or fighters."""
    words = GAS_WORDS if poison_only else _MATERIEL
    for noun in conjuncts(load):
        mods = [k for k in noun.children if k.dep_ in {"amod", "compound"}]
        if any(w.lemma_.lower() in words or w.lower_ in words for w in [noun, *mods]):
            return True
    return False


def _mover(verb: Token) -> Token | None:
    """Return who or what moves the load: the subject, or the noun a participle describes."""
    subject = child(verb, "nsubj")
    if subject is not None:
        return subject
    return verb.head if verb.dep_ in {"acl", "relcl"} else None


def _has_recipient(verb: Token) -> bool:
    """Return whether the clause names who receives the load ("to the refugees")."""
    if child(verb, "dative") is not None and child(verb, "dobj") is not None:
        return True  # "sent the militia weapons"
    for prep in (k for k in verb.children if k.dep_ in {"prep", "dative"}):
        if prep.lower_ not in {"to", "for"}:
            continue
        for whom in (k for k in prep.children if k.dep_ == "pobj"):
            if whom.ent_type_ not in PLACE_LABELS and whom.lemma_.lower() not in _PLACES:
                return True  # "to the refugees", "for the rebels"; "to Aleppo" is a place
    return False
