"""An attack told on after the story has guessed its doer: the guess holds for it too (issue 14).

Reports often name the doer of an attack only as a guess, and then go on telling the
attack without a doer: "The monitor said the shelling was most likely carried out by the
Falcon Brigade. Several shells exploded near the market." or "Medics blamed the navy for
the raid. They said the raid destroyed a clinic." The later attack is the guessed
side's as much as the first one is, and no more: it takes the side as its doer, the
guesser as its attribution, and the guess's modality. An event coder codes the side's
act as possible, as the first one: the shells did explode, but that the Falcon Brigade
fired them is only suspected (a stated act of an unnamed doer would be asserted)
(:mod:`graph.normalize.attackers` looks back for it as for a stated attacker, with the
same limits: two sides, a doubt, another story or a victim named leave it unowned).
So does an attack whose doer a hedge next to it names ("Rockets hit X. The attack was
likely carried out by the brigade": :mod:`graph.normalize.suspects`).

A guess is an attack by a named side whose own sentence hedges who did it ("most
likely", "believed to", "blamed", "accused", "claimed that"; not "reportedly", which hedges the
act, not its doer) or that a blame made the side's
(:func:`graph.normalize.blamed.charged_with`, kept by the caller); an attempt ("was trying to storm
X") or a threat ("might bomb X") is none. An attack told as a new one ("Another raid hit
Y", "a second blast") is not the guessed one, and takes nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Event
from .namedattacks import is_named_attack

__all__ = [
    "as_guess",
    "hedges_doer",
    "is_guessed_attack",
    "is_guessed_retelling",
    "is_new_attack",
]

# What hedges the doer of an attack: "most likely carried out by", "believed to belong to".
_DOER_HEDGE = re.compile(
    r"\b(?:(?:believed|thought|suspected|presumed)\s+to|likely|probably|appear(?:s|ed)?\s+to|"
    r"blam\w*|accus\w*|claim(?:s|ed)?\s+that)\b",
    re.IGNORECASE,
)
# What makes an act possible without hedging its doer: an attempt, a threat, a modal.
_NOT_DONE = re.compile(
    r"\b(?:tr(?:y|ies|ied|ying)|seek\w*|sought|attempt\w*|struggl\w*|expect\w*|might|may|"
    r"could|would|will|to\s+capture)\b",
    re.IGNORECASE,
)
# First words of an attack told as another one: "Another raid", "a second blast".
_NEW = re.compile(r"\s*(?:another|a\s+(?:second|third|new|further|separate))\b", re.IGNORECASE)


def is_guessed_attack(event: Event) -> bool:
    """Return whether an event is an attack by a named side, the side only guessed.

    "The raid was most likely carried out by the Falcon Brigade" -> True; "the brigade
    was trying to storm the town" (an attempt) -> False.
    """
    if event.modality != "possible" or not is_named_attack(replace(event, modality="asserted")):
        return False
    if event.actor_id.startswith("unknown/"):
        return False  # "the monitor knows whose planes struck": no side named
    if _NOT_DONE.search(event.relation or event.action):
        return False
    return bool(_DOER_HEDGE.search(event.provenance.sentence))


def is_guessed_retelling(event: Event) -> bool:
    """Return whether an attack took a guessed doer from the story (see :func:`as_guess`).

    "Air raids on Tarsk killed 12. The raids were most likely carried out by Karvonian
    jets." -> the raids, Karvonian jets' as a guess.
    """
    asserted = replace(event, modality="asserted")
    return event.modality == "possible" and bool(event.instrument) and is_named_attack(asserted)


def is_new_attack(event: Event) -> bool:
    """Return whether an attack is told as a new one: "Another raid hit the market"."""
    return bool(_NEW.match(event.actor))


def as_guess(event: Event, lender: Event) -> Event:
    """Return an attack given its doer from ``lender``, a guess when the lender's doer is one.

    "Several shells exploded near the market" told after "the shelling was most likely
    carried out by the brigade": the brigade's shelling is possible, on the guesser's word
    (a stated lender leaves the act as it is).
    """
    if lender.modality != "possible" or event.modality != "asserted":
        return event
    attribution = lender.attribution or event.attribution
    modality = "possible" if hedges_doer(lender) else event.modality
    return replace(event, modality=modality, attribution=attribution)


def hedges_doer(lender: Event) -> bool:
    """Return whether a possible attack is so for its doer: a hedge on who, or a guessed doer.

    "The raid was likely carried out by X", "jets believed to be X's", an attack that took
    such a doer from the story (its instrument) -> True; "IS claims attack", coded possible
    for another reason, names its doer -> False.
    """
    hedged = lender.instrument or _DOER_HEDGE.search(lender.provenance.sentence)
    return lender.modality == "possible" and bool(hedged)
