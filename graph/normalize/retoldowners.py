"""An attack told through its weapon, retold next with a doer the story gave it (issue 14).

A lead often tells an attack twice before it names the doer: "Air raids kill 12 in
Tarsk. Air raids on the village of Tarsk killed 12 people on Tuesday. The monitor said
the raids were most likely carried out by Karvonian jets." The second telling takes
its doer from the hedge right after it (:mod:`graph.normalize.suspects`), but the first
one, two sentences from the hedge, stays nobody's. Once the document's attacks have
their owners (:mod:`graph.normalize.attackers`), an attack still without one takes the
doer of the next sentence's retelling when that doer is named only after the attack's own
sentence (one named up to it was already weighed, and passed over, when the owners were
looked for: "Mortar fire kills two, as the army pressed on" stays unowned), under the
rules of :func:`graph.normalize.retold.retold_by` (the same act, the same count or the same
victims, one side only, no other place or day, no doubt of the doer said there). A doer
guessed for the retelling stays a guess, credited to the guesser.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from ..model import Event
from .agentless import is_unowned_fact
from .attackers import is_unowned_attack, taken_by
from .guessedowners import is_guessed_retelling
from .namedattacks import attack_sentences, is_named_attack
from .retold import retold_by

__all__ = ["owned_by_retelling"]


def owned_by_retelling(
    events: Iterable[Event], *, day: str = "", sentences: Mapping[int, str] | None = None
) -> Iterator[Event]:
    """Yield one document's events, an unowned attack taking its next retelling's doer.

    Args:
        events: The normalised events of one document, owners already looked for.
        day: The document's date (ISO 8601).
        sentences: The document's sentence texts by index.
    """
    batch = list(events)
    texts = dict(sentences or {})
    texts.update((e.provenance.sentence_index, e.provenance.sentence) for e in batch)
    # a retelling given a guessed doer lends it as a guess (see guessedowners.as_guess)
    named = [e for e in batch if is_named_attack(e) or is_guessed_retelling(e)]
    # only a retelling given its doer from the story is new since the owners were looked for
    retold = any(e.instrument for e in named)
    first = [_first_told(e.actor, texts) for e in named] if retold else []
    closed = attack_sentences(batch)
    for event in batch:
        if retold and (is_unowned_attack(event) or is_unowned_fact(event, batch)):
            here = event.provenance.sentence_index
            # a doer named up to the attack's own sentence was weighed when owners were
            # looked for ("Mortar fire kills two ... as the army pressed on"): not again
            later = [e for e, told in zip(named, first, strict=True) if told > here]
            owner = retold_by(event, later, texts, day, closed)
            event = taken_by(event, owner, guess=True) if owner is not None else event
        yield event


def _first_told(doer: str, texts: Mapping[int, str]) -> int:
    """Return the index of the first sentence that names ``doer`` in these words (-1: none)."""
    return min((i for i, text in texts.items() if doer in text), default=-1)
