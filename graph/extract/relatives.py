"""The antecedent of a relative clause's subject pronoun (private).

The parser hangs a relative clause on the nearest noun, which news often makes a
place inside the phrase that names the real antecedent: "strikes on the market,
which wounded dozens" (the strikes wounded them), "17 fighters in the village, who
had crossed the border" (the fighters crossed it). A place does not wound and is no
"who"; the antecedent is then the noun the place's phrase hangs from. Nor does a place,
a thing or a time kill: "strikes on army posts in the east that killed dozens", "raids over
the weekend which left 13 dead" tell the attack's toll (the act up the phrase chain, or the
act its verb names before it), and a setting with no act above it names no doer.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .agentnouns import is_someone
from .eventnouns import is_event_noun
from .lexicon import FACILITY_NOUNS, HURT_VERBS, PLACE_LABELS, PLACE_NOUNS
from .spans import antecedent, child, is_relative

_PERSONAL = frozenset({"who", "whom"})
# Prepositions of a place phrase hanging on the real antecedent ("strikes on the market").
_PLACE_PREPS = frozenset(
    {"in", "at", "near", "on", "onto", "into", "inside", "outside", "around", "across"}
    | {"along", "against", "by", "within"}
)
# Where a misread noun stands ("Coalition strikes on X" tagged as a verb).
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
# Prepositions of the act a verb tells its patients were hurt in or by.
_ACT_PREPS = frozenset({"in", "during", "by"})
# Prepositions of a time phrase on an act: "raids over the weekend", "shelling since May".
_TIME_PREPS = frozenset({"over", "during", "since", "after", "before", "throughout"})


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
    if _is_harm(verb) and not (is_event_noun(noun) or is_someone(noun)):
        # "strikes on army positions in the east that killed dozens", "raids over the
        # weekend which left 13 dead": a place, a thing or a time kills no one; the act does.
        return _harming_act(noun) or (verb if _is_setting(noun) else noun)
    if child(verb, "dobj") is None or not _is_place(noun) or is_event_noun(noun):
        return noun
    # "strikes on the market which wounded dozens": what is done to a place hurts no one.
    return _climb(noun, is_event_noun) or verb


def _is_harm(verb: Token) -> bool:
    """Return whether a clause tells bodily harm: "killed dozens", "left 13 dead"."""
    if child(verb, "dobj") is None:
        return False
    lemma = verb.lemma_.lower()
    return lemma in HURT_VERBS or (lemma == "leave" and child(verb, "oprd") is not None)


def _harming_act(noun: Token) -> Token | None:
    """Return the act up the phrase chain of a place, thing or time a harm clause hangs on.

    "strikes on positions in the east that killed dozens" -> strikes; "destroyed by
    airstrikes over the weekend that killed 13" and "died in strikes on the market place
    which wounded dozens" (the phrase hangs on the verb) -> the verb's act before it.
    """
    tok = noun
    for _ in range(4):
        if tok.dep_ not in {"pobj", "compound"} or tok.head.i == tok.i:
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ not in _PLACE_PREPS | _TIME_PREPS | {"of"}:
            return None
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        if head.pos_ == "VERB" and head.dep_ not in _NOMINAL_DEPS:
            return _verb_act(head, noun)
        if head.pos_ not in {"NOUN", "PROPN", "VERB"}:
            return None
        if is_event_noun(head):
            # a noun the parser made the sentence's root heads a misread clause
            return head if head.dep_ != "ROOT" else None
        tok = head
    return None


def _verb_act(verb: Token, noun: Token) -> Token | None:
    """Return the act a verb's object, agent or phrase names last before ``noun``."""
    nominals = [k for k in verb.children if k.dep_ == "dobj" and k.i < noun.i]
    for prep in verb.children:
        if prep.i < noun.i and prep.lower_ in _ACT_PREPS and prep.dep_ in {"prep", "agent"}:
            nominals += [k for k in prep.children if k.dep_ == "pobj"]
    acts = sorted((k for k in nominals if is_event_noun(k)), key=lambda k: k.i)
    return acts[-1] if acts else None


def _is_setting(noun: Token) -> bool:
    """Return whether a noun is where or when something happened ("on the suburb of X")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in _PLACE_PREPS | _TIME_PREPS


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
