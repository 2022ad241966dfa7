"""Requests: "X called on Y to V", "X urged Y to V" ask Y to act (private).

The request is the event, X's demand on Y; what Y is asked to do is its content and
did not happen (Y, whom the request addresses, is no actor of it).
"""

from __future__ import annotations

from spacy.tokens import Token

from .spans import child, clause_head

__all__ = ["call_on_object", "is_requested_act"]

# Verbs that ask someone to act: what is asked is the request's content, not an act.
_REQUEST_VERBS = frozenset(
    {"urge", "ask", "call", "appeal", "request", "invite", "encourage", "beg", "implore"}
    | {"exhort", "press", "petition", "plead"}
)


def call_on_object(verb: Token) -> Token | None:
    """Return X of "called on X to V", "appealed to X to V" (who is asked to act)."""
    # "the UN called on both sides to stop the fighting" -> both sides stop it.
    if verb.lemma_ not in {"call", "appeal"} or child(verb, "xcomp") is None:
        return None
    preps = {"on", "upon", "to"} if verb.lemma_ == "appeal" else {"on", "upon"}
    for prep in verb.rights:
        # (not a fronted "On Sunday the UN called on both sides to ...": that is when.)
        if prep.dep_ == "prep" and prep.lower_ in preps:
            return child(prep, "pobj")
    return None


def is_requested_act(verb: Token) -> bool:
    """Return whether ``verb`` is what someone is asked to do, not an act of its own.

    "The coalition called on the council to hold a session": the coalition's demand is
    the event (target the council); the session is its content, and the council, whom
    the demand addresses, did nothing.
    """
    for _ in range(4):
        if verb.dep_ == "xcomp" and verb.head.i != verb.i:
            head = clause_head(verb.head)
            if head.lemma_.lower() in _REQUEST_VERBS:
                return child(head, "dobj") is not None or call_on_object(head) is not None
        # "... to hold a session and conduct an inquiry", "to meet to discuss the crisis"
        purpose = verb.dep_ == "advcl" and any(k.tag_ == "TO" for k in verb.children)
        if not (verb.dep_ in {"conj", "xcomp"} or purpose) or verb.head.pos_ != "VERB":
            return False
        verb = verb.head
    return False
