"""Clauses with an actor, a verb and an object that still report no act (private to extract).

Besides states of mind and standing leadership (:mod:`graph.extract.states`,
:mod:`graph.extract.standing`), news tells in the words of acts:

- who holds, runs or uses a place or a thing, in a clause or in a participle that
  describes it: "the hills held by the militia since 2013", "a radio station run by
  the party", "the gunmen used the school as a base" (holding people is a detention:
  "held two engineers"; using a weapon is an attack: "used nerve gas", "used hunger as
  a weapon");
- what someone seeks: "fighters seeking to overthrow the king", "parties who want to
  end the truce", "rebels made an effort to reopen the road";
- where a group comes from: "the movement emerged from a student union", "a family
  that hails from the coast";
- a state won, kept or lost rather than an act on anyone: "the police restored calm",
  "the council lost legitimacy", "the army is making progress", "made no mention of",
  "reached the conclusion"; and losses: "the militia lost 40 fighters" were killed by
  someone else;
- what someone is doing, told as a present participle without an object that
  describes them: "groups operating in the province", "a reporter working for a
  weekly", "civilians streaming into a clinic";
- what no coder codes: a man carrying a wounded boy, a driver driving a truck, taking
  photos, an army taking several days to answer;

They are kept as relation facts (``ng:RelationEvent``), out of the event count.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cargo import moves_cargo
from .exploits import exploits_event
from .halts import is_halt_timing
from .lexicon import (
    EVENT_NOUNS,
    FACILITY_NOUNS,
    GROUND_NOUNS,
    INSTRUMENT_NOUNS,
    PERSON_NOUNS,
    PLACE_LABELS,
    PLACE_NOUNS,
    word_set,
)
from .passives import conjoined_passive_subject
from .spans import child

__all__ = ["is_non_act"]

# Classes that code no act of their own.
_UNCODED = frozenset({"OTHER", "STATEMENT", ""})
# Holding, running or using a thing is a standing state, not an act on anyone.
_CONTROL = word_set(
    "hold control run own operate manage administer man use utilise utilize employ "
    "possess inhabit populate occupy store stockpile"
)
# What makes "use" an attack: "used nerve gas", "used hunger as a weapon".
_WEAPONRY = word_set(
    "weapon weaponry arm arms chemical chemicals toxic poison poisonous nerve agent "
    "substance substances force napalm phosphorus incendiary cluster"
)
# Means of talk: using them is talking ("officers using the hotline").
_CHANNELS = word_set("hotline line channel phone telephone radio")
# "held two aid workers hostage": a capture, not control.
_CAPTIVES = word_set("hostage hostages captive captives prisoner prisoners")
# Aims: what someone seeks is not done ("rebels seeking to oust the king").
_AIMS = word_set("seek aim want wish hope desire strive endeavour endeavor")
# Nouns of an aim whose infinitive is sought, not done: "an effort to reopen the road".
_AIM_NOUNS = word_set("effort bid aim goal objective ambition quest")
# Origins: "the group emerged from a split", "a family that hails from the coast", "a
# charity founded by doctors".
_ORIGINS = word_set("emerge originate stem hail descend evolve spring found")
# States won, kept or lost, and efforts made: no one is acted on.
_STATE_NOUNS = word_set(
    "security stability order calm quiet normalcy normality legitimacy credibility "
    "momentum tide balance confidence trust patience unity composure"
)
# Verbs that win, keep or lose a state ("stepped up security" deploys forces: an act).
_STATE_VERBS = word_set(
    "restore bring return achieve keep maintain preserve lose regain gain ensure guarantee "
    "establish turn"
)
_EFFORT_NOUNS = word_set(
    "effort efforts attempt attempts progress headway mention conclusion conclusions"
)
# Uncoded verbs with an object that makes them no act: a name changed, fears raised (an
# effect; "raised concerns with X" is said to X), damage left behind, goals achieved.
_IDLE_OBJECTS = {
    "change": word_set("name"),
    "adopt": word_set("name"),
    "raise": word_set("fear alarm"),
    "leave": word_set("damage destruction devastation casualty trail"),
    "achieve": word_set("objective goal aim"),
    "reach": word_set("objective goal aim"),
    "pursue": word_set("tactic policy strategy approach course agenda goal aim"),
    "work": word_set("plan proposal draft text idea solution"),  # "working on a plan"
}
_REFLEXIVES = word_set("itself themselves himself herself oneself")
# A toll someone records: "documented 60 deaths" (counting is always a toll).
_TALLYING = word_set("document record register")
_TOLLS = word_set("dead death fatality killing casualty wounded injured toll")
# Changes of state: "the revolt turned into a war", "a plant turned into barracks".
_BECOMING = word_set("turn descend evolve develop grow transform degenerate")
# Handling people or bodies and driving vehicles are no act a coder codes.
_HANDLING = word_set("carry lift drag cradle hug wash wrap recover retrieve")
_BODIES = PERSON_NOUNS | word_set(
    "body bodies corpse corpses remains coffin casualty casualties injured wounded victim "
    "boy girl baby infant toddler child children son daughter father mother survivor"
)
_VEHICLES = word_set("car truck lorry van bus ambulance vehicle motorcycle tanker")
# "taking photos", "took several days to confirm": a picture or a time taken.
_TAKEN = word_set(
    "photo photos photograph photographs picture pictures image images video footage "
    "second seconds minute minutes hour hours day days week weeks month months year years time"
)


def is_non_act(verb: Token, action: str, cls: str) -> bool:
    """Return whether a clause holds, seeks, comes from or handles something, not an act.

    Args:
        verb: The clause's predicate ("held" in "a hill held by the militia").
        action: The event's action ("hold", "emerge from").
        cls: The class the classifier gave it.
    """
    if _is_standing_aim(verb, cls) or exploits_event(verb) or moves_cargo(verb, cls):
        # "fighters seeking to oust the king", "the junta exploits the truce", "a van
        # carrying flour"
        return True
    if is_halt_timing(verb):
        return True  # "declared a pause starting on Monday": when it holds (see halts)
    obj = _object(verb)
    lemma = verb.lemma_.lower()
    if obj is not None and _is_idle_object(verb, lemma, obj):
        return True  # "restored calm", "carried a boy", "taking photos"
    if cls not in _UNCODED:
        return False  # "foiled an attempt", "vetoed Western efforts"
    if obj is not None and obj.lemma_.lower() in _EFFORT_NOUNS:
        return True  # "made a big effort", "made no mention of the raid"
    if _is_uncoded_idle(verb, lemma, obj):
        return True  # "changed its name", "came into force", "counted 24 dead"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and obj is None:
        return True  # "groups operating in the province", "a reporter working for X"
    if any(k.dep_ == "prt" for k in verb.children):
        return False  # "soldiers held out in the airport", "ran out of shells"
    if lemma in _CONTROL and obj is not None:
        return _controls(verb, obj)
    return lemma in _ORIGINS  # "the group emerged from a split"


def _object(verb: Token) -> Token | None:
    """Return what the clause acts on: its object, or the noun its participle describes."""
    # ("the town lies on a river and is held by X": a second passive shares the subject)
    found = child(verb, "dobj", "nsubjpass") or conjoined_passive_subject(verb)
    if found is not None:
        return found
    if verb.dep_ in {"acl", "relcl"} and verb.tag_ == "VBN":
        return verb.head  # "the hills held by the militia"
    return None


def _has_party(verb: Token) -> bool:
    # "restored trust with Ankara", "lost the confidence of its allies": a party is named.
    return any(k.dep_ == "prep" and k.lower_ in {"with", "between", "of"} for k in verb.children)


def _controls(verb: Token, obj: Token) -> bool:
    """Return whether holding, running or using ``obj`` is a state (not a weapon's use)."""
    if any(k.lower_ in _CAPTIVES for k in verb.subtree):
        return False  # "held two aid workers hostage"
    if _names_people(obj) and not _names_place(obj):
        return False  # "is holding two engineers"
    # "struck a town held by the militia" says who holds the scene of the strike, as
    # "a militia-held town" and "a town controlled by the militia" do: a state, no act.
    lemma = verb.lemma_.lower()
    if lemma not in {"use", "employ", "utilise", "utilize"}:
        return True
    words = {obj.lemma_.lower(), *(k.lemma_.lower() for k in obj.children)}
    if words & _CHANNELS:
        return False  # "officers using the hotline": they talk through it
    for prep in (k for k in verb.children if k.dep_ == "prep" and k.lower_ == "as"):
        words |= {p.lemma_.lower() for p in prep.subtree}  # "hunger as a weapon"
    if words & (_WEAPONRY | INSTRUMENT_NOUNS):
        return False  # "used nerve gas", "used barrel bombs"
    return obj.lemma_.lower() not in EVENT_NOUNS


def _names_people(noun: Token) -> bool:
    """Return whether a noun names people ("two engineers"), not a place they hold."""
    # imported here: agentnouns reads the event-noun rules, which import the clause rules.
    from .agentnouns import is_agent_noun

    if noun.ent_type_ in {"PERSON", "NORP"} or noun.lemma_.lower() in _BODIES:
        return True
    ground = noun.lemma_.lower() in PLACE_NOUNS | FACILITY_NOUNS | GROUND_NOUNS
    return noun.pos_ == "NOUN" and not ground and is_agent_noun(noun.lower_)


def _names_place(name: Token) -> bool:
    """Return whether a name the tagger typed as people names a place, here or in its story.

    "the village of Kel Dara held by the militia"; "Kel Dara is held by the militia" when
    the story calls it a place elsewhere ("the town of Kel Dara", tagged a place).
    """
    return any(
        t.text == name.text and (t.ent_type_ in PLACE_LABELS or _town_of(t)) for t in name.doc
    )


def _town_of(name: Token) -> bool:
    """Return whether a name is the one of a place noun: "the town of Kel Dara"."""
    prep = name.head
    return name.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS


def _is_uncoded_idle(verb: Token, lemma: str, obj: Token | None) -> bool:
    """Return whether an uncoded verb's object or phrase makes it no act.

    "changed its name", "raising fears", "leaving heavy damage",
    "achieved its goals", "came into force", "has found itself", "counted 24 dead".
    """
    if lemma in {"count", "tally"}:
        return True  # "the monitor counted 24 dead": a toll, whatever the parse of it
    if lemma == "work":
        # "has been working on a plan" ("works with X" is cooperation, coded or not)
        on = next((k for k in verb.children if k.dep_ == "prep" and k.lower_ == "on"), None)
        obj = child(on, "pobj") if on is not None else obj
    if obj is None:
        return any(
            k.dep_ == "prep" and k.lower_ == "into" and child(k, "pobj") is not None
            for k in verb.children
            if lemma in _BECOMING or lemma in {"come", "enter"} and _into_force(k)
        )  # "the revolt turned into a war", "the truce came into force"
    noun = obj.lemma_.lower()
    if noun in _IDLE_OBJECTS.get(lemma, ()) or obj.lower_ in _REFLEXIVES:
        return True  # "changed its name", "raising fears", "has found itself"
    if lemma not in _TALLYING:
        return False
    return obj.pos_ == "NUM" or noun in _TOLLS or _names_people(_counted(obj))


def _into_force(prep: Token) -> bool:
    pobj = child(prep, "pobj")
    return pobj is not None and pobj.lemma_.lower() in {"force", "effect"}


def _counted(noun: Token) -> Token:
    """Return what a number counts: "13 of its fighters" -> fighters; else the noun."""
    if noun.pos_ == "NUM" or noun.lemma_.lower() in {"dozen", "dozens", "hundreds", "scores"}:
        for prep in (k for k in noun.children if k.dep_ == "prep" and k.lower_ == "of"):
            pobj = child(prep, "pobj")
            if pobj is not None:
                return pobj
    return noun


def _is_idle_object(verb: Token, lemma: str, obj: Token) -> bool:
    """Return whether the object makes the clause no act: a state, an effort, a body, a photo.

    Whatever class the verb has alone: "took several days" seizes nothing.
    """
    noun = obj.lemma_.lower()
    if noun in _STATE_NOUNS and lemma in _STATE_VERBS:
        return not _has_party(verb)  # "the police restored calm", "lost legitimacy"
    if lemma in _HANDLING:
        return noun in _BODIES or obj.lower_ in _BODIES or obj.ent_type_ == "PERSON"
    if lemma == "drive":
        return noun in _VEHICLES  # "a bomber driving a truck"
    if lemma == "put" and noun in {"number", "figure", "estimate", "toll"}:
        return True  # "put the number of dead at 13": a toll, whatever "dead" lends it
    if lemma == "lose":
        # "the army lost 40 troops", "lost at least 89": they were killed by someone else
        return obj.pos_ == "NUM" or _names_people(_counted(obj))
    return lemma == "take" and (noun in _TAKEN or obj.lower_ in _TAKEN)


def _is_standing_aim(verb: Token, cls: str) -> bool:
    """Return whether the clause is what someone seeks, not what they did.

    "rebels seeking to oust the king", "parties who want to end the truce": an aim
    describing its holder is never an act; "the rebels seek to reopen the road" is
    none unless a class codes it ("Iran wants to attack" stays, hypothetical).
    """
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "to run and secure the schools"
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in _AIMS:
        return head.dep_ in {"acl", "relcl"} or cls in _UNCODED
    return verb.dep_ == "acl" and head.lemma_.lower() in _AIM_NOUNS and cls in _UNCODED
