"""Passive participles whose subject stands elsewhere: it is their target (private).

Two passive forms leave the one they happened to outside their own clause, and a
reader must not take that one for the doer:

* a participle complement of a passive report: "ten soldiers were reported killed in
  the raid", "two guards were found shot" -> the soldiers, the guards were the victims;
* a gerund passive: "the militants fled after being shelled by the army", "the village
  fell for the first time since being retaken by rebels" -> the army shelled the
  militants; the subject of the clause the gerund hangs on is its target.
"""

from __future__ import annotations

from spacy.tokens import Token

from .spans import child

# Heads a gerund passive hangs on ("after being hit", "since being taken").
_GERUND_DEPS = frozenset({"pcomp", "advcl"})


def is_passive_complement(verb: Token) -> bool:
    """Return whether ``verb`` is a bare participle complement of a passive verb.

    "Ten soldiers were reported killed" -> ``killed``; not "the envoy was asked to
    leave" (an infinitive, whose subject acts).
    """
    if verb.dep_ != "xcomp" or verb.tag_ != "VBN":
        return False
    if any(kid.tag_ == "TO" or kid.dep_ in {"aux", "nsubj", "nsubjpass"} for kid in verb.children):
        return False
    return child(verb.head, "nsubjpass") is not None and child(verb.head, "agent") is None


def undergoer(verb: Token) -> Token | None:
    """Return the one a passive participle happened to, standing outside its clause.

    "Ten soldiers were reported killed" -> the soldiers; "the militants fled after
    being shelled by the army", "fled before being caught" -> the militants (the
    subject of the clause the gerund hangs on). None for other verbs.
    """
    if is_passive_complement(verb):
        return child(verb.head, "nsubjpass")
    if verb.tag_ != "VBN" or verb.dep_ not in _GERUND_DEPS:
        return None
    aux = child(verb, "auxpass")
    if aux is None or aux.lower_ != "being" or child(verb, "nsubjpass", "nsubj") is not None:
        return None
    head = verb.head
    for _ in range(6):
        if head.pos_ in {"VERB", "AUX"}:
            subj = child(head, "nsubj", "nsubjpass")
            return subj if subj is not None and subj.tag_ not in {"WDT", "WP"} else None
        if head.head.i == head.i:
            return None
        head = head.head
    return None
