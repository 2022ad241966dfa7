"""The town a campaign is waged in is its target when the text names no party.

"Regime forces waged an offensive in the area of Douma", "the army stepped up its
campaign in the town of Kessa", "launched an operation in Homs": event coders code the
town the offensive was waged in as its target, as "attacked Douma" is. Only a military
campaign (FIGHT or ASSAULT) carried by a light verb (wage, launch, step up, begin ...),
with no target, and only a place in the campaign noun's own "in/inside/around" phrase
right after it, the size of a town or a province (the tests of :mod:`placetargets`): a
country or a region ("in northern Syria"), a date ("in late May"), a place the sentence
opens with ("In Douma the army carried out operations in the farms") and an unnamed
area ("in the area") are left.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..extract.lexicon import word_set
from ..model import Event
from .placetargets import is_town_side

__all__ = ["with_campaign_target"]

# Verbs that carry a campaign noun: "waged an offensive", "stepped up its campaign".
_LIGHT_VERBS = word_set(
    "wage launch step begin start mount intensify escalate continue resume renew expand "
    "conduct carry lead"
)
# Nouns of a military campaign: "a campaign", "an offensive", "military operations".
_CAMPAIGN_NOUNS = word_set("campaign offensive operation assault attack counteroffensive")
# The acts such a campaign is coded as ("launched an offensive": attack; see lightattacks).
_CAMPAIGN_ACTS = word_set("attack assault bomb shell strike raid")
# "the area of Douma", "the outskirts of Homs": the town the area belongs to.
_AREA_OF = re.compile(r"(?i)^(?:the\s+)?(?:area|areas|vicinity|outskirts|environs)\s+of\s+")


def with_campaign_target(event: Event) -> Event:
    """Return a targetless military campaign with the town it is waged in, else the event."""
    if event.kind != "event" or event.target or not event.location:
        return event
    if event.action_class not in ("FIGHT", "ASSAULT") or not _is_campaign(event):
        return event
    place = _AREA_OF.sub("", event.location)
    if not is_town_side(place) or not _own_phrase(event):
        return event
    return replace(event, target=place)


def _is_campaign(event: Event) -> bool:
    """Return whether a light verb carries a campaign noun: "launched an offensive"."""
    verb = event.action.split()[0]
    words = event.relation.lower().split()
    carries = verb in _LIGHT_VERBS | _CAMPAIGN_ACTS
    return carries and bool(words) and _singular(words[-1]) in _CAMPAIGN_NOUNS


def _own_phrase(event: Event) -> bool:
    """Return whether the place's phrase follows the campaign noun: "offensive in X"."""
    noun = event.relation.split()[-1]
    pattern = (
        r"\b" + re.escape(noun) + r"\s+(?:in|inside|around)\s+" + re.escape(event.location) + r"\b"
    )
    return re.search(pattern, event.provenance.sentence) is not None


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word
