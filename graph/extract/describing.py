"""Participles that describe a party by what it does, not an act it did (private to extract).

A present participle after a noun says what the noun is or does, as an adjective would:

- an uncoded verb describes its noun's role or cargo: "fighters guarding the convoy were
  killed", "a bus carrying pilgrims was hit", "a crowd celebrating the fall of the town"
  (the sentence's event is what happened to them; no coder codes the guarding);
- working for someone is a job, whatever class the verb has alone: "a photographer
  contributing to a news agency", "a reporter writing for a weekly" (no aid is
  reported; "forces working with advisers" cooperate, and stay an event).

A past participle of placement says where its noun is, not who put it there: "gunmen
positioned in the orchards fired on the village", "jets deployed in the region" (a
participle with its agent tells the act: "troops deployed by the ministry"). The parser
often reads such a participle as the main verb ("gunmen positioned in the orchards
fired"): a verb of placing with nothing placed is one ("the brigade deployed to the
border" moved, and stays an event).

A past participle of making says who made its noun, as "a Turkish-built base" does: "the
zones created by the army", "a checkpoint set up by the militia", "the hall, which was
inaugurated by the president in 2004", "a red line drawn by the envoy" (the
sentence's event is what happens to or near them). Only an uncoded verb: a class codes its
act ("a camp shelled by jets").

Rescuers pulling the hurt out of the rubble rescue them: "a girl pulled out of the
rubble", "medics dug two boys from the ruins" (no withdrawal, no abduction).

A coded verb keeps its event: "gunmen storming the building", "jets bombing the town";
but which side a party fights on identifies it (:mod:`graph.extract.combatants`): "a
coalition fighting the militia", "rebels who have been battling the army".
"""

from __future__ import annotations

from spacy.tokens import Token

from .combatants import identifies_fighter
from .lexicon import word_set
from .spans import child

__all__ = ["describes_noun", "is_rescue"]

# Classes that code no act of their own (a statement has content: "a source telling
# reporters that ..." stays one).
_UNCODED = frozenset({"OTHER", ""})
# Verbs of working for someone, with the prepositions that name the employer.
_SERVING = word_set("contribute work write report freelance string")
_EMPLOYERS = word_set("for to")
# Pulling people out of the rubble is a rescue.
_PULLING = word_set("pull dig drag extract rescue retrieve recover free")
_RUBBLE = word_set("rubble debris ruins ruin wreckage")
# Participles of placement: "gunmen positioned in the hills", "jets stationed at the base".
_PLACED = word_set("position station deploy base entrench post garrison embed hole")
# Participles of making: "the zones created by the army", "a checkpoint set up by rebels".
_MADE = word_set("establish create build construct erect found form set draw inaugurate install")
# Verbs of placing that are never intransitive: without an object they are participles.
_PLACING = _PLACED - {"deploy", "hole"}


def describes_noun(verb: Token, cls: str) -> bool:
    """Return whether a participle describes the noun it modifies rather than telling an act.

    Args:
        verb: The predicate ("guarding" in "fighters guarding the convoy").
        cls: The class the classifier gave it.
    """
    if identifies_fighter(verb):
        return True  # "a coalition fighting the militia", "rebels who had fought the army"
    if _misread_placement(verb):
        return True  # "gunmen positioned in the orchards fired": a misread participle
    if _made(verb, cls):
        return True  # "a checkpoint set up by the militia", "a hall inaugurated in 2004"
    if verb.dep_ != "acl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if verb.tag_ == "VBN":
        return _placed(verb)  # "gunmen positioned in the orchards fired on the village"
    if verb.tag_ != "VBG":
        return False
    if verb.head.dep_ == "attr":
        return False  # "the militia is the only group guarding the camps" says it guards them
    if cls in _UNCODED:
        return True  # "fighters guarding the convoy", "a bus carrying pilgrims"
    return _serves(verb)


def is_rescue(verb: Token) -> bool:
    """Return whether a verb pulls someone out of rubble: "a girl pulled out of the ruins"."""
    if verb.lemma_.lower() not in _PULLING:
        return False
    phrases = [k for k in verb.subtree if k.dep_ in {"prep", "pcomp"} and k.i > verb.i]
    places = [c for p in phrases for c in p.children if c.dep_ == "pobj"]
    return any(c.lemma_.lower() in _RUBBLE for c in places)


def _misread_placement(verb: Token) -> bool:
    """Return whether a participle of placement was read as its noun's verb.

    "gunmen positioned in the orchards fired on the village", "jets deployed in the region
    were not flying": a verb of placing with nothing placed and a subject is one; so is
    "deploy", which can go without an object ("the brigade deployed to the border"), when
    the verb after its phrase lacks the subject the participle took.
    """
    lemma = verb.lemma_.lower()
    if lemma not in _PLACED or verb.tag_ not in {"VBD", "VBN"} or not _bare(verb):
        return False
    if child(verb, "nsubj") is None:
        return False
    return lemma in _PLACING or _runs_into_predicate(verb)


def _runs_into_predicate(verb: Token) -> bool:
    """Return whether the finite verb right after ``verb``'s phrase lacks a subject.

    "jets deployed in the region were not flying": "were not flying" needs "jets".
    """
    if any(k.dep_ == "cc" for k in verb.children):
        return False  # "the brigade deployed to the border and shelled the town": two acts
    doc = verb.doc
    own = [k.right_edge.i for k in verb.rights if k.dep_ not in {"conj", "cc", "punct"}]
    i = max(own, default=verb.i) + 1
    if i >= len(doc) or doc[i].pos_ not in {"VERB", "AUX"}:
        return False
    pred = doc[i].head if doc[i].dep_ in {"aux", "auxpass"} else doc[i]
    if pred.i <= verb.i or pred.pos_ not in {"VERB", "AUX"}:
        return False
    return not any(k.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for k in pred.children)


def _bare(verb: Token) -> bool:
    """Return whether a verb has no object, agent or auxiliary of its own.

    A conjunction read as an object is none: "told reporters that gunmen positioned in
    the hills fired" (the parser hangs "that" on "positioned").
    """
    deps = {"dobj", "agent", "aux", "auxpass", "nsubjpass", "ccomp", "xcomp"}
    return not any(k.dep_ in deps and k.tag_ != "IN" for k in verb.children)


def _made(verb: Token, cls: str) -> bool:
    """Return whether an uncoded participle (or passive relative) says who made its noun."""
    if cls not in _UNCODED or verb.lemma_.lower() not in _MADE:
        return False
    if verb.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN"  # "the zones created by the army"
    # "the hall which was inaugurated by the president"
    return verb.dep_ == "relcl" and any(k.dep_ == "auxpass" for k in verb.children)


def _placed(verb: Token) -> bool:
    """Return whether a past participle only places its noun: "jets stationed at the base"."""
    if verb.lemma_.lower() not in _PLACED:
        return False
    return not any(k.dep_ == "agent" for k in verb.children)


def _serves(verb: Token) -> bool:
    """Return whether the participle names a job: "a photographer contributing to X"."""
    if verb.lemma_.lower() not in _SERVING:
        return False
    if any(k.dep_ == "dobj" for k in verb.children):
        return False  # "volunteers serving meals to the displaced": a gift
    return any(k.dep_ == "prep" and k.lower_ in _EMPLOYERS for k in verb.children)
