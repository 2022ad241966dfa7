"""Whether a story still tells one air force's attacks where an unowned one comes (issue 14).

:mod:`graph.normalize.airattackowners` lends an unowned air attack the one air force the
story named before it; this module says where that look-back stops, keeping the older
story rules of :mod:`graph.normalize.leaddoers` and :mod:`graph.normalize.attackers`:

- a sentence opening another story ("Meanwhile ...", "Elsewhere ...") ends it: nothing
  named before it is lent past it;
- a sentence from the naming to the attack names an attacker of another side that could
  have flown this attack: a state or a coalition (an air force) anywhere on the way, or any
  side in the attack's own sentence or the one before ("Rebels shelled an army post. Later
  air raids killed nine"); an armed group's attack two or more sentences back does not end
  it (armed groups have no air force);
- a sentence from the naming to the one after the attack tells a denial ("Tarva denied
  that its jets flew over the valley") or says no one knows who did it ("It was unclear
  who carried out the raids");
- the attack is told as new ("An air strike hit ..."), as one maybe anyone's;
- its target is the air force's own side ("the strikes hit Tarvan troops").

A lend the story hedges ("The strikes were likely carried out by Tarva" in the attack's
sentence, the one before or the one after) is a guess, as the hedge is
(:func:`graph.normalize.guessedowners.as_guess`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping

from ..model import Event
from .claimants import NEW_STORY, doubts_doer
from .countries import country_by_alpha3, country_of
from .gazetteer import Gazetteer
from .guessedowners import as_guess, hedges_doer
from .leaddoers import DENIAL, ONE_NEW
from .namedattacks import NAMELESS_MILITARY, is_named_attack
from .phrase import STATE_TYPES, Ref

__all__ = ["AirStory", "side_key"]


class AirStory:
    """The sentences of one document that end, or dispute, an air force's story.

    Built once per document (each text read once); every question after is a look-up.
    """

    def __init__(self, texts: Mapping[int, str], gaz: Gazetteer, events: Iterable[Event]) -> None:
        order = sorted(texts)
        self._gaz = gaz
        self._breaks = [i for i in order if NEW_STORY.match(texts[i])]
        self._open = [i for i in order if DENIAL.search(texts[i]) or doubts_doer(texts[i])]
        self._sides: dict[str, int] = {}  # an attacker's side -> the last sentence it attacked
        self._fliers: dict[str, int] = {}  # the same for a side with an air force
        self._hedges = {  # (sentence, side) -> an attack whose doer, that side, is a guess
            (e.provenance.sentence_index, _side(gaz, _doer(e))): e
            for e in events
            if e.kind == "event" and hedges_doer(e)
        }

    def opens_story(self, index: int) -> bool:
        """Return whether a sentence opens another story ("Meanwhile ...")."""
        return _any_in(self._breaks, index, index)

    def attacked(self, event: Event) -> None:
        """Note the side of an attack whose doer the text names ("Rebels shelled X").

        Nameless warplanes are no other side: they may be the air force named.
        """
        if is_named_attack(event) and event.actor_id != NAMELESS_MILITARY:
            side, index = _side(self._gaz, _doer(event)), event.provenance.sentence_index
            self._sides[side] = index
            if event.actor_type in STATE_TYPES:  # a state or a coalition: it flies
                self._fliers[side] = index

    def leaves_open(self, event: Event, owner: Ref, since: int) -> bool:
        """Return whether the story leaves an attack open to the air force named at ``since``."""
        here = event.provenance.sentence_index
        key = _side(self._gaz, owner)
        if _other(self._fliers, key, since) or _other(self._sides, key, max(since, here - 1)):
            return True  # "Tarvan jets bombed X and rebels shelled Y. The strikes ...": whose?
        if ONE_NEW.match(event.actor) or _any_in(self._open, since, here + 1):
            return True  # "An air strike hit X"; "Tarva denied ..."; "It was unclear who ..."
        return _own_side(event, side_key(self._gaz, owner), self._gaz)

    def as_told(self, event: Event, owner: Ref) -> Event:
        """Return an attack lent ``owner``, a guess when a sentence next to it guesses it."""
        here, key = event.provenance.sentence_index, _side(self._gaz, owner)
        for index in (here - 1, here, here + 1):
            lender = self._hedges.get((index, key))
            if lender is not None:
                return as_guess(event, lender)
        return event


def side_key(gaz: Gazetteer, ref: Ref) -> str:
    """Return one key for a state's actors: "Syrian jets" and "the Syrian army" are one."""
    actor = gaz.get(ref.actor_id)
    country = country_of(gaz, ref.actor_id)
    if not country and actor is not None and actor.country:
        country = country_by_alpha3(gaz, actor.country[:3])
    return gaz.state_actor(country) if country else ref.actor_id


def _side(gaz: Gazetteer, ref: Ref) -> str:
    """Return the side an actor fights for: a state's organs are one ("SYR"), as in claimants."""
    country = ref.code[:3]
    if ref.actor_type in STATE_TYPES and country.isalpha():
        return country
    return side_key(gaz, ref)


def _own_side(event: Event, key: str, gaz: Gazetteer) -> bool:
    """Return whether the attack's target is its air force's side ("hit Tarvan troops")."""
    if event.target_type not in STATE_TYPES or not event.target_id:
        return False
    target = Ref(event.target_id, event.target_label, event.target_type, event.target_code)
    return side_key(gaz, target) == key


def _doer(event: Event) -> Ref:
    return Ref(event.actor_id, event.actor_label, event.actor_type, event.actor_code)


def _other(sides: Mapping[str, int], key: str, since: int) -> bool:
    """Return whether a side other than ``key`` attacked at or after sentence ``since``."""
    return any(side != key and at >= since for side, at in sides.items())


def _any_in(indices: list[int], first: int, last: int) -> bool:
    """Return whether a sorted list holds an index from ``first`` to ``last``."""
    at = bisect_left(indices, first)
    return at < len(indices) and indices[at] <= last
