"""Closed word lists the extraction rules consult (private to :mod:`graph.extract`).

The lists are written as text and split once at import: they read better that
way than as one quoted word per line.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MODALS = {
    "will": "future",
    "'ll": "future",
    "shall": "future",
    "wo": "future",
    "could": "possible",
    "can": "possible",  # an ability: "the jets can reach the coast" reports no strike
    "ca": "possible",  # "ca n't"
    "may": "possible",
    "might": "possible",
    "should": "should",
    "must": "should",
    "ought": "should",
    "would": "hypothetical",
    "'d": "hypothetical",
}
# Control verbs whose complement did not happen: "refused to sign".
NEG_CONTROL = _words("decline refuse fail avoid reject")
# "the rebels are ready to storm the base": an adjective of readiness or will; the act
# lies ahead.
READY_ADJECTIVES = _words("ready prepared willing eager determined poised set due keen about")
# "the regime was unable to retake the town": the complement did not happen.
NEG_ADJECTIVES = _words("unable unwilling")
CONDITIONAL_MARKS = _words("if unless")
# Speech verbs: their subject is credited with the reported clause.
SPEECH_VERBS = _words(
    "say tell announce claim state add report acknowledge believe suggest warn insist note "
    "confirm deny explain argue allege write think estimate indicate reveal admit stress "
    "predict assert accuse"
)
# Reporting verbs only credit their clause ("X said that ..."); they are an
# event of their own only with a nominal object ("announced a push").
REPORT_ONLY = _words(
    "say add acknowledge believe think claim state note report explain argue insist write "
    "estimate confirm reckon assert admit stress indicate reveal predict hope ensure"
)
# "the UN urged the rebels to withdraw": the object of these verbs does the xcomp.
OBJECT_CONTROL = _words("urge ask persuade order force allow help encourage invite tell")
# Prepositions that introduce the target of an intransitive verb ("fight against").
TARGET_PREPS = _words("with into to against toward towards onto on upon at from")
LOCATION_PREPS = _words("in at near across throughout inside outside around along within over")
PLACE_NOUNS = _words(
    "city town village airport base border capital country province region area district "
    "valley river camp port harbour harbor neighbourhood neighborhood street square"
)
# Sites and buildings that are hit, never hitters ("strikes on a market which killed").
FACILITY_NOUNS = _words(
    "market marketplace school hospital clinic mosque church bakery building house home "
    "suburb countryside outskirts tent shelter checkpoint"
)
# Ground held or crossed, besides the place nouns: "gained ground", "sealed the route".
GROUND_NOUNS = _words(
    "territory ground foothold position front frontline route road highway crossing "
    "checkpoint bridge corridor stronghold base"
)
PLACE_LABELS = _words("GPE LOC FAC")
TIME_LABELS = _words("DATE TIME")
# Entity types of a name that can act: a group, a people, a state, a person.
ACTOR_LABELS = _words("ORG NORP GPE PERSON")
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
# "may" is left out: as a word it is mostly the verb.
MONTHS = _words("january february march april june july august september october november december")
# Phrasal verbs written as one word ("takeover", "step-up"): base verb + particle.
PARTICLES = ("over", "out", "up", "down", "off", "in", "back")
LIGHT_VERBS = _words("take hand set break carry pull step shut dig sign turn call push give")
# States and links between events rather than actions: "the group has 3,000 fighters",
# "the town lies on the river", "the clashes resulted in ..." become relation facts; so
# does holding ground: "the Kurds control an area" ("took control of" is the event).
RELATIONAL_VERBS = _words(
    "have own possess contain include comprise consist belong sit lie border intersect control "
    "overlook span stretch flow neighbour neighbor adjoin resemble equal result"
)
# Verbs whose that-clause is a proposal, not a report: "X suggested that Y withdraw".
DIRECTIVE_VERBS = _words("suggest propose demand urge recommend insist request ask order")
# "accused the rebels of shelling": the object does the gerund, as the accuser says.
ACCUSE_VERBS = _words("accuse blame suspect charge convict condemn criticise criticize credit")
# Of those, the ones whose act is only alleged: "accused X of shelling" (a claim), but
# "condemned X for shelling" and "convicted X of" take the act as done.
ALLEGING_VERBS = _words("accuse blame suspect charge allege")
# "quoted (cited, reported) the mayor as saying that ...": the object is the speaker.
QUOTING_VERBS = _words("quote cite report")
# Verbs of belief whose that-clause is only believed: "the allies believe (that) the
# army used sarin" (possible, credited to the allies); "said" stays a plain report.
BELIEF_VERBS = _words("believe think suspect presume suppose assume reckon")
# Speech verbs whose clause the writer does not vouch for: "claimed (that) X shelled".
# "said" and "reported" only credit their source (the act stays asserted).
CLAIM_VERBS = _words("claim allege")
# "allegedly shelled", "reportedly fled", "the suspected chemical attack".
ALLEGING_WORDS = _words(
    "allegedly reportedly purportedly supposedly ostensibly alleged suspected purported"
)
# "stopped the convoy from entering": the object does the gerund, and it did not happen.
PREVENT_VERBS = _words("prevent stop bar ban block keep prohibit deter dissuade restrain")
# "it is possible (that) X": the matrix adjective says how sure the clause is.
HEDGE_ADJECTIVES = {
    "possible": "possible",
    "likely": "possible",
    "probable": "possible",
    "unlikely": "possible",
    "conceivable": "possible",
    "clear": "asserted",
    "certain": "asserted",
    "evident": "asserted",
    "obvious": "asserted",
}
# Verbs of belief whose passive hedges the infinitive after it: "X is believed to have
# fired", "the raid was thought to have been done by Y", "is said (reported) to have" (possible).
EPISTEMIC_VERBS = _words("suspect believe think presume suppose allege rumour rumor say report")
# Of those, verbs of saying hedge only an infinitive: "was reported to have stormed" is a
# belief, but "twelve were reported killed" is how wire copy states a toll.
SAYING_EPISTEMIC_VERBS = _words("say report")
# "the US-led coalition": a group named after who heads it; leadership is a standing
# attribute of the group, not an event of the sentence.
LEADERSHIP_VERBS = _words("lead head command run chair")
# "the Qaeda-linked group", "Iran-aligned militias", "Russian-made jets": an affiliation or
# an origin is a standing attribute of the thing named, not an event of the sentence.
STANDING_VERBS = _words(
    "link affiliate ally align associate connect tie relate inspire make build manufacture "
    "design produce"
)
# Verbs of joint action: a coordinated modifier ("American and Russian air power
# synchronize") makes one joint actor, not two events.
RECIPROCAL_VERBS = _words(
    "synchronize synchronise coordinate cooperate collaborate meet negotiate agree ally merge "
    "unite reconcile clash converge"
)
# Common nouns that can be the agent of a compound participle ("rebel-held town",
# "state-owned bank"); other common nouns are not ("mortgage-backed securities").
AGENT_NOUNS = _words(
    "rebel insurgent militant militia jihadist islamist separatist guerrilla terrorist "
    "government state regime army military police opposition coalition alliance troop "
    "soldier fighter force gang cartel tribe clan faction party company firm family "
    "employee worker investor student citizen community"
)
# Participles of a place compound: "a Rome-based bank" is based in Rome.
LOCATIVE_PARTICIPLES = _words("based headquartered")
# Nouns naming an event ("the attack", "clashes", "talks"): as a subject they are no actor
# (the attacker is named elsewhere or stays unresolved); as the object of a light verb
# ("launched an attack on X") their own prepositional phrase names the target.
EVENT_NOUNS = _words(
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
WHOLE_CONFLICT_NOUNS = _words(
    "war warfare conflict crisis uprising revolution insurgency rebellion revolt incident unrest"
)
# Weapons and devices: "an IED targeted a vehicle", "a missile hit the depot".
INSTRUMENT_NOUNS = _words(
    "bomb ied vbied missile rocket shell mortar grenade mine landmine drone artillery "
    "projectile munition device explosive barrel gas sarin chlorine bullet sniper"
)
# Verbs that carry an event noun: "carried out a raid", "held talks", "signed a deal".
LIGHT_EVENT_VERBS = _words(
    "launch carry conduct stage mount hold sign reach conclude wage begin start step "
    "intensify resume perform unleash open continue make lead escalate"
)
# Event nouns of two sides: "clashes between X and Y", "talks between X and Y".
RECIPROCAL_NOUNS = _words(
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
OCCURRENCE_VERBS = _words(
    "take continue erupt break begin start end rage intensify last resume occur happen "
    "escalate subside ensue persist cease"
)
# Nouns that measure out an act: "in a series of air strikes", "in two days of shelling".
MEASURE_NOUNS = _words(
    "series wave barrage spate string round volley salvo flurry hail day days hour hours "
    "night nights week weeks month months"
)
# Verbs whose "to"-complement is their content, not an event of its own: "Iran threatened
# to cut off electricity" is a threat; "the rebels agreed to withdraw" an agreement.
CONTENT_VERBS = _words("threaten vow warn pledge promise swear agree offer")
# Control verbs whose complement has not happened (yet): the modality it gets. An attempt
# ("tried to retake the airport", "sought to encircle") reports the try, not the success.
# Nouns of intent -> the control verb whose modality their infinitive takes: "his
# decision to arm X" (future), "an attempt to retake X" (possible).
INTENT_NOUNS = {
    "decision": "decide",
    "plan": "plan",
    "intention": "intend",
    "intent": "intend",
    "preparation": "prepare",
    "attempt": "attempt",
    "effort": "try",
    "bid": "try",
}
CONTROL_MODALITY = {
    **dict.fromkeys(_words("plan intend aim prepare expect decide wait schedule"), "future"),
    **dict.fromkeys(_words("try attempt seek strive endeavour endeavor struggle"), "possible"),
    **dict.fromkeys(_words("want wish hope desire"), "hypothetical"),
    **dict.fromkeys(
        _words(
            "urge ask demand order call request press encourage invite instruct appeal "
            "propose suggest recommend"
        ),
        "should",
    ),
}
# Nouns whose clause is a claim, a fear or a possibility, not a fact the writer states:
# "reports that X", "allegations of X shelling", "fears that X will".
CONTENT_NOUNS = _words(
    "claim allegation accusation charge assertion rumour rumor report speculation suspicion "
    "fear concern possibility likelihood chance risk danger prospect hope idea theory "
    "suggestion question doubt assumption belief impression threat warning"
)
# Words that take an open question ("asked which unit fired", "it is unclear who fired");
# after other verbs a wh-clause is a free relative ("faces what officials call a crisis").
QUESTION_HEADS = _words(
    "ask wonder know determine decide investigate check examine establish verify question "
    "debate discuss consider study assess learn find clear unclear uncertain unknown sure "
    "certain matter depend reveal identify specify say anticipate predict guess foresee"
)
# Nouns of evidence: their clause is unasserted only when the evidence is denied or
# missing ("no evidence that", "without any sign of"); "evidence that X" supports X.
EVIDENCE_NOUNS = _words("evidence proof sign indication trace confirmation")
# Verbs that say their complement did not happen: "denied carrying out strikes".
DENIAL_VERBS = _words("deny dismiss")
# Symmetric verbs: "X clashed with Y" is also Y clashing with X.
SYMMETRIC_VERBS = _words("clash skirmish")
# PLOVER classes of force one side uses on another: fighting, one-sided violence, coercion.
FORCE_CLASSES = frozenset({"FIGHT", "ASSAULT", "COERCE"})
# Intransitive verbs of harm whose cause may be "in X fire": "died in army shelling".
HARM_INTRANSITIVE = _words("die perish succumb drown")
# Verbs of bodily harm done to someone: "were killed", "killed five", "20 injured".
HURT_VERBS = _words("kill injure wound hurt maim")
# Words of a chemical agent: "used sarin", "released toxic gas" (CAMEO 2041).
GAS_WORDS = _words("gas gases chlorine sarin toxic poisonous chemical chemicals nerve mustard")
# Verbs that send a weapon at a target: "fired shells at the town", "opened fire at
# troops" -> target the town, the troops.
WEAPON_VERBS = _words("fire launch drop hurl lob shoot throw open")
# "the rebel-held town", "regime-controlled areas": who holds a place, a standing state.
HOLDING_VERBS = _words("hold control")
# Common nouns naming people, who can be the subject of an action ("soldiers digging").
PERSON_NOUNS = _words(
    "person people man woman child civilian resident villager protester demonstrator "
    "official minister leader commander fighter gunman militiaman bomber worker medic "
    "volunteer rescuer journalist activist refugee"
)
