"""Whether a resolved actor can be the agent of an event (someone who acts).

An event is an act of an agent: a person, a group, an organisation, a state. A clause
whose subject is a thing, a place, a message or an abstraction ("the video shows ...",
"the siege created shortages", "the war began with protests", "the town suffered") or a
pronoun nobody can be found for states a fact, not a coded event; normalisation keeps
it as a relation fact (``ng:RelationEvent``). The positive evidence, in order:

- the actor resolved to an actor type that acts (a country, a government, an armed
  group, a person ...; see :data:`AGENT_TYPES`);
- its head is a generic agent (Phoenix's agents, :mod:`graph.normalize.agents`) or a
  noun whose main sense names a person or a group of people in WordNet
  (``data/agent_nouns.tsv``, compiled by ``tools/build_agent_nouns.py``);
- its head is capitalised and it is not a place: a name the dictionaries lack.
"""

from __future__ import annotations

import re

from ..extract.agentnouns import is_agent_noun, is_means_noun
from ..extract.eventkinds import UNNAMED_ACT_CLASSES, is_attack_verb
from ..extract.landings import is_landing_action
from ..extract.lexicon import (
    EVENT_NOUNS,
    FACILITY_NOUNS,
    GROUND_NOUNS,
    LIGHT_EVENT_VERBS,
    PLACE_NOUNS,
    QUANTITY_NOUNS,
    WEAPON_VERBS,
    WHOLE_CONFLICT_NOUNS,
)
from ..model import UNRESOLVED, Event
from .agents import find_agent
from .phrase import POSSESSIVES, PRONOUNS, Ref, clean

__all__ = [
    "AGENT_TYPES",
    "POLITICAL_TYPES",
    "head_words",
    "is_agent_noun",
    "is_agentive",
    "is_coded_act",
    "is_attack_head",
    "is_someone_or_somewhere",
    "is_unnamed_attack",
]

# Actor types that act on their own.
AGENT_TYPES = frozenset(
    {"person", "country", "government", "military", "armed-group", "organisation", "civilian"}
)
# Actor types event data codes as political actors (not private persons or civilians).
POLITICAL_TYPES = frozenset({"country", "government", "military", "armed-group", "organisation"})
# A phrase's head ends before its first preposition or relative word: "an explosion at a
# mosque in Idlib province" is an explosion; "members of the group" are members.
_HEAD_END = re.compile(
    r"^(?:of|at|in|on|from|with|near|by|to|into|for|across|along|outside|inside|against|"
    r"during|after|before|since|who|which|that|whose|including|among|between)$"
)
_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some"}
    | {"many", "most", "several", "all", "none"}
)
# Nouns that group acts or weapons: "a string of bomb blasts killed 40" is the blasts'.
_GROUP_NOUNS = frozenset(
    {"series", "wave", "waves", "string", "round", "rounds", "spate", "barrage", "volley"}
    | {"volleys", "flurry", "salvo", "salvoes", "salvos"}
)
_FIRST_PERSON = frozenset({"i", "we", "you", "me", "us", "our", "my", "your"})
_GROUND = PLACE_NOUNS | GROUND_NOUNS | FACILITY_NOUNS


def _is_event_noun(word: str) -> bool:
    return word in EVENT_NOUNS or word.rstrip("s") in EVENT_NOUNS


def is_attack_head(head: str) -> bool:
    """Return whether a lowercase head word names a weapon or an act ("shells", "the raid")."""
    return is_means_noun(head) or _is_event_noun(head)


def _head(words: list[str]) -> list[str]:
    """Return the words of a phrase up to its head ("an explosion at a mosque" -> an explosion)."""
    for at, word in enumerate(words):
        if at and _HEAD_END.match(word.lower()):
            return words[:at]
    return words


def head_words(text: str) -> list[str]:
    """Return the words of a phrase up to its head ("an attack on a mosque" -> an attack).

    A count, a part or a span is read as what it counts: "two days of rebel shelling"
    -> rebel shelling, "six of the raids" -> the raids, "a wave of raids" -> raids.
    """
    words = clean(text)
    head = _head(words)
    last = head[-1].lower() if head else ""
    counts = last in QUANTITY_NOUNS or last.isdigit() or last in _NUMBER_WORDS | _GROUP_NOUNS
    if counts and len(head) < len(words) and words[len(head)].lower() == "of":
        return _head(words[len(head) + 1 :]) or head
    return head


def is_agentive(ref: Ref, text: str, *, initial: bool = False) -> bool:
    """Return whether an actor phrase, resolved to ``ref``, names someone who can act.

    Args:
        ref: The actor as resolved by normalisation.
        text: The phrase as written in the sentence.
        initial: The phrase opens its sentence, so its first word is capitalised anyway.

    Returns:
        False for places, unresolved phrases (pronouns with no antecedent, weapons and
        event nouns with no one named, numbers, datelines) and phrases headed by a thing
        or an abstraction; True for actor types that act, generic agents, nouns of people
        and groups, and unknown names.
    """
    if ref.actor_type in AGENT_TYPES:
        return True
    if ref.actor_type == "location":
        return False
    words = _head(clean(text))
    head = words[-1].rsplit("-", 1)[-1] if words else ""
    lowered = head.lower()
    if not head or not head[0].isalpha() or lowered in PRONOUNS or lowered in _FIRST_PERSON:
        return False
    if find_agent(words) is not None or is_agent_noun(lowered):
        return True
    if words[0].lower() in POSSESSIVES and _is_event_noun(lowered):
        return True  # "its indiscriminate bombing killed ...": its owner acted, whoever it is
    if ref.actor_type == UNRESOLVED:
        return False  # a dateline, boilerplate, a number: the resolver knew it is no name
    # an unknown name ("Jabhat Fatah al-Sham", "Talal Barazi"); a lower-case head here
    # is a thing or an abstraction ("the siege", "an amateur video", "food shortages"),
    # and so is a capitalised plural opening the sentence ("Videos show ...", but
    # "Nyrabiya called on ..." is a name).
    return head[0].isupper() and not (initial and len(words) == 1 and lowered.endswith("s"))


def is_someone_or_somewhere(ref: Ref, text: str) -> bool:
    """Return whether a target phrase names someone, a place, or an event.

    A private person's act the lexicon does not code is an event only when it is done to
    someone or somewhere ("the mayor purged the officers", "rebels retook the town"); done
    to a thing ("a vendor sold bread", "colleagues scraped the rubble") it is a fact.
    """
    if ref.actor_type == "location" or is_agentive(ref, text):
        return True
    words = _head(clean(text))
    head = words[-1].rsplit("-", 1)[-1].lower() if words else ""
    return head in _GROUND or head.rstrip("s") in _GROUND or _is_event_noun(head)


def is_unnamed_attack(text: str, action: str, action_class: str) -> bool:
    """Return whether an actor phrase no one resolved is a weapon or an attack that attacks.

    "Mortar rounds hit the school", "the bombardment killed ten": an attack by someone
    the text does not name (the event stays, its actor unresolved); "the shelling
    followed the talks" relates two events and "the report accused X" is a message.
    """
    words = head_words(text)
    head = words[-1].rsplit("-", 1)[-1].lower() if words else ""
    if not head or not is_attack_head(head):
        return False
    if head in WHOLE_CONFLICT_NOUNS or head.rstrip("s") in WHOLE_CONFLICT_NOUNS:
        return False  # "the war has killed 300,000": a toll, not an attack
    verb = action.split()[0] if action else ""
    # ("shells fell on the market": a munition coming down is an attack, see landings)
    landed = is_landing_action(action)
    return action_class in UNNAMED_ACT_CLASSES and (is_attack_verb(verb) or landed)


# Doers whose uncoded acts are facts: civilians, unresolved roles, and people of no party
# (type "other": nouns of people the gazetteer and the agents dictionary do not list).
_PRIVATE_TYPES = frozenset({"civilian", UNRESOLVED, "other"})


def is_coded_act(event: Event, actor: Ref, target: Ref) -> bool:
    """Return whether an uncoded event may still be one an analyst codes.

    A political actor's act is (a state, an army, an armed group, an organisation: "the
    group relocated its leadership"), and so is an act on someone or somewhere, or one
    that sends a weapon or an event ("launched a barrage of rockets on X"). A private
    person's act on a thing is not ("a vendor sold bread"), nor a civilian's on anyone,
    nor that of people no gazetteer or agent list names as a party ("the pilots flew a
    cargo plane", "the recruits travelled to the border").
    """
    verb = event.action.split()[0]
    if actor.actor_type in POLITICAL_TYPES or verb in LIGHT_EVENT_VERBS | WEAPON_VERBS:
        return True
    private = actor.actor_type in _PRIVATE_TYPES  # "doctors treated the victims"
    return not private and is_someone_or_somewhere(target, event.target)
