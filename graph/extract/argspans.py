"""The spans a clause's argument head stands for: its phrase, and each named conjunct.

"Russian and Turkish patrols used the highway" gives the whole phrase for the first
conjunct and "Turkish patrols" for the next (spans stay contiguous).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .alternatives import is_alternative, with_alternatives
from .clauses import is_hedged
from .compoundframes import is_agentive
from .coowners import coordinated_owners
from .frontchains import is_chained_subject, subject_end, subject_start
from .jointdoers import joint_doers
from .lexicon import RECIPROCAL_VERBS
from .spans import np_span


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
        for kid in coordinated_owners(noun, span.start)
        if not is_alternative(kid)  # "Syrian or Russian jets": one side, unknown
    )
    return spans
