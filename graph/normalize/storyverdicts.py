"""What a story says of who did its attack, sentence by sentence: a claim or a doubt (issue 14).

"The Falcon Brigade later claimed the attack in a statement", "... in an attack claimed by
the Falcon Brigade", "the Falcon Brigade said one of its fighters blew himself up" name
the claimant; "There was no immediate claim of responsibility",
"it was unclear who was behind the blast" say no one is known. A claim of another attack
("another attack claimed by X", "bombings claimed by X last month", "that attack was
claimed by X"), of two sides, or in a sentence opening another story ("Meanwhile ...")
says nothing of this one. :mod:`graph.normalize.storyclaims` gives a bombing the verdict
nearest to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from ..model import Event
from .claimants import CLAIMING, NEW_STORY, doubts_bombing, side_of
from .phrase import DOER_TYPES

__all__ = ["OTHER_ATTACK", "claim_verdicts"]

# "X claimed (took) responsibility", "X claimed the attack" (CLAIMING); "claimed by X".
_PASSIVE_CLAIM = re.compile(r"\bclaimed\s+by\s+", re.IGNORECASE)
# A claim of an earlier or another attack: "another attack claimed by X", "bombings claimed
# by X last month", "a blast in February that was claimed by X", "many of which", "X has
# often claimed such attacks".
_MONTHS = "january february march april may june july august september october november december"
OTHER_ATTACK = re.compile(
    r"\b(?:another|previously|in\s+the\s+past|regularly|often|frequently|repeatedly|routinely|"
    r"(?:most|many|numerous|a\s+(?:series|string|spate)\s+of)\s+(?:\w+\s+)?(?:attacks|bombings|"
    r"blasts)|last\s+(?:\w+\s+)?(?:attack|bombing|blast|explosion)|last\s+(?:week|month|year)|"
    r"(?:previous|earlier|prior|past)\s+(?:\w+\s+)?(?:attacks?|bombings?|blasts?|explosions?)|"
    r"that\s+(?:attack|bombing|blast|explosion)|those|(?:many|some|most)\s+of\s+which|several|"
    rf"similar|including|(?:in|on|since|early|late|mid-?)\s*(?:{'|'.join(_MONTHS.split())}|"
    r"(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
# A group's word that its own man was the bomber: "X said in its statement that one of its
# fighters blew himself up", "X said two of its members detonated their vests".
_OWN_BOMBER = re.compile(
    r"\b(?:said|says|announced|stated)\b(?=[^.]{0,80}?\b(?:its|the\s+group'?s?)\s+(?:own\s+)?"
    r"(?:fighters?|members?|militants?|men|suicide\s+bombers?)\b[^.]{0,120}?(?:\b(?:blew|blown|"
    r"blowing|blow)\s+(?:himself|themselves|herself)\s+up\b|\bdetonat\w*|\bsuicide\b))",
    re.IGNORECASE,
)
# The words a claimant's name may stand apart from its claim: "X on Monday claimed", "X
# later claimed", "X has claimed".
_BETWEEN = re.compile(r"[\s\w()\[\]-]{0,30}")


def claim_verdicts(batch: Sequence[Event], texts: Mapping[int, str]) -> dict[int, Event | None]:
    """Return the sentences that say who did the story's attack: its claimant, or None (unknown).

    Args:
        batch: The document's normalised events (where the claimants' names resolve).
        texts: The document's sentences by index.
    """
    verdicts: dict[int, Event | None] = {}
    for index, text in texts.items():
        if NEW_STORY.match(text):
            continue
        if doubts_bombing(text):
            verdicts[index] = None  # "There was no immediate claim of responsibility"
            continue
        claimant = _claimant(text, batch)
        if claimant is not None:
            verdicts[index] = claimant
    return verdicts


def _claimant(text: str, batch: Sequence[Event]) -> Event | None:
    """Return the one side a sentence says claimed the attack it tells, or None."""
    found = [e for m in CLAIMING.finditer(text) for e in _named_before(text, m.start(), batch)]
    found += [e for m in _PASSIVE_CLAIM.finditer(text) for e in _named_at(text, m.end(), batch)]
    for match in _OWN_BOMBER.finditer(text):
        # "X said ...": X, or "one of its fighters" the story resolved to X
        found += _named_before(text, match.start(), batch) or _named_after(text, match.end(), batch)
    if not found or OTHER_ATTACK.search(text):
        return None
    return found[0] if len({side_of(e) for e in found}) == 1 else None


def _doers(batch: Sequence[Event]) -> Iterator[Event]:
    """Yield the events whose actor is a named side that may claim an attack."""
    for e in batch:
        if e.actor_type in DOER_TYPES and e.actor_id and "/" not in e.actor_id:
            yield e


def _named_before(text: str, at: int, batch: Sequence[Event]) -> list[Event]:
    """Return the doers named right before ``at``: "The Falcon Brigade (FB) later claimed"."""
    found = []
    for e in _doers(batch):
        start = text.rfind(e.actor, 0, at)
        if start >= 0 and _BETWEEN.fullmatch(text[start + len(e.actor) : at]):
            found.append((start, e))
    latest = max((s for s, _ in found), default=-1)
    return [e for s, e in found if s == latest]


def _named_after(text: str, at: int, batch: Sequence[Event]) -> list[Event]:
    """Return the doers of this sentence named after ``at``: "said one of its fighters"."""
    return [
        e for e in _doers(batch) if e.provenance.sentence == text and text.find(e.actor, at) >= 0
    ]


def _named_at(text: str, at: int, batch: Sequence[Event]) -> list[Event]:
    """Return the doers named right at ``at``: "claimed by the Falcon Brigade"."""
    return [e for e in _doers(batch) if text.startswith(e.actor, at)]
