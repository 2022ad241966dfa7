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
from .lexicon import SPEECH_VERBS, word_set
from .modalwords import CONTROL_MODALITY, DIRECTIVE_VERBS
from .senses import names_an_event

__all__ = ["is_demanded", "obliging_statement"]

_DEMAND = Code("100", "DEMAND", "")
# Verbs of saying and stressing whose clause may carry a demand.
_SAYING = word_set(
    "say add stress insist emphasize emphasise underline underscore reiterate affirm reaffirm "
    "assert state"
)
_OBLIGING = word_set("must should")
# Clauses that ask or wonder rather than state: "whether it should", "how they must".
_ASKING = word_set("if whether how why when what who")
# Clause verbs that state a state or a course, not an act demanded: "should be ready".
_STATIVE = word_set("be have become remain seem arrive happen")
_PARTY_LABELS = frozenset({"NORP", "ORG", "GPE", "PERSON"})
# Parties the agent-noun list lacks: "world powers must respond", "member states should".
_PARTY_NOUNS = word_set("power powers state states")


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


_FIRST_PERSON = word_set("i we")
# Verbs of saying, asking or proposing: their clause has a party that demands it.
_DEMANDING = (
    _SAYING
    | SPEECH_VERBS
    | DIRECTIVE_VERBS
    | frozenset(verb for verb, mood in CONTROL_MODALITY.items() if mood == "should")
)


def is_demanded(clause: Token) -> bool:
    """Return whether a "should" clause may be someone's demand: "X said Y must withdraw".

    A clause under a verb of saying, asking or proposing ("urged the rebels to
    withdraw", "proposed that both armies pull back", "... must disarm the minister
    said") has a party that demands it, and so may a party's own "must" ("Dorvan must
    stop the raids", "the prisoners must be freed"). A "should" of a thing's course or of
    the speaker's own duty, which no one utters, demands nothing: "the convoy should
    arrive on Monday", "we must defend our villages"; nor does the "should" of a
    condition ("should the talks fail").
    """
    if _is_inverted_condition(clause):
        return False
    tok = clause
    for _ in range(8):
        if tok.dep_ == "ROOT" or tok.head is tok:
            return _has_tail_tag(tok) or _obliges_party(clause)
        tok = tok.head
        if tok.lemma_.lower() in _DEMANDING:
            return True
    return True


def _obliges_party(clause: Token) -> bool:
    """Return whether an unreported "should" clause obliges a party, or is passive.

    "Dorvan must stop the raids", "the prisoners must be freed"; not "the convoy
    should arrive", "we must defend our villages".
    """
    while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head
    kids = list(clause.children)
    if any(k.dep_ == "auxpass" for k in kids):
        return True
    subjects = [k for k in kids if k.dep_ == "nsubj"]
    if not subjects:
        return True
    subject = subjects[0]
    if subject.lower_ in _FIRST_PERSON:
        return False
    return subject.pos_ == "PRON" or _other_party(subject)


def _is_inverted_condition(clause: Token) -> bool:
    # "should the talks fail, ...": "should" before its subject
    should = next((k for k in clause.children if k.dep_ == "aux" and k.lower_ == "should"), None)
    subj = next((k for k in clause.children if k.dep_ in {"nsubj", "nsubjpass"}), None)
    return should is not None and subj is not None and should.i < subj.i


def _has_tail_tag(clause: Token) -> bool:
    """Return whether a speech tag follows a main clause: "... must withdraw the envoy said".

    Without a comma the parser hangs the tag inside the clause (often as a relative
    clause of its last noun); a tag has a subject and no clause or object of its own.
    """
    return any(
        tok.i > clause.i
        and tok.dep_ in {"relcl", "parataxis", "ccomp", "advcl", "conj"}
        and tok.lemma_.lower() in _DEMANDING
        and any(k.dep_ == "nsubj" for k in tok.children)
        and not any(k.dep_ in {"ccomp", "dobj"} for k in tok.children)
        for tok in clause.subtree
    )


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
