"""The doer a claim, a hedge or a blame names around an unowned attack (issue 14).

A statement of who was behind it counts as a claim does (:mod:`graph.normalize.behinddoers`).

:mod:`graph.normalize.attackers` asks here first, for the attack's own sentence and the
next ("Rockets hit the depot. The Falcon Brigade claimed the attack"), and again, for the
sentence after, when no sentence before names the doer
(:func:`graph.normalize.claimants.telling_sentences`): :mod:`graph.normalize.claimants`,
:mod:`graph.normalize.suspects` and :mod:`graph.normalize.blamed` read the statements.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..model import UNRESOLVED, Event
from .agency import head_words
from .behinddoers import behind_doer
from .blamed import blamed_for
from .claimants import claimed_by
from .namedattacks import ATTACKS, attack_sentences
from .suspects import suspected_by

__all__ = ["is_uncertain_attack", "said_doer"]

# Bombers a dictionary codes as armed men of no named group: a claim names their group.
_BOMBERS = frozenset({"bomber", "bombers"})
_GENERIC_ARMED = frozenset({"REB", "UAF", "INS"})
_ALTERNATIVE = re.compile(r"\b(?:or|nor)\b", re.I)


def said_doer(
    event: Event,
    batch: Sequence[Event],
    named: Sequence[Event],
    texts: Mapping[int, str],
    *,
    unowned: bool,
    gaps: Sequence[int],
) -> tuple[Event | None, Event | None]:
    """Return the doer a claim or a hedge ``gaps`` sentences on names, else the blame, or None.

    "X claimed the attack", "... was likely carried out by X" -> (X's attack, None);
    "Y blamed X for the attack" -> (None, Y's blame).
    """
    if not (unowned or _is_generic_bomber(event)):
        return None, None
    closed = attack_sentences(batch)
    stated = [e for e in named if not is_uncertain_attack(e)]
    owner = claimed_by(event, stated, texts, closed, gaps=gaps)
    if owner is None and unowned:  # "The brigade is believed to be behind the attack"
        owner = behind_doer(event, batch, texts, closed, gaps=gaps)
    if owner is None and unowned:
        owner = suspected_by(event, batch, texts, closed, gaps=gaps)
    if owner is not None or not unowned:
        return owner, None
    return None, blamed_for(event, batch, texts, closed, gaps=gaps)


def _is_generic_bomber(event: Event) -> bool:
    """Return whether a bomber is coded only as some armed men ("a suicide bomber": REB)."""
    words = head_words(event.actor)
    head = words[-1].lower() if words else ""
    return (
        head in _BOMBERS
        and event.kind == "event"
        and event.action_class in ATTACKS
        and event.actor_code[3:] in _GENERIC_ARMED
    )


def is_uncertain_attack(event: Event) -> bool:
    """Return whether an attack's doer is left open: "Syrian or Russian jets struck X"."""
    return (
        event.kind == "event"
        and event.action_class in ATTACKS
        and event.actor_type == UNRESOLVED
        and bool(_ALTERNATIVE.search(event.actor))
    )
