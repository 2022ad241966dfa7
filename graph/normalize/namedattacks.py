"""Which named attackers may be the doer of an attack told without one (issue 14).

:mod:`graph.normalize.attackers` gives an unowned attack ("Two rounds hit a school") the
attacker the story has just named. Here is who counts as a named attacker and who is ruled
out for one unowned attack:

- a named attack is an asserted, one-sided attack by a state, an army or an armed group
  ("the army shelled the village", "rebels launched an offensive"), not a monitor's or a
  rescue service's act, not a clash of two sides and not "prisoners held by X";
- a named attacker is not the doer of an attack on its own people or places ("shells fell
  on the rebels' positions", "in the regime-held quarter"), of an air attack when it has
  no air force, or of an attack dated in another month.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..extract.lexicon import HOLDING_VERBS, LIGHT_EVENT_VERBS
from ..model import UNRESOLVED, Event
from .agency import head_words, is_attack_head
from .claimants import position_of
from .instruments import AIR_FORCE_WORDS
from .notdoers import is_named_in_target
from .phrase import PRONOUNS, STATE_TYPES, words_of
from .uncertain import ALTERNATIVE_WORD

__all__ = ["ATTACKS", "NAMELESS_MILITARY", "attack_sentences", "is_named_attack", "may_own"]

# The generic id of an army no one names: "warplanes", "a helicopter" (Phoenix: MIL).
NAMELESS_MILITARY = "unknown/military"
# Classes of an attack whose doer an unowned weapon can stand for.
ATTACKS = frozenset({"ASSAULT", "FIGHT"})
# Verbs of a siege, an attack whatever class coerces it.
_SIEGE_VERBS = frozenset({"besiege", "blockade", "encircle"})
# Verbs of two sides: neither side is the lone attacker the story goes on with.
_MUTUAL = frozenset({"clash", "fight", "battle", "exchange", "skirmish", "engage"})
# Who can fire a weapon: states, armies and armed groups, not a monitor or a broadcaster.
_COMBATANT_TYPES = frozenset({"country", "government", "military", "armed-group", "organisation"})
_NON_COMBATANT_SECTORS = frozenset({"NGO", "MED", "HRI", "EDU", "HLH", "CVL"})
# Nouns of a one-sided attack a named side launches ("launched an offensive on X").
_ATTACK_NOUNS = frozenset(
    words_of(
        "attack assault strike airstrike raid bombing bombardment shelling offensive operation "
        "campaign incursion invasion onslaught sortie"
    )
)
# Determiners of a thing told before: "the blast", "these raids".
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "both", *PRONOUNS})
# "since 2012": an attack going on reaches back to the attacker's day.
_SINCE = re.compile(r"\bsince\b", re.I)
# "the regime-held district", "rebel-controlled areas": who holds the place attacked.
_HELD = re.compile(r"\b([A-Za-z]+)-(?:held|controlled|run)\b")
# Words news uses for the same holder: "regime-held" is held by the government's army.
_REBEL_WORDS = ("rebel", "opposition", "insurgent")
_HOLDERS = {
    "regime": ("regime", "government", "army", "loyalist"),
    "government": ("regime", "government", "army", "loyalist"),
    "loyalist": ("regime", "government", "army", "loyalist"),
    "rebel": _REBEL_WORDS,
    "opposition": _REBEL_WORDS,
    "insurgent": _REBEL_WORDS,
}


def is_named_attack(event: Event) -> bool:
    """Return whether an event is an asserted attack by a named combatant ("the army shelled X")."""
    verb = event.action.split()[0]
    code = event.actor_code
    return (
        event.kind == "event"
        and verb not in HOLDING_VERBS  # "prisoners held by X": no attack
        and _attacks(event, verb)
        and event.actor_type in _COMBATANT_TYPES
        and not (code and code[-3:] in _NON_COMBATANT_SECTORS)
        and bool(event.actor_id)
        and verb not in _MUTUAL
        and event.polarity == "pos"
        and event.modality == "asserted"
    )


def attack_sentences(events: Iterable[Event]) -> frozenset[int]:
    """Return the sentences that tell an attack of its own: another attack may be meant there.

    A doer named two sentences after an attack is not looked for past such a sentence:
    one that names an attacker or leaves one open ("Rockets hit X. Rebels shelled Y. The
    brigade claimed it": whose rockets?), or tells an attack afresh ("... A string of
    bombings hit Y"), not one that goes on with it ("... The blast hit a bakery").
    """
    return frozenset(e.provenance.sentence_index for e in events if _tells_attack(e))


def _tells_attack(event: Event) -> bool:
    """Return whether an event tells an attack other than one told just before it."""
    if event.action_class not in ATTACKS:
        return False
    if event.actor_type != UNRESOLVED or ALTERNATIVE_WORD.search(event.actor):
        return event.kind == "event"
    words = [w.lower() for w in re.findall(r"[\w-]+", event.actor)]
    # "A string of bombings", "Shells": a weapon or an act told as new, not "the blast"
    return bool(words) and words[0] not in _DEFINITE and any(map(is_attack_head, words))


def _attacks(event: Event, verb: str) -> bool:
    """Return whether an event is an attack: its class, or launching one ("began a campaign")."""
    if event.action_class in ATTACKS or verb in _SIEGE_VERBS:
        return True  # ("under a regime siege": the besieger bombs the town too)
    words = head_words(event.target) if event.target else []
    head = words[-1].lower() if words else ""
    launches = verb in LIGHT_EVENT_VERBS or verb == "embark"
    return launches and (head in _ATTACK_NOUNS or head.rstrip("s") in _ATTACK_NOUNS)


def may_own(attacker: Event, event: Event, day: str) -> bool:
    """Return whether nothing said of an unowned attack rules ``attacker`` out as its doer."""
    if is_named_in_target(attacker, event):
        return False  # "shells fell on Tarvan positions": not Tarvan's own attack
    if _is_air(event.actor) and attacker.actor_type not in STATE_TYPES:
        return False  # "barrel bombs": an armed group's rockets maybe, not its aircraft
    text = event.provenance.sentence
    if _holds(attacker, text[position_of(text, event.actor) :]):
        return False  # "sniper fire killed a child in the regime-held quarter"
    # "In March two blasts killed 40": an attack of another month is another story (not
    # one going on "since 2012", which reaches the attacker's day)
    if _SINCE.search(event.provenance.sentence):
        return True
    when, their_when = event.time_value[:7], (attacker.time_value or day)[:7]
    return not (when and their_when and when[: len(their_when)] != their_when[: len(when)])


def _is_air(text: str) -> bool:
    return any(w.lower() in AIR_FORCE_WORDS for w in head_words(text))


def _holds(attacker: Event, text: str) -> bool:
    """Return whether ``text`` calls a place held by the attacker's side ("rebel-held X")."""
    names = {w.lower() for w in f"{attacker.actor} {attacker.actor_label}".split()}
    for match in _HELD.finditer(text):
        holder = match[1].lower()
        if attacker.actor_type == "armed-group" and holder in _REBEL_WORDS:
            return True  # "rebel-held X": a named armed group may be one of its holders
        if any(name.startswith(_HOLDERS.get(holder, (holder,))) for name in names if len(name) > 1):
            return True
    return False
