"""Adverbial clauses that state their own act, whatever the clause they hang on (private).

A modal, a hedge or a plan in a main clause does not reach an adverbial clause with its
own subject and its own finite verb after a factive conjunction: "the toll could rise as
rescuers pulled more bodies from the rubble", "it would be the deadliest raid since
jets bombed the port in 2013", "the militia reportedly shelled the town while the army
withdrew from the hills" state the pulling, the bombing and the withdrawal as done. A
temporal clause in the past is as sure: "the army will retaliate after the rebels
ambushed a patrol". Under "would" a past temporal clause is the same hypothesis
("the city would be ruled by the council when it fell"), and a present one under "will"
lies ahead too ("the army will hold the town while the rebels regroup"), so those keep
the main clause's modality (:func:`graph.extract.clauses.modality`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .lexicon import word_set

__all__ = ["states_own_fact"]

# Conjunctions whose clause is presupposed: a cause, a concession, a simultaneous fact.
_FACTIVE = word_set("because since as while whereas although though")
# Conjunctions of time whose clause in the past tells of something done.
_TEMPORAL = word_set("after before when")
# Words before "as" that make it a condition or a time still to come: "as long as",
# "as soon as"; a mark after it makes a comparison: "as if", "as though".
_NOT_FACTIVE_AS = word_set("long soon far much well")
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def states_own_fact(clause: Token, governing_modality: Callable[[Token], str]) -> bool:
    """Return whether the adverbial ``clause`` states its own act, apart from its head's.

    Args:
        clause: An ``advcl`` verb ("pulled" in "the toll could rise as rescuers pulled").
        governing_modality: Gives the modality of the clause ``clause`` hangs on; asked
            only where the tense alone does not settle it.

    Returns:
        True for a factive conjunction with a finite clause of its own (in the present
        only outside "will" and "would"), or a past clause of time outside "would".
    """
    mark = _mark(clause)
    if clause.dep_ != "advcl" or mark is None or not _has_own_subject(clause):
        return False
    past = _is_past(clause)
    if mark in _FACTIVE and past:
        return True
    if mark in _FACTIVE and _is_finite(clause):
        return governing_modality(clause.head) not in {"future", "hypothetical"}
    if mark in _TEMPORAL and past:
        return governing_modality(clause.head) != "hypothetical"
    return False


def _mark(clause: Token) -> str | None:
    """Return the conjunction that opens ``clause`` ("as", "after"), or None.

    "as long as the truce holds", "as if the raid never happened" open no fact.
    """
    marks = [kid for kid in clause.children if kid.dep_ == "mark"]
    if len(marks) != 1:
        return None
    mark = marks[0]
    if mark.lower_ == "as" and mark.i > 0 and mark.doc[mark.i - 1].lower_ in _NOT_FACTIVE_AS:
        return None
    return mark.lower_


def _has_own_subject(clause: Token) -> bool:
    # "as rescuers pulled": a subject of its own, not a relative word or a gap.
    return any(kid.dep_ in _SUBJECTS and kid.tag_ not in {"WDT", "WP"} for kid in clause.children)


def _auxiliaries(clause: Token) -> list[Token]:
    return [kid for kid in clause.children if kid.dep_ in {"aux", "auxpass"}]


def _is_past(clause: Token) -> bool:
    # "as the rebels retreated", "after the convoy had left", "since it was seized".
    return clause.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in _auxiliaries(clause))


def _is_finite(clause: Token) -> bool:
    # "as civilians remain trapped", "while it is carrying out raids".
    return clause.tag_ in _FINITE or any(aux.tag_ in _FINITE for aux in _auxiliaries(clause))
