"""A report whose object is an event: "the monitor reported clashes" (private to extract).

"The Observatory reported air strikes on the town", "state TV confirmed the attack": the
event is the report's content, not an act of the reporter. The report is a relation fact
crediting the reporter (:func:`reports_event`), and its class is the reporter's
statement, never the reported act's (:func:`reports_act`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .eventclass import noun_class
from .eventnouns import is_event_noun
from .lexicon import FORCE_CLASSES, REPORT_ONLY
from .spans import child

__all__ = ["reports_act", "reports_event"]

# What a report tells of besides an event noun: "reported deaths", "confirmed the toll".
_REPORTED = frozenset({"death", "casualty", "toll", "injury", "loss", "violation"})
# Verbs that keep a record of what happened: "the monitor documented the killing of 40"
# ("recorded" is not one of them: "the army recorded advances" made them).
_RECORDING = frozenset({"document"})
_REPORTING = REPORT_ONLY | _RECORDING


def reports_event(verb: Token) -> bool:
    """Return whether a reporting verb's object is what happened: "a witness reported clashes".

    Like a reported clause ("said that clashes erupted"), the event is the content of
    the report, not its target: the report is a fact crediting the reporter. So is the
    event a passive report names ("the raid was reported by state radio") and a gerund
    the parser hangs on the report ("the monitor reported fighting in the east": the
    monitor does not fight).
    """
    if _reported_gerund(verb):
        return True
    if verb.lemma_ not in _REPORTING or verb.lemma_ == "claim":
        # "the group claimed the bombing" names who did it: a claim of its own.
        return False
    obj = child(verb, "dobj")
    if obj is None:
        return _reported_subject(verb)
    # "said" takes a clause: its object is a misread subject ("said militants sneaked in");
    # "reported a source as saying" quotes the source.
    said = verb.lemma_ == "say" or _quotes(verb)
    return said or _tells_event(obj)


def _tells_event(noun: Token) -> bool:
    """Return whether a reported noun is an event: "clashes", "deaths", "the incursion"."""
    if is_event_noun(noun) or noun.lemma_.lower() in _REPORTED:
        return True
    return noun.pos_ == "NOUN" and noun_class(noun)[0] in FORCE_CLASSES


def _reported_subject(verb: Token) -> bool:
    """Return whether a passive report names its reporter: "the ambush was reported by TV"."""
    subj = child(verb, "nsubjpass")
    return subj is not None and child(verb, "agent") is not None and _tells_event(subj)


def _reported_gerund(verb: Token) -> bool:
    """Return whether a bare gerund is the event a report tells of, not the reporter's act.

    "The monitor reported fighting in the east" (parsed as "reported" + complement
    "fighting"): the fighting is reported, and the monitor is no party to it. A gerund
    with its own object is the reporter's act: "the army reported killing 20 militants".
    """
    if verb.dep_ != "xcomp" or verb.tag_ != "VBG":
        return False
    if verb.head.lemma_ not in _REPORTING or verb.head.lemma_ == "claim":
        return False
    if any(k.dep_ in {"dobj", "nsubj", "nsubjpass", "ccomp"} for k in verb.children):
        return False
    return is_event_noun(verb)


def _quotes(verb: Token) -> bool:
    as_ = next((k for k in verb.children if k.dep_ == "prep" and k.lower_ == "as"), None)
    return as_ is not None and child(as_, "pcomp") is not None


def reports_act(verb: Token) -> bool:
    """Return whether a verb of reporting takes an event as its object, as a statement.

    "The monitor reported air strikes on the town", "the ministry confirmed the attack",
    "activists documented the shelling": the report states the strikes; it takes no
    class from them (the monitor strikes nothing). A gerund the parser hangs on the
    report ("reported fighting") is the reported verb itself, not the report.
    """
    return verb.lemma_ in _REPORTING and reports_event(verb)
