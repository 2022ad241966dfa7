"""Causative verbs: who does the act they tell.

"The shelling forced (prompted, led, drove) the rebels to withdraw" and "Russia helped
the army (to) retake the town" tell that the rebels withdrew and the army retook the town
(lexicon.IMPLICATIVE_CAUSATIVES: the object does the complement, asserted). In "drove
the villagers to flee", "helping the regime to regain ground" the parser reads the
infinitive as a purpose of the causer (an advcl); :func:`caused_doer` gives its doer, the
object (:mod:`graph.extract.arguments`, :mod:`graph.extract.rules`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import IMPLICATIVE_CAUSATIVES
from .spans import child

__all__ = ["caused_doer"]


def caused_doer(verb: Token) -> Token | None:
    """Return who does an infinitive misread as a causer's purpose, if any.

    "the bombing drove the villagers to flee" -> the villagers (not the bombing);
    "the army shelled the town to drive out the rebels" keeps its purpose.
    """
    head = verb.head
    if (
        verb.dep_ != "advcl"
        or head.i == verb.i
        or head.lemma_.lower() not in IMPLICATIVE_CAUSATIVES
    ):
        return None
    if not any(k.tag_ == "TO" for k in verb.children) or child(verb, "nsubj") is not None:
        return None
    obj = child(head, "dobj")
    return obj if obj is not None and head.i < obj.i < verb.i else None
