"""A doer denied by its own determiner: "no group", "nobody", "none of them" (private).

"No group has claimed the bombing", "nobody will leave the city", "none of the factions
signed": the subject says that no one did it. A coder codes nothing: there is no actor,
and a negated act of no one is no event. Such a clause stays a relation fact, its actor
unresolved so that "no group" never becomes a party of the graph. "No aid entered the
town" or "the army fired no shots" are left to the other rules: a thing as subject is
already no doer, and a denied object negates its own verb; "neither X nor Y attacked"
names both, and denies an act of each.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import word_set

__all__ = ["names_nobody"]

# Pronouns that deny a doer on their own.
_NOBODY = word_set("nobody noone none neither")
# Determiners that deny the noun they go with: "no group", "neither side".
_DENYING = word_set("no neither")


def names_nobody(actor: Span) -> bool:
    """Return whether an actor phrase denies that anyone acts ("No group", "none of them")."""
    root = actor.root
    if root.lower_ in _NOBODY:
        return True
    return any(_denies(kid) for kid in root.children) or _no_one(actor)


def _denies(kid: Token) -> bool:
    # "No group", "no individual or group", "neither side"; not "neither Kalda nor
    # Osterby struck": the two are named, and the clause denies an act of each.
    denying = kid.dep_ == "det" and kid.lower_ in _DENYING and kid.i < kid.head.i
    return denying and not any(k.lower_ == "nor" for k in kid.head.children)


def _no_one(actor: Span) -> bool:
    # "no one", "No one": the tagger may make "one" a number with "no" before it
    words = [t.lower_ for t in actor]
    return words[:2] == ["no", "one"] and len(words) == 2
