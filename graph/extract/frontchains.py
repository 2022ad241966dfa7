"""A subject read into a chain of fronted prepositional phrases (private).

Without commas, "In the south of the province of Karvan, units of the guard shelled
the depot" loses its comma, and the parser hangs "units of the guard" on the fronted
phrase as the object of its last "of": the verb is left with no subject, and the
event with no actor. The first noun along the phrase's chain of objects that names
someone ("units", "gunmen", a group's name) is the subject; the places before it
("the south", "the province") are where. Only a chain of place and time phrases is
read so: "According to X" is a source and "In a statement to X" names whom it was
said to, never a subject; a verb that has a subject of its own is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from .agentnouns import is_someone
from .compoundframes import is_agentive
from .gerunds import can_act
from .spans import child

__all__ = ["chained_subject", "is_chained_subject", "subject_end", "subject_start"]

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# a fronted phrase before a main clause, or before a reported one ("X reported")
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp"})
# the chain says where or when; "In a statement to the agency X said" names whom
# something was said to, and "with", "by", "for" name a party of their own.
_WHERE = frozenset(
    {"in", "at", "on", "near", "across", "inside", "outside", "around", "amid", "during"}
    | {"after", "of", "over", "along", "throughout"}
)


def chained_subject(verb: Token) -> Token | None:
    """Return the subject the parser read into the fronted phrase of ``verb``, or None.

    "At the market of Hamra gunmen killed a guard": for "killed", "gunmen".
    """
    prep = _fronted_phrase(verb)
    noun = child(prep, "pobj") if prep is not None else None
    while noun is not None and prep is not None:
        if can_act(noun) and is_someone(noun):
            return noun
        # on along the chain to the phrase's end: "of the province of Karvan units"
        link = next((k for k in noun.rights if k.dep_ == "prep"), None)
        on_chain = link is not None and link.right_edge.i == prep.right_edge.i
        on_chain = on_chain and link is not None and link.lower_ in _WHERE
        noun = child(link, "pobj") if link is not None and on_chain else None
    return None


def is_chained_subject(noun: Token) -> bool:
    """Return whether ``noun`` is a subject read into a fronted phrase (see chained_subject)."""
    head = noun.head
    while head.dep_ in {"prep", "pobj"} and head.head.i != head.i:
        if head.dep_ == "prep" and head.head.pos_ == "VERB":
            found = chained_subject(head.head)
            return found is not None and found.i == noun.i
        head = head.head
    return False


def subject_start(noun: Token, start: int) -> int:
    """Return where a chained subject's phrase starts, after the place name glued to it.

    "In the province of Karvan militiamen shelled X": the phrase from ``start`` is
    "Karvan militiamen"; the one word naming the place ends the place phrase and the
    subject starts at "militiamen". Two names before a noun ("Karvan Guard members")
    are left for the normaliser, which knows which one is a place; a group's or a
    people's name is never cut.
    """
    doc = noun.doc
    end = start
    while end < noun.i and (doc[end].pos_ == "PROPN" or doc[end].is_punct):
        end += 1
    name = doc[start:end]
    one_word = all(not t.whitespace_ for t in name[:-1])
    named = any(t.ent_type_ in {"ORG", "NORP", "PERSON"} for t in name)
    if len(name) and one_word and not named and doc[end].pos_ == "NOUN":
        return end
    return _after_quality(noun, start)


def subject_end(noun: Token, end: int) -> int:
    """Return where a chained subject's phrase ends: at the verb, unless it has conjuncts.

    "In the town militants of the Front of Karvan and Bilad shelled X": the names after
    "of" are one group's, not two subjects ("gunmen and police" are two, and end apart).
    """
    if any(k.dep_ == "conj" for k in noun.children):
        return end
    return noun.right_edge.i + 1


def _after_quality(noun: Token, start: int) -> int:
    """Return where the subject starts after a quality noun the phrase ended with.

    "In a new show of open defiance militiamen blocked the road": "open defiance" ends
    the fronted phrase; the subject is "militiamen". So does "support" in "In a show of
    support Karvan police ...", before a name. "Syrian army units" keeps its
    nationality, which names the side.
    """
    doc = noun.doc
    i = start + 1 if doc[start].pos_ == "DET" else start
    while i < noun.i and doc[i].pos_ == "ADJ" and not is_agentive(doc[i]):
        i += 1
    quality = doc[i]
    if i >= noun.i or quality.pos_ != "NOUN" or is_agentive(quality):
        return start
    described = i > start and doc[i - 1].pos_ == "ADJ"
    return i + 1 if described or doc[i + 1].pos_ == "PROPN" else start


def _fronted_phrase(verb: Token) -> Token | None:
    """Return the prepositional phrase that ends right before a subjectless finite verb."""
    if verb.pos_ != "VERB" or verb.dep_ not in _CLAUSE_DEPS or not _is_finite(verb):
        return None
    if any(k.dep_ in _SUBJECT_DEPS for k in verb.children):
        return None
    prep = next((k for k in reversed(list(verb.lefts)) if k.dep_ == "prep"), None)
    if prep is None or prep.right_edge.i + 1 != verb.i or prep.lower_ not in _WHERE:
        return None
    return prep


def _is_finite(verb: Token) -> bool:
    """Return whether a verb is finite, or a past tense the tagger read as a participle.

    "... units of the guard killed and wounded ten": a bare participle with no auxiliary
    that (or whose conjunct) takes an object is a past tense.
    """
    if verb.tag_ in _FINITE:
        return True
    if verb.tag_ != "VBN" or any(k.dep_ in {"aux", "auxpass"} for k in verb.children):
        return False
    verbs = [verb, *(k for k in verb.children if k.dep_ == "conj" and k.pos_ == "VERB")]
    return any(k.dep_ == "dobj" for v in verbs for k in v.children)
