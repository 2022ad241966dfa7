"""Coercion and armed stand-offs named by verbs the dictionary codes otherwise (private).

- "the gunmen rounded up forty villagers": detaining people (CAMEO 173, PLOVER COERCE
  "arrest"); the dictionary lists "round up" with no code;
- "troops blocked the delivery of food", "the police prevented the evacuation of the
  wounded", "soldiers hindered the entry of aid": stopping people or goods from moving is
  a blockade (CAMEO 191, COERCE "restrict"), whatever the verb codes with other objects
  (the dictionary's "prevent" alone is a refusal, 120);
- "the militia drove hundreds of families from their homes": expelling people (CAMEO
  174, COERCE "deport"); driving armed men back is fighting (:mod:`.combat`);
- "the army confronted the attackers", "the guards confronted an assault on the gate":
  armed men facing armed men or an attack fight them (CAMEO 190), not the dictionary's
  "CONFRONT [040]" meeting; "confronted the minister with the letters" keeps its code;
- "the fighters held back the militants", "held off the assault", "the army stopped the
  advance of the rebels": repelling armed men or an attack (CAMEO 190); "held back
  tears", "held off on a decision", "stopped the convoy" are no fight.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .lexicon import (
    EVENT_NOUNS,
    FACILITY_NOUNS,
    GROUND_NOUNS,
    PLACE_NOUNS,
    RECIPROCAL_NOUNS,
    word_set,
)
from .misfires import clause_subject, is_armed

__all__ = ["coercion_sense"]

_ARREST = Code("173", "COERCE", "arrest")
# Words that make "hold" someone another act: a hostage-taking, a blame, a trial.
_HELD_OTHERWISE = word_set(
    "hostage hostages captive captives prisoner prisoners responsible accountable liable account"
)
_BLOCKADE = Code("191", "COERCE", "restrict")
_EXPULSION = Code("174", "COERCE", "deport")
_FORCE = Code("190", "FIGHT", "")

_HINDERING = word_set("prevent block hinder impede obstruct bar halt stop")
# Movements of people and goods that a blockade stops ("the evacuation of the wounded").
_MOVEMENTS = word_set(
    "evacuation evacuations entry exit delivery deliveries passage access departure "
    "return movement movements escape arrival transfer flow convoy convoys"
)
_HOMES = word_set("home homes house houses village villages land lands town towns city")
# Attacks an armed party meets or holds off ("an assault on the gate", "their advance").
_ATTACKS = word_set(
    "attack attacks assault assaults advance advances offensive offensives raid raids "
    "incursion incursions onslaught push"
)
# Common nouns of armed men the sector tables miss ("the attackers", "the gunmen").
_ATTACKERS = word_set(
    "attacker attackers assailant assailants gunman gunmen raider raiders guard guards "
    "sentry sentries defender defenders"
)
_STOPPING = word_set("stop halt check stem")
# Security men who stop movement without being a fighting force ("riot police").
_SECURITY = word_set("police policeman policemen gendarme gendarmes gendarmerie")
# Words that make a doer armed men where the sector tables say nothing ("terror groups").
_TERROR = word_set("terror terrorist terrorists")
# Barriers that stop movement as a blockade does ("the siege blocked deliveries").
_BARRIERS = word_set(
    "siege sieges blockade blockades blockage blockages checkpoint checkpoints closure closures "
    "roadblock roadblocks"
)
# Parties that armed men hold back ("held back the group"), unlike crowds or reporters.
_PARTIES = word_set("group groups faction factions organization organisation")


def _objects(verb: Token) -> list[Token]:
    found = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        found.append(verb.head)  # "the villagers rounded up by the militia"
    return found


def _particles(verb: Token) -> set[str]:
    # the parser often reads "held back the group" with "back" as an adverb
    return {k.lower_ for k in verb.children if k.dep_ in {"prt", "advmod"} and k.i > verb.i}


def _hostile(noun: Token) -> bool:
    """Return whether a noun names armed men or an attack ("the gunmen", "their assault")."""
    lemma = noun.lemma_.lower()
    return is_armed(noun) or lemma in _ATTACKS or noun.lower_ in _ATTACKERS


def _doers(verb: Token) -> list[Token]:
    """Return the verb's subjects (or its governor's) and its passive agents."""
    subjects = [k for k in verb.children if k.dep_ == "nsubj"]
    if verb.dep_ in {"xcomp", "conj", "relcl"}:
        found = clause_subject(verb)  # "the checkpoints that blocked it": the checkpoints
        subjects = [found] if found is not None else []
    agents = [k for k in verb.children if k.dep_ == "agent"]
    if any(k.dep_ == "auxpass" for k in verb.children):
        # "prevented from reaching the towns by gunmen": the parser hangs "by" on the town
        agents = [k for k in verb.subtree if k.dep_ in {"agent", "prep"} and k.lower_ == "by"]
    return subjects + [c for a in agents for c in a.children if c.dep_ == "pobj"]


def _is_force(noun: Token) -> bool:
    """Return whether a doer is armed men: "the army", "the gunmen", "terror groups"."""
    words = [noun, *(k for k in noun.children if k.dep_ in {"compound", "amod"})]
    armed = any(w.lemma_.lower() in _TERROR for w in words)
    return armed or is_armed(noun) or noun.lower_ in _ATTACKERS


def _armed_doer(verb: Token, *, security: bool = False) -> bool:
    """Return whether the verb's doer is armed men (or, with ``security``, police or a siege)."""
    blockers = _SECURITY | _BARRIERS if security else frozenset()
    return any(_is_force(s) or s.lemma_.lower() in blockers for s in _doers(verb))


def _people(noun: Token) -> bool:
    from .agenthood import counted  # agenthood -> agentnouns -> eventnouns -> classify
    from .agentnouns import is_someone  # agentnouns -> eventnouns -> classify

    return is_someone(counted(noun)) or noun.pos_ == "PRON"


def _held_people(verb: Token, objects: list[Token]) -> bool:
    """Return whether "hold" keeps people in custody, not "held them responsible"."""
    if any(k.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} for k in verb.children):
        return False
    if any(k.lower_ in _HELD_OTHERWISE for k in verb.subtree):
        return False  # the dictionary's hostage-taking, the blame of "held X responsible"
    # plural common nouns of people only: a name may be a place ("Kel Dara has been held by
    # X"), and so may a noun of the ground ("a village held by the militia"); a singular
    # noun of a group is an event held ("held an emergency meeting", "held a rally").
    ground = PLACE_NOUNS | FACILITY_NOUNS | GROUND_NOUNS | EVENT_NOUNS | RECIPROCAL_NOUNS
    return any(_people(o) and o.tag_ == "NNS" and o.lemma_.lower() not in ground for o in objects)


def _from_homes(verb: Token) -> bool:
    """Return whether the verb has "from their homes" or "out of the village"."""
    for prep in verb.children:
        if prep.dep_ not in {"prep", "prt", "advmod"} or prep.lower_ not in {"from", "out"}:
            continue
        inner = [k for k in prep.children if k.dep_ == "prep" and k.lower_ == "of"]
        places = [p for q in [prep, *inner] for p in q.children if p.dep_ == "pobj"]
        if any(p.lemma_.lower() in _HOMES for p in places):
            return True
    return False


def coercion_sense(verb: Token) -> Code | None:
    """Return the code of a detention, blockade, expulsion or armed stand-off, if any."""
    lemma = verb.lemma_.lower()
    objects = _objects(verb)
    particles = _particles(verb)
    if lemma == "round" and "up" in particles and any(_people(o) for o in objects):
        return _ARREST
    if lemma == "hold" and not particles and _held_people(verb, objects):
        return _ARREST  # "the junta is holding three pilots": a detention
    if lemma in _HINDERING and any(o.lemma_.lower() in _MOVEMENTS for o in objects):
        # "the agency halted its deliveries", "parliament blocked the transfer": no blockade
        return _BLOCKADE if _armed_doer(verb, security=True) else None
    if lemma == "drive" and _from_homes(verb):
        people = [o for o in objects if _people(o) and not _hostile(o)]
        return _EXPULSION if people else None
    if lemma == "confront" and any(_hostile(o) for o in objects) and _armed_doer(verb):
        return _FORCE
    if lemma == "hold" and particles & {"back", "off"} and _repelled(verb, objects):
        return _FORCE
    if lemma in _STOPPING and _armed_doer(verb) and any(_enemy_attack(o, verb) for o in objects):
        return _FORCE  # not "the president halted the army's offensive", "rain stopped it"
    return None


def _enemy_attack(noun: Token, verb: Token) -> bool:
    """Return whether a noun is an attack a named foe makes ("the rebels' advance").

    Stopping one's own attacks ("called on them to stop attacks on civilians", "the
    armies halted their attacks", "the militia halted the militia's push") is no fight;
    a pronoun owner may be the subject.
    """
    if noun.lemma_.lower() not in _ATTACKS:
        return False
    owners = [
        k
        for k in noun.children
        if k.dep_ in {"poss", "compound", "nmod"} and k.pos_ in {"PROPN", "NOUN"}
    ]
    by = [k for k in noun.children if k.dep_ in {"prep", "agent"} and k.lower_ in {"of", "by"}]
    owners += [c for k in by for c in k.children if c.dep_ == "pobj"]
    if not owners and by:
        return True
    own = {d.lemma_.lower() for d in _doers(verb)}
    return any(o.lemma_.lower() not in own for o in owners)


def _repelled(verb: Token, objects: list[Token]) -> bool:
    """Return whether what is held back is an attack, armed men, or a party armed men face.

    Soldiers holding back reporters or a crowd at a checkpoint are no fight.
    """
    if any(_hostile(o) for o in objects):
        return True
    return _armed_doer(verb) and any(_party(o) for o in objects)


def _party(noun: Token) -> bool:
    """Return whether a noun names an organised party: "the group", "the Varn militia"."""
    if noun.pos_ == "PROPN":
        return noun.ent_type_ != "PERSON"
    return noun.lemma_.lower() in _PARTIES
