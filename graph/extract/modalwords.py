"""Words that say whether and how surely a clause's act happened (private to :mod:`graph.extract`).

Modals, control verbs and adjectives, hedges, beliefs, claims, denials, and the nouns and
verbs whose clause is content rather than a fact the writer states: the lists
:mod:`graph.extract.clauses` and its neighbours read a clause's modality from.
"""

from __future__ import annotations

from .lexicon import word_set

# "can" is an ability: "the jets can reach the coast" reports no strike; "ca n't", "wo n't".
MODALS = {
    **dict.fromkeys(("will", "'ll", "shall", "wo"), "future"),
    **dict.fromkeys(("could", "can", "ca", "may", "might"), "possible"),
    **dict.fromkeys(("should", "must", "ought"), "should"),
    **dict.fromkeys(("would", "'d"), "hypothetical"),
}
# Control verbs whose complement did not happen: "refused to sign".
NEG_CONTROL = word_set("decline refuse fail avoid reject")
# "the rebels are ready to storm the base": an adjective of readiness or will; the act
# lies ahead.
READY_ADJECTIVES = word_set("ready prepared willing eager determined poised set due keen about")
# "the regime was unable to retake the town": the complement did not happen.
NEG_ADJECTIVES = word_set("unable unwilling")
CONDITIONAL_MARKS = word_set("if unless")
# Verbs whose that-clause is a proposal, not a report: "X suggested that Y withdraw".
DIRECTIVE_VERBS = word_set("suggest propose demand urge recommend insist request ask order")
# "accused the rebels of shelling": the object does the gerund, as the accuser says.
ACCUSE_VERBS = word_set("accuse blame suspect charge convict condemn criticise criticize credit")
# Of those, the ones whose act is only alleged: "accused X of shelling" (a claim), but
# "condemned X for shelling" and "convicted X of" take the act as done.
ALLEGING_VERBS = word_set("accuse blame suspect charge allege")
# Verbs of belief whose that-clause is only believed: "the allies believe (that) the
# army used sarin" (possible, credited to the allies); "said" stays a plain report.
BELIEF_VERBS = word_set("believe think suspect presume suppose assume reckon")
# Speech verbs whose clause the writer does not vouch for: "claimed (that) X shelled".
# "said" and "reported" only credit their source (the act stays asserted).
CLAIM_VERBS = word_set("claim allege")
# "allegedly shelled", "reportedly fled", "the suspected chemical attack".
ALLEGING_WORDS = word_set(
    "allegedly reportedly purportedly supposedly ostensibly alleged suspected purported"
)
# "stopped the convoy from entering": the object does the gerund, and it did not happen.
PREVENT_VERBS = word_set("prevent stop bar ban block keep prohibit deter dissuade restrain")
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
EPISTEMIC_VERBS = word_set("suspect believe think presume suppose allege rumour rumor say report")
# Of those, verbs of saying hedge only an infinitive: "was reported to have stormed" is a
# belief, but "twelve were reported killed" is how wire copy states a toll.
SAYING_EPISTEMIC_VERBS = word_set("say report")
# Verbs whose "to"-complement is their content, not an event of its own: "Iran threatened
# to cut off electricity" is a threat; "the rebels agreed to withdraw" an agreement.
CONTENT_VERBS = word_set("threaten vow warn pledge promise swear agree offer")
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
PURPOSE_PASSIVES = word_set("mean design")  # "is meant to", "was designed to": intended
CONTROL_MODALITY = {
    **dict.fromkeys(word_set("plan intend aim prepare expect decide wait schedule"), "future"),
    **dict.fromkeys(word_set("try attempt seek strive endeavour endeavor struggle"), "possible"),
    **dict.fromkeys(word_set("want wish hope desire"), "hypothetical"),
    **dict.fromkeys(
        word_set(
            "urge ask demand order call request press encourage invite instruct appeal "
            "propose suggest recommend"
        ),
        "should",
    ),
}
# Nouns whose clause is a claim, a fear or a possibility, not a fact the writer states:
# "reports that X", "allegations of X shelling", "fears that X will".
CONTENT_NOUNS = word_set(
    "claim allegation accusation charge assertion rumour rumor report speculation suspicion "
    "fear concern possibility likelihood chance risk danger prospect hope idea theory "
    "suggestion question doubt assumption belief impression threat warning"
)
# Words that take an open question ("asked which unit fired", "it is unclear who fired");
# after other verbs a wh-clause is a free relative ("faces what officials call a crisis").
QUESTION_HEADS = word_set(
    "ask wonder know determine decide investigate check examine establish verify question "
    "debate discuss consider study assess learn find clear unclear uncertain unknown sure "
    "certain matter depend reveal identify specify say anticipate predict guess foresee"
)
# Nouns of evidence: their clause is unasserted only when the evidence is denied or
# missing ("no evidence that", "without any sign of"); "evidence that X" supports X.
EVIDENCE_NOUNS = word_set("evidence proof sign indication trace confirmation")
# Verbs that say their complement did not happen: "denied carrying out strikes".
DENIAL_VERBS = word_set("deny dismiss")
