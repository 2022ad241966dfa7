"""Which armed groups a definite description can mean: its words name a kind of group.

"The jihadists" is never Hezbollah, "the rebels" never the state's own militias and
"the Syrian rebels" never the Islamic State (a group of another country): a
description's noun and modifiers say what kind of group it refers to, and an earlier
mention of a group of another kind, or of a rival side, is not its antecedent. A
description that writes a group's name ("the Kurdish YPG militia", "the Daesh group")
is no anaphor at all: the name inside it says whom it means.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .phrase import Ref

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

__all__ = ["description_fits", "named_inside"]

# Groups of the global jihadist movement (and their affiliates, by name: "... al-Qaeda ...").
_JIHADIST = frozenset(
    {"isis", "isis-k", "hts", "al-qaeda", "aqap", "al-shabaab", "boko-haram", "jund-al-aqsa"}
)
# Armed groups fighting on a state's side ("pro-assad-regime/gunmen": allied militias).
_LOYALIST = frozenset({"hezbollah", "pmf", "wagner"})
_ISLAMIC_STATE = frozenset({"isis", "isis-k"})
# Words that make a description mean a jihadist group: "the jihadists", "the extremist group".
_JIHADIST_WORDS = frozenset(
    {"jihadist", "jihadists", "extremist", "extremists", "takfiri", "takfiris"}
)
# Words of an armed opposition: "the rebels", "the opposition group" (not IS, not loyalists).
_REBEL_WORDS = frozenset({"rebel", "rebels", "opposition"})
_INSURGENT_WORDS = frozenset({"insurgent", "insurgents"})
# "US-backed", "Qaeda-linked": the name is the group's sponsor or ally, not the group
_SPONSOR = re.compile(
    r"-(?:backed|led|linked|affiliated|allied|aligned|inspired|sponsored|supported|held|"
    r"controlled|based|run|trained|armed)$",
    re.IGNORECASE,
)


def is_jihadist(actor_id: str, label: str) -> bool:
    """Return whether an actor is a jihadist group ("isis"; "Al-Qaeda in the Islamic Maghreb")."""
    return actor_id in _JIHADIST or "qaeda" in label.lower()


def is_loyalist(actor_id: str) -> bool:
    """Return whether an armed group fights on a state's side ("hezbollah", "pro-.../gunmen")."""
    return actor_id in _LOYALIST or actor_id.startswith("pro-")


def named_inside(gaz: Gazetteer, words: list[str]) -> str:
    """Return the actor whose name a description writes ("the Kurdish YPG militia": "ypg").

    A name before "-backed", "-linked" names someone else ("the US-backed rebels"): "".
    """
    own = " ".join(w for w in words if _SPONSOR.search(w) is None)
    named = [m for m in gaz.find_mentions(own) if m.via in ("alias", "id")]
    return named[0].actor_id if named else ""


def description_fits(gaz: Gazetteer, words: list[str], ref: Ref) -> bool:
    """Return whether an earlier mention's actor can be what a description means.

    Args:
        gaz: The actor gazetteer.
        words: The description's words ("the", "extremist", "group").
        ref: The candidate antecedent ("hezbollah").

    Returns:
        False for a group of another kind than the description's words say ("the
        jihadists" and Hezbollah; "the rebels" and the Islamic State or a loyalist
        militia) or of another country than its demonym ("the Syrian rebels" and an
        Iraqi group); True otherwise.
    """
    lowered = {w.lower() for w in words}
    if lowered & _JIHADIST_WORDS and not is_jihadist(ref.actor_id, ref.label):
        return False
    if lowered & (_REBEL_WORDS | _INSURGENT_WORDS) and is_loyalist(ref.actor_id):
        return False
    if lowered & _REBEL_WORDS and ref.actor_id in _ISLAMIC_STATE:
        return False
    return _same_country(gaz, words, ref)


def _same_country(gaz: Gazetteer, words: list[str], ref: Ref) -> bool:
    # "the Lebanese group" may be Hezbollah, "the Syrian rebels" are not the Iraqi-coded IS
    demonyms = [m for m in gaz.find_mentions(" ".join(words)) if m.via == "demonym"]
    actor = gaz.get(ref.actor_id)
    if not demonyms or actor is None or not actor.country:
        return True
    return any(getattr(gaz.get(m.actor_id), "country", "") == actor.country for m in demonyms)
