"""Strikes named by their munitions or flights (private to extract).

"two shells landed on the market", "a rocket fell on the school": munitions that strike
are the strike (CAMEO 190, conventional force), whoever fired them; "flew sorties over
the valley", "carried out combat missions": air strikes (CAMEO 195).
:func:`graph.extract.combat.combat_sense` asks about them.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .lexicon import word_set

_FORCE = Code("190", "FIGHT", "")
_AERIAL = Code("195", "FIGHT", "aerial")
_STRIKING = word_set("land fall slam crash rain")
_MUNITIONS = word_set(
    "bomb bombs shell shells rocket rockets missile missiles mortar mortars barrel barrels "
    "projectile projectiles munition munitions grenade grenades"
)
# Strikes that land strike too: "air strikes fell around the town" (strikes, not shells).
_MUNITIONS |= word_set("strike strikes airstrike airstrikes raid raids")
_SORTIE_VERBS = word_set("fly carry conduct perform make")
_SORTIES = word_set("sortie sorties")
_COMBAT = word_set("combat bombing strike attack")
_FLIGHTS = word_set("mission missions flight flights run runs")


def strike_sense(verb: Token, lemma: str, objects: list[Token]) -> Code | None:
    """Return the code of munitions landing or combat flights flown, if the verb tells one.

    Args:
        verb: The verb.
        lemma: Its lemma, lowercased.
        objects: What it acts on (see :func:`graph.extract.combat.verb_objects`).
    """
    if lemma in _STRIKING and _struck_by_munitions(verb):
        return _FORCE
    if lemma in _SORTIE_VERBS and any(_is_sortie(o) for o in objects):
        return _AERIAL
    return None


def _struck_by_munitions(verb: Token) -> bool:
    """Return whether munitions are the subject of a verb of landing ("shells fell on X")."""
    subjects = [k for k in verb.children if k.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and not subjects:
        subjects = [verb.head]  # "the rockets that landed on the school"
    return any(s.lemma_.lower() in _MUNITIONS or s.lower_ in _MUNITIONS for s in subjects)


def _is_sortie(noun: Token) -> bool:
    """Return whether an object is a combat flight: "sorties", "bombing missions"."""
    if noun.lower_ in _SORTIES:
        return True
    modifiers = {k.lower_ for k in noun.children if k.dep_ in {"compound", "amod"}}
    return noun.lower_ in _FLIGHTS and bool(modifiers & _COMBAT)
