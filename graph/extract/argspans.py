"""The spans a clause's argument head stands for: its phrase, and each named conjunct.

"Russian and Turkish patrols used the highway" gives the whole phrase for the first
conjunct and "Turkish patrols" for the next (spans stay contiguous).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .agentnouns import is_means_noun
from .alternatives import is_alternative, with_alternatives
from .clauses import is_hedged
from .compoundframes import is_agentive
from .frontchains import is_chained_subject, subject_end, subject_start
from .jointdoers import joint_doers
from .lexicon import AGENT_NOUNS, EVENT_NOUNS, RECIPROCAL_VERBS
from .spans import np_span

# How a modifier before a noun hangs on it: "Russian jets", "army jets", "Syria's jets".
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def argument_spans(noun: Token, verb: Token) -> list[Span]:
    """Return the actor or target spans an argument head of ``verb`` stands for."""
    # coordinated modifiers: "Russian and Turkish patrols used the highway" -> the whole
    # phrase for the first conjunct, "Turkish patrols" for the next (spans stay contiguous);
    # with a reciprocal verb the phrase is one joint actor: "American and Russian air
    # power synchronize their support" is one event, not the same event twice.
    span = with_alternatives(np_span(noun), noun)  # "Russia or the regime": one actor
    if noun.dep_ == "pobj" and noun.head.i == noun.sent.start and noun.head.head.dep_ == "ROOT":
        # a subject read into a fronted phrase ("On the eastern front Kurdish fighters
        # made advances"): the subject starts at its first name, nationality or group word.
        start = next((t.i for t in span[:-1] if is_agentive(t)), span.start)
        span = noun.doc[start : span.end]
    elif noun.dep_ == "pobj" and is_chained_subject(noun):
        # "In the city of Karvan Guard units shelled X": the place's name is cut off;
        # the subject runs on to the verb ("militants of the Front of X and Y killed").
        span = noun.doc[subject_start(noun, span.start) : subject_end(noun, span.end)]
    if len(span) > 1 and is_hedged(noun):
        # "it is possible ISIS could withdraw": the adjective is the matrix predicate.
        return [span[1:]]
    if verb.lemma_ in RECIPROCAL_VERBS and noun.dep_ in {"nsubj", "nsubjpass"}:
        return [span]
    if (joint := joint_doers(noun, span)) is not None:
        return joint  # "Russian aircraft and regime helicopters": two doers, not one
    spans = [span]
    spans.extend(
        noun.doc[kid.i : span.end]
        for kid in _coordinated_owners(noun, span.start)
        if not is_alternative(kid)  # "Syrian or Russian jets": one side, unknown
    )
    return spans


def _coordinated_owners(noun: Token, start: int) -> list[Token]:
    """Return the second and later of coordinated modifiers that name owners of ``noun``.

    "Russian and Turkish patrols" -> Turkish. The parser may hang the conjuncts on a
    compound modifier: "Russian and Syrian regime jets" ("Russian" on "regime"),
    "Syrian and Russian fighter jets" (on "fighter"); there each must name a side
    ("Oil and gas company workers" are one body of workers).
    """
    found = []
    for mod in noun.lefts:
        if mod.dep_ not in _MODIFIER_DEPS or mod.i < start:
            continue
        found += [kid for kid in mod.children if kid.dep_ == "conj" and _is_naming(kid)]
        if mod.dep_ != "compound" or not _is_force_or_weapon(noun):
            continue  # ("Russian and Syrian strikes death toll": no one's toll)
        for inner in mod.lefts:
            if inner.dep_ in _MODIFIER_DEPS and inner.i >= start:
                found += [k for k in inner.children if k.dep_ == "conj" and _names_side(k)]
    return [kid for kid in found if kid.i < noun.i]


def _is_naming(mod: Token) -> bool:
    # "Iraqi and Kurdish officers" name two groups; "first and only airdrops" do not.
    return mod.pos_ in {"PROPN", "NOUN"} or mod.ent_type_ in {"NORP", "GPE", "ORG"}


def _names_side(mod: Token) -> bool:
    # "Syrian", "Assad", "regime" name a side; "gas" (in "oil and gas company") does not.
    return _is_naming(mod) and (mod.pos_ == "PROPN" or mod.ent_type_ != "" or _is_agent(mod))


def _is_force_or_weapon(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return is_means_noun(lemma) or lemma in AGENT_NOUNS or lemma in EVENT_NOUNS


def _is_agent(mod: Token) -> bool:
    return mod.lemma_.lower() in AGENT_NOUNS
