"""Passive participles whose subject stands elsewhere: it is their target (private).

Two passive forms leave the one they happened to outside their own clause, and a
reader must not take that one for the doer:

* a participle complement of a passive report: "ten soldiers were reported killed in
  the raid", "two guards were found shot" -> the soldiers, the guards were the victims;
  so is a perfect passive infinitive: "six guards are believed to have been killed";
* a gerund passive: "the militants fled after being shelled by the army", "the village
  fell for the first time since being retaken by rebels" -> the army shelled the
  militants; the subject of the clause the gerund hangs on is its target.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import HURT_VERBS, TIME_LABELS
from .spans import antecedent, child, is_relative

# Words that name a second passive's own subject the parser left unlabelled.
_NAMING = frozenset({"NUM", "NOUN", "PROPN", "PRON", "ADJ", "DET"})

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


def is_raised_passive(verb: Token) -> bool:
    """Return whether ``verb`` is a harm's passive infinitive raised out of a passive report.

    "Most of the hostages are believed to have been killed by the militia", "9,000 are
    estimated to have been killed", "six were said to be wounded": the report's
    subject is the one harmed; not "the envoy was asked to leave" (an active
    infinitive, whose subject acts).
    """
    if verb.dep_ != "xcomp" or verb.tag_ != "VBN" or child(verb, "auxpass") is None:
        return False
    if verb.lemma_.lower() not in HURT_VERBS:
        return False  # "aid is expected to be delivered": a forecast, no toll
    if not any(kid.tag_ == "TO" for kid in verb.children) or child(verb, "nsubj", "nsubjpass"):
        return False
    subj = child(verb.head, "nsubjpass")
    # (not a relative pronoun: "gas which is believed to have been used")
    named = subj is not None and subj.tag_ not in {"WDT", "WP"}
    return named and child(verb.head, "auxpass") is not None


def undergoer(verb: Token) -> Token | None:
    """Return the one a passive participle happened to, standing outside its clause.

    "Ten soldiers were reported killed" -> the soldiers; "the militants fled after
    being shelled by the army", "fled before being caught" -> the militants (the
    subject of the clause the gerund hangs on). None for other verbs.
    """
    if is_passive_complement(verb) or is_raised_passive(verb):
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


def conjoined_passive_subject(verb: Token) -> Token | None:
    """Return the subject a coordinated passive shares with the clause before it.

    "Eastern Ghouta has been under siege and is shelled daily by jets" -> Eastern
    Ghouta is shelled; "the town was shelled and then captured" -> the town; a relative
    pronoun gives its antecedent ("Kafr Hamra, which lies in a valley and is held by X").
    """
    if verb.dep_ != "conj" or verb.pos_ != "VERB":
        return None
    shared_aux = verb.tag_ == "VBN" and child(verb.head, "auxpass") is not None
    if child(verb, "auxpass") is None and not shared_aux:
        return None
    if child(verb, "nsubj", "nsubjpass") is not None:
        return None
    if any(t.pos_ in _NAMING for t in verb.doc[verb.left_edge.i : verb.i]):
        return None  # "were killed and many more injured": the second has its own victims
    shared = child(verb.head, "nsubjpass", "nsubj")
    if (
        shared is not None
        and is_relative(shared)
        and verb.head.dep_ == "relcl"
        and child(verb.head, "dobj") is None
    ):
        # "the town, which lies on a river and is shelled daily by jets": the town is
        # (not a year the clause hangs on: "a siege since 2012 which ... and is shelled").
        # After an object the parser often joins the main clause's second verb to the
        # relative clause: "X is held by an alliance that includes Y and is shelled by Z".
        noun = antecedent(verb.head)
        named = noun.pos_ in {"NOUN", "PROPN"} and noun.ent_type_ not in TIME_LABELS
        return noun if named else shared
    return shared
