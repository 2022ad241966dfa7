"""The roles of one document's events that other events tell: the last normalising steps.

Once each event has its doer, some roles can only be read off the document's other
events: "it" is its antecedent ("... shelled the town. It killed two"), "their weapons"
are the gunmen's just killed, the doer of a condemned attack is the side the story
names for it, a denied allegation is its accuser's, "Russian and regime jets" are two
doers. :func:`settle_told_roles` runs these steps in order over one document's events.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Event
from .allyriders import without_unnamed_allies
from .bombings import with_planted_bombings
from .borrowedmeans import with_borrowed_means
from .condemnedacts import settle_condemned_targets
from .deniedclaims import settle_denied_claims
from .expelledforces import with_armed_expelled
from .firstside import name_first_sides
from .gazetteer import Gazetteer
from .groupdoers import settle_group_doers
from .groupgenerics import settle_group_generics
from .ownedharms import kept_owned_harms
from .placedattacks import with_placed_attacks
from .possessivetargets import settle_possessive_targets
from .pronountargets import settle_pronoun_targets
from .reciprocals import settle_reciprocal_targets
from .remnants import settle_remnant_targets
from .repression import with_violent_repression
from .storytargets import with_story_targets
from .tolldoers import with_toll_doers
from .unownedharms import kept_unowned_harms
from .victimcountry import settle_victim_countries
from .visits import with_visits

__all__ = ["settle_told_roles"]


def settle_told_roles(normalised: Iterable[Event], gaz: Gazetteer) -> Iterator[Event]:
    """Yield one document's owned events with the roles told through others settled."""
    normalised = with_placed_attacks(normalised)  # "killed in Idleb strikes": in Idleb
    # "12 civilians were killed in air strikes" by no one named: still a killing
    normalised = kept_unowned_harms(normalised)
    # "killed in a Daesh-orchestrated bombing": the killing of the side the phrase names
    normalised = kept_owned_harms(normalised)
    # "Jets struck X. Three children were among the dead": the jets' side killed them
    normalised = with_toll_doers(normalised)
    normalised = with_borrowed_means(normalised)  # the attack's doer is a suicide bomber
    normalised = with_planted_bombings(normalised)  # "the group carried out bombings"
    normalised = with_story_targets(normalised)  # "bombed X. The strikes ...": X
    settled = settle_pronoun_targets(normalised)  # "it" is its antecedent or nothing
    # "killed gunmen and destroyed their weapons": the weapons are the gunmen's
    settled = settle_possessive_targets(settled)
    settled = settle_reciprocal_targets(settled)  # "X and Y blamed each other"
    settled = without_unnamed_allies(settled)  # "the army and its allies": the army
    # "shelled ISIS sites, killing 30 militants": the militants are ISIS's
    settled = settle_group_generics(settled, gaz)
    # "terrorist attacks ... terrorists from the Tarvan Front fired": the Front's
    settled = settle_group_doers(settled, gaz)
    settled = settle_remnant_targets(settled)  # "killed six guards and hurt 19 others"
    settled = name_first_sides(settled)  # "Russian and regime jets": "Russian", "regime jets"
    settled = with_armed_expelled(settled)  # "pushed them out of the province": fought
    settled = settle_condemned_targets(settled)  # "condemned the raids": the raiders
    settled = settle_denied_claims(settled)  # "denied the allegations": the accuser
    settled = with_visits(settled, gaz)  # "the minister flew to Moscow": a visit of Russia
    settled = with_violent_repression(settled, gaz)  # "police fired on protesters": 175
    yield from settle_victim_countries(settled)  # the same victims, one country (victimcountry)
