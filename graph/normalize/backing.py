"""Who backs which armed group, remembered through a story (issue 14).

"The US backed the SDF" records the pair; a later "US-backed forces" (extracted as "US
back forces") then names the SDF, not generic armed men.
"""

from __future__ import annotations

from ..model import Event
from .coref import Document
from .heads import GROUP_NOUNS
from .phrase import Ref, head_word

__all__ = ["track_backing"]

# Verbs of backing a group, and the kinds of actor that are backed as a group.
_BACKING = frozenset({"back", "support", "sponsor", "arm", "fund"})
_GROUPISH = frozenset({"armed-group", "military", "government", "organisation"})


def track_backing(event: Event, actor: Ref, target: Ref, doc: Document) -> Ref:
    """Remember who backs which group; read "US-backed forces" as the group the US backs.

    "The US backed the SDF" records the pair; a later "US back forces" (from
    "US-backed forces") then gets the SDF as its target.
    """
    if event.action not in _BACKING or not event.is_factual:
        return target
    # A generic agent ("US backed fighters": unknown/gunmen) names no particular group.
    generic = "/" in target.actor_id
    if target.actor_type in _GROUPISH and not generic:
        doc.backed[actor.actor_id] = target.actor_id
        return target
    backee = doc.backed.get(actor.actor_id)
    vague = target.actor_type == "other" or generic
    if backee and vague and head_word(event.target) in GROUP_NOUNS:
        return doc.ref(backee)
    return target
