"""A toll told in two passives: who hurt them named once, for both (private).

"Two guards were killed, and a cook was wounded by rebel shelling": the parser
hangs the "by" phrase on the second passive only, but a toll's two harms are one
attack's, so its agent is the first passive's too. Only harm verbs (kill, injure,
wound ...) share it, each passive with its own victims and auxiliary, and only forward
(the agent comes after the passive that lacks one): "was arrested and later killed by
X" tells two acts, and may have two doers, so nothing is shared there; nor is it when
the first passive has a phrase of its own ("killed in rocket fire ... one hurt by X").

"Nine were killed and 14 injured as troops stormed the village": the time clause hangs
on the bare second participle and tells how its victims were hurt as well.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import HURT_VERBS
from .spans import child

__all__ = ["later_toll_agent"]

# Prepositions of a phrase that may tell a passive's own cause: "killed in X shelling".
_CAUSE_PREPS = frozenset({"in", "during", "amid", "under", "from", "after"})


def later_toll_agent(verb: Token) -> Token | None:
    """Return the "by" agent of a harm passive coordinated after ``verb``, if it names one.

    "A boy was killed and six others were wounded by militia fire" -> "fire" for "killed".
    """
    if not _is_toll_passive(verb) or child(verb, "agent") is not None:
        return None
    if any(k.dep_ == "prep" and k.lower_ in _CAUSE_PREPS for k in verb.children):
        return None  # "were killed in rocket fire by X ... one was hurt by Y": its own cause
    # only the next passive tells the same toll: "four were killed and 43 hurt in X's
    # shelling, and one was hurt by Y" gives Y nothing of the four.
    later = next((k for k in verb.children if k.dep_ == "conj" and k.i > verb.i), None)
    if later is None or not _is_toll_passive(later):
        return None
    agent = child(later, "agent")
    return child(agent, "pobj") if agent is not None else None


def _is_toll_passive(verb: Token) -> bool:
    # a harm passive with its own victims: "six others were wounded".
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in HURT_VERBS
        and child(verb, "auxpass") is not None
        and child(verb, "nsubjpass") is not None
    )
