"""A past tense the parser read as a participle before a closing speaker (private).

News closes a report with its source: "A car bomb killed nine people in Darun on
Friday, the monitor said." The small model often makes the clause's subject the
subject of "said" and the clause's verb a participle modifying it ("a car bomb
[killed nine people]"), with or without the comma, so the report's main event is
lost. A participle with a direct object is no passive modifier ("a bomb killed
nine people" is no "bomb that was killed"): when its noun is the subject of a
speech verb after it, the noun is the participle's subject (:func:`told_subject`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import REPORT_ONLY, SPEECH_VERBS
from .spans import child

__all__ = ["told_subject"]

# Verbs whose passive keeps an object: "prisoners granted amnesty", "rebels given
# arms", "the envoy shown the site"; their participle with an object stays a modifier.
_DOUBLE_OBJECT = frozenset(
    {"give", "grant", "offer", "award", "deny", "show", "promise", "hand", "send", "pay"}
    | {"lend", "teach", "tell", "allow", "assign", "afford", "owe", "charge", "fine", "ask"}
)
# Links inside a subject's phrase: "strikes on a market", "a missile fired by the army",
# "strikes on Douma, the besieged town".
_PHRASE_DEPS = frozenset({"pobj", "prep", "agent", "acl", "appos", "compound", "conj"})


def told_subject(verb: Token) -> Token | None:
    """Return the subject of ``verb`` when it is a past tense misread before "X said".

    "A car bomb killed nine people the monitor said" -> "bomb" (the parser hangs
    "killed nine people" on "bomb" and makes "bomb" a subject of "said"); None for a
    true modifier ("the aid given the refugees arrived", "soldiers wounded in the
    raid said ...": no object).
    """
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or child(verb, "dobj") is None:
        return None
    if verb.lemma_.lower() in _DOUBLE_OBJECT or child(verb, "agent", "auxpass") is not None:
        return None
    noun = _subject_head(verb.head)
    if noun is None:
        return None
    speech = noun.head
    if speech.lemma_.lower() not in SPEECH_VERBS | REPORT_ONLY or speech.i < verb.right_edge.i:
        return None
    return noun


def _subject_head(noun: Token) -> Token | None:
    """Return the speech verb's subject whose phrase ``noun`` is, else None.

    "Air strikes on a market killed 29 the monitor said": the parser hangs "killed ..."
    on "market", inside the phrase of the subject "strikes"; "a missile fired by the
    army killed 18": on "army", inside the agent of "fired".
    """
    for _ in range(8):
        if noun.dep_ in {"nsubj", "ccomp"}:
            # (a noun as the reported clause: "[Air strikes on X] ... the monitor said")
            return noun if noun.pos_ in {"NOUN", "PROPN"} else None
        if noun.dep_ not in _PHRASE_DEPS:
            return None
        noun = noun.head
    return None
