"""Who fired an unowned weapon: the attacker the story has just named (issue 14).

News names the attacker once and then tells the attack through its weapons: "Terrorists
fired rocket shells at the Midan district. Two rounds hit a school, injuring three
pupils." The second sentence names no one, but its rounds are the terrorists'. An
attack event whose actor is a weapon or an attack noun the extractor left unresolved
(or a war machine of no named state: "a helicopter dropped barrels") takes the one side
that attacks in the nearest of its own sentence and the two before (a state, an army,
an armed group; not a monitor, a rescue service or a newspaper).
Stories switch sides, so nothing is guessed when that sentence names attackers of two
sides ("Rebels shelled the town and the army bombed their villages"), across a longer
gap, or against what the sentence says of the attack:

- a clash, a battle, fighting have two sides and lend none, nor take one;
- air strikes, barrel bombs, warplanes are a state's (an armed group has no air force);
- an attack on X's people ("killed three of its fighters") or on a place its own clause
  says X holds ("in the regime-held quarter") is not X's;
- an attack dated in another month or year ("the 2013 gas attack") is another story;
- a sentence that leaves its attacker open ("Syrian or Russian jets") ends the search,
  and a sentence opening another story ("Meanwhile ...", "Elsewhere ...") looks no further
  back than itself;
- a claim or a statement of who did it, in the attack's own sentence or the next ("The
  Falcon Brigade claimed the bombing"), names the doer before any sentence back, and a
  sentence saying no one knows ("it was unclear who fired them") leaves it unnamed
  (:mod:`graph.normalize.claimants`).

An attack the extractor kept as a fact for want of a doer ("Barrel bombs hit a bakery")
takes its doer the same way and becomes an event (:mod:`graph.normalize.agentless`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from ..extract.agentnouns import is_means_noun
from ..extract.lexicon import HOLDING_VERBS, LIGHT_EVENT_VERBS, RECIPROCAL_NOUNS
from ..model import UNRESOLVED, Event
from .agency import head_words, is_attack_head
from .agentless import is_unowned_fact
from .agents import find_agent
from .claimants import NEW_STORY, claimed_by, doubted, position_of, side_of
from .notdoers import blames_someone, is_named_in_target
from .phrase import words_of
from .restated import retells
from .suspects import suspected_by

__all__ = ["owned_by_context"]

# Classes of an attack whose doer an unowned weapon can stand for.
_ATTACKS = frozenset({"ASSAULT", "FIGHT"})
# Verbs of a siege, an attack whatever class coerces it.
_SIEGE_VERBS = frozenset({"besiege", "blockade", "encircle"})
# Verbs of two sides: neither side is the lone attacker the story goes on with.
_MUTUAL = frozenset({"clash", "fight", "battle", "exchange", "skirmish", "engage"})
# Bombers a dictionary codes as armed men of no named group: a claim names their group.
_BOMBERS = frozenset({"bomber", "bombers"})
_GENERIC_ARMED = frozenset({"REB", "UAF", "INS"})
# The generic id of an army no one names: "warplanes", "a helicopter" (Phoenix: MIL).
_NAMELESS_MILITARY = "unknown/military"
# How many sentences back an attacker is still the one the story is telling of.
_REACH = 2
# Who can fire a weapon: states, armies and armed groups, not a monitor or a broadcaster.
_COMBATANT_TYPES = frozenset({"country", "government", "military", "armed-group", "organisation"})
_NON_COMBATANT_SECTORS = frozenset({"NGO", "MED", "HRI", "EDU", "HLH", "CVL"})
# States: the only owners of an air force.
_STATE_TYPES = frozenset({"country", "government", "military"})
# Words of a weapon or an attack from the air ("barrel bombs", "air raids", "warplanes").
_AIR_WORDS = frozenset(
    words_of(
        "air airstrike airstrikes airpower aerial warplane warplanes jet jets fighter-jets "
        "aircraft helicopter helicopters gunship gunships barrel barrel-bomb barrel-bombs "
        "sortie sorties bomber bombers"
    )
)
# Nouns of a one-sided attack a named side launches ("launched an offensive on X").
_ATTACK_NOUNS = frozenset(
    words_of(
        "attack assault strike airstrike raid bombing bombardment shelling offensive operation "
        "campaign incursion invasion onslaught sortie"
    )
)
# What an act answers is the other side's: "struck back in retaliation for the shelling".
_REPRISAL = re.compile(r"\b(?:retaliation|response|revenge|reprisal|reply)\s+(?:for|to)\s+$")
_WH_WORDS = frozenset({"which", "whose", "what", "whether"})
_SINCE = re.compile(r"\bsince\b", re.I)
_ALTERNATIVE = re.compile(r"\b(?:or|nor)\b", re.I)
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


def owned_by_context(
    events: Iterable[Event], *, day: str = "", sentences: Mapping[int, str] | None = None
) -> Iterator[Event]:
    """Yield one document's events, an unowned attack taking the attacker just named.

    Args:
        events: The normalised events of one document, in document order.
        day: The document's date (ISO 8601), the time of an attack told undated.
        sentences: The document's sentence texts by index, also those without events
            ("It was unclear who fired them").
    """
    batch = list(events)
    texts = dict(sentences or {})
    texts.update((e.provenance.sentence_index, e.provenance.sentence) for e in batch)
    named = [e for e in batch if _is_named_attack(e) or _is_uncertain_attack(e)]
    owned: list[Event] = []  # attacks given a doer from context: a side the story went on with
    for event in batch:
        owner = None
        # "Rockets hit the school" kept as a fact: an attack the story may name the doer of
        fact = is_unowned_fact(event, batch)
        unowned = _is_unowned_attack(event) or fact
        if unowned or _is_generic_bomber(event):
            owner = claimed_by(event, [e for e in named if not _is_uncertain_attack(e)], texts)
        if owner is None and unowned:
            owner = suspected_by(event, batch, texts) or _owner(event, named, day, texts, owned)
        if fact and owner is not None and owner.actor_id == _NAMELESS_MILITARY:
            owner = None  # "warplanes" of "jets struck X" tell no more whose they were
        if owner is not None:
            event = replace(
                event,
                kind="event",
                actor_id=owner.actor_id,
                actor_label=owner.actor_label,
                actor_type=owner.actor_type,
                actor_code=owner.actor_code,
            )
            owned.append(event)
        yield event


def _owner(
    event: Event,
    named: Sequence[Event],
    day: str,
    texts: Mapping[int, str],
    owned: Sequence[Event] = (),
) -> Event | None:
    """Return the attacker of the nearest sentence that names one side only, or None.

    An attack of that sentence already given its doer from context counts as a side too
    ("The bombardment hit X where rebels killed a pilot. It was the first bombardment"):
    it never owns one by itself, but a second side there leaves the attack unowned.
    """
    here, text = event.provenance.sentence_index, event.provenance.sentence
    at = position_of(text, event.actor)
    if _REPRISAL.search(text[:at]):
        return None  # "struck back in retaliation for rocket fire": the other side's fire
    # "Meanwhile a bombing killed 120": a new story owes nothing to the sentences before,
    # nor an attack whose own sentence blames someone ("..., but the army blamed X")
    reach = 0 if NEW_STORY.match(text) or blames_someone(text) else _REACH
    for gap in range(reach + 1):
        if doubted(event, texts, gap):
            return None  # "... It was unclear who fired them": no one is guessed
        found = [
            e
            for e in named
            if e.provenance.sentence_index == here - gap
            # named before it, not after, unless it retells it (see restated)
            and (gap or position_of(text, e.actor) < at or retells(e, event))
            and _may_own(e, event, day)
        ]
        sides = {side_of(e) for e in found} | {
            side_of(e) for e in owned if e.provenance.sentence_index == here - gap and gap
        }
        if len(sides) > 1 or any(_is_uncertain_attack(e) or _is_alternative(e) for e in found):
            return None  # "rebels shelled X and jets bombed Y": whose was the rocket?
        if found:
            return found[-1]
    return None


def _is_alternative(event: Event) -> bool:
    """Return whether an attacker is one of alternatives: "by Syrian or Russian jets"."""
    text, at = event.provenance.sentence, position_of(event.provenance.sentence, event.actor)
    after = text[at + len(event.actor) :].split()[:1]
    return bool(_ALTERNATIVE.fullmatch(after[0]) if after else False) or bool(
        re.search(r"\b(?:either|or)\s+$", text[:at], re.I)
    )


def _is_generic_bomber(event: Event) -> bool:
    """Return whether a bomber is coded only as some armed men ("a suicide bomber": REB)."""
    words = head_words(event.actor)
    head = words[-1].lower() if words else ""
    return (
        head in _BOMBERS
        and event.kind == "event"
        and event.action_class in _ATTACKS
        and event.actor_code[3:] in _GENERIC_ARMED
    )


def _is_unowned_attack(event: Event) -> bool:
    if not (event.kind == "event" and event.action_class in _ATTACKS and event.polarity == "pos"):
        return False
    if event.actor_type != UNRESOLVED:
        return _is_nameless_machine(event)
    if _ALTERNATIVE.search(event.actor):
        return False  # "Syrian or Russian jets": the text leaves it open, and so do we
    words = [w.lower() for w in head_words(event.actor)]
    head = words[-1] if words else ""
    if head in RECIPROCAL_NOUNS or head.rstrip("s") in RECIPROCAL_NOUNS:
        return False  # "the clashes killed 20": both sides fought
    # only a weapon or an attack: "their allies" or a glued headline is no one's weapon
    last = event.actor.split()[-1].lower()
    if find_agent([last]) is not None and not is_means_noun(last) and " by " not in event.actor:
        return False  # "Assault on Manbij Kurdish-led forces": a headline glued to fighters
    return is_attack_head(head)


def _is_nameless_machine(event: Event) -> bool:
    """Return whether the actor is a war machine of no named state: "a helicopter dropped"."""
    words = head_words(event.actor)
    head = words[-1].lower() if words else ""
    nameless = event.actor_id == _NAMELESS_MILITARY and not _ALTERNATIVE.search(event.actor)
    text = event.provenance.sentence
    asked = text[: position_of(text, event.actor)].split()[-1:] + event.actor.split()[:1]
    if any(w.lower() in _WH_WORDS for w in asked):
        return False  # "the monitor knows whose jets struck by their paths": no one
    return nameless and is_means_noun(head)


def _is_uncertain_attack(event: Event) -> bool:
    """Return whether an attack's doer is left open: "Syrian or Russian jets struck X"."""
    return (
        event.kind == "event"
        and event.action_class in _ATTACKS
        and event.actor_type == UNRESOLVED
        and bool(_ALTERNATIVE.search(event.actor))
    )


def _is_named_attack(event: Event) -> bool:
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


def _attacks(event: Event, verb: str) -> bool:
    """Return whether an event is an attack: its class, or launching one ("began a campaign")."""
    if event.action_class in _ATTACKS or verb in _SIEGE_VERBS:
        return True  # ("under a regime siege": the besieger bombs the town too)
    words = head_words(event.target) if event.target else []
    head = words[-1].lower() if words else ""
    launches = verb in LIGHT_EVENT_VERBS or verb == "embark"
    return launches and (head in _ATTACK_NOUNS or head.rstrip("s") in _ATTACK_NOUNS)


def _may_own(attacker: Event, event: Event, day: str) -> bool:
    """Return whether nothing said of an unowned attack rules ``attacker`` out as its doer."""
    if is_named_in_target(attacker, event):
        return False  # "shells fell on Tarvan positions": not Tarvan's own attack
    if _is_air(event.actor) and attacker.actor_type not in _STATE_TYPES:
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
    return any(w.lower() in _AIR_WORDS for w in head_words(text))


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
