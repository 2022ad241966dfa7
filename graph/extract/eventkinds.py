"""Whether a frame stays an event or becomes a relation fact, and whether its actor is unresolved.

"a missile hit the school" is an attack with an unresolved actor; "the regime's barrel bombs
caused damage", "the monitor relies on sources", "No group has claimed the bombing" are facts
(private to :mod:`graph.extract.frames`, which asks it when a frame becomes an event).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .authoredacts import issued_with_act
from .classify import default_class, label_class
from .conditions import is_offer_condition
from .idioms import lives_taken
from .landings import landing_target
from .lexicon import LIGHT_EVENT_VERBS, WEAPON_VERBS
from .nobody import names_nobody
from .requests import is_requested_act
from .states import states_no_act
from .unasserted import asks_possible_act, is_question_word

if TYPE_CHECKING:
    from .frames import Frame

__all__ = ["UNNAMED_ACT_CLASSES", "event_kind", "is_attack_verb"]

# Classes of an act done with a weapon or an attack whose user is not named: the event
# stands with an unresolved actor ("a shell wounded two"); other acts of a weapon or an
# event ("the war created shortages", "the shelling forced them to flee") are facts.
UNNAMED_ACT_CLASSES = frozenset({"ASSAULT", "FIGHT"})


def event_kind(
    frame: Frame, action: str, code: tuple[str, str, str]
) -> tuple[str, bool, tuple[str, str, str]]:
    """Return the event's kind, whether its actor is left unresolved, and its class."""
    cls = code[0]
    kind = frame.kind
    unresolved = frame.unnamed and cls in UNNAMED_ACT_CLASSES and _harms(frame.verb)
    if unresolved:
        # "a missile hit the school", "the blast killed ten": an attack an analyst codes,
        # by whoever fired it; the actor stays unresolved (kept, never drawn).
        kind = "event"
    sends = frame.verb.lemma_.lower() in LIGHT_EVENT_VERBS | WEAPON_VERBS
    if kind == "event" and frame.by_means and cls in {"", "OTHER", "RELATION"} and not sends:
        # "the regime's barrel bombs caused damage", "US warships docked in Tartus": what
        # a weapon does that no class codes is a fact about it, not an act of its owner;
        # but "submarines launched a barrage of missiles" sends one.
        kind = "relation"
    if kind == "event" and not unresolved and states_no_act(frame.verb, action, cls):
        # "the monitor relies on sources", "the forces mistook them": a state, no act.
        kind, code = "relation", ("", "", "")
    if kind == "event" and issued_with_act(frame.verb):
        # "the rebels issued a statement asking civilians to leave": the asking is the act.
        kind = "relation"
    if is_requested_act(frame.verb):
        # "the UN called on the militias to disarm": the UN's demand is the event; the
        # militias, whom it addresses, did nothing (a fact of what was asked).
        kind = "relation"
    if any(is_question_word(span) for span in (frame.actor, frame.target) if span is not None):
        # "a reminder of what the army had done": "what" names no participant.
        kind = "relation"
    if asks_possible_act(frame.verb) or is_offer_condition(frame.verb):
        # "residents guessed where the jets might strike", "the rebels may leave if they
        # lay down their arms": no strike, no disarming is told.
        kind = "relation"
    if kind == "event" and names_nobody(frame.actor):
        # "No group has claimed the bombing": no one acts, nothing to code.
        kind, unresolved = "relation", True
    return kind, unresolved, code


def is_attack_verb(lemma: str) -> bool:
    """Return whether a verb is itself an attack ("kill", "hit", "explode"), not a link.

    "the shelling killed ten" names an attack; "the offensive marked a new push" or
    "the raids followed the talks" only relate events to each other. The verb's own
    class decides (its ontology label or its CAMEO code without a pattern), not the
    class its subject lends it.
    """
    code = default_class(lemma)
    own = {label_class(lemma), code.plover if code is not None else ""}
    return bool(own & UNNAMED_ACT_CLASSES)


def _harms(verb: Token) -> bool:
    # "the blast claimed the lives of ten" is a killing whatever "claim" means alone;
    # "a rocket slammed into the clinic" an attack on it (see landings).
    return (
        is_attack_verb(verb.lemma_.lower())
        or lives_taken(verb) is not None
        or bool(landing_target(verb))
    )
