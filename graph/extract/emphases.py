"""Words about a need or an event that are no act of the speaker (private to extract).

Two shapes of comment read like acts but code nothing (the sentence's act, if any, is
elsewhere; the comment stays a fact crediting the speaker):

* stressing a need: "the minister stressed the importance of the truce", "the council
  emphasised the need for talks" state a view, not an act on anyone;
* describing without naming: "a witness described the moment the shell hit", "residents
  described shortages of bread" report what happened ("described the raid as a
  massacre" names it, and stays a statement).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import _words
from .spans import child

# Verbs of stressing a view.
_STRESSING = _words(
    "stress emphasise emphasize underline underscore highlight reiterate reaffirm affirm"
)
# What is stressed when the verb states a view: the importance or the need of something.
_NEEDS = _words("importance necessity need significance urgency")
# A predicate that names what is described: "described the raid a massacre".
_PREDICATES = frozenset({"oprd", "xcomp", "ccomp", "acomp"})


def stresses_a_need(verb: Token) -> bool:
    """Return whether a clause stresses the need of something: "stressed the need for talks"."""
    obj = child(verb, "dobj")
    return verb.lemma_.lower() in _STRESSING and obj is not None and obj.lemma_.lower() in _NEEDS


def describes_only(verb: Token) -> bool:
    """Return whether "describe" reports what happened without naming it as something.

    "A witness described the moment the shell hit" -> True; "the ministry described
    the raid as a massacre" -> False.
    """
    obj = child(verb, "dobj")
    if verb.lemma_.lower() != "describe" or obj is None:
        return False
    # "as" may hang on the verb or on its object: "described [the raid as a massacre]"
    heads = {verb.i, obj.i}
    named = any(k.lower_ == "as" and k.head.i in heads for k in verb.subtree)
    return not named and not any(k.dep_ in _PREDICATES for k in verb.children)
