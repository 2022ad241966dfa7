"""Closed word lists the extraction rules consult (private to :mod:`graph.extract`).

The lists are written as text and split once at import: they read better that
way than as one quoted word per line.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """Return the words of a space-separated list: ``word_set("a b") == {"a", "b"}``."""
    return frozenset(text.split())


# Speech verbs: their subject is credited with the reported clause.
SPEECH_VERBS = word_set(
    "say tell announce claim state add report acknowledge believe suggest warn insist note "
    "confirm deny explain argue allege write think estimate indicate reveal admit stress "
    "predict assert accuse"
)
# Reporting verbs only credit their clause ("X said that ..."); they are an
# event of their own only with a nominal object ("announced a push").
REPORT_ONLY = word_set(
    "say add acknowledge believe think claim state note report explain argue insist write "
    "estimate confirm reckon assert admit stress indicate reveal predict hope ensure"
)
# Implicative causatives: "forced (prompted, led) the rebels to withdraw" tells that they
# withdrew, unlike "urged X to V" (below). Helping verbs: "helped the army (to) retake" aids it.
IMPLICATIVE_CAUSATIVES = word_set("force compel oblige prompt lead drive spur enable help")
HELPING_VERBS = word_set("help assist aid")
# "the UN urged the rebels to withdraw": the object of these verbs does the xcomp.
OBJECT_CONTROL = IMPLICATIVE_CAUSATIVES | word_set(
    "urge ask persuade order allow encourage invite tell"
)
# Prepositions that introduce the target of an intransitive verb ("fight against").
TARGET_PREPS = word_set("with into to against toward towards onto on upon at from")
LOCATION_PREPS = word_set("in at near across throughout inside outside around along within over")
PLACE_NOUNS = word_set(
    "city town village airport base border capital country province region area district "
    "valley river camp port harbour harbor neighbourhood neighborhood street square"
)
# Sites and buildings that are hit, never hitters ("strikes on a market which killed").
FACILITY_NOUNS = word_set(
    "market marketplace school hospital clinic mosque church bakery building house home "
    "suburb countryside outskirts tent shelter checkpoint"
)
# Ground held or crossed, besides the place nouns: "gained ground", "sealed the route".
GROUND_NOUNS = word_set(
    "territory ground foothold position front frontline route road highway crossing "
    "checkpoint bridge corridor stronghold base"
)
PLACE_LABELS = word_set("GPE LOC FAC")
TIME_LABELS = word_set("DATE TIME")
# Entity types of a name that can act: a group, a people, a state, a person.
ACTOR_LABELS = word_set("ORG NORP GPE PERSON")
WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
# "may" is left out: as a word it is mostly the verb.
MONTHS = word_set(
    "january february march april june july august september october november december"
)
# Phrasal verbs written as one word ("takeover", "step-up"): base verb + particle.
PARTICLES = ("over", "out", "up", "down", "off", "in", "back")
LIGHT_VERBS = word_set("take hand set break carry pull step shut dig sign turn call push give")
# States and links between events rather than actions: "the group has 3,000 fighters",
# "the town lies on the river", "the clashes resulted in ..." become relation facts; so
# does holding ground: "the Kurds control an area" ("took control of" is the event).
RELATIONAL_VERBS = word_set(
    "have own possess contain include comprise consist belong sit lie border intersect control "
    "overlook span stretch flow neighbour neighbor adjoin resemble equal result"
)
# "quoted (cited, reported) the mayor as saying that ...": the object is the speaker.
QUOTING_VERBS = word_set("quote cite report")
# "the US-led coalition": a group named after who heads it; leadership is a standing
# attribute of the group, not an event of the sentence.
LEADERSHIP_VERBS = word_set("lead head command run chair")
# "the Qaeda-linked group", "Iran-aligned militias", "Russian-made jets": an affiliation or
# an origin is a standing attribute of the thing named, not an event of the sentence.
STANDING_VERBS = word_set(
    "link affiliate ally align associate connect tie relate inspire make build manufacture "
    "design produce"
)
# Verbs of joint action: a coordinated modifier ("American and Russian air power
# synchronize") makes one joint actor, not two events.
RECIPROCAL_VERBS = word_set(
    "synchronize synchronise coordinate cooperate collaborate meet negotiate agree ally merge "
    "unite reconcile clash converge"
)
# Common nouns that can be the agent of a compound participle ("rebel-held town",
# "state-owned bank"); other common nouns are not ("mortgage-backed securities").
AGENT_NOUNS = word_set(
    "rebel insurgent militant militia jihadist islamist separatist guerrilla terrorist "
    "government state regime army military police opposition coalition alliance troop "
    "soldier fighter force gang cartel tribe clan faction party company firm family "
    "employee worker investor student citizen community"
)
# Participles of a place compound: "a Rome-based bank" is based in Rome.
LOCATIVE_PARTICIPLES = word_set("based headquartered")
# Nouns naming an event ("the attack", "clashes", "talks"): as a subject they are no actor
# (the attacker is named elsewhere or stays unresolved); as the object of a light verb
# ("launched an attack on X") their own prepositional phrase names the target.
EVENT_NOUNS = word_set(
    "attack assault strike airstrike raid bombing bombardment shelling shellfire fire gunfire "
    "crossfire explosion blast offensive operation campaign incursion invasion siege "
    "ambush massacre onslaught killing escalation violence war conflict fighting clash "
    "skirmish battle hostilities incident talks meeting negotiation agreement deal accord "
    "treaty ceasefire truce protest demonstration sanction sanctions embargo advance gain push "
    "support crackdown sortie"
)
# Nouns that count or measure what their "of" phrase names: "dozens of militants".
QUANTITY_NOUNS = frozenset(
    {"total", "number", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands"}
    | {"million", "millions", "score", "scores", "ten", "tens", "majority", "minority"}
    | {"rest", "remainder", "bulk", "handful", "couple", "part", "half", "third", "quarter"}
    # a span of time of an activity stands for it: "two days of rebel shelling killed 38"
    | {"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"}
)
# Event nouns that name a whole war or an unspecified happening, not one attack: "the
# war has killed 300,000" is a toll, no event of an unnamed attacker.
WHOLE_CONFLICT_NOUNS = word_set(
    "war warfare conflict crisis uprising revolution insurgency rebellion revolt incident unrest"
)
# Weapons and devices: "an IED targeted a vehicle", "a missile hit the depot".
INSTRUMENT_NOUNS = word_set(
    "bomb ied vbied missile rocket shell mortar grenade mine landmine drone artillery "
    "projectile munition device explosive barrel gas sarin chlorine bullet sniper"
)
# Verbs that carry an event noun: "carried out a raid", "held talks", "signed a deal".
LIGHT_EVENT_VERBS = word_set(
    "launch carry conduct stage mount hold sign reach conclude wage begin start step "
    "intensify resume perform unleash open continue make lead escalate renew extend expand"
)
# Event nouns of two sides: "clashes between X and Y", "talks between X and Y".
RECIPROCAL_NOUNS = word_set(
    "clash skirmish fighting battle hostilities war conflict talks meeting negotiation "
    "agreement deal accord treaty ceasefire truce call conversation discussion dialogue "
    "consultation summit confrontation infighting"
)
# The noun of a "between X and Y" event -> the verb it names.
NOUN_VERBS = {
    "fighting": "fight",
    "battle": "fight",
    "hostilities": "fight",
    "war": "fight",
    "conflict": "fight",
    "skirmish": "clash",
    "confrontation": "clash",
    "infighting": "fight",
    "talks": "talk",
    "meeting": "meet",
    "negotiation": "negotiate",
    "agreement": "agree",
    "deal": "agree",
    "accord": "agree",
    "treaty": "agree",
    "ceasefire": "agree",
    "truce": "agree",
    "call": "talk",  # "a phone call between X and Y"
    "conversation": "talk",
    "dialogue": "talk",
    "discussion": "discuss",
    "consultation": "consult",
    "summit": "meet",
}
# Verbs that say an event happened, not who did it: "clashes took place", "the war began".
OCCURRENCE_VERBS = word_set(
    "take continue erupt break begin start end rage intensify last resume occur happen "
    "escalate subside ensue persist cease"
)
# Nouns that measure out an act: "in a series of air strikes", "in two days of shelling".
MEASURE_NOUNS = word_set(
    "series wave barrage spate string round volley salvo flurry hail day days hour hours "
    "night nights week weeks month months"
)
# Symmetric verbs: "X clashed with Y" is also Y clashing with X.
SYMMETRIC_VERBS = word_set("clash skirmish")
# PLOVER classes of force one side uses on another: fighting, one-sided violence, coercion.
FORCE_CLASSES = frozenset({"FIGHT", "ASSAULT", "COERCE"})
# Intransitive verbs of harm whose cause may be "in X fire": "died in army shelling".
HARM_INTRANSITIVE = word_set("die perish succumb drown")
# Verbs of bodily harm done to someone: "were killed", "killed five", "20 injured".
HURT_VERBS = word_set("kill injure wound hurt maim")
# Words of a chemical agent: "used sarin", "released toxic gas" (CAMEO 2041).
GAS_WORDS = word_set("gas gases chlorine sarin toxic poisonous chemical chemicals nerve mustard")
# Relief goods (CAMEO 073): what a deployment or a sending gives when it is aid.
RELIEF_GOODS = word_set(
    "aid relief ambulance food medicine medical humanitarian supply assistance blanket tent"
)
# Verbs that send a weapon at a target: "fired shells at the town", "opened fire at
# troops" -> target the town, the troops.
WEAPON_VERBS = word_set("fire launch drop hurl lob shoot throw open")
# "the rebel-held town", "regime-controlled areas": who holds a place, a standing state.
HOLDING_VERBS = word_set("hold control")
# Common nouns naming people, who can be the subject of an action ("soldiers digging").
PERSON_NOUNS = word_set(
    "person people man woman child civilian resident villager protester demonstrator "
    "official minister leader commander fighter gunman militiaman bomber worker medic "
    "volunteer rescuer journalist activist refugee"
)
