"""Give an event's verb its action class (PLOVER type), CAMEO code and PLOVER mode.

The order, most specific first:

1. a CAMEO phrase pattern that the verb's own dependents satisfy ("held talks" -> CONSULT,
   "held a protest" -> PROTEST, "cut off aid" -> SANCTION);
2. a verb label in ``ontology.ttl`` (``skos:altLabel`` of an action class), which users
   edit to add or override verbs;
3. the CAMEO dictionary's code for the verb alone ("shelled" -> 190 FIGHT);
4. ``OTHER``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .assaultmodes import assault_mode
from .bareverbs import deployed_goods, gives_information, reaches_a_party
from .cameo import Code, Match
from .cameodata import PERSISTING, load_lexicon
from .characterisations import condemning_content
from .contentclass import by_modality, governed, governor_class, refused
from .eventclass import event_noun, noun_class, occurring
from .firepower import fire_sent
from .forcesenses import force_particle, foreign_idiom, light_force
from .hostileops import is_hostile_operation
from .labels import OTHER, default_class, label_class
from .lexicon import LIGHT_EVENT_VERBS
from .massacres import is_execution, is_massacre_toll
from .materiel import materiel_code
from .misfires import misfired
from .opinions import characterises
from .ownsenses import own_sense
from .placeidioms import place_idiom
from .reports import reports_act
from .senses import (
    codes_intent,
    departs_from_place,
    label_applies,
    particle_light,
    perpetrates,
    purpose_access,
)
from .speechacts import STATEMENT_CODE, names_hearer, speaks_at_gathering
from .undertaken import antecedent_event, prepositional_event
from .usages import peacetime_misread

__all__ = ["OTHER", "classify", "default_class", "label_class"]

# Classes of the dictionary's blocks of force (CAMEO 17-20), whose verbs keep the block's
# code (see _uncoded_class).
_FORCE_BLOCKS = frozenset({"COERCE", "ASSAULT", "FIGHT"})
_PARTICLES = frozenset({"out", "back", "off", "up", "down", "away", "over", "in"})
_OCCUPY = "192"  # CAMEO: occupy territory


def classify(verb: Token, action: str, modality: str = "asserted") -> tuple[str, str, str]:
    """Return ``(action class, CAMEO code, PLOVER mode)`` of an event's verb token.

    Args:
        verb: The predicate token (its dependents select CAMEO phrase patterns).
        action: The event's action ("carry out", "withdraw from").
        modality: The event's modality: PLOVER codes cooperation announced for the future
            as AGREE, a future retreat as CONCEDE and future force as THREATEN.

    Returns:
        The class name (an ``act:`` local name), and the CAMEO code and mode when the
        CAMEO dictionary decided the class ("" otherwise).
    """
    cls, cameo, mode = occurring(verb)
    if not cls:
        cls, cameo, mode = _own_class(verb, action)
        fixed = misfired(verb, cls)
        if fixed is not None:
            # "rebels arrived in the town" visits no one; "affirmed that" states
            cls, cameo, mode = fixed.plover, fixed.cameo, fixed.mode
        misread = peacetime_misread(verb, Code(cameo, cls, mode))
        if misread is not None:
            # "staged air strikes" is no labour strike, "troops blocked the road" no protest
            cls, cameo, mode = misread.plover, misread.cameo, misread.mode
    access = purpose_access(verb) if cls in {"CONCEDE", OTHER} else None
    if access is not None:
        # "opened the crossing to allow the delivery of food": the opening lets aid in
        cls, cameo, mode = access.plover, access.cameo, access.mode
    if cls in {"FIGHT", "ASSAULT"} and cameo != _OCCUPY:  # ground is taken by men, no means
        method = assault_mode(verb)
        cls, mode = ("ASSAULT", method) if method else (cls, mode)
    if cls == "FIGHT" and is_massacre_toll(verb):
        cls = "ASSAULT"  # "committed a massacre in the town, killing 25 civilians"
    elif cls == "FIGHT" and is_execution(verb):
        cls, mode = "ASSAULT", "targeted"  # "killed 40 villagers by slaughtering them"
    governor, lemma = governor_class(verb)
    if governor:
        kind, changed = governed(governor, lemma, cls, mode)
    else:
        kind, changed = by_modality(verb, cls, modality)
        changed = changed if kind != cls else mode
    refusal = refused(verb, kind, cls)
    if refusal is not None:
        # "the militants would not release the hostages": a concession refused
        return refusal[0], "120" if cameo else "", refusal[1]
    return kind, cameo, changed


def _own_class(verb: Token, action: str) -> tuple[str, str, str]:
    """Return the class a verb's sense, CAMEO pattern or label gives it, before modality."""
    sensed = own_sense(verb)
    if sensed is not None:
        return sensed
    if speaks_at_gathering(verb):
        # "spoke at a news conference": a statement made there, no meeting
        return STATEMENT_CODE.plover, STATEMENT_CODE.cameo, STATEMENT_CODE.mode
    if reports_act(verb):
        # "the monitor reported air strikes": a statement, no strike by the monitor
        return STATEMENT_CODE.plover, "", ""
    action = _with_particle(verb, action)
    lemma = load_lexicon().lemma(verb)
    label = label_class(action)
    if not label and verb.pos_ == "VERB" and not action.startswith(lemma):
        # the lemmatizer missed the verb ("staged" -> "stag", "retook"): the dictionary's verb.
        action = " ".join([lemma, *action.split()[1:]])
        label = label_class(action)
    coded = _pattern_class(verb, action, label)
    found = coded if coded is not None else _labelled_class(verb, action, label, lemma)
    found = materiel_code(verb, found)  # "destroyed their tanks": fighting, not property
    sent = fire_sent(verb, found[0]) if verb.pos_ in {"VERB", "AUX"} else None
    if sent is not None:
        return sent.plover, sent.cameo, sent.mode  # "unleashed a barrage of rockets on X"
    return (_conjoined_class(verb) or found) if found[0] == OTHER else found


def _conjoined_class(verb: Token) -> tuple[str, str, str] | None:
    """Return the class the verb's own pattern gives it by a coordinated object, if any.

    "was distributing fuel and food": no pattern codes distributing fuel, but "distribute
    food" is aid (073), and what is handed out with the food is too. Only a verb its
    first object leaves uncoded (OTHER) asks, so a coordinated object never overrides it.
    """
    if verb.pos_ not in {"VERB", "AUX"} or load_lexicon().match(verb) is not None:
        return None  # a pattern the verb's own phrases meet was weighed and set aside
    match = load_lexicon().match(verb, conjoined=True)
    if match is None or not match.own or match.objectless or not match.code.plover:
        return None
    return match.code.plover, match.code.cameo, match.code.mode


def _pattern_class(verb: Token, action: str, label: str) -> tuple[str, str, str] | None:
    """Return the class a CAMEO phrase pattern the verb satisfies gives it, if any."""
    match = load_lexicon().match(verb) if verb.pos_ in {"VERB", "AUX"} else None
    # A CAMEO block's patterns apply to all its verbs; one written for another verb of the
    # block ("supply weapons" -> 072 for "deploy weapons") yields to the verb's own label.
    if match is not None and match.objectless and not (match.subject_only and match.own):
        # "the army intensified its shelling": a pattern for another verb of the block that
        # names only the subject ("troops stepped up"), or any pattern naming only a
        # particle ("stepped up its raids": 154 for "step up" alone), yields to the
        # object's event
        noun = event_noun(verb, events_only=True)
        match = None if noun[0] else match
    stance = match is not None and (
        match.code.plover == "THREATEN" or match.code.cameo in PERSISTING
    )
    if stance and not label:
        # "intensified its attacks": "STEP_UP * ATTACK [138]" reads stepping up attacks
        # as a threat of force, "continued its operations against X" (1246) as a refusal
        # to stop; a verb that is no threat, vow or order of its own steps up or carries
        # on attacks that happen
        noun = event_noun(verb, events_only=True)
        if noun[0] in _FORCE_BLOCKS and default_class(action) is None:
            return noun
    match = _kept_match(verb, action, label, match)
    if match is not None and (match.own or not label):
        code = match.code
        return (code.plover, code.cameo, code.mode) if code.plover else (OTHER, "", "")
    return None


def _kept_match(verb: Token, action: str, label: str, match: Match | None) -> Match | None:
    """Return the pattern match unless the verb's phrases or its own code overrule it."""
    if match is not None and any(is_hostile_operation(o) for o in verb.children):
        match = None  # "stepped up its operations against X": 154 is for "step up" alone
    if match is not None and match.agent_only and label:
        # "forces backed by Hezbollah fighters": PETRARCH's "BACK * (BY &MILITARY)" reads
        # the "by" phrase as the means of one sentence event; here it is the backing's
        # actor, and the verb's label says what was done
        match = None
    if match is not None and not match.own and default_class(action) is not None:
        # a pattern for another verb of the block ("seek shelter" 020 for "search the
        # houses") yields to the verb's own code, a sense the dictionary gives it apart
        match = None
    if match is not None and place_idiom(verb, match):
        match = None  # "the city was divided": "dismantle &TOWN" (0842) is no division
    if match is not None and foreign_idiom(verb, action, match):
        match = None  # "wiped out the militants": "disarm militants" (082) is disarm's idiom
    if match is not None and match.nounless and not reaches_a_party(verb, match.code):
        # "rushed to the scene": "RUSH * TO [040]" consults no one when "to" names a place
        match = None
    return match


def _labelled_class(verb: Token, action: str, label: str, lemma: str) -> tuple[str, str, str]:
    """Return the class the verb's label gives it, or else its event noun or own code."""
    if label == "STATEMENT" and condemning_content(verb):
        return "DISAPPROVE", "111", ""  # "warned the raid could amount to a war crime"
    if label == "STATEMENT":
        # PLOVER codes what a statement announces: "declared a ceasefire", "announced
        # the suspension of aid".
        # not "described the raid as a massacre", nor "told a news conference (that)".
        noun = ("", "", "") if characterises(verb) or names_hearer(verb) else event_noun(verb)
        return noun if noun[0] else (label, "", "")
    if label == "AID" and gives_information(verb):
        return OTHER, "", ""  # "did not provide a number": information, not aid
    goods = deployed_goods(verb, label)
    if goods is not None:
        return goods.plover, goods.cameo, goods.mode
    if label and label_applies(verb, action, label):
        return label, "", ""
    if departs_from_place(verb):
        return label_class("withdraw from"), "", ""
    if verb.pos_ == "NOUN":
        # "the bombardment by X on Y", "violence by X against Y": an event a noun names
        # is the noun's event (its verb's label: bombard, attack), not its object's
        named = noun_class(verb)
        return named if named[0] else _uncoded_class(verb, action, lemma)
    return _uncoded_class(verb, action, lemma)


def _uncoded_class(verb: Token, action: str, lemma: str) -> tuple[str, str, str]:
    """Return the class of a verb no pattern or label decides: its object's event, its code.

    A verb that codes nothing alone takes the event its object names: "carried out raids",
    "conducted air strikes"; so does a verb the dictionary never codes ("undertook a
    mediation mission"). A code the verb only inherits from a block named for another verb
    is that verb's gist, not the verb's ("gave a death toll" is no GRANT 060, "leaving 12
    dead" no visit): it codes nothing alone, though a verb that carries an event noun takes
    the noun's event ("intensified its bombing campaign"). The blocks of force (coerce,
    assault, fight) are the exception: their verbs are verbs of force in all their plain
    senses ("repelled", "crushed", "ousted"), unless the dictionary finds the verb light
    ("take", whose objects say what it does). An
    intent code needs the act it intends.
    """
    lexicon = load_lexicon()
    alone = default_class(action)
    if alone is not None and not (codes_intent(verb, alone) and reaches_a_party(verb, alone)):
        alone = None
    gist = default_class(action, inherited=True) if alone is None else None
    words = action.split()
    particle = words[1] if len(words) == 2 and words[1] in _PARTICLES else ""
    if particle and lexicon.default(lemma, particle) is not None:
        light = particle_light(lemma, particle) and not force_particle(lemma, particle)
    else:
        light = lexicon.is_light(verb) or not lexicon.codes(lemma)
        light = light or (gist is not None and lemma in LIGHT_EVENT_VERBS) or perpetrates(lemma)
    noun = ("", "", "")
    if light and alone is None:
        noun = event_noun(verb, events_only=not lexicon.is_light(verb)) or ("", "", "")
        noun = noun if noun[0] else antecedent_event(verb)
    if not noun[0] and alone is None:
        noun = prepositional_event(verb, words)
    if noun[0]:
        return noun
    if gist is not None and gist.plover in _FORCE_BLOCKS and not light_force(verb, particle):
        alone = gist
    return (alone.plover, alone.cameo, alone.mode) if alone is not None else (OTHER, "", "")


def _with_particle(verb: Token, action: str) -> str:
    """Add a particle the parser read as an adverb or bare preposition ("pulled out")."""
    if " " in action or verb.pos_ not in {"VERB", "AUX"}:
        return action
    for kid in verb.children:
        bare = not any(k.dep_ in {"pobj", "pcomp"} for k in kid.children)
        if kid.dep_ in {"prep", "advmod"} and kid.lower_ in _PARTICLES and kid.i == verb.i + 1:
            return f"{action} {kid.lower_}" if bare else action
    return action
