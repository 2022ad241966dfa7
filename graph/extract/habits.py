"""Clauses that tell a habit, not an act that happened (private to extract).

An analyst codes what someone did on a day, not what someone does as a rule:

- an adverb of what is usual on the clause: "jets usually bomb the valley at dawn",
  "the gunmen typically target police posts", "such raids are generally carried out by
  X", "firing rockets into the town, usually killing passers-by"; repeated acts
  ("regularly shelled the town", "routinely beat detainees") are still acts;
- a clause of recurrence and the clause it qualifies: "every time the council declares
  a truce it breaks it", "whenever the convoy moved the militia shelled the road".

An adverb on an infinitive's governor counts too ("usually tried to storm the base"); a
conjunct has its own adverbs ("jets usually bomb the valley but have now struck the
town" tells one act). Such clauses stay relation facts, out of the event count.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import word_set

__all__ = ["is_habitual"]

# Adverbs of what is usual (a rule, not a report). Adverbs of repetition ("routinely beat
# up detainees", "regularly shell the town") report repeated acts, which event coders
# code (the PLOVER gold does), and stay events.
_FREQUENCY = word_set("usually typically habitually customarily")
# Adverbs that also tell a degree ("generally welcomed the deal": most of them did), read
# as a habit only in the simple present: "are generally accused", "normally attack".
_DEGREE = word_set("generally commonly normally")
# Marks of a clause of recurrence: "whenever X", "every time X", "each time X".
_RECURRENCE = word_set("whenever")
_TIME_NOUNS = word_set("time times")
_EVERY = word_set("every each")


def _recurrent_clause(tok: Token) -> bool:
    """Return whether a clause is one of recurrence ("every time the army advanced")."""
    for kid in tok.children:
        if kid.dep_ in {"advmod", "mark"} and kid.lower_ in _RECURRENCE:
            return True
        every = any(d.lower_ in _EVERY for d in kid.children if d.dep_ == "det")
        if kid.dep_ == "npadvmod" and kid.lower_ in _TIME_NOUNS and every:
            return True
    return False


def _simple_present(tok: Token) -> bool:
    """Return whether a verb is in the simple present: "attack", "are accused"."""
    verbs = [tok, *(k for k in tok.children if k.dep_ in {"aux", "auxpass"})]
    if any(v.tag_ in {"VBD", "MD"} or v.lemma_ == "have" for v in verbs):
        return False
    return any(v.tag_ in {"VBZ", "VBP"} for v in verbs)


def _told_as_habit(tok: Token) -> bool:
    """Return whether a clause has an adverb of frequency or a clause of recurrence."""
    if any(k.dep_ == "advmod" and k.lower_ in _FREQUENCY for k in tok.children):
        return True
    if any(k.dep_ == "advmod" and k.lower_ in _DEGREE for k in tok.children) and _simple_present(
        tok
    ):
        return True
    # "every time X, Y": the parser may hang X on Y as an adverbial or a complement
    return any(k.dep_ in {"advcl", "ccomp"} and _recurrent_clause(k) for k in tok.children)


def is_habitual(verb: Token) -> bool:
    """Return whether a verb's clause tells a habit: "jets usually bomb the valley".

    The habit of a clause reaches its infinitives and adverbial clauses ("usually fire
    rockets, killing passers-by"); a clause of recurrence reaches the whole clause it
    heads, however the parser attached the rest ("every time the army advanced the
    rebels fled" parsed with "fled" under "advanced").
    """
    if any(_recurrent_clause(t) for t in (verb, *verb.ancestors)):
        return True
    tok = verb
    for _ in range(3):
        if _told_as_habit(tok):
            return True
        if tok.dep_ not in {"xcomp", "advcl"} or tok.head is tok:
            return False
        tok = tok.head
    return False
