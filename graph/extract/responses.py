"""A party met with another's act: "rallies were met with a police crackdown" (private).

"The rallies were met with a police crackdown", "marchers were met with live fire from
the troops", "strikes that were met with mass arrests by the junta": the act named in
the "with" phrase is aimed at the passive's subject (or at the antecedent of its
"which/that"), and its owner ("police", "from X", "by X") does it. With no owner named
the act stays a fact, as an attack noun with no owner does ("met with a crackdown").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .eventnouns import owner, owner_spans
from .frames import Frame
from .nounagents import attacker
from .spans import antecedent, child, conjuncts, is_relative, np_span

__all__ = ["response_frames"]

# Verbs whose passive says how a party was received: "were met/greeted with X".
_MEETING_VERBS = frozenset({"meet", "greet", "answer", "confront", "receive"})
# Acts a party can be met with, and the verb each names.
_RESPONSES = {
    "crackdown": "crack down",
    "repression": "repress",
    "fire": "fire",
    "gunfire": "fire",
    "bullets": "fire",
    "shelling": "shell",
    "arrests": "arrest",
    "beatings": "beat",
}


def response_frames(noun: Token) -> Iterator[Frame]:
    """Yield the act a party was met with: "marchers were met with fire from X" -> X fire marchers.

    Args:
        noun: A noun that may be the object of "with" under a passive "met".
    """
    action = _RESPONSES.get(noun.lower_) or _RESPONSES.get(noun.lemma_.lower())
    prep = noun.head
    if action is None or noun.dep_ != "pobj" or prep.lower_ != "with":
        return
    verb = prep.head
    if verb.lemma_.lower() not in _MEETING_VERBS or child(verb, "auxpass") is None:
        return
    party = _met_party(verb)
    if party is None:
        return
    actors, kind = _doers(noun, verb)
    relation = f"{verb.text} with {noun.text}"
    for actor in actors:
        for patient in conjuncts(party):
            yield Frame(actor, noun, np_span(patient), "active", None, kind, relation, action)


def _met_party(verb: Token) -> Token | None:
    # "rallies that were met with ..." -> the rallies; "the marchers were met ..." -> them.
    subj = child(verb, "nsubjpass")
    if subj is None:
        return None
    if is_relative(subj) and verb.dep_ == "relcl":
        return antecedent(verb)
    return subj


def _doers(noun: Token, verb: Token) -> tuple[list[Span], str]:
    """Return who does the act ("police crackdown", "fire from the troops"), else the noun."""
    who = owner(noun)
    if who is not None:
        return owner_spans(who), "event"
    # "met with arrests by the junta": the parser may hang the "by" phrase on "met".
    agent = child(verb, "agent")
    after = attacker(noun) or _source(noun) or (child(agent, "pobj") if agent else None)
    if after is not None:
        return [np_span(after)], "event"
    return [noun.doc[noun.left_edge.i : noun.i + 1]], "relation"


def _source(noun: Token) -> Token | None:
    # "live fire from the security forces": who fired it.
    prep = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "from"), None)
    return child(prep, "pobj") if prep is not None else None
