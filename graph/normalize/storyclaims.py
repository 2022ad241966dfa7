"""Who did a bombing: the claim the story makes anywhere, or its word that no one knows (issue 14).

A bombing is often told by its bomber or its bomb alone, and the doer only where the story
reports the claim, which may come several sentences later (or earlier): "A car bomb
exploded outside the police station. Five officers died. The Falcon Brigade later claimed
the attack in a statement." Event coders code a claimed bombing as the claimant's; and a
story that says no one has claimed it ("there was no immediate claim of responsibility",
"it was unclear who was behind the blast") leaves the doer unknown, never a guessed side.

The dictionary codes "a suicide bomber" as rebels of the story's country: a guess no coder
makes. Here such a generic bomber, in any role, and an attack told by its bomb or as "the
attack" with no doer, take the verdict of the story's nearest claim or doubt
(:mod:`graph.normalize.storyverdicts`): the claimant, or for a bomber "gunmen (unknown)",
armed men nobody named. A bomber with neither is unknown armed men too, unless its own
words name a side ("a rebel suicide bomber"); a bomb with neither keeps no doer, and a
bombing told as another one ("A suicide blast killed six in April") takes only a verdict of
its own sentence. The claimant's attack of a bombing is the bombing: ASSAULT (CAMEO 18), mode
"suicide-attack" or "explosives", also where its verb is a generic one ("the attack
killed", "X claimed the attack"). The claims and doubts near an attack (its sentence and
the next) were read before (:mod:`graph.normalize.claimants`); this reads the whole story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from ..model import UNRESOLVED, Event
from .agentless import is_unowned_fact
from .attackers import taken_by
from .claimants import BOMBING, names_planted_bomb, side_of
from .namedattacks import ATTACKS
from .storyverdicts import OTHER_ATTACK, claim_verdicts

__all__ = ["claimed_in_story"]

_SUICIDE = re.compile(r"\bsuicide\b", re.IGNORECASE)
_BOMBING_MODES = frozenset({"suicide-attack", "explosives"})
_GENERIC_ARMED = frozenset({"REB", "UAF", "INS"})
_ATTACK = re.compile(r"\battacks?$", re.IGNORECASE)
# A bomber's own words that name the side the dictionary codes: "a rebel suicide bomber".
_SIDE = re.compile(r"\b(?:rebels?|insurgents?|insurgency|opposition)\b", re.IGNORECASE)
# The doer of a bombing nobody claimed: armed men nobody named (CAMEO's unidentified
# armed forces).
_UNKNOWN = ("unknown/gunmen", "gunmen (unknown)", "armed-group", "---UAF")
# A verdict found, but no side: the story says no one knows.
_NO_ONE = "no one"


def claimed_in_story(events: Iterable[Event], sentences: Mapping[int, str]) -> Iterator[Event]:
    """Yield one document's events, a bombing of no named doer taking the story's verdict.

    Args:
        events: One document's normalised events, in document order.
        sentences: The document's sentence texts by index (also those without events).
    """
    batch = list(events)
    texts = dict(sentences)
    texts.update((e.provenance.sentence_index, e.provenance.sentence) for e in batch)
    verdicts = claim_verdicts(batch, texts)
    if not verdicts:
        yield from (_unclaimed(event) for event in batch)
        return
    decided = [_decided(event, verdicts, batch) for event in batch]
    for before, event in zip(batch, decided, strict=True):
        claimant = verdicts.get(event.provenance.sentence_index)
        # given its doer here, or by a claim before ("... killed in the attack. X claimed it")
        given = event != before or _told_through_attack(event, verdicts)
        yield _claimed_bombing(event, claimant, decided, given=given)


def _verdict(event: Event, verdicts: Mapping[int, Event | None]) -> Event | str | None:
    """Return the claimant nearest an event, ``_NO_ONE`` for a doubt, None for neither."""
    here = event.provenance.sentence_index
    nearest = min(abs(i - here) for i in verdicts)
    if nearest and OTHER_ATTACK.search(event.provenance.sentence):
        return None  # "A suicide blast killed six in April": an earlier attack
    said = [verdicts[i] for i in verdicts if abs(i - here) == nearest]
    if len({side_of(e) if e else _NO_ONE for e in said}) != 1:
        return None  # a claim and a doubt as near: the story leaves it open
    return said[0] or _NO_ONE


def _decided(event: Event, verdicts: Mapping[int, Event | None], batch: Sequence[Event]) -> Event:
    """Return an event with its generic bomber or unowned attack given the story's verdict."""
    actor, target = _is_generic(event, "actor"), _is_generic(event, "target")
    # "17 were killed in the attack", kept as a fact for want of a doer, takes one too
    fact = is_unowned_fact(event, batch) and bool(_ATTACK.search(event.actor))
    unowned = _is_unowned_attack(event) or fact
    if not (actor or target or unowned):
        return event
    verdict = _verdict(event, verdicts)
    if verdict is None:
        return _unclaimed(event)
    if verdict == _NO_ONE and unowned:
        return event  # no one claimed the blast: it keeps no doer
    if isinstance(verdict, Event) and verdict.actor_id in (event.target_id, event.actor_id):
        return event  # "... claimed the attack on its own post": not its own attacker
    if isinstance(verdict, Event) and unowned:
        return taken_by(event, verdict, guess=False)
    ref = _UNKNOWN if isinstance(verdict, str) else _ref_of(verdict)
    for role, generic in (("actor", actor), ("target", target)):
        event = event.with_role(role, *ref) if generic else event
    return event


def _unclaimed(event: Event) -> Event:
    """Return an event whose bomber the dictionary guessed rebels as unknown armed men.

    "A suicide bomber struck the market" in a story naming no claimant: coders code
    an unidentified armed attacker, never a guessed side; "a rebel suicide bomber" keeps it.
    """
    for role in ("actor", "target"):
        guessed = getattr(event, f"{role}_code")[3:] == "REB"
        if guessed and _is_generic(event, role) and not _SIDE.search(getattr(event, role)):
            event = event.with_role(role, *_UNKNOWN)
    return event


def _ref_of(claimant: Event) -> tuple[str, str, str, str]:
    return (claimant.actor_id, claimant.actor_label, claimant.actor_type, claimant.actor_code)


def _is_generic(event: Event, role: str) -> bool:
    """Return whether a role is a bomber coded only as some armed men: "a suicide bomber"."""
    ref_id, kind, code = (getattr(event, f) for f in (f"{role}_id", f"{role}_type", f"{role}_code"))
    return (
        bool(BOMBING.search(getattr(event, role)))
        and "/" in ref_id
        and code[3:] in _GENERIC_ARMED
        and kind != UNRESOLVED
    )


def _is_unowned_attack(event: Event) -> bool:
    """Return whether an attack is told by its bomb or as "the attack" alone, with no doer."""
    return (
        event.kind == "event"
        and event.action_class in ATTACKS
        and event.polarity == "pos"
        and event.actor_type == UNRESOLVED
        and (
            (event.action_class == "ASSAULT" and bool(BOMBING.search(event.actor)))
            or bool(_ATTACK.search(event.actor))
        )
    )


def _told_through_attack(event: Event, verdicts: Mapping[int, Event | None]) -> bool:
    """Return whether a claimant's act is told by the attack it claims: "the attack killed"."""
    claimants = {side_of(e) for e in verdicts.values() if e is not None}
    return bool(_ATTACK.search(event.instrument)) and side_of(event) in claimants


def _claimed_bombing(
    event: Event, claimant: Event | None, batch: Sequence[Event], *, given: bool
) -> Event:
    """Return the claimant's attack as the bombing it claims (ASSAULT), if it is one.

    "The Falcon Brigade claimed the attack" after "A suicide bomber struck X": the
    claimant's "attack" is the suicide bombing (CAMEO 18), not conventional force; so is
    "the attack killed 17" of a story that gave the attack to the claimant.
    """
    if event.kind != "event" or event.action_class != "FIGHT" or event.polarity != "pos":
        return event
    if not given and (claimant is None or side_of(event) != side_of(claimant)):
        return event  # neither given its doer here nor the claimant's own in its claim
    if event.actor_type != "armed-group":
        return event
    mode = _means_mode(event.provenance.sentence) or _story_mode(event, batch)
    return replace(event, action_class="ASSAULT", mode=mode) if mode else event


def _means_mode(text: str) -> str:
    """Return the bombing mode a sentence's words name: "suicide-attack", "explosives" or ""."""
    if _SUICIDE.search(text):
        return "suicide-attack"
    return "explosives" if names_planted_bomb(text) else ""


def _story_mode(attacker: Event, batch: Sequence[Event]) -> str:
    """Return the mode of the bombings the story gives the attacker: a suicide attack first."""
    modes = {
        e.mode
        for e in batch
        if e.action_class == "ASSAULT"
        and e.mode in _BOMBING_MODES
        and side_of(e) == side_of(attacker)
    }
    return "suicide-attack" if "suicide-attack" in modes else "".join(modes)
