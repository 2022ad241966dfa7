"""Clauses that say which side a party fights on: who it is, not a new act (private).

News names a party by the war it is in: "a coalition fighting the militia", "rebels
battling to topple the king", "Kurds who have been fighting the jihadists", "groups
that had fought against the front". Such a modifier identifies the party the sentence
is about (what it did is told by the sentence's own verb); no coder codes a new FIGHT
from it. Two forms say so:

- a present participle on a noun: "armed groups fighting against the front" (a copula's
  complement says what its subject does: "the brigade is the main force fighting the
  front" keeps the brigade's FIGHT);
- a relative clause whose subject is the pronoun, in a progressive or perfect tense:
  "the militia, which is fighting alongside the army", "fighters who have fought the
  group on several fronts", "rebels that had fought the jihadists".

A clause with its own time tells a fight on that day and stays an event: "rebels
fighting the army on Monday", "fighters who had battled the militia last week". So does
a relative clause in the simple past ("the fighters who battled the militia were
killed"): the reporter tells the fight as an act, not as who they are. Fighting back
is a response to an attack, an act of its own: "militants who have fought back with
car bombs".
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import TIME_LABELS, word_set
from .spans import child, is_relative

__all__ = ["identifies_fighter"]

# Verbs of taking part in a war.
_COMBAT = word_set("fight battle combat")
# Prepositions of a stretch of time, which say how long the side has fought, not when
# it fought: "fighting the army since 2012", "battling the militia for six years".
_STRETCH = word_set("since for during throughout over")
# Clauses inside the modifier have their own times: "fighting the group which seized
# the town on Monday" tells no date of the fighting.
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj"})


def identifies_fighter(verb: Token) -> bool:
    """Return whether a clause of combat identifies the party it modifies.

    Args:
        verb: The clause's predicate ("fighting" in "a coalition fighting the militia").
    """
    if verb.lemma_.lower() not in _COMBAT or _has_own_time(verb):
        return False
    if any(k.dep_ in {"prt", "advmod"} and k.lower_ == "back" for k in verb.children):
        return False  # "militants who have fought back with car bombs": a counter-attack
    if verb.dep_ == "acl":
        # "armed groups fighting against the front"; but "the brigade is the main force
        # battling the rebels" says the brigade battles them
        noun = verb.head
        return verb.tag_ == "VBG" and noun.pos_ in {"NOUN", "PROPN"} and noun.dep_ != "attr"
    clause = verb.head if verb.dep_ == "conj" and child(verb, "nsubj") is None else verb
    if clause.dep_ != "relcl":
        return False
    pronoun = child(clause, "nsubj")
    return pronoun is not None and is_relative(pronoun) and _ongoing_or_prior(verb)


def _ongoing_or_prior(verb: Token) -> bool:
    """Return whether a verb is progressive or perfect: "is fighting", "had fought"."""
    aux = {k.lemma_.lower() for k in verb.children if k.dep_ == "aux"}
    if verb.tag_ == "VBG":
        return "be" in aux  # "which is fighting", "who have been fighting"
    return verb.tag_ == "VBN" and "have" in aux  # "who have fought", "that had fought"


def _has_own_time(verb: Token) -> bool:
    """Return whether the clause says when it fought: "on Monday", "last week"."""
    for tok in verb.subtree:
        if tok.ent_type_ not in TIME_LABELS or tok.i == verb.i:
            continue
        path = _path_up(tok, verb)
        if any(k.dep_ in _CLAUSES for k in path):
            continue  # "fighting the group which seized the town on Monday"
        preps = [k for k in path if k.dep_ == "prep"]
        if not preps or preps[0].lower_ not in _STRETCH:
            return True  # "on Monday", "last week"; not "since 2012", "for six years"
    return False


def _path_up(tok: Token, verb: Token) -> list[Token]:
    """Return ``tok`` and its heads up to, not including, ``verb`` (one of its heads)."""
    path = []
    while tok.i != verb.i:
        path.append(tok)
        tok = tok.head
    return path
