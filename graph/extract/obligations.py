"""A statement of what another party must do is a demand (private to :mod:`graph.extract`).

"The minister stressed that Dorvan must withdraw its troops", "Karvonia said all fighters
should leave the port": the speaker demands (PLOVER REQUEST, our DEMAND) what the clause
says someone must or should do; the statement is its vehicle. A clause that only predicts
("said the war will have to end"), asks ("asked whether it should respond") or hangs in a
condition is no demand, nor is one whose subject is no other party: the speaker's own
duty ("Russia said it must respond", "said we must defend our country") or a thing's
expected course ("said the convoy should arrive on Monday").
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .lexicon import _words
from .senses import names_an_event

__all__ = ["obliging_statement"]

_DEMAND = Code("100", "DEMAND", "")
# Verbs of saying and stressing whose clause may carry a demand.
_SAYING = _words(
    "say add stress insist emphasize emphasise underline underscore reiterate affirm reaffirm "
    "assert state"
)
_OBLIGING = _words("must should")
# Clauses that ask or wonder rather than state: "whether it should", "how they must".
_ASKING = _words("if whether how why when what who")
# Clause verbs that state a state or a course, not an act demanded: "should be ready".
_STATIVE = _words("be have become remain seem arrive happen")
_PARTY_LABELS = frozenset({"NORP", "ORG", "GPE", "PERSON"})
# Parties the agent-noun list lacks: "world powers must respond", "member states should".
_PARTY_NOUNS = _words("power powers state states")


def obliging_statement(verb: Token) -> Code | None:
    """Return a DEMAND for a statement whose clause says what someone must or should do.

    "stressed that the regime must stop the raids", "said the inspectors should be
    given access"; not "said the talks would go on", "asked if they should respond".
    """
    if verb.lemma_.lower() not in _SAYING or verb.dep_ in {"ccomp", "xcomp", "relcl"}:
        return None  # "asked if he said they must": only a main statement demands
    if any(t.lower_ == "?" for t in verb.sent):
        return None  # "when will the world insist that this must stop?"
    clauses = [k for k in verb.children if k.dep_ == "ccomp" and k.pos_ in {"VERB", "AUX"}]
    return _DEMAND if any(_obliges(c) for c in clauses) else None


def _obliges(clause: Token) -> bool:
    """Return whether a clause's own verb says "must" or "should" of a subject it names."""
    kids = list(clause.children)
    if any(k.dep_ == "mark" and k.lower_ in _ASKING for k in kids):
        return False
    subjects = [k for k in kids if k.dep_ in {"nsubj", "nsubjpass"}]
    if not any(_other_party(s) for s in subjects):
        return False  # "said it must respond", "said the convoy should arrive"
    passive = any(k.dep_ == "auxpass" for k in kids)
    if clause.lemma_.lower() in _STATIVE and not passive:
        return False  # "said the army should be ready": no act demanded
    return any(k.dep_ == "aux" and k.lower_ in _OBLIGING for k in kids)


def _other_party(subject: Token) -> bool:
    """Return whether a clause subject is a party other than the speaker, or its act.

    "Dorvan", "all fighters", "world powers", "those responsible", "the raids" (someone's
    raids must stop); not a pronoun ("it", "we", "they", "there") nor a thing ("the
    convoy", "the aid").
    """
    from .agentnouns import is_agent_noun  # agentnouns -> eventnouns -> classify -> here

    if subject.lower_ == "those" and any(k.dep_ in {"amod", "relcl"} for k in subject.children):
        return True  # "those responsible should be held to account"
    if subject.pos_ == "PRON" or subject.tag_ == "EX":
        return False
    if subject.pos_ == "PROPN" or subject.ent_type_ in _PARTY_LABELS:
        return True
    if subject.lower_ in _PARTY_NOUNS or is_agent_noun(subject.lower_):
        return True
    return names_an_event(subject)
