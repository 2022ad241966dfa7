"""The antecedent of a relative clause's subject pronoun (private).

The parser hangs a relative clause on the nearest noun, which news often makes a
place inside the phrase that names the real antecedent: "strikes on the market,
which wounded dozens" (the strikes wounded them), "17 fighters in the village, who
had crossed the border" (the fighters crossed it). A place does not wound and is no
"who"; the antecedent is then the noun the place's phrase hangs from.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .agentnouns import is_someone
from .eventnouns import is_event_noun
from .lexicon import FACILITY_NOUNS, PLACE_LABELS, PLACE_NOUNS
from .spans import antecedent, child, is_relative

_PERSONAL = frozenset({"who", "whom"})
# Prepositions of a place phrase hanging on the real antecedent ("strikes on the market").
_PLACE_PREPS = frozenset(
    {"in", "at", "near", "on", "onto", "into", "inside", "outside", "around", "across"}
    | {"along", "against", "by", "within"}
)


def subject_antecedent(verb: Token) -> Token:
    """Return what the subject pronoun of the relative clause ``verb`` stands for.

    Returns ``verb`` itself when no noun can be it (the clause then has no actor).
    """
    noun = antecedent(verb)
    pronoun = child(verb, "nsubj")
    if noun.i == verb.i or pronoun is None or not is_relative(pronoun):
        return noun
    if pronoun.lower_ in _PERSONAL:
        # "fighters in Daraya who had crossed": a person, not the place.
        if not _is_place(noun):
            return noun
        return _climb(noun, _is_person) or verb
    if child(verb, "dobj") is None or not _is_place(noun) or is_event_noun(noun):
        return noun
    # "strikes on the market which wounded dozens": what is done to a place hurts no one.
    return _climb(noun, is_event_noun) or verb


def _is_person(noun: Token) -> bool:
    return is_someone(noun) and not _is_place(noun)


def _is_place(noun: Token) -> bool:
    """Return whether a noun names a place: a place noun, or a name in a place phrase."""
    if noun.pos_ == "NOUN" and noun.lemma_.lower() in PLACE_NOUNS | FACILITY_NOUNS:
        return True
    # a name is a place only inside a place phrase: the tagger calls many groups FAC.
    return (
        noun.ent_type_ in PLACE_LABELS | {""}
        and noun.pos_ == "PROPN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in _PLACE_PREPS
    )


def _climb(noun: Token, wanted: Callable[[Token], bool]) -> Token | None:
    """Return the first noun (or a verb's object) up the PP chain of ``noun`` that is wanted."""
    tok = noun
    for _ in range(4):
        if tok.dep_ not in {"pobj", "compound"} or tok.head.i == tok.i:
            return None
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ not in _PLACE_PREPS | {"of"}:
            return None
        if head.pos_ == "VERB":
            # "fired rockets at a school which killed six": the rockets killed them.
            obj = child(head, "dobj")
            return obj if obj is not None and wanted(obj) else None
        if head.pos_ not in {"NOUN", "PROPN"}:
            return None
        if wanted(head):
            return head
        tok = head
    return None


def partitive_antecedent(subj: Token) -> Token | None:
    """Return the noun a partitive relative subject counts: "bombers, one of whom ..."."""
    # "the attack involved two bombers one of whom reached the gate": "one of whom" is
    # one of the bombers, the noun right before the phrase.
    of = next((k for k in subj.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    pobj = child(of, "pobj") if of is not None else None
    if pobj is None or pobj.lower_ not in {"whom", "which"}:
        return None
    before = subj.left_edge.i - 1
    while before >= subj.sent.start and subj.doc[before].is_punct:
        before -= 1
    noun = subj.doc[before] if before >= subj.sent.start else None
    return noun if noun is not None and noun.pos_ in {"NOUN", "PROPN"} else None


def reported_antecedent(verb: Token, pronoun: Token) -> Token | None:
    """Return what a relative pronoun stands for when a report sits between it and its verb.

    "the raid which the monitor said killed six" -> the raid (the raid killed six, as the
    monitor said); "the strikes which residents say were carried out by jets" -> the
    strikes. None when ``verb`` is no reported clause of a relative clause.
    """
    clause = verb.head
    if verb.dep_ != "ccomp" or clause.dep_ != "relcl" or not is_relative(pronoun):
        return None
    if pronoun.i > clause.i or child(clause, "nsubj") is None:
        return None  # ("which said ...": the pronoun is the one who says)
    noun = antecedent(clause)
    return noun if noun.i != clause.i else None
