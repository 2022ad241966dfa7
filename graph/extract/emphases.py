"""Words about a need, an event or a gift that are no act of their subject (private).

Three shapes of clause read like acts of their subject but code none (the sentence's
act, if any, is elsewhere; the clause stays a fact):

* stressing a need: "the minister stressed the importance of the truce", "the council
  emphasised the importance of the talks" state a view, not an act on anyone;
* describing without naming: "a witness described the moment the shell hit", "residents
  described shortages of bread" report what happened ("described the raid as a
  massacre" names it, and stays a statement);
* receiving aid: "the rebels received ammunition", "residents received food from the
  UN" code the giver's aid, never the receiver's (the receiver gave nothing).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import word_set
from .spans import child

# Verbs of stressing a view.
_STRESSING = word_set(
    "stress emphasise emphasize underline underscore highlight reiterate reaffirm affirm"
)
# What is stressed when the verb states a view: the importance or the need of something.
_NEEDS = word_set("importance necessity need significance urgency")
# Verbs of receiving, and the classes of giving they would take from their object.
_RECEIVING = word_set("receive obtain get acquire")
_GIVING = frozenset({"AID", "SUPPORT"})
# A predicate that names what is described: "described the raid a massacre".
_PREDICATES = frozenset({"oprd", "xcomp", "ccomp", "acomp"})


def stresses_a_need(verb: Token, cls: str) -> bool:
    """Return whether a clause stresses the need of something: "stressed the importance of a truce".

    A need the dictionary reads as a demand stays one ("stressed the urgent need for a
    resumption of talks" may call for it: CAMEO's class decides).
    """
    obj = child(verb, "dobj")
    return (
        cls != "DEMAND"
        and verb.lemma_.lower() in _STRESSING
        and obj is not None
        and obj.lemma_.lower() in _NEEDS
    )


def describes_only(verb: Token) -> bool:
    """Return whether "describe" reports what happened without naming it as something.

    "A witness described the moment the shell hit" -> True; "the ministry described
    the raid as a massacre" -> False.
    """
    obj = child(verb, "dobj")
    if verb.lemma_.lower() != "describe" or obj is None:
        return False
    # the parser hangs "as" on the verb, its object or the name: "described the raid as
    # fabricated", "described the reports as untrue" (an adverb of "untrue")
    named = any(k.lower_ == "as" and k.i > obj.i for k in verb.subtree)
    return not named and not any(k.dep_ in _PREDICATES for k in verb.children)


def receives_aid(verb: Token, cls: str) -> bool:
    """Return whether a clause tells who received aid: "residents received food"."""
    return cls in _GIVING and verb.lemma_.lower() in _RECEIVING
