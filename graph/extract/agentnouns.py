"""Nouns that name people or groups of people, or the means of their acts, from WordNet.

Whether a common noun can name someone who acts ("rescuers", "the alliance") or only a
thing or an abstraction ("footage", "shortages"): the extraction rules ask it of a
participle's subject, normalisation of an event's actor (:mod:`graph.normalize.agency`).
Whether it names a weapon, a war machine or an attack ("missiles", "warplanes",
"shelling"), which stands for whoever used it: the clause rules ask it of a subject
(:mod:`graph.extract.agenthood`). The lists are compiled by tools/build_agent_nouns.py
and tools/build_means_nouns.py.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Token

from .eventnouns import owner
from .lexicon import FACILITY_NOUNS, GROUND_NOUNS, PERSON_NOUNS, PLACE_LABELS, PLACE_NOUNS
from .whereabouts import in_place_phrase

__all__ = [
    "in_place_phrase",
    "is_agent_noun",
    "is_generic_agent",
    "is_means_noun",
    "is_someone",
    "load_agents",
]


@cache
def _agent_nouns() -> tuple[frozenset[str], dict[str, str]]:
    """Return the agentive lemmas and their irregular plurals (form -> lemma)."""
    text = (resources.files("graph") / "data" / "agent_nouns.tsv").read_text(encoding="utf-8")
    lemmas: set[str] = set()
    plurals: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        lemma, _, form = line.partition("\t")
        if form:
            plurals[form] = lemma
        else:
            lemmas.add(lemma)
    return frozenset(lemmas), plurals


@cache
def load_agents() -> dict[str, str]:
    """Return the packaged generic agents: lowercase phrase -> CAMEO sector code.

    Phoenix's agents dictionary (``data/agents.tsv``, compiled by tools/build_agents.py):
    "police", "ministry", "embassy", "media" act in event data whatever WordNet's first
    sense of the word is.
    """
    text = (resources.files("graph") / "data" / "agents.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            phrase, code = line.split("\t")
            table[phrase] = code
    return table


@cache
def _means_nouns() -> frozenset[str]:
    """Return the lemmas of weapons, war machines and attacks."""
    text = (resources.files("graph") / "data" / "means_nouns.tsv").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def _lemmas(word: str) -> list[str]:
    """Return the singular forms a plural noun may have ("allies" -> "ally", "men" -> "man")."""
    _, plurals = _agent_nouns()
    found = [word]
    if word in plurals:
        found.append(plurals[word])
    if word.endswith("men"):
        found.append(word[:-3] + "man")
    if word.endswith("ies"):
        found.append(word[:-3] + "y")
    if word.endswith("es"):
        found.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        found.append(word[:-1])
    return found


def is_agent_noun(word: str) -> bool:
    """Return whether a common noun names a person or a group of people ("rescuers": yes).

    Args:
        word: One word, any case; a plural is reduced to its lemma.
    """
    lemmas, _ = _agent_nouns()
    return any(form in lemmas for form in _lemmas(word.lower()))


def is_generic_agent(word: str) -> bool:
    """Return whether one word is a generic agent of Phoenix's dictionary ("embassy": yes)."""
    agents = load_agents()
    return any(form in agents for form in _lemmas(word.lower()))


def is_means_noun(word: str) -> bool:
    """Return whether a common noun names a weapon, a war machine or an attack ("jets": yes).

    Args:
        word: One word, any case; a plural is reduced to its lemma.
    """
    means = _means_nouns()
    return any(form in means for form in _lemmas(word.lower()))


def is_someone(noun: Token) -> bool:
    """Return whether a noun of the parse names someone who can act (a participle's subject)."""
    # a gerund after an object or a phrase in a PP is the clause's adjunct unless that
    # phrase names someone: "bombed positions in Jubb Hamad destroying their vehicles"
    # (a place the tagger missed), "shelled the depots killing two", but "the army fought
    # alongside militiamen guarding the bridge", "police arrested men smuggling arms".
    if noun.lemma_.lower() in PERSON_NOUNS:
        return True
    if noun.pos_ == "NOUN" and is_agent_noun(noun.lower_):
        return True
    if noun.pos_ == "NOUN" and owner(noun) is not None and not _is_ground(noun):
        # "resulted in US warplanes downing two drones": a state's own means, "a UN
        # resolution calling for": its text; but a place is no one, whoever owns it
        # ("hit children in their schools, killing").
        return True
    # "shelled homes in Tell Abyad claiming the lives of ...": a name "in" a place
    # phrase is a place, whatever the tagger says (it may call it a PERSON).
    return not in_place_phrase(noun) and noun.ent_type_ in {"PERSON", "NORP", "ORG"}


def _is_ground(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in PLACE_NOUNS | FACILITY_NOUNS | GROUND_NOUNS or noun.ent_type_ in PLACE_LABELS
