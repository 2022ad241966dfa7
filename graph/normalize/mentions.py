"""The mentions of one document in text order, and the search for an antecedent among them.

:class:`graph.normalize.coref.Document` records every mention it finds (gazetteer actors,
places, titled persons, definite descriptions, resolved event spans) in a
:class:`MentionList` and asks it for the most recent compatible one.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from .phrase import Ref


@dataclass(slots=True)
class Mention:
    """A mention of an actor or place: where it starts and what it refers to."""

    sent: int
    start: int
    ref: Ref | None  # None: a definite description not resolved yet
    plural: bool = False
    accepts: tuple[str, ...] = ()
    head: str = ""  # head noun of a remembered event span ("fighters")
    locative: bool = False  # a country named as a place ("sources inside Syria")
    end: int = -1  # where the mention ends (-1: unknown)
    modifier: bool = False  # a demonym used as an adjective ("Syrian" of "Syrian troops")


@dataclass(slots=True)
class MentionList:
    """The mentions of one document, sorted by (sentence, start).

    Args:
        compatible: Whether a ref can stand for an anaphor that accepts these actor
            types (the document knows which places are cities).
    """

    compatible: Callable[[Ref | None, Collection[str]], bool] = field(repr=False)
    _mentions: list[Mention] = field(default_factory=list)
    _keys: list[tuple[int, int]] = field(default_factory=list)  # (sent, start) of _mentions

    def add(self, mention: Mention) -> None:
        """Insert a mention in order; at a taken position, keep the first (lend it a head noun)."""
        key = (mention.sent, mention.start)
        i = bisect.bisect_left(self._keys, key)
        if i < len(self._keys) and self._keys[i] == key:
            taken = self._mentions[i]
            if taken.modifier and mention.ref is not None:
                self._mentions[i] = mention  # "Syrian troops" as an event's actor, not "Syrian"
                return
            taken.head = taken.head or mention.head
            return
        self._keys.insert(i, key)
        self._mentions.insert(i, mention)

    def saved(self) -> tuple[list[Mention], list[tuple[int, int]]]:
        """Return the mentions as they stand, for :meth:`restore` after a trial reading."""
        return list(self._mentions), list(self._keys)

    def restore(self, state: tuple[list[Mention], list[tuple[int, int]]]) -> None:
        """Put back the mentions :meth:`saved` returned (a trial reading left no trace)."""
        self._mentions, self._keys = list(state[0]), list(state[1])

    def antecedent(
        self,
        accept: Callable[[Mention], bool],
        sent: int,
        pos: int,
        *,
        recency: bool = False,
        window: int | None = None,
    ) -> Ref | None:
        """Return the ref of the first accepted mention before ``(sent, pos)``, if any.

        ``recency`` orders nearest first throughout; ``window`` is how many earlier
        sentences to look at (default: all).
        """
        found = self.find(accept, sent, pos, recency=recency, window=window)
        return found.ref if found is not None else None

    def find(
        self,
        accept: Callable[[Mention], bool],
        sent: int,
        pos: int,
        *,
        recency: bool = False,
        window: int | None = None,
        subject_first: bool = False,
    ) -> Mention | None:
        """Return the first accepted mention before ``(sent, pos)`` (see :meth:`antecedent`).

        ``subject_first`` reads the pronoun's own sentence from its start too (a subject
        pronoun: "Lavrov, speaking with Steinmeier, said he ..." means Lavrov).
        """
        # Pronouns: nearest first in their own sentence, then earlier sentences each
        # from its start (subject first). Descriptions ("the city"): nearest first throughout.
        # _mentions is sorted by (sentence, start), so the mentions before (sent, pos)
        # (within the window) are one slice of it.
        first = sent - window if window is not None else -1
        lo = bisect.bisect_left(self._keys, (first, -1))
        split = bisect.bisect_left(self._keys, (sent, -1), lo)
        hi = bisect.bisect_left(self._keys, (sent, pos), split)
        if recency:
            order = self._mentions[lo:hi][::-1]
        else:
            # the sort is stable: earlier sentences last-first, each from its start
            earlier = sorted(self._mentions[lo:split], key=lambda m: -m.sent)
            own = self._mentions[split:hi]
            order = (own if subject_first else own[::-1]) + earlier
        for mention in order:
            if mention.ref is None and mention.accepts:
                mention.ref = self._resolve_description(mention)
            if mention.ref is not None and mention.ref.actor_id and accept(mention):
                return mention
        return None

    def accepted(
        self, accept: Callable[[Mention], bool], sent: int, pos: int, *, window: int
    ) -> list[Mention]:
        """Return every resolved, accepted mention before ``(sent, pos)`` in the window."""
        found: list[Mention] = []

        def record(mention: Mention) -> bool:
            if mention.ref is not None and accept(mention):
                found.append(mention)
            return False  # look at all of them

        self.find(record, sent, pos, window=window)
        return found

    def window(self, sent: int, pos: int) -> list[Mention]:
        """Return the mentions of sentence ``sent - 1`` and of ``sent`` before ``pos``, in order.

        Definite descriptions among them are resolved (to an empty ref when they cannot be).
        """
        lo = bisect.bisect_left(self._keys, (sent - 1, -1))
        hi = bisect.bisect_left(self._keys, (sent, pos), lo)
        found = self._mentions[lo:hi]
        for mention in found:
            if mention.ref is None and mention.accepts:
                mention.ref = self._resolve_description(mention)
        return found

    def _resolve_description(self, mention: Mention) -> Ref:
        accepts = mention.accepts
        inner = self._named_inside(mention)
        if inner is not None:
            return inner  # "The Turkish army": Turkey's, not an earlier army's
        found = self.antecedent(
            lambda m: self.compatible(m.ref, accepts), mention.sent, mention.start, recency=True
        )
        return found or Ref("", "", "")

    def _named_inside(self, mention: Mention) -> Ref | None:
        """Return the one actor a demonym inside a description names ("The Turkish army")."""
        lo = bisect.bisect_right(self._keys, (mention.sent, mention.start))
        hi = bisect.bisect_left(self._keys, (mention.sent, mention.end), lo)
        inner = [m for m in self._mentions[lo:hi] if m.modifier and m.ref is not None]
        refs = {m.ref for m in inner if m.ref is not None and m.ref.actor_id}
        if len(inner) != 1 or len(refs) != 1:
            return None
        ref = refs.pop()
        # a state's army of no entry of its own is the state ("The Turkish army" is Turkey)
        army = "military" in mention.accepts and ref.actor_type == "country"
        return ref if army or self.compatible(ref, mention.accepts) else None
