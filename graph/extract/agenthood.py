"""Whether a clause's subject can be its actor: someone, a means of someone's act, or a thing.

An event's actor is someone who acts (a person, a group, a state). A subject may instead
be the means of an act ("a missile hit the school", "the shelling killed ten"), which
stands for whoever used it (:func:`graph.extract.eventnouns.resolve_instrument` finds
them in the text or leaves them unresolved), or a thing or an abstraction that does not
act at all ("the lull in the bombing should bring relief", "the loss of the surgeon
leaves two doctors", "the bridge links the banks"): then the clause states a fact,
whoever the phrase mentions. Nouns of people and groups and nouns of weapons, war
machines and attacks come from WordNet (:mod:`graph.extract.agentnouns`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .agentnouns import is_agent_noun, is_generic_agent, is_means_noun
from .eventnouns import is_event_noun, owner
from .lexicon import AGENT_NOUNS, PERSON_NOUNS, QUANTITY_NOUNS, WHOLE_CONFLICT_NOUNS
from .spans import child

__all__ = ["counted", "is_whole_conflict", "names_no_one"]

# Entity labels of names that may act (places are judged by normalisation).
_NAMED = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})


def counted(noun: Token) -> Token:
    """Return what a count, a part or a span is of: "dozens of militants" -> militants.

    "six of the air raids" -> raids; "tens of thousands of residents" -> residents;
    any other noun is returned as it is.
    """
    for _ in range(3):
        is_count = (
            noun.like_num
            or noun.tag_ == "CD"
            or noun.lower_ in QUANTITY_NOUNS
            or noun.lemma_.lower() in QUANTITY_NOUNS
        )
        of = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
        pobj = child(of, "pobj") if of is not None and is_count else None
        if pobj is None:
            return noun
        noun = pobj
    return noun


def is_whole_conflict(noun: Token) -> bool:
    """Return whether an event noun names a whole war or a happening ("the war", "the incident")."""
    return noun.lemma_.lower() in WHOLE_CONFLICT_NOUNS or noun.lower_ in WHOLE_CONFLICT_NOUNS


def names_no_one(noun: Token) -> bool:
    """Return whether a subject is a thing or an abstraction: neither someone nor a means.

    "the lull in the bombing", "the loss of the surgeon", "evacuations of civilians":
    True, whoever the phrase mentions. Names, pronouns, nouns of people and groups
    ("rescuers", "the alliance", "dozens of militants"), weapons and attacks
    ("warplanes", "the shelling") and a thing with an owner who acts through it ("the
    UN's report", "Turkey's decision", "a statement from UNICEF"): False.
    """
    noun = counted(noun)
    if noun.pos_ != "NOUN" or noun.ent_type_ in _NAMED:
        return False
    words = {noun.lower_, noun.lemma_.lower()}
    if words & (PERSON_NOUNS | AGENT_NOUNS):
        return False
    if any(is_agent_noun(w) or is_generic_agent(w) or is_means_noun(w) for w in words):
        return False
    return not is_event_noun(noun) and owner(noun) is None and _author(noun) is None


def _author(noun: Token) -> Token | None:
    """Return who a thing comes from: "a statement from UNICEF", "a report by the panel"."""
    # a message or a finding stands for its author, as "the UN's report" does.
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in {"from", "by"}:
            pobj = child(prep, "pobj")
            if pobj is not None and not names_no_one(pobj) and not is_event_noun(pobj):
                return pobj
    return None
