"""Requests: "X called on Y to V", "X urged Y to V" ask Y to act (private).

The request is the event, X's demand on Y; what Y is asked to do is its content and
did not happen (Y, whom the request addresses, is no actor of it). A letter or a
message that calls for something is its sender's demand: "sent letters to the council
calling for an end to the raids" (CAMEO 020), not the consultation of a plain letter.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .demandsides import DEMAND_VERBS, demanded_of
from .spans import child, clause_head
from .tense import is_mandative

__all__ = ["call_on_object", "demanding_message", "directed_act", "is_requested_act", "told_to_act"]

# Verbs that ask someone to act: what is asked is the request's content, not an act.
_REQUEST_VERBS = frozenset(
    {"urge", "ask", "call", "appeal", "request", "invite", "encourage", "beg", "implore"}
    | {"exhort", "press", "petition", "plead"}
)
# Verbs that direct, warn or press someone to act: "told the militias to leave", "warned Y
# not to", "pressed (pushed, pressured) Y to open the border"; only with the one addressed
# as object ("pushed to retake the town" is an effort of their own).
_DIRECTING = frozenset({"tell", "warn", "press", "push", "pressure"})
# Verbs whose "X V-ed Y to act" demands it: "told (pushed) the militias to leave".
_TELLING = frozenset({"tell", "push"})
_SENDING = frozenset({"send", "deliver", "address", "write", "submit", "hand", "dispatch"})
_MESSAGES = frozenset({"letter", "message", "note", "memo", "memorandum", "text", "cable"})
_DEMAND = Code("020", "DEMAND", "")
_REQUEST = Code("100", "DEMAND", "")  # CAMEO 100: demand, not specified


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


def directed_act(verb: Token) -> bool:
    """Return whether ``verb`` is what someone was told or warned to do: "told Y to leave".

    Only an infinitive with the one addressed as object: "told AFP, adding that ..." and
    "warned that ..." direct no one.
    """
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in _DIRECTING:
        return False
    return child(head, "dobj") is not None and any(k.tag_ == "TO" for k in verb.children)


def told_to_act(verb: Token) -> Code | None:
    """Return a demand (CAMEO 100) for "X told (pushed) Y to V": telling someone to act demands it.

    "The governor told the militias to leave the town" demands of the militias, while
    "told reporters that the town had fallen" and "told Y about the plan" state.
    """
    if verb.lemma_.lower() not in _TELLING or child(verb, "dobj") is None:
        return None
    wanted = child(verb, "xcomp")
    if wanted is None or not any(k.tag_ == "TO" for k in wanted.children):
        return None
    return _REQUEST


def is_requested_act(verb: Token) -> bool:
    """Return whether ``verb`` is what someone is asked to do, not an act of its own.

    "The coalition called on the council to hold a session": the coalition's demand is
    the event (target the council); the session is its content, and the council, whom
    the demand addresses, did nothing. So is the clause of a demand on its subject:
    "the council demanded that the militias disband" (see :func:`_demanded_clause`).
    """
    for _ in range(4):
        if _demanded_clause(verb):
            return True
        if verb.dep_ == "xcomp" and verb.head.i != verb.i:
            head = clause_head(verb.head)
            if head.lemma_.lower() in _REQUEST_VERBS or directed_act(verb):
                return child(head, "dobj") is not None or call_on_object(head) is not None
        # "... to hold a session and conduct an inquiry", "to meet to discuss the crisis"
        purpose = verb.dep_ == "advcl" and any(k.tag_ == "TO" for k in verb.children)
        if not (verb.dep_ in {"conj", "xcomp"} or purpose) or verb.head.pos_ != "VERB":
            return False
        verb = verb.head
    return False


def _demanded_clause(verb: Token) -> bool:
    """Return whether ``verb`` heads what a demand asks of its clause's subject.

    "The council demanded (that) the militias disband", "a resolution demanding the
    government allow aid in", "urged that both armies withdraw": the demand is the event,
    aimed at the militias, the government, both armies (:func:`.demandsides.demanded_of`);
    what they are to do is its content, and they did nothing. "Insisted that the army had
    not fired" reports, and a demand of no one ("demanded that the sieges end") keeps it.
    """
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_.lower() not in DEMAND_VERBS:
        return False
    if verb.lemma_.lower() in DEMAND_VERBS:
        # "Opposition demands inquiry The coalition demanded an inquiry": a headline glued
        # to its story, whose demand is a demand of its own.
        return False
    if head.lemma_.lower() != "demand" and not is_mandative(verb):
        return False  # "demanded that X withdraw", whatever the tagger reads "withdraw" as
    return bool(demanded_of(head))


def demanding_message(verb: Token) -> Code | None:
    """Return the code of a demand sent as a letter: "sent letters calling for an end to X".

    The parser hangs the gerund on the letter, on its addressee ("to the envoy demanding")
    or, without a comma, on the verb.
    """
    if verb.lemma_.lower() not in _SENDING:
        return None
    letters = [k for k in verb.children if k.dep_ == "dobj" and k.lemma_.lower() in _MESSAGES]
    if not letters:
        return None
    addressees = [c for p in verb.children if p.lower_ == "to" for c in p.children]
    addressees += [c for a in addressees for c in a.conjuncts]  # "to the UN and the council"
    gerunds = [k for o in letters + addressees for k in o.children if k.dep_ == "acl"]
    gerunds += [k for k in verb.children if k.dep_ == "advcl"]
    return _DEMAND if any(g.tag_ == "VBG" and _asks(g) for g in gerunds) else None


def _asks(gerund: Token) -> bool:
    """Return whether a gerund asks for something: "calling for", not "calling it a threat"."""
    lemma = gerund.lemma_.lower()
    if lemma == "call":
        called_for = any(k.dep_ == "prep" and k.lower_ == "for" for k in gerund.children)
        return called_for or call_on_object(gerund) is not None
    return lemma in _REQUEST_VERBS or lemma == "demand"
