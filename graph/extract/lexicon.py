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
PLACE_LABELS = _words("GPE LOC FAC")
TIME_LABELS = _words("DATE TIME")
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
# Phrasal verbs written as one word ("takeover", "step-up"): base verb + particle.
PARTICLES = ("over", "out", "up", "down", "off", "in", "back")
LIGHT_VERBS = _words("take hand set break carry pull step shut dig sign turn call push give")
# States and links between events rather than actions: "the group has 3,000 fighters",
# "the town lies on the river", "the clashes resulted in ..." become relation facts.
RELATIONAL_VERBS = _words(
    "have own possess contain include comprise consist belong sit lie border intersect "
    "overlook span stretch flow neighbour neighbor adjoin resemble equal result"
)
# Verbs whose that-clause is a proposal, not a report: "X suggested that Y withdraw".
DIRECTIVE_VERBS = _words("suggest propose demand urge recommend insist request ask order")
# "accused the rebels of shelling": the object does the gerund, as the accuser says.
ACCUSE_VERBS = _words("accuse blame suspect charge convict condemn criticise criticize credit")
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
# "the US-led coalition": a group named after who heads it; leadership is a standing
# attribute of the group, not an event of the sentence.
LEADERSHIP_VERBS = _words("lead head command run chair")
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
