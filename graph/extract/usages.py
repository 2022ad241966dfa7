"""Dictionary patterns that read a conflict report in a peacetime sense (private to extract).

The CAMEO dictionary was written for diplomatic and civil news; some of its phrase patterns
name a civil act that war news tells with the same words:

- "STAGE * STRIKE" is a labour strike (CAMEO 143, PROTEST); "staged air strikes on the
  town", "the army staged strikes" are air or artillery strikes: the noun's own event;
- "BLOCK * ROAD" is a protesters' obstruction (CAMEO 144); troops or militiamen blocking
  a road impose a blockade (CAMEO 191, COERCE);
- "CARRY_OUT * OPERATIONS" is military cooperation (CAMEO 062), which needs a partner
  ("a joint operation", "operations with the allies"); an armed party's operation
  with none named is its use of force (CAMEO 190);
- releasing a figure, a statement or a video publishes it: a statement (CAMEO 010),
  not the release of prisoners (RETREAT);
- an armed party's "missions" ("jets carried out missions over the town") are sorties,
  conventional force (CAMEO 190), not the work of a delegation;
- "delivered a missile strike on X", "sent a truck bomb into the district": what is
  delivered is an attack or a bomb, not aid or troops: the attack (a bomb's is
  CAMEO 183, explosives).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .combat import armed_agent, armed_subject, verb_objects
from .eventclass import noun_class
from .lexicon import LIGHT_EVENT_VERBS, word_set
from .misfires import is_armed
from .requests import demanding_message

__all__ = ["peacetime_misread"]

_FORCE = Code("190", "FIGHT", "")
_BLOCKADE = Code("191", "COERCE", "")
_STATEMENT = Code("010", "STATEMENT", "")
_BOMBING = Code("183", "ASSAULT", "explosives")
# Verbs that deliver what they send ("an offensive assisted by X" is help given, not sent).
_SENDING = word_set("send deliver dispatch drive fly ship")
_BOMBS = word_set("bomb bombs explosive explosives ied ieds vbied")
# What makes a strike an attack: the means or the service that strikes.
_ARMS = word_set(
    "air aerial missile missiles rocket drone artillery military retaliatory precision "
    "punitive airstrike naval cruise"
)
_OBSTRUCTING = word_set("block barricade close seal")
# What a party publishes when it releases it.
_INFORMATION = word_set(
    "figure figures number numbers toll statement statements report reports video videos "
    "footage photo photos photograph photographs picture pictures image images detail "
    "details name names finding findings result results data list statistic statistics "
    "recording recordings audio communique"
)
# An armed party's missions are sorties or raids (a commission's mission is its work).
_MISSIONS = word_set("mission missions")
# What names a partner of a military cooperation.
_JOINT = word_set("joint combined allied coordinated common")
_WITH = word_set("with alongside together")


def peacetime_misread(verb: Token, code: Code) -> Code | None:
    """Return the code of a verb whose dictionary code reads a civil act into war news.

    Args:
        verb: The predicate token.
        code: The code the dictionary or a label gave it.

    Returns:
        The code of the act told here, or None when the code fits.
    """
    objects = verb_objects(verb)
    lemma = verb.lemma_.lower()
    armed = armed_subject(verb) or armed_agent(verb)
    if code.plover == "PROTEST" and any(_is_attack_strike(o, armed) for o in objects):
        return _struck(objects)  # "the air force staged strikes on the town"
    if code.plover == "PROTEST" and lemma in _OBSTRUCTING and armed:
        return _BLOCKADE  # "militiamen blocked the road to the border"
    if code.cameo.startswith("062") and armed and not _has_partner(verb, objects):
        return _FORCE  # "the army carried out a special operation in the valley"
    if code.plover in {"AID", "MOBILIZE"} and lemma in _SENDING | LIGHT_EVENT_VERBS:
        sent = _sent_attack(objects)
        if sent is not None:
            return sent  # "delivered a missile strike on X", "sent a truck bomb into X"
    if code.plover == "CONSULT" and demanding_message(verb) is not None:
        return demanding_message(verb)  # "sent letters to the UN calling for an end to X"
    informs = any(o.lemma_.lower() in _INFORMATION for o in objects)
    if code.plover == "RETREAT" and lemma == "release" and informs:
        return _STATEMENT  # "the ministry released no figure for the dead"
    sorties = any(o.lemma_.lower() in _MISSIONS for o in objects)
    if code.plover in {"", "OTHER"} and lemma in LIGHT_EVENT_VERBS and sorties:
        # "the air force carried out missions over the valley": sorties
        return _FORCE if armed or _armed_conjunct(verb) else None
    return None


def _armed_conjunct(verb: Token) -> bool:
    """Return whether a subject's conjunct is armed: "neither X nor Y's air force"."""
    subjects = [k for k in verb.children if k.dep_ == "nsubj"]
    return any(is_armed(c) for s in subjects for c in s.conjuncts)


def _is_attack_strike(noun: Token, armed: bool) -> bool:
    """Return whether "strike(s)" is an attack: "air strikes", or struck by armed men."""
    if noun.lemma_.lower() not in {"strike", "airstrike"}:
        return False
    modifiers = {k.lower_ for k in noun.children if k.dep_ in {"amod", "compound"}}
    return armed or noun.lemma_.lower() == "airstrike" or bool(modifiers & _ARMS)


def _struck(objects: list[Token]) -> Code:
    for noun in objects:
        found = noun_class(noun)
        if found[0] in {"FIGHT", "ASSAULT"}:
            return Code(found[1], found[0], found[2])
    return _FORCE


def _sent_attack(objects: list[Token]) -> Code | None:
    """Return the attack a delivered object is: "a missile strike", "a truck bomb"."""
    for noun in objects:
        if noun.lemma_.lower() in _BOMBS:
            return _BOMBING
        found = noun_class(noun) if noun.pos_ == "NOUN" else ("", "", "")
        if found[0] in {"FIGHT", "ASSAULT"}:
            return Code(found[1], found[0], found[2])
    return None


def _has_partner(verb: Token, objects: list[Token]) -> bool:
    """Return whether a military cooperation names a partner: "a joint operation with X"."""
    heads = [verb, *objects]
    for head in heads:
        for kid in head.children:
            if kid.dep_ in {"amod", "compound"} and kid.lower_ in _JOINT:
                return True
            if kid.dep_ in {"prep", "advmod"} and kid.lower_ in _WITH:
                return True
    # "the army and the militia", "Ruritanian and Lomvian warships": two parties
    subject = next((k for k in verb.children if k.dep_ == "nsubj"), None)
    return subject is not None and any(k.dep_ == "conj" for k in subject.subtree)
