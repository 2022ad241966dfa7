"""Promises of harm: a vow of retaliation is a threat, not an agreement (private).

CAMEO files "promise", "pledge" and "vow" under 030 (express intent to cooperate) and
lists a few hostile objects of their own ("VOW * REVENGE" 138, "PROMISE * RAIDS" 138);
news promises harm with many more nouns: "the envoy promised a strong response",
"the militia vowed retaliation", "the king pledged victory over the rebels". PLOVER
codes such a promise as THREATEN; a promise of aid, support or talks stays AGREE.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .lexicon import word_set
from .spans import child

# Verbs of promising that CAMEO codes as intent to cooperate unless the object says harm.
_PROMISING = word_set("promise pledge vow swear")
# What a promise of harm promises: a reply in force or the enemy's defeat.
_HARM_NOUNS = word_set(
    "retaliation revenge reprisal reprisals retribution vengeance punishment consequences"
)
# A response is harm only when hostile ("a strong response") or a reply to an attack.
_HOSTILE = word_set(
    "strong harsh firm decisive military forceful crushing swift severe tough painful "
    "devastating resolute robust appropriate proportionate"
)
_ATTACKS = word_set(
    "attack attacks aggression strike strikes raid raids provocation provocations shelling "
    "bombing assault incursion killing killings"
)
# Promised outcomes that are harm only over someone: "victory over the rebels".
_OUTCOMES = word_set("victory defeat")
_THREAT = Code("130", "THREATEN", "")


def vowed_harm(verb: Token) -> Code | None:
    """Return THREATEN (130) for a promise whose object is harm, else None.

    "The envoy promised a strong response" and "the militia vowed retaliation for the
    raid" threaten; "the king pledged victory over the rebels" threatens the rebels;
    "the donors pledged aid", "the king pledged victory in the election" do not.
    """
    if verb.lemma_.lower() not in _PROMISING:
        return None
    obj = child(verb, "dobj")
    if obj is None:
        return None
    lemma = obj.lemma_.lower()
    if lemma in _HARM_NOUNS or obj.lower_ in _HARM_NOUNS or _hostile_response(obj):
        return _THREAT
    if lemma in _OUTCOMES and any(
        k.dep_ == "prep" and k.lower_ in {"over", "against"} for k in obj.children
    ):
        return _THREAT
    return None


def _hostile_response(noun: Token) -> bool:
    """Return whether a response is one of force: "a firm response", "a response to the raid".

    "a strong response" and "a response to the attack" threaten; "a rapid response to the
    needs of the refugees" and "a generous response to the appeal" do not.
    """
    if noun.lemma_.lower() != "response":
        return False
    replies = [
        c
        for k in noun.children
        if k.dep_ == "prep" and k.lower_ == "to"
        for c in k.children
        if c.dep_ == "pobj"
    ]
    if replies:
        return any(c.lemma_.lower() in _ATTACKS or c.lower_ in _ATTACKS for c in replies)
    return any(k.dep_ == "amod" and k.lower_ in _HOSTILE for k in noun.children)
