"""Claimed acts: who claims an attack is its doer, on that group's word (private).

"The Hawks Brigade claimed responsibility for the bombing of the station", "the group
claimed the raid on the depot", "an attack claimed by the Hawks Brigade killed nine" and
"the blast, which the brigade claimed, wrecked a bakery" name who did the act only by a
claim. :func:`claimer` finds the group that claims the act a noun names; the act is
then that group's, stated and credited to it (:func:`claimed_doer`), as event coders
code a claimed attack. A denial or a claim nobody made ("no group claimed the attack")
names no doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from .spans import child, is_relative

__all__ = ["claimed_doer", "claimer"]

# Verbs of owning an act: "claimed (took, assumed) responsibility for the attack".
_OWNING_VERBS = frozenset({"claim", "take", "assume", "accept", "admit"})
# What is owned: "responsibility for", "credit for".
_OWNED_NOUNS = frozenset({"responsibility", "credit"})
_DOER_DEPS = frozenset({"nsubj", "nsubjpass"})


def claimer(noun: Token) -> Token | None:
    """Return who claims the act ``noun`` names, or None.

    "X claimed responsibility for the attack", "X claimed the attack", "the attack was
    claimed by X", "an attack claimed by X", "the attack which X claimed" -> X.
    """
    verb = _claiming_verb(noun)
    if verb is None:
        verb = next((k for k in noun.children if _is_claim(k) and k.dep_ in {"acl", "relcl"}), None)
    if verb is None or any(k.dep_ == "neg" for k in verb.children):
        return None
    agent = child(verb, "agent")
    who = child(agent, "pobj") if agent is not None else child(verb, "nsubj")
    if who is None or is_relative(who) or who.pos_ in {"PRON", "NUM"}:
        return None
    if any(k.dep_ == "det" and k.lower_ in {"no", "any"} for k in who.children):
        return None  # "no group claimed the attack"
    return who


def _is_claim(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "claim"


def _claiming_verb(noun: Token) -> Token | None:
    """Return the verb whose object (or passive subject) the claimed act is, or None."""
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and _is_claim(head):
        return head  # "claimed the raid", "the raid was claimed by X"
    if noun.dep_ != "pobj" or head.lower_ != "for":
        return None
    owned = head.head
    verb = owned.head
    if owned.lemma_.lower() not in _OWNED_NOUNS or owned.dep_ != "dobj":
        return None
    return verb if verb.lemma_.lower() in _OWNING_VERBS else None


def claimed_doer(clause: Token, nouns: list[Token]) -> Token | None:
    """Return who claims the act that, among ``nouns`` (who may have done ``clause``), did it.

    "an attack claimed by X killed nine", "X claimed an attack that killed nine", "nine
    were killed in a raid claimed by X" -> X: the killing is X's on X's word.
    """
    if _is_claim(clause):
        return None  # "the attack (which was) claimed by X": the claim is X's own act
    for noun in nouns:
        who = claimer(noun)
        if who is not None:
            return who
    return None


def doers(clause: Token) -> list[Token]:
    """Return ``clause``'s subjects, the antecedent of a relative subject included."""
    found = []
    # "the raid which killed ten", "the raid which it says killed ten": the raid
    relative = clause.dep_ == "relcl" or clause.dep_ == "ccomp" and clause.head.dep_ == "relcl"
    noun = clause.head if clause.dep_ == "relcl" else clause.head.head
    for kid in clause.children:
        if kid.dep_ in _DOER_DEPS:
            found.append(noun if is_relative(kid) and relative else kid)
    return found
