"""An attack on "their positions" is an attack on whoever "their" means.

Event coders code the side an attack hit, and a possessed military asset or part of a
place stands for its owner: "the army shelled the militants and destroyed their
vehicles" is the army against the militants, as "destroyed ISIS vehicles" is against
ISIS. When coreference (:mod:`graph.normalize.coref`) leaves such a target without a
node, :func:`settle_possessive_targets` takes the owner from the roles of the events
told just before it: the nearest one in the same sentence, else the last one of the
sentence before, that agrees with the possessive in number and is not the attacker
itself (no one shells its own positions):

* "Troops killed dozens of gunmen and destroyed their weapons." -> the gunmen;
* "Jets pounded Tel Marrah and its outskirts." -> Tel Marrah.

Only attacks (FIGHT, ASSAULT, COERCE) on such assets, or on a group's men ("killing one
of its commanders": the group's, also when the resolver read them as unknown soldiers;
owned by a known side only), never on other people or homes ("forced from their homes":
what was hit, not their owners), never the attacker's own ("detonated their trucks"),
the speaker of a statement only when its reported clause names no side of its own
("the ministry said troops shelled ISIS and destroyed its positions": ISIS's), and the
owner is a side (an armed group, a military, a government, civilians) or, for a place's
parts, a place: a country or a name no one knows is too often a wrong reading to follow.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..extract.lexicon import FORCE_CLASSES
from ..model import Event
from .phrase import clean, words_of
from .pronountargets import Role, agrees, roles_of

_POSSESSIVES = {"its": "sg", "their": "pl"}
# Words that may count the assets before the possessive: "some of their vehicles", "a
# number of their vehicles".
_PARTITIVE = frozenset(words_of("some many most all one two of several dozens a number"))
# What a side holds and an attack hits in its place: "their positions", "its tanks".
_ASSETS = frozenset(
    words_of(
        "position positions posts post posits vehicles vehicle cars car trucks convoy convoys "
        "tanks weapons arms ammunition ammo weaponry equipment hideouts hideout dens den lairs "
        "gatherings headquarters base bases fortifications defenses defences strongholds "
        "stronghold pockets infrastructure depots depot launchers checkpoint checkpoints"
    )
)
# A group's men, who stand for it when hit: "killing one of its commanders".
_MEN = frozenset(
    words_of(
        "fighters fighter militants militant members member commanders commander leaders "
        "leader gunmen militiamen"
    )
)
# Parts of a place, owned by the place: "the town and its outskirts".
_PLACE_PARTS = frozenset(
    words_of("outskirts countryside suburbs districts neighbourhoods neighborhoods surroundings")
)
# Sides that own assets; a country is left out ("Syrias militia ... their car": the
# militia's, not the country's), and so is a name no one knows ("other").
_OWNERS = frozenset({"armed-group", "military", "government", "organisation", "civilian"})
# What civilians may own of those assets (no positions, hideouts, bases nor weapons).
_CIVIL_ASSETS = frozenset(words_of("vehicles vehicle cars car trucks convoy convoys"))
# A role and the event that names it.
_Told = tuple[Role, Event]
# Verbs that use what the attacker holds: "the bombers detonated their trucks".
_USING = frozenset(words_of("detonate explode blow use drive fire launch deploy park"))


def settle_possessive_targets(events: Iterable[Event]) -> Iterator[Event]:
    """Yield one document's events with an unresolved possessed target given its owner.

    Args:
        events: A document's normalised events, in document order.

    Yields:
        The same events; an attack on "their/its ASSET" without a node takes the node of
        the nearest agreeing role before it that is not its own actor.
    """
    batch = list(events)
    roles = [(role, event) for event in batch for role in roles_of(event)]
    for event in batch:
        kind, place = _possessive_kind(event)
        owner = _owner(event, roles, kind, place) if kind else None
        if owner is None:
            yield event
            continue
        node, label, node_type, code = owner.ref
        yield replace(
            event, target_id=node, target_label=label, target_type=node_type, target_code=code
        )


def _possessive_kind(event: Event) -> tuple[str, bool]:
    """Return the number of an attack target "its/their ASSET" ("" if none), and if a place's.

    The asset stands among the target's first words: "their positions in the south",
    "some of their fortifications", "10 of their vehicles".
    """
    if event.kind != "event" or event.action_class not in FORCE_CLASSES:
        return "", False
    if event.target_id and not (_is_men(event.target) and event.target_id.startswith("unknown/")):
        return "", False  # a group's men the resolver read as unknown soldiers are its own
    if event.action.split()[0] in _USING:
        return "", False
    words = [word.lower() for word in clean(event.target)][:6]
    owner = next((i for i, word in enumerate(words) if word in _POSSESSIVES), -1)
    counted = all(word in _PARTITIVE or word.isdigit() for word in words[:owner])
    if owner < 0 or owner + 1 >= len(words) or not counted:
        return "", False
    owned = words[owner + 1 : owner + 4]
    if _PLACE_PARTS & set(owned) and words[owner] == "its":
        return "sg", True
    held = _ASSETS & set(owned) or _MEN & set(owned)
    return (_POSSESSIVES[words[owner]], False) if held else ("", False)


def _is_men(target: str) -> bool:
    """Return whether a target is a group's men: "one of its commanders", "their fighters"."""
    words = [word.lower() for word in clean(target)][:6]
    owner = next((i for i, word in enumerate(words) if word in _POSSESSIVES), -1)
    return owner >= 0 and bool(_MEN & set(words[owner + 1 : owner + 3]))


def _owner(event: Event, roles: list[_Told], kind: str, place: bool) -> Role | None:
    """Return the one side before the target that may own it, or None.

    The sides of the same sentence come first, else those of the sentence before; an
    attack's doer outranks whom it hit ("ISIS killed ten soldiers and jets struck their
    positions" -> ISIS), and two sides that still fit leave the owner unknown.
    """
    sent = event.provenance.sentence_index
    pos = event.provenance.sentence.find(event.target)
    same = [t for t in roles if t[0].sent == sent and t[0].pos + len(t[0].text) <= pos]
    fits = [t for t in same if _may_own(t[0], event, kind, place)]
    fits = fits or [
        t for t in roles if t[0].sent == sent - 1 and _may_own(t[0], event, kind, place)
    ]
    # "the ministry said the army shelled ISIS and destroyed its positions": a party of
    # the reported clause before its speaker, who is owner only when the clause has none
    told_in = [t for t in fits if not _is_speaker(*t)]
    fits = told_in or fits
    # "the army and allied forces destroyed their weapons": a co-doer owns nothing hit
    fits = [(r, told) for r, told in fits if r.text not in _codoers(event, roles)]
    nodes = {role.ref[0] for role, _ in fits}
    # "ISIS killed ten soldiers": the soldiers were hit by a side that also fits
    kept = [(r, told) for r, told in fits if not (r.text == told.target and told.actor_id in nodes)]
    if len({role.ref[0] for role, _ in kept}) > 1:
        kept = [(r, told) for r, told in kept if r.text == told.actor]  # a doer over victims
    if len({role.ref[0] for role, _ in kept}) != 1:
        return None
    return max((role for role, _ in kept), key=lambda r: r.pos)


def _is_speaker(role: Role, told: Event) -> bool:
    """Return whether a role is the speaker of a statement ("the ministry" of "said")."""
    return told.kind == "relation" and told.action_class == "STATEMENT" and role.text == told.actor


def _codoers(event: Event, roles: list[_Told]) -> set[str]:
    """Return the other doers of the same act ("X and Y destroyed their weapons")."""
    sent, act = event.provenance.sentence_index, (event.action, event.target)
    return {
        told.actor
        for _, told in roles
        if told.provenance.sentence_index == sent and (told.action, told.target) == act
    }


def _may_own(role: Role, event: Event, kind: str, place: bool) -> bool:
    node, _, node_type, _ = role.ref
    if not node or node_type not in ({"location"} if place else _OWNERS):
        return False
    if node_type == "civilian" and not _CIVIL_ASSETS & set(clean(event.target.lower())):
        return False  # civilians hold no positions, bases nor weapons: only cars
    if node.startswith("unknown/") and _is_men(event.target):
        return False  # a group's men are a known group's: "gunmen ... their members" is vague
    if node == event.actor_id or role.text == event.actor:
        return False  # the attacker's own: "detonated their explosives"
    return agrees(role, kind)
