"""Decisions taken: "the UN decided to suspend the convoys" tells of a suspension (private).

A plan or an intent leaves its act ahead ("the UN plans to suspend the convoys",
future), and so does a decision still to come ("the council will decide to ...", "may
decide to ..."). A decision told as taken, in the past or the perfect, is how news
tells that the act was done: "the school decided to close its doors" (it closed),
"Ankara has decided to recall its envoy". :func:`is_taken_decision` lets the
complement of such a "decide" keep its governor's modality (read by
:func:`graph.extract.clauses.modality`) instead of "future".
"""

from __future__ import annotations

from spacy.tokens import Token

from .modalwords import MODALS

# Tags of a verb told as done: "decided", "has decided", "had decided".
_PAST_TAGS = frozenset({"VBD", "VBN"})


def is_taken_decision(head: Token) -> bool:
    """Return whether ``head`` is a "decide" told as taken, with no modal of its own.

    "the UN decided (has decided) to suspend the convoys" -> True; "the UN will decide
    (may decide, plans to decide) to suspend ..." -> False.
    """
    if head.lemma_.lower() != "decide" or head.tag_ not in _PAST_TAGS:
        return False
    return not any(kid.dep_ == "aux" and kid.lower_ in MODALS for kid in head.children)
