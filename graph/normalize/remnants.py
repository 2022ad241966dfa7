"""Victims told by a remnant word are more of the victims told just before them (issue 14).

News counts the dead and then the rest with a remnant word: "shelling killed four
soldiers and wounded 19 others", "killed 12 villagers and injured dozens more", "the
troops ambushed a band of gunmen, killing scores of them". The remnant ("others",
"19 other", "dozens more", "scores of them") names no one on its own, so the resolver
leaves it without a node; :func:`settle_remnant_targets` gives such a victim the node
of the nearest victim phrase told before it in the same sentence:

* "Gunmen shot dead six guards and injured 19 others." -> the guards;
* "Eleven villagers were killed and dozens more were hurt in the raid." -> the villagers;
* "The troops ambushed a band of gunmen, killing scores of them." -> the gunmen;
* "Mortars killed two soldiers and injured another three." -> the soldiers (and a vague
  "many" after victims: "15 civilians were killed and many wounded");
* "Shells killed ten villagers. Dozens more were wounded." -> the villagers: a remnant
  whose sentence tells no victim before it continues the people the sentence before
  told hurt (killed, wounded), never what it told struck ("bombed the Brigade's
  headquarters. Nine others were wounded": no one).

A victim phrase is the target of an attack, or the subject of an agentless passive
one ("Eleven villagers were killed"); it is never the attack's own doer ("the militia
shelled the town, wounding 15 others": the others are not the militia). The nearest
victim phrase must be a side (civilians, a military, an armed group): a place, a thing
or one named person ("killed the mayor and wounded three others") leaves the remnant
as it was: the people of its place when no victim came before it (see
:func:`graph.normalize.barecounts.counted_people`), no one when the victims before it
are of no known side ("four of its guards were killed and four others wounded") or the
doer's own. The agentless passive fact of a remnant ("15 civilians were killed and six
others wounded") takes the same victims for its subject. "Others" that act ("others
fled") are no victims. A bare count ("more than 20")
is no remnant, but a hurt verb's count after victims ("killed four militants and wounded
18") is settled the same way (see :mod:`graph.normalize.barecounts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..extract.lexicon import FORCE_CLASSES, HURT_VERBS
from ..model import Event
from .barecounts import is_bare_count, is_hurt_fact, is_remnant
from .pronountargets import Role, agrees
from .sitelabels import site_kind

__all__ = ["is_remnant", "settle_remnant_targets"]

# Node types a remnant may continue: the sides people are counted in.
_SIDES = frozenset({"civilian", "military", "armed-group"})
# Node types of a state's own men ("the mayor"): more of them are not the place's people
# ("five Syrians", a country too, are people).
_STATES = frozenset({"government"})
# A count with no number that only continues victims of its own sentence: "15 civilians
# were killed and many wounded".
_VAGUE = re.compile(r"^(?:many|several|a few|a number)$", re.IGNORECASE)


def settle_remnant_targets(events: Iterable[Event]) -> Iterator[Event]:
    """Yield one document's events with each remnant victim given the victims told before it.

    Args:
        events: A document's normalised events, in document order.

    Yields:
        The same events; an attack on "N others", "N more" or "N of them" takes the node of
        the nearest victim phrase before it in its sentence, when that phrase is a side;
        one left with its own attacker's node loses it.
    """
    batch = list(events)
    victims = [role for event in batch for role in _victims_of(event)]
    hurt = {(r.sent, r.pos, r.text) for e in batch if _hurts(e) for r in _victims_of(e)}
    for event in batch:
        if _is_remnant_fact(event):
            # "15 civilians were killed and six others wounded": the facts' victims too
            yield _settled(event, "actor", victims, hurt)
        elif _is_remnant_victim(event):
            yield _settled(event, "target", victims, hurt)
        else:
            yield event


_NO_ONE = ("", "", "", "")


def _settled(
    event: Event, role: str, victims: list[Role], hurt: set[tuple[int, int, str]]
) -> Event:
    """Return the event with its remnant role the victims before it, no one, or as it was."""
    remnant = event.actor if role == "actor" else event.target
    found = _antecedent(event, remnant, victims, hurt)
    if found is not None:
        return event.with_role(role, *found.ref)
    if role == "target" and event.target_id and event.target_id == event.actor_id:
        return event.with_role(role, *_NO_ONE)  # the attacker's own node
    if is_remnant(remnant) and _unnamed_before(event, remnant, victims):
        return event.with_role(role, *_NO_ONE)  # more of victims of no known side
    return event


def _unnamed_before(event: Event, remnant: str, victims: list[Role]) -> bool:
    """Return whether the victims told just before the remnant are no one it may be.

    "Four of its soldiers were killed and four others wounded": more of the soldiers,
    whose side is not known; so too after a government's men ("the mayor") or the
    doer's own ("its forces killed 23 militants and wounded 18 others", the militants
    taken as the doer's by mistake).
    """
    sent = event.provenance.sentence_index
    pos = event.provenance.sentence.find(remnant)
    doer = event.actor if remnant == event.target else ""
    before = [
        r
        for r in victims
        if r.sent == sent
        and r.pos + len(r.text) <= pos
        and r.ref[2] != "location"
        and r.text not in (doer, remnant)
        and not is_bare_count(r.text)  # "20 were killed and 59 others hurt": people
    ]
    if not before:
        return False
    node, _, kind, _ = max(before, key=lambda r: r.pos + len(r.text)).ref
    # "the mayor" read as his government: more of its men, not the place's people
    return not node or kind in _STATES or bool(doer and node == event.actor_id)


def _is_remnant_victim(event: Event) -> bool:
    # a bare count ("killed four militants and wounded 18") is more of them too
    remnant = is_remnant(event.target) or is_bare_count(event.target) or _is_vague(event)
    return event.action_class in FORCE_CLASSES and remnant


def _is_remnant_fact(event: Event) -> bool:
    # "six others were wounded": an agentless passive harm of a remnant, no doer told
    return is_hurt_fact(event) and is_remnant(event.actor)


def _is_vague(event: Event) -> bool:
    return _VAGUE.match(" ".join(event.target.split())) is not None


def _victims_of(event: Event) -> Iterator[Role]:
    """Yield the victim phrases an attack names that a later remnant may continue.

    An attack's target ("killed six guards"), or the subject of an agentless passive
    attack fact ("six guards were killed"); a remnant itself is no antecedent, so a
    chain of them ("50 were executed, 19 more killed and 16 others died") leads back to
    the first victims named.
    """
    if event.action_class not in FORCE_CLASSES:
        return
    sent, text = event.provenance.sentence_index, event.provenance.sentence
    passive = event.kind == "relation" and event.action.startswith("be ") and not event.target
    span, ref = (
        (event.actor, (event.actor_id, event.actor_label, event.actor_type, event.actor_code))
        if passive
        else (
            event.target,
            (event.target_id, event.target_label, event.target_type, event.target_code),
        )
    )
    if span and not is_remnant(span):
        yield Role(span, ref, sent, max(0, text.find(span)))


def _hurts(event: Event) -> bool:
    # "killed six guards", "six guards were killed": people hurt, not a place struck
    return bool(event.action) and event.action.split()[-1] in HURT_VERBS or is_hurt_fact(event)


def _antecedent(
    event: Event, remnant: str, victims: list[Role], hurt: set[tuple[int, int, str]]
) -> Role | None:
    """Return the victim phrase just before the remnant, if it is a side and not the doer.

    A remnant opening its sentence's victims ("Nine others were wounded") continues the
    people the sentence before told hurt (killed, wounded), never a place or a side it
    told struck.
    """
    sent = event.provenance.sentence_index
    pos = event.provenance.sentence.find(remnant)
    doer = event.actor if remnant == event.target else ""
    may_lead = [
        r
        for r in victims
        if r.ref[0]
        and r.ref[2] != "location"
        and not site_kind(r.text)  # "went off at a market, killing 12": a site, not victims
        and r.text != doer
        and r.text != remnant
        and not (remnant.lower().endswith("them") and is_bare_count(r.text))
    ]
    before = [r for r in may_lead if r.sent == sent and r.pos + len(r.text) <= pos]
    if not before and is_remnant(remnant) and not remnant.lower().endswith("them"):
        # "Jets killed six guards. Nine others were wounded.": the sentence before's
        before = [r for r in may_lead if r.sent == sent - 1 and (r.sent, r.pos, r.text) in hurt]
    if not before:
        return None
    nearest = max(before, key=lambda r: r.pos + len(r.text))
    node, _, kind, _ = nearest.ref
    # protesters (an opposition) are counted people: "fired on protesters, wounding five"
    side = kind in _SIDES or node.endswith("/opposition")
    if not side or (doer and node == event.actor_id):
        return None  # "killed the mayor and wounded three others": not more mayors
    if remnant.lower().endswith("them") and not agrees(nearest, "pl"):
        return None
    return nearest
