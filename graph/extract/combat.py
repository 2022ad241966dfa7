"""Acts of fighting named by verbs the dictionary does not code so (private to extract).

- "took out three commanders", "took out the tanks": killing or destroying, as "kill";
- "drove the gunmen out of the village", "drove them from two hills", "drove the rebels
  back": pushing the enemy back (the class of "push back");
- "gained ground", "won a foothold", "secured three villages": advancing on the ground
  (the class of "advance"), a share or a measure of ground too ("secured large swathes
  of territory", "gained 300 kilometres of territory"); "gained support", "secured a
  deal" are no advance; nor are gains made unless armed men make them or they are made
  against someone ("the rebels made gains", "scored gains against the army"; not "the
  party made gains in the vote");
- "two shells landed on the market", "a rocket fell on the school": munitions that strike
  are the strike (CAMEO 190, conventional force), whoever fired them;
- "flew sorties over the valley", "carried out combat missions": air strikes (CAMEO 195);
- "inflicted heavy losses (tens of casualties) on the gunmen": a battle's casualties (as
  "kill"), not the dictionary's "INFLICT [170]" coercion;
- "the rebels took the village": taking ground is occupying territory (CAMEO 192, FIGHT:
  see ``tools/build_lexicon.py``), as the dictionary codes "take control of" it;
- "used sarin against the town", "employed toxic gas": a chemical attack (CAMEO 2041);
- "the fighters reached the outskirts of the town": armed men reaching a place advance;
  "the rebels resisted the army's push", "will continue to resist the invaders": resisting
  armed men, a party or an attack is fighting them ("resisted pressure" is not);
- "the shelling reduced the market to rubble": destroying it;
- "the militias depopulated three villages": a mass expulsion (CAMEO 201);
- "eight civilians were martyred in the shelling": killed;
- "the gunmen took 300 villagers": an abduction (CAMEO 181), unless they took them
  somewhere ("took the wounded to hospital");
- "a siege enforced by the army", "tightened the noose around the town", "the troops
  trapped the gunmen in the mill": besieging ("trapped under the rubble" is not);
- "breached the cessation of hostilities", "violated the truce": a ceasefire violated
  (CAMEO 196), as the dictionary codes "BREACH * &CEASEFIRE" for the words it lists;
- "the army dealt a heavy blow to the rebels", "delivered a setback to the militia": armed
  men's blows and defeats are fighting;
- "the car bomb claimed eight", "six were claimed in the blast": a toll claimed is
  killed (as "claimed the lives of"); "claimed the attack" is a claim;
- "the gunmen trapped 150 soldiers near the base": trapping armed men is besieging them;
- "the army pressed the gunmen", "pressed its offensive against the rebels": pressing
  armed men or an attack is fighting ("pressed the council" is a demand).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .effects import harm_noun
from .hostileops import is_hostile_operation
from .labels import default_class, label_class
from .lexicon import (
    FACILITY_NOUNS,
    GAS_WORDS,
    GROUND_NOUNS,
    PERSON_NOUNS,
    PLACE_LABELS,
    PLACE_NOUNS,
    word_set,
)
from .misfires import clause_subject, is_armed
from .strikesenses import strike_sense
from .territory import ground_part

__all__ = ["armed_agent", "armed_subject", "combat_sense", "verb_objects"]

_FORCE = Code("190", "FIGHT", "")
_AWAY = word_set("out back away")
_FROM = word_set("from out")
_GAINING = word_set("gain win secure")
_MAKING = word_set("make score achieve register notch")
_GROUND = word_set("ground territory foothold footholds")
_LOSSES = word_set("loss losses casualty casualties defeat defeats damage")
_OCCUPY = Code("192", "FIGHT", "")
_CHEMICAL = Code("2041", "ASSAULT", "unconventional")
_EXPULSION = Code("201", "ASSAULT", "cleansing")
_ABDUCTION = Code("181", "ASSAULT", "abduct")
_ENFORCING = word_set("enforce tighten maintain")
_VIOLATING = word_set("breach violate break")
_TRUCES = word_set("ceasefire cease-fire truce cessation hostilities armistice")
_VIOLATION = Code("196", "FIGHT", "")
_DEALING = word_set("deal give strike inflict land deliver")
_BLOWS = word_set("blow blows setback setbacks defeat defeats")
_SIEGES = word_set("siege sieges blockade blockades noose cordon encirclement")
_USING = word_set("use employ")
_RUINS = word_set("rubble ruins ruin ashes ash dust")
# What a claim counts when it counts no dead: responsibility, credit, a win, an attack.
_NO_TOLL = word_set("responsibility credit victory win attack attacks bombing bombings")
_VICTIMS = word_set("person persons people martyr martyrs victim victims civilian civilians")
_OFFENSIVES = word_set("offensive attack assault advance push onslaught drive")
_RESISTING = word_set("resist withstand")
_HELD = word_set("position positions base bases hilltop hill hills stronghold strongholds")


def verb_objects(verb: Token) -> list[Token]:
    """Return what a verb acts on: its object, a passive's subject, a participle's noun."""
    found = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        found.append(verb.head)  # "the villages secured by the army"
    return found


def _particles(verb: Token) -> set[str]:
    return {k.lower_ for k in verb.children if k.dep_ in {"prt", "advmod", "prep"}}


def _is_place(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in PLACE_LABELS or lemma in PLACE_NOUNS | GROUND_NOUNS


def _code(cls: str) -> Code | None:
    return Code("", cls, "") if cls else None


def combat_sense(verb: Token) -> Code | None:
    """Return the code of an act of fighting named by an uncoded verb sense, if any."""
    from .agentnouns import is_means_noun, is_someone  # agentnouns -> ... -> classify

    lemma = verb.lemma_.lower()
    objects = verb_objects(verb)
    particles = _particles(verb)
    if lemma == "take" and "out" in particles:
        hit = [o for o in objects if is_someone(o) or is_means_noun(o.lower_)]
        return default_class("kill") if hit else None
    if lemma == "drive" and particles & (_AWAY | _FROM):
        people = [o for o in objects if is_someone(o) or o.pos_ == "PRON"]
        return _code(label_class("push back")) if people else None
    grounds = [ground_part(o) for o in objects]  # "secured large swathes of territory"
    if lemma in _GAINING and any(
        o.lemma_.lower() in _GROUND or (lemma != "win" and _is_place(o)) for o in grounds
    ):
        return _code(label_class("advance"))
    losses = [o for o in objects if harm_noun(o).lemma_.lower() in _LOSSES]  # "tens of losses"
    if lemma == "martyr" or lemma == "inflict" and losses:
        return default_class("kill")
    if lemma == "take" and not particles & {"out", "off", "up", "over", "part", "back"}:
        return _taken(verb, objects, particles)
    if lemma in _VIOLATING and any(_words_of(o) & _TRUCES for o in objects):
        return _VIOLATION
    if lemma in _DEALING and armed_subject(verb) and any(o.lower_ in _BLOWS for o in objects):
        return _FORCE
    if lemma in _ENFORCING and any(o.lemma_.lower() in _SIEGES for o in objects):
        return _code(label_class("besiege"))
    if lemma == "depopulate":
        return _EXPULSION
    if lemma in _USING and any(_words_of(o) & GAS_WORDS for o in objects):
        return _CHEMICAL
    if lemma == "reduce" and any(_ruined(p) for p in verb.children if p.lower_ == "to"):
        return _code(label_class("destroy"))
    if (struck := strike_sense(verb, lemma, objects)) is not None:
        return struck  # "shells fell on the market", "flew sorties" (see strikesenses)
    return _force_met(verb, lemma, objects)


def _force_met(verb: Token, lemma: str, objects: list[Token]) -> Code | None:
    """Return the code of armed men reaching, pressing, resisting or trapping a foe, if so."""
    armed = armed_subject(verb)
    reached = [o for o in objects if _is_place(o) or o.lower_ in FACILITY_NOUNS]
    if lemma in {"reach", "approach"} and armed and reached:
        return _code(label_class("advance"))
    if lemma in _MAKING and any(_gains(o) for o in objects):
        return _code(label_class("advance")) if _won_by_arms(verb) else None
    if lemma == "press" and any(is_armed(o) or _pressed_attack(o) for o in objects):
        return _FORCE  # "pressed its offensive against the rebels"
    if lemma in _RESISTING and (armed or any(_resisted_force(o) for o in objects)):
        return _FORCE
    if lemma == "claim" and any(_is_toll(o) for o in objects):
        return default_class("kill")  # "the car bomb claimed eight"
    if lemma == "trap" and (armed or armed_agent(verb) or any(is_armed(o) for o in objects)):
        return _code(label_class("besiege"))  # "the troops trapped the gunmen in the mill"
    return None


def armed_subject(verb: Token) -> bool:
    """Return whether the verb's subject is an armed party ("the troops", "ISIL").

    The subject of "continued to resist", "managed to reach" is its governor's, and so is
    that of a gerund after a preposition, "the militants shot ten men after taking the
    village" (the parser hangs "after taking" on "shot"), and of a participle adjunct,
    "the fighters pushed north, reaching the outskirts".
    """
    if any(is_armed(s) for s in verb.children if s.dep_ == "nsubj"):
        return True
    governor = _adjunct_governor(verb)
    if governor is not None:
        return armed_subject(governor)
    subject = clause_subject(verb) if verb.dep_ in {"xcomp", "conj", "relcl"} else None
    return subject is not None and is_armed(subject)


def _adjunct_governor(verb: Token) -> Token | None:
    """Return the verb a subjectless gerund or participle adjunct hangs on, if any."""
    if verb.tag_ != "VBG" or any(k.dep_ in {"nsubj", "nsubjpass"} for k in verb.children):
        return None
    governor = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else None
    governor = verb.head if verb.dep_ == "advcl" else governor
    return governor if governor is not None and governor.pos_ in {"VERB", "AUX"} else None


def _is_assault(noun: Token) -> bool:
    """Return whether a noun names an armed attack: "the advance", "a campaign against X"."""
    from .eventclass import noun_class  # eventclass -> classify -> here

    return noun.pos_ == "NOUN" and noun_class(noun)[0] in {"FIGHT", "ASSAULT"}


def _pressed_attack(noun: Token) -> bool:
    """Return whether a pressed noun is an attack: "its offensive", "a campaign against X"."""
    return noun.lemma_.lower() in _OFFENSIVES or is_hostile_operation(noun)


def _resisted_force(noun: Token) -> bool:
    """Return whether what is resisted is armed men, a party or an attack ("the advance")."""
    from .agentnouns import is_someone  # agentnouns -> ... -> classify

    if is_armed(noun) or _is_assault(noun):
        return True
    return is_someone(noun) or noun.ent_type_ in {"GPE", "NORP", "ORG"}


def _gains(noun: Token) -> bool:
    from .agenthood import counted  # agenthood -> agentnouns -> eventnouns -> classify

    return counted(noun).lemma_.lower() == "gain"  # "a number of significant gains"


def _won_by_arms(verb: Token) -> bool:
    """Return whether gains are made by armed men or against someone: "made gains"."""
    from .agentnouns import is_someone  # agentnouns -> ... -> classify

    against = [k for k in verb.subtree if k.dep_ == "prep" and k.lower_ == "against"]
    foes = [c for k in against for c in k.children if c.dep_ == "pobj"]
    return armed_subject(verb) or any(is_someone(c) or is_armed(c) for c in foes)


def armed_agent(verb: Token) -> bool:
    """Return whether a passive's agent is armed: "trapped by the militia"."""
    agents = [k for k in verb.children if k.dep_ == "agent"]
    return any(is_armed(c) for a in agents for c in a.children if c.dep_ == "pobj")


def _is_toll(noun: Token) -> bool:
    """Return whether a claimed object counts dead people: "eight", "several persons"."""
    from .agenthood import counted  # agenthood -> agentnouns -> eventnouns -> classify
    from .agentnouns import is_agent_noun  # agentnouns -> eventnouns -> classify -> here

    head = counted(noun)
    if head.lemma_.lower() in _NO_TOLL:
        return False
    if head.pos_ == "NUM" or head.like_num:
        return head.i == noun.i  # "claimed eight", not "claimed two of the attacks"
    if head.pos_ != "NOUN":
        return False
    if head.lower_ in _VICTIMS or head.lemma_.lower() in PERSON_NOUNS:
        return True  # "claimed several persons", "claimed eleven children"
    # other people only when counted: "claimed 30 fighters", not "claim the group wants"
    numbered = head.i != noun.i or any(k.dep_ == "nummod" for k in head.children)
    return numbered and is_agent_noun(head.lower_)


def _words_of(noun: Token) -> set[str]:
    # the noun, its modifiers and its "of" phrase: "small amounts of sarin", "toxic gas"
    return {t.lower_ for t in noun.subtree}


def _ruined(prep: Token) -> bool:
    return any(c.lower_ in _RUINS for c in prep.children if c.dep_ == "pobj")


def _taken(verb: Token, objects: list[Token], particles: set[str]) -> Code | None:
    """Return the code of "took X": ground occupied, or people abducted."""
    from .agenthood import counted  # agenthood -> agentnouns -> eventnouns -> classify
    from .agentnouns import is_agent_noun  # agentnouns -> eventnouns -> classify -> here

    if any(
        o.lower_ == "place" and not any(k.dep_ in {"det", "poss"} for k in o.children)
        for o in objects
    ):
        return None  # "the shelling took place": it happened
    held = [o for o in objects if _is_place(o) or {o.lemma_.lower(), o.lower_} & _HELD]
    if held or _named_ground_taken(verb, objects):
        return _OCCUPY  # "took the town", "rebels took Kafr Sela"
    people = [counted(o) for o in objects if o.dep_ == "dobj"]
    if "to" not in particles and any(p.pos_ == "NOUN" and is_agent_noun(p.lower_) for p in people):
        return _ABDUCTION  # "took 300 villagers"; not "took the wounded to hospital"
    return None


def _named_ground_taken(verb: Token, objects: list[Token]) -> bool:
    """Return whether armed men take a name the tagger did not type: "rebels took Kafr X"."""
    names = [o for o in objects if o.pos_ == "PROPN" and o.ent_type_ in {"", "GPE", "LOC", "FAC"}]
    subjects = [k for k in verb.children if k.dep_ == "nsubj"]
    return bool(names) and any(is_armed(s) for s in subjects)
