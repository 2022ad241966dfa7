"""A condemned attack's doer is whom the condemnation is aimed at (issue 14).

Event coders code a condemnation of an attack as a disapproval of the attacker: "The
council condemned the attack by Tarvan jets" is the council against Tarva (the extractor
reads the doer a phrase names). News often condemns an attack whose doer the story told
just before: "Tarvan jets bombed the market of Kesh on Monday. The council condemned the
raids on Kesh." The condemnation names no one, or the place attacked (Kesh is no side
anyone disapproves of). :func:`settle_condemned_targets` gives such a condemnation the
doer the story names:

* in the sentences before (up to five back), the nearest one that tells a named attack
  (:func:`graph.normalize.namedattacks.is_named_attack`; taking ground is none: "the town
  the army took last year"), when its attackers are all of one side ("Tarvan jets and
  the Tarvan army shelled X" -> Tarva) or sides told as one subject ("Tarvan and Karvan
  jets bombed X": a condemnation of each);
* in its own sentence only an attacker told right after the condemned act: "condemned
  the crimes the militia commits against civilians", or the side the condemner blames
  it on: "condemned the raid, which it blamed on the militia" (the militia).

Two sides attacking in that sentence ("Rebels shelled X and jets bombed Y"), an attacker
told far away in the condemnation's own sentence ("condemned the raid, as rebels pressed
on"), or no attack told at all leave the condemnation as it was. The doer found replaces
an empty target or a place; a side the condemnation names ("condemned the militia for the
raid") stays.

Whom or what the condemned act hit ("slammed the raids on Kesh", "condemned the shelling
of the clinic", "deplored the attack on civilians") is no side disapproved of: with no
doer found the condemnation keeps no target. Calling an act names ("described the raid as
a massacre", "termed the strikes war crimes") condemns it as well, and a name given in
the condemnation's own sentence ("condemned the raids on Kesh, calling them a crime") is
aimed where the condemnation is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import Event
from .claimants import position_of, side_of
from .namedattacks import is_named_attack
from .phrase import words_of

__all__ = ["settle_condemned_targets"]

# Verbs that condemn an act (CAMEO 111 "criticize or denounce").
_CONDEMNING = frozenset(words_of("condemn denounce deplore decry slam criticise criticize"))
# Verbs that condemn an act by the name they give it ("described the raid as a crime").
_NAMING = frozenset(words_of("describe call term brand label dub"))
# Words after an act that aim it: "the raids on Kesh", "the shelling of the clinic".
_AIMING = frozenset(words_of("on against at upon into of"))
# Target types of a party: one hit by the condemned act is still a side ("the attack on
# the militia"), the rest (a place, civilians, a building) are what the act hit.
_PARTIES = frozenset(words_of("country government armed-group military organisation person police"))
# Nouns of an attack or a wrong done in one ("the raids", "this heinous crime").
_ACTS = frozenset(
    words_of(
        "attack attacks assault assaults strike strikes airstrike airstrikes raid raids bombing "
        "bombings bombardment bombardments shelling massacre massacres crime crimes offensive "
        "onslaught"
    )
)
# Verbs of taking or holding ground: no attack anyone condemns ("the army took the town").
_TAKING = frozenset(
    words_of(
        "take gain capture recapture retake regain seize control enter storm advance push "
        "overrun liberate besiege encircle surround hold break"
    )
)
# How many sentences back the attack condemned is still the one the story told (what
# lies between tells its toll, its victims, what witnesses saw).
_REACH = 5
# How far after the condemned act its own sentence may tell its doer ("the crimes X commits").
_NEAR = 30


def settle_condemned_targets(events: Iterable[Event]) -> Iterator[Event]:
    """Yield one document's events, a condemned attack's doer the condemnation's target.

    Args:
        events: A document's normalised events, in document order, owners settled.

    Yields:
        The same events; a condemnation of an attack with no target, a place or a victim
        takes the doer of the attack the story has just told, else no target (a victim
        is no side); a name given to the act in its sentence is aimed the same way.
    """
    batch = list(events)
    attacks = [e for e in batch if is_named_attack(e) and e.action.split()[0] not in _TAKING]
    attacks += [e for e in batch if _lays_blame(e)]
    settled = [one for event in batch for one in _settled(event, attacks)]
    condemned = [e for e in settled if _condemns_act(e)]
    for event in settled:
        yield from _named_alike(event, condemned)


def _settled(event: Event, attacks: list[Event]) -> list[Event]:
    """Return a condemnation aimed at each doer of the act it condemns (see the module)."""
    if not _condemns_unowned(event):
        return [event]
    doers = _doers(event, attacks)
    if not doers:
        return [_untargeted(event) if event.target else event]
    return [_aimed_at(event, doer) for doer in doers]


def _aimed_at(event: Event, doer: Event) -> Event:
    if _lays_blame(doer):  # "condemned the attack, which it blamed on X": X
        return _aimed_as(event, doer)
    return replace(
        event,
        target=doer.actor,
        target_id=doer.actor_id,
        target_label=doer.actor_label,
        target_type=doer.actor_type,
        target_code=doer.actor_code,
    )


def _lays_blame(event: Event) -> bool:
    """Return whether an event blames a side ("which it blamed on the militia")."""
    return (
        event.kind == "event"
        and event.polarity == "pos"
        and event.action.split()[0] == "blame"
        and event.target_type in _PARTIES
    )


def _untargeted(event: Event) -> Event:
    return replace(event, target="", target_id="", target_label="", target_type="", target_code="")


def _condemns_act(event: Event) -> bool:
    """Return whether an event condemns an act ("condemned the raids", "the raids on X")."""
    if event.kind != "event" or event.action_class != "DISAPPROVE":
        return False
    verb = event.action.split()[0]
    if verb not in _CONDEMNING | _NAMING:
        return False
    words = [word.strip('"') for word in event.relation.lower().split()[1:]]
    return any(word in _ACTS for word in words)


def _condemns_unowned(event: Event) -> bool:
    """Return whether an event condemns an attack and names no side as its target.

    "The UN condemned the air strikes on Kesh" (a place), "condemned the raids" (none),
    "deplored the shelling of the clinic" (what the act hit).
    """
    if not _condemns_act(event):
        return False
    if not event.target or event.target_type == "location":
        return True
    last = event.relation.lower().split()[-1]
    return last in _AIMING and event.target_type not in _PARTIES


def _named_alike(event: Event, condemned: list[Event]) -> list[Event]:
    """Return a name given to an act aimed where its sentence's condemnation is.

    "UNICEF condemned the raids by X on Kesh, calling them a crime" -> the naming is
    aimed at X; a naming that names a side itself ("calling the militia criminals") stays.
    """
    if event.kind != "event" or event.action_class != "DISAPPROVE":
        return [event]
    if event.action.split()[0] not in _NAMING or event.target_type in _PARTIES:
        return [event]
    here = event.provenance.sentence_index
    aims = [
        other
        for other in condemned
        if other.provenance.sentence_index == here
        and _who(other) == _who(event)
        and other.action.split()[0] in _CONDEMNING
    ]
    if not aims:
        return [event]
    return list({(a.target, a.target_id): _aimed_as(event, a) for a in aims}.values())


def _aimed_as(event: Event, other: Event) -> Event:
    return replace(
        event,
        target=other.target,
        target_id=other.target_id,
        target_label=other.target_label,
        target_type=other.target_type,
        target_code=other.target_code,
    )


def _who(event: Event) -> str:
    return event.actor_id or event.actor


def _doers(event: Event, attacks: list[Event]) -> list[Event]:
    """Return the attacks whose doers a condemnation is aimed at, or [] (see the module)."""
    here = event.provenance.sentence_index
    for back in range(_REACH + 1):
        told = [a for a in attacks if a.provenance.sentence_index == here - back]
        blames = [a for a in told if _lays_blame(a)]
        told = [a for a in told if a.actor_id != event.actor_id and a not in blames]
        if back == 0:
            told = [a for a in told if _told_with_act(event, a)]
            told += [a for a in blames if a.actor_id == event.actor_id]
        if not told:
            continue
        return _one_per_side(told)
    return []


def _one_per_side(told: list[Event]) -> list[Event]:
    """Return the attack of the one side told, or one of each of sides told as one subject.

    "Tarvan jets and Karvan helicopters bombed X, killing nine": the sides do the same
    acts, so both are condemned; "rebels shelled X and jets bombed Y": whose act is open.
    """
    sides: dict[str, list[Event]] = {}
    for attack in told:
        sides.setdefault(side_of(attack), []).append(attack)
    acts = [{(a.relation, a.target) for a in group} for group in sides.values()]
    if len(sides) > 1 and any(done != acts[0] for done in acts):
        return []
    return [group[0] for group in sides.values()]


def _told_with_act(event: Event, attack: Event) -> bool:
    """Return whether an attacker of the condemnation's own sentence is told with the act.

    "condemned the war crimes the militia is committing" -> the militia, right after.
    """
    text = event.provenance.sentence
    end = position_of(text, event.relation) + len(event.relation)
    at = position_of(text, attack.actor)
    return end <= at <= end + _NEAR
