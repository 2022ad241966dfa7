"""Passive agents listed with their own "by", and participles with their own agent (private).

Two passive forms name more than one doer, or another doer, than the first "by" phrase:

* "by" repeated before each doer: "the governor has been backed by Qatar and by Sunni
  volunteers" -> Qatar backs him, and so do the volunteers (the parser hangs the second
  "by" on the first, not its noun on the first noun);
* a participle coordinated with a participle modifier, with its own agent: "a push led by
  a Kurdish militia and backed by the coalition" -> the coalition backs the push, not the
  militia that leads it.

And a participle modifier of the one side of "between" names one doer less: "clashes
between troops backed by tanks and Kurdish fighters" -> the fighters are the other side
of the clashes, not the troops' backers (:func:`graph.extract.sides.between_sides`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .agentnouns import is_someone
from .senders import is_lone_side
from .spans import child, conjuncts

__all__ = ["agent_heads", "has_own_agent", "names_doer"]

# Heads of a participle modifier: "a push led by X", "the push, which was led by X".
_MODIFIER_DEPS = frozenset({"acl", "relcl"})
# Names of doers after a later "by": "and by Iran", "and by the Kestrel Brigade".
_DOER_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def agent_heads(agent: Token) -> list[Token]:
    """Return the doers of a passive's "by" agent and of each "by" coordinated with it.

    "backed by Qatar and by Sunni volunteers" -> Qatar, volunteers; "backed by Qatar and
    Oman" -> Qatar, Oman (the conjuncts of the agent's noun). A later "by" counts only
    with someone after it: "shelled by the army and by night" -> the army.
    """
    pobj = child(agent, "pobj")
    heads = list(conjuncts(pobj)) if pobj is not None else []
    for by in (k for k in agent.children if k.dep_ == "conj" and k.lower_ == "by"):
        later = child(by, "pobj")
        if later is not None and names_doer(later):
            heads.extend(conjuncts(later))
    if len(heads) > 1 and is_lone_side(agent.head):
        return heads[:-1]
    return heads


def names_doer(noun: Token) -> bool:
    """Return whether a "by" phrase's noun names a doer (a name, a people, a group of people)."""
    # "and by Sunni volunteers", "and by Iran"; not "and by night", "by the end of May"
    return noun.ent_type_ in _DOER_LABELS or noun.pos_ == "PROPN" or is_someone(noun)


def has_own_agent(verb: Token) -> bool:
    """Return whether ``verb`` is a participle after a participle modifier, with its own agent.

    "a push led by a militia and backed by the coalition" -> backed (the coalition backs);
    "a push led and backed by the coalition" (no agent of its own: it shares the first's)
    and "troops entered the town and were shelled by jets" (no modifier) are not.
    """
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or child(verb, "agent") is None:
        return False
    first = verb.head
    return first.tag_ == "VBN" and first.dep_ in _MODIFIER_DEPS
