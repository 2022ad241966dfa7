"""Munitions listed after the first one that the tagger reads as verbs (private).

"The militia fired dozens of rockets and shells into the old town": after "and" the
tagger often reads a plural munition as a present-tense verb ("shells", "rounds"), so
the list stops at the first munition, and the aim phrase the parser hangs on the last
one ("into the old town") is lost with it. :func:`listed_munitions` gives those words
back to the list, so the phrase still names where the munitions were sent.
"""

from __future__ import annotations

from spacy.tokens import Token

from .landings import is_munition
from .spans import child

__all__ = ["listed_munitions"]


def listed_munitions(*heads: Token) -> list[Token]:
    """Return the munitions joined to ``heads`` that the parser tore from the list.

    "fired 30 rockets and mortar rounds into the town" -> "rounds" (tagged a verb);
    "launched scores of rockets and shells onto the town" -> "shells" (joined to the
    count "hundreds", not to "rockets"); "fired rockets and projectiles into the town"
    -> "projectiles" (joined to "fired" itself). A real verb after "and" has a
    subject or an object of its own and is left out, as is any word that names no
    munition ("fired rockets and fled").
    """
    found: dict[int, Token] = {}
    for head in heads:
        joined = [*head.rights]
        if head.dep_ == "dobj":
            joined += [k for k in head.head.rights if k.i > head.i]
        found |= {kid.i: kid for kid in joined if _is_torn(kid)}
    return [kid for i, kid in sorted(found.items()) if i not in {h.i for h in heads}]


def _is_torn(kid: Token) -> bool:
    # a munition joined to a munition or to its count may be tagged a verb; one joined
    # to the verb that fired it is read as a second verb's object-less conjunct
    return (
        kid.dep_ == "conj"
        and kid.pos_ in {"NOUN", "PROPN", "VERB", "AUX"}
        and is_munition(kid)
        and child(kid, "nsubj", "dobj", "nsubjpass") is None
    )
