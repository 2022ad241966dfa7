"""Wrongs committed: "committed war crimes against civilians" (private).

A crime, an atrocity or a violation is an act like an attack: what "commit",
"perpetrate" or "condemn" is done to is the act, not a side (see
:func:`graph.extract.eventtargets.names_act`); whom it wronged is its "against" or
"on" phrase: "the militia committed atrocities against the villagers" -> the villagers.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .spans import child, conjuncts, join_tokens, np_span, verb_group

# Nouns of wrongdoing (an attack noun is an event noun already: "a massacre").
_WRONG_NOUNS = frozenset(
    {"crime", "atrocity", "violation", "abuse", "breach", "offence", "offense", "outrage"}
)
# Verbs that commit a wrong.
_COMMIT_VERBS = frozenset({"commit", "perpetrate"})
# What an "against" phrase names in the name of a kind of crime, no side wronged: "crimes
# against humanity", "crimes against peace".
_CRIME_KINDS = frozenset({"humanity", "peace"})


def is_wrong(noun: Token) -> bool:
    """Return whether ``noun`` names a wrong done: "war crimes", "violations", "abuses"."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _WRONG_NOUNS


def participle_head(verb: Token) -> Token:
    """Return the noun a participle is done to: its head, or the crime a crime kind names.

    "the raid carried out by jets" -> raid; "crimes against humanity committed by X",
    "crimes against civilians committed by X" -> crimes (the parser may hang a committing
    participle on the wrong's "against" phrase).
    """
    head = verb.head
    prep = head.head
    committed = verb.lemma_.lower() in _COMMIT_VERBS
    if committed and head.dep_ == "pobj" and prep.lower_ == "against" and is_wrong(prep.head):
        return prep.head  # "crimes against civilians committed by X": the crimes
    return head


def wronged(verb: Token, act: Token) -> tuple[list[Span], str] | None:
    """Return whom a committed act wronged and the relation, or None.

    "committed war crimes against civilians" -> the civilians, relation "committed war
    crimes against"; "committed a massacre" names no one (None).
    """
    if verb.lemma_.lower() not in _COMMIT_VERBS:
        return None
    for prep in act.rights:
        pobj = child(prep, "pobj") if prep.dep_ == "prep" else None
        if pobj is None or prep.lower_ not in {"against", "on", "upon"}:
            continue
        if pobj.lower_ in _CRIME_KINDS and is_wrong(act):
            continue  # "committed crimes against humanity": the name of the crime
        particles = [kid for kid in verb.children if kid.dep_ == "prt"]
        words = [*verb_group(verb), verb, *particles, *act.doc[act.left_edge.i : prep.i + 1]]
        return [np_span(tok) for tok in conjuncts(pobj)], join_tokens(words)
    return None
