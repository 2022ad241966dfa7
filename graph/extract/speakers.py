"""A pronoun subject of a reported clause means the speaker (private to extract).

"The alliance fighting the militants said on Monday it had launched ten raids",
"Aid workers told reporters they had carried out forty bodies": the pronoun is the
subject of the clause a verb of saying reports, and that verb's own subject is the
one who speaks of itself. The pronoun left the act without a named actor (a fact,
not an event); it means the speaker when the speaker agrees with it in number and
kind ("it" a body, state, group or force; "they" a plural group or people; "he" or
"she" a person), the speaker stands before it, no quotation mark stands before it
(a quote changes the speaker), and only times, "that", "in a statement" and the
press told stand between the saying verb and the pronoun ("told AFP it", "said on
Monday that it"). An expletive ("said it was unclear who ..."), a clause of a state
a thing may be in ("they amount to expulsions") and a clause after an act on
something else ("shelled the lorry and said it carried arms") are left as they are.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .alternatives import is_alternative
from .frames import Frame
from .lexicon import AGENT_NOUNS, PERSON_NOUNS, SPEECH_VERBS, TIME_LABELS
from .spans import conjuncts, np_span

__all__ = ["with_speaker_subjects"]

_QUOTES = '"“”«»'
_SAYING = SPEECH_VERBS - {"believe", "think", "suggest", "accuse", "estimate", "predict"}
# Bodies that speak of themselves as "it": "the observatory said it", "the ministry said it".
_BODIES = AGENT_NOUNS | frozenset(
    {"group", "observatory", "monitor", "ministry", "organisation", "organization", "agency"}
    | {"council", "command", "committee", "commission", "inquiry", "society", "body"}
    | {"network", "union", "brigade", "front", "movement", "administration", "department"}
    | {"office", "charity", "mission", "court", "parliament", "embassy", "navy", "team"}
)
_PEOPLE = PERSON_NOUNS | frozenset(
    {"evacuee", "witness", "doctor", "nurse", "survivor", "spokesman", "spokeswoman"}
    | {"envoy", "president", "director", "chief", "mother", "father", "farmer", "teacher"}
)
_FEMALE = frozenset({"woman", "spokeswoman", "mother", "nurse"})
_MALE = frozenset({"man", "spokesman", "father", "gunman", "militiaman"})
# Whom a speaker may tell before the pronoun without being what it means.
_PRESS = frozenset({"reporter", "journalist", "press", "media", "agency", "newspaper"})
_NEWS = frozenset({"afp", "reuters", "ap", "associated press", "the associated press", "sana"})
_STATEMENTS = frozenset({"statement", "interview", "conference", "briefing", "release"})
# Verbs of a state whose subject is as likely a thing: "they amount to", "it means".
_STATES = frozenset(
    {"amount", "constitute", "mean", "represent", "cost", "contain", "include", "happen"}
    | {"occur", "exist", "belong", "last", "matter", "bear"}
)
_NON_EVENT_HEADS = frozenset({"be", "seem", "appear", "remain", "become", "take"})


def with_speaker_subjects(frame: Frame) -> list[Frame]:
    """Return ``frame`` with a reported clause's pronoun actor replaced by each speaker.

    "The ministry said on Monday it had sent ten trucks" -> "The ministry" sent them;
    "The army and its allies say they retook the hill" -> the army, its allies retook it
    ("they" after joined speakers is all of them; after alternatives, "the army or its
    allies", it stays the first speaker's, as for one speaker).
    """
    actor = frame.actor
    if len(actor) != 1 or not _shares_subject(frame.verb, actor[0].head):
        return [frame]
    speaker = reported_speaker(actor[0])
    if speaker is None:
        return [frame]
    found = [speaker, *joint_speakers(speaker.root)] if actor[0].lower_ == "they" else [speaker]
    return [replace(frame, actor=span) for span in found]


def joint_speakers(speaker: Token) -> list[Span]:
    """Return who speaks jointly with ``speaker``: "The army and its allies say" -> its allies.

    Alternatives ("the army or its allies say") speak for no one of them for sure.
    """
    joined = [k for k in conjuncts(speaker) if k.i != speaker.i and not is_alternative(k)]
    return [np_span(k) for k in joined if k.pos_ in {"NOUN", "PROPN"}]


def _shares_subject(verb: Token, head: Token) -> bool:
    """Return whether ``verb`` is the pronoun's clause verb or shares its subject."""
    for _ in range(4):
        if verb.i == head.i:
            return True
        if verb.dep_ not in {"conj", "xcomp"}:
            return False
        verb = verb.head
    return False


def reported_speaker(pronoun: Token) -> Span | None:
    """Return the speaker a pronoun subject of a reported clause means, when it is clear."""
    clause = pronoun.head
    word = pronoun.lower_
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp":
        return None
    if word not in {"it", "they", "he", "she"} or (word == "it" and _expletive(clause)):
        return None
    if clause.lemma_.lower() in _STATES:
        return None  # "rebels say they amount to expulsions": a thing's state, as likely
    verb = clause.head
    speaker = _subject(verb)
    if verb.lemma_.lower() not in _SAYING or speaker is None or speaker.i > pronoun.i:
        return None
    if not _agrees(word, speaker) or not _plain_between(verb, pronoun):
        return None
    doc = pronoun.doc
    sent = pronoun.sent
    if any(c in _QUOTES for c in doc[sent.start : pronoun.i].text):
        return None  # "'It shelled X' the director said he ...": quotes shift the speaker
    return np_span(speaker)


def _subject(verb: Token) -> Token | None:
    """Return a saying verb's subject noun, or its coordinated verb's ("X fled and said")."""
    own = [k for k in verb.children if k.dep_ == "nsubj"]
    if not own and verb.dep_ == "conj" and not _has_objects(verb.head):
        own = [k for k in verb.head.children if k.dep_ == "nsubj"]
    if not own or own[0].pos_ not in {"NOUN", "PROPN"}:
        return None  # no subject, or a pronoun ("he said he") left to coreference
    return own[0]


def _has_objects(verb: Token) -> bool:
    """Return whether the first of two coordinated verbs names someone else before."""
    return any(k.dep_ in {"dobj", "dative", "prep", "ccomp"} for k in verb.children)


def _agrees(word: str, noun: Token) -> bool:
    """Return whether ``noun`` speaks of itself as the pronoun ``word``."""
    lemma = noun.lemma_.lower()
    plural = noun.tag_ in {"NNS", "NNPS"} or any(k.dep_ == "conj" for k in noun.children)
    if word == "they":
        return plural and (noun.ent_type_ in {"ORG", "NORP"} or lemma in _PEOPLE | _BODIES)
    if plural:
        return False
    if word == "it":
        return noun.ent_type_ in {"ORG", "GPE"} or (
            noun.ent_type_ == "" and lemma in _BODIES and lemma not in _PEOPLE
        )
    if lemma in (_MALE if word == "she" else _FEMALE) or lemma in _BODIES - _PEOPLE:
        return False  # "the woman said he", "the observatory said he"
    return noun.ent_type_ == "PERSON" or lemma in _PEOPLE


def _plain_between(verb: Token, pronoun: Token) -> bool:
    """Return whether only times, "that", adverbs and the press told stand between."""
    doc = verb.doc
    i = verb.i + 1
    while i < pronoun.i:
        tok = doc[i]
        aside = tok.dep_ == "prep" and any(k.lemma_.lower() in _STATEMENTS for k in tok.children)
        told = tok.dep_ in {"dative", "dobj"} and _is_press(tok)
        if tok.head.i == verb.i and (aside or told):
            i = max(t.i for t in tok.subtree) + 1
            continue
        timed = tok.ent_type_ in TIME_LABELS and tok.pos_ != "VERB"
        light = tok.pos_ in {"ADV", "SCONJ", "ADP", "DET", "PART", "AUX"} or tok.text == ","
        if not (timed or light):
            return False
        i += 1
    return True


def _is_press(tok: Token) -> bool:
    """Return whether the one a speaker tells is the press: "told AFP", "told reporters"."""
    name = " ".join(t.lower_ for t in tok.subtree)
    return tok.lemma_.lower() in _PRESS or name in _NEWS


def _expletive(clause: Token) -> bool:
    """Return whether "it" of a reported clause means nothing: "said it was unclear who"."""
    if clause.lemma_.lower() in _NON_EVENT_HEADS:
        return True
    passive = any(k.dep_ == "auxpass" for k in clause.children)
    return passive and any(k.dep_ in {"ccomp", "xcomp"} for k in clause.children)
