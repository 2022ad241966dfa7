"""A participle on an event noun is that event's act, not the clause subject's (private).

"The council condemned attacks targeting civilians": the attacks target the civilians,
the council only condemns them. A gerund that modifies an attack (or a weapon) tells
what the attack did, so its doer is whoever did the attack: the noun's owner when the
text names one ("Russian strikes targeting markets" -> Russia), else no one named (an
attack by someone unknown). The clause's subject did the attack only when its verb
carries the event noun ("the army launched strikes targeting rebel positions", "fired
missiles targeting the base") or the noun is an adjunct of the subject's own attack
("jets killed ten in raids targeting a market"); :func:`acts_itself` tells the two apart.
A vehicle does what it carries or where it goes ("struck a bus carrying
workers": the bus carries them; :func:`conveys`). A gerund of saying after an event
noun ("condemned the attack, calling it a crime") is the clause subject's comment and
is left to the rules of speech.
"""

from __future__ import annotations

from spacy.tokens import Token

from .classify import label_class
from .eventnouns import is_event_noun
from .lexicon import FORCE_CLASSES, LIGHT_EVENT_VERBS, WEAPON_VERBS

__all__ = ["acts_itself", "conveys"]

# Vehicles and what they do with their load: "struck a bus carrying evacuees" (the bus
# carries them, not the attacker), "hit a convoy travelling to the city".
_VEHICLES = frozenset(
    {"bus", "minibus", "convoy", "truck", "lorry", "van", "car", "ambulance", "vehicle"}
    | {"boat", "ship", "vessel", "ferry", "plane", "aircraft", "helicopter", "train", "tanker"}
)
_CONVEYING = frozenset({"carry", "transport", "ferry", "evacuate", "travel", "bring", "tow"})
# Event nouns of no attack: a deal, a truce or a protest does not target or use anything
# ("a deal involving X", "sanctions targeting officials" are the subject's measures).
_PEACEFUL = frozenset(
    {"talks", "meeting", "negotiation", "agreement", "deal", "accord", "treaty", "ceasefire"}
    | {"truce", "protest", "demonstration", "sanction", "sanctions", "embargo", "support"}
    | {"advance", "gain", "push"}
)
# Verbs whose subject does the event noun they take as object: the light ones ("launched
# strikes", "carried out raids") and "spearheaded an attack", "fired missiles".
_DOING_VERBS = LIGHT_EVENT_VERBS | WEAPON_VERBS | {"spearhead", "extend", "use", "employ"}
# Verbs of an attack's means: "an attack using chlorine" ("clashes involving X" names
# a party, not a means, and is left as it was).
_MEANS_VERBS = frozenset({"use", "employ"})


def acts_itself(verb: Token, clause: Token | None) -> bool:
    """Return whether the event noun under ``verb`` does it rather than ``clause``'s subject.

    ``clause`` is the verb whose object (or object's phrase) the noun is. "condemned
    attacks targeting civilians", "suffered an attack using chlorine", "comes amid an
    offensive targeting X" -> True; "launched strikes targeting X", "killed 22 in an
    attack targeting a party", "condemned the attack saying ..." -> False.
    """
    noun = verb.head
    peaceful = noun.lemma_.lower() in _PEACEFUL or noun.lower_ in _PEACEFUL
    if not is_event_noun(noun) or peaceful or not _is_attack_act(verb):
        return False
    if clause is None:
        return True
    if clause.lemma_.lower() in _DOING_VERBS:
        return False
    return not _is_attack_adjunct(noun, clause)


def _is_attack_act(verb: Token) -> bool:
    """Return whether a gerund says what an attack did ("targeting", "killing", "using")."""
    lemma = verb.lemma_.lower()
    return lemma in _MEANS_VERBS or label_class(lemma) in FORCE_CLASSES


def _is_attack_adjunct(noun: Token, clause: Token) -> bool:
    """Return whether ``noun`` is a phrase of ``clause``'s own attack ("killed ten in raids").

    (The phrase may hang on the verb's object: "destroyed their depots in raids".)
    """
    return noun.dep_ == "pobj" and label_class(clause.lemma_.lower()) in FORCE_CLASSES


def conveys(verb: Token) -> bool:
    """Return whether ``verb`` is what the vehicle it modifies does with its load or route.

    "a bomb struck a bus carrying workers", "jets hit a convoy travelling north" -> True:
    the bus carries the workers; "jets hit a bus killing four" -> False (a result).
    """
    noun = verb.head
    return noun.lemma_.lower() in _VEHICLES and verb.lemma_.lower() in _CONVEYING
