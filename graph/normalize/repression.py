"""Force a state's forces use on protesters is violent repression (CAMEO 175, PLOVER ASSAULT).

CAMEO 175 "use tactics of violent repression" is the state's force on protest, which the
CAMEO -> PLOVER table codes ASSAULT. Once the doer is known, two tellings are such
repression, whatever the clause's verb coded:

- a physical attack (FIGHT or ASSAULT) by a state's forces (government, army, police,
  security services) on protesters, a protest or a crowd of protesters: "security forces
  opened fire on protesters", "troops shot at a peaceful rally";
- a verb of repression ("repress", "crack down on", "suppress", "quell", "disperse",
  "crush"), or a crackdown the clause launches, by those forces on them: "the army
  repressed demonstrations", "the regime launched a crackdown on protests".

The target is the protesters: a protest named as the object ("repressed the
demonstrations") names its participants, who are the opposition the project codes
protesters as ("protesters" -> OPP in the agents dictionary), of the state that represses
them. Protesters attacking the police, rebels shelling a rally, arrests of protesters (173)
and the protest itself are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache

from ..extract.protests import PROTEST_NOUNS, PROTESTER_NOUNS, REPRESSION_VERBS
from ..model import Event
from .gazindex import Gazetteer
from .phrase import words_of

__all__ = ["with_violent_repression"]

_REPRESSION = "175"  # CAMEO: use tactics of violent repression
_STATE_SECTORS = frozenset(words_of("GOV MIL COP SPY"))
_FORCE = frozenset({"FIGHT", "ASSAULT"})
# Nouns of repression a light verb makes the clause's act ("launched a crackdown").
_REPRESSION_NOUNS = re.compile(r"\b(?:crackdowns?|repression)\b", re.I)
# A protest or its protesters (extract.protests' lists, read as one).
_PROTEST_WORDS = PROTEST_NOUNS | PROTESTER_NOUNS
_CROWDS = frozenset(words_of("crowd crowds"))
_MOVEMENTS = frozenset(words_of("movement movements"))
# Words that end a target's head phrase: "protests with unexpected ferocity".
_PHRASE_ENDS = frozenset(
    words_of(
        "of with in at on for from against near across outside inside around before behind "
        "over under along through between among into who which that after during since by to "
        "demanding calling"
    )
)
_OPPOSITION = ("opposition", "organisation", "OPP")
_UNKNOWN_TYPES = frozenset({"", "other", "unresolved"})


def with_violent_repression(events: Iterable[Event], gaz: Gazetteer) -> Iterator[Event]:
    """Yield events, a state's force on protesters becoming CAMEO 175 ASSAULT on them.

    Args:
        events: One document's normalised events.
        gaz: The actor gazetteer (the repressing state's country).
    """
    for event in events:
        found = _protest_head(event.target) if _represses(event) else ""
        if not found:
            yield event
            continue
        mode = event.mode if event.action_class in _FORCE else ""
        repressed = replace(event, action_class="ASSAULT", cameo_code=_REPRESSION, mode=mode)
        # a protest, or protesters the agents dictionary lacks ("marchers"), are protesters
        unknown = repressed.target_type in _UNKNOWN_TYPES
        yield _as_protesters(repressed, gaz) if found in PROTEST_NOUNS or unknown else repressed


def _represses(event: Event) -> bool:
    """Return whether the event is a state's force, or its act of repression, on someone."""
    if event.kind != "event" or event.polarity != "pos":
        return False
    if event.actor_code[3:6] not in _STATE_SECTORS:
        return False  # rebels, protesters, unknown gunmen: no state's repression
    if event.action_class in _FORCE:
        return True
    verb = event.action.split()[0].lower() if event.action else ""
    if verb in REPRESSION_VERBS:
        return True  # "dispersed the demonstrators", whatever the dictionary coded
    # arrests (173) are coercion, not violence: only a crackdown it launches
    return event.action_class == "COERCE" and bool(_REPRESSION_NOUNS.search(event.relation))


def _protest_head(target: str) -> str:
    """Return the protest or protester noun heading a target phrase, else ""."""
    words = target.lower().split()
    head: list[str] = []
    for word in words:
        if word in _PHRASE_ENDS and head:
            break
        head.append(word)
    if not head:
        return ""
    last = head[-1] if head[-1] in _PROTEST_WORDS else head[-1].split("-")[0]
    if last in _PROTEST_WORDS:
        return last
    if last in _MOVEMENTS and len(head) > 1 and head[-2] in PROTEST_NOUNS:
        return head[-2]  # "a protest movement": the protesters
    rest = words[len(head) :]
    if last in _CROWDS and len(rest) > 1 and rest[0] == "of":
        return _protest_head(" ".join(rest[1:]))  # "crowds of demonstrators"
    return ""


def _as_protesters(event: Event, gaz: Gazetteer) -> Event:
    """Return the event with its protest target named as the protesters (the opposition)."""
    part, kind, sector = _OPPOSITION
    prefix, _, rest = event.target_id.partition("/")
    if rest and prefix.startswith(("anti-", "pro-")):
        # "anti-government protests": the anti-government protesters
        label = re.sub(r"\S+$", "protesters", event.target_label or event.target)
        return _targeting(event, f"{prefix}/{part}", label, kind, f"---{sector}")
    iso = event.actor_code[:3]
    country = _countries(gaz).get(iso, "")
    place = gaz.get(country) if country else None
    label = f"{part} ({place.label if place else 'unknown'})"
    return _targeting(event, f"{country or 'unknown'}/{part}", label, kind, f"{iso}{sector}")


def _targeting(event: Event, actor_id: str, label: str, kind: str, code: str) -> Event:
    return replace(
        event, target_id=actor_id, target_label=label, target_type=kind, target_code=code
    )


@cache
def _countries(gaz: Gazetteer) -> dict[str, str]:
    """Return country ids by ISO alpha-3 code ("SYR" -> "syria")."""
    found: dict[str, str] = {}
    for actor_id in gaz.actor_ids():
        actor = gaz.get(actor_id)
        if actor is not None and actor.actor_type == "country" and actor.country:
            found.setdefault(actor.country, actor_id)
    return found
