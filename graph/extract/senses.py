"""Which sense of a verb the CAMEO dictionary codes (private to :mod:`graph.extract`).

The dictionary codes many verbs only with particular complements, and news uses the same
verbs in other senses:

- a verb label in ``ontology.ttl`` restates one sense of a verb whose own dictionary
  entry codes nothing ("LIFT [---]"): "lift" is CONCEDE for the sanctions, curfews and
  sieges the dictionary names, not for "lifted the concrete slabs";
- CAMEO 03 ("express intent to cooperate") codes verbs of intending ("aim", "determine",
  "decide", "prepare") for the act they intend, an infinitive or an object: "aimed at the
  liberation" and "determines which planes fly" intend nothing;
- a particle verb is a verb of its own: "put out a fire" is no "fire", though "put" takes
  its object's event;
- "regained control of the town" is what the dictionary codes "TAKE * CONTROL".
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .cameo import Code, Pattern, framed_event
from .cameodata import load_lexicon
from .lexicon import EVENT_NOUNS, GROUND_NOUNS, PLACE_LABELS, PLACE_NOUNS, word_set

__all__ = [
    "access_allowed",
    "purpose_access",
    "codes_intent",
    "control_taken",
    "departs_from_place",
    "label_applies",
    "names_an_event",
    "particle_light",
    "perpetrates",
]

# CAMEO 192, occupy territory (see label_applies).
_OCCUPY_TERRITORY = "192"
# Verbs of gaining or restoring that take "control of X": they code as "take control".
_CONTROL_VERBS = word_set(
    "gain regain take retake seize wrest win assume establish re-establish reestablish "
    "restore reassert recover impose extend"
)


def names_an_event(noun: Token) -> bool:
    """Return whether a noun names an event: an event noun, a nominal, a framed event."""
    lemma = noun.lemma_.lower()
    if lemma in EVENT_NOUNS or framed_event(noun) is not None:
        return True
    return lemma.endswith(("tion", "sion", "ment", "ing")) and len(lemma) > 6


@cache
def _object_heads() -> frozenset[str]:
    """Return every noun a CAMEO pattern names as a verb's object (its head's forms)."""
    lexicon = load_lexicon()
    return frozenset(
        word for group in lexicon.patterns.values() for p in group if p.obj for word in p.obj[-1]
    )


def _known_object(noun: Token) -> bool:
    # a noun some CAMEO pattern codes ("sanctions", "offer"), an event, an act, someone,
    # a name or a pronoun; not a thing the dictionary never names ("slabs", "a video")
    from .agentnouns import is_agent_noun  # agentnouns -> eventnouns -> classify -> here

    heads = _object_heads()
    if noun.lower_ in heads or noun.lemma_.lower() in heads or noun.ent_type_:
        return True
    if noun.pos_ in {"VERB", "AUX", "PRON"} or is_agent_noun(noun.lower_):
        return True  # "vetoed a draft censuring the raid", "lifted it", "the inspectors"
    return names_an_event(noun) or load_lexicon().event_noun(noun) is not None


def label_applies(verb: Token, action: str, label: str) -> bool:
    """Return whether a one-word verb label may class this use of the verb.

    When the verb's own dictionary entry codes it nothing alone but codes the label's
    class for particular objects, the label applies with no object or an object the
    dictionary knows: "lifted the curfew", "lifted the embargo", not "lifted the slabs";
    "shared intelligence", not "shared a video". A label for a verb the dictionary codes
    alone, or only through its block, always applies.
    """
    words = action.split()
    if len(words) != 1:
        return True  # "commit to", "pull out": the label names its complement
    lexicon = load_lexicon()
    own = lexicon.default(words[0])
    if own is None or own.plover or own.inherited:
        return True
    # the dictionary's places an army occupies (192: "&MILITARY ENTER &TOWN") are examples,
    # not a closed list: "troops entered the resort" (whether the doer is armed is
    # :mod:`.misfires`' question)
    if not any(
        p.own and p.obj and p.code.plover == label and p.code.cameo != _OCCUPY_TERRITORY
        for p in lexicon.patterns.get(words[0], ())
    ):
        return True
    objects = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    return not objects or any(_known_object(o) for o in objects)


def codes_intent(verb: Token, code: Code) -> bool:
    """Return whether a code of intent (CAMEO 03) has the act it intends on this verb.

    "aims to end the war", "prepared an offensive" intend something; "an operation aimed
    at the city", "the monitor determines which planes fly" do not.
    """
    if not code.cameo.startswith("03"):
        return True
    return any(k.dep_ in {"xcomp", "dobj"} for k in verb.children)


def particle_light(verb_lemma: str, particle: str) -> bool:
    """Return whether a particle verb takes its object's event: the dictionary codes its objects.

    "carry out raids" (CARRY_OUT patterns code attacks, raids, operations); "put out a
    fire" (PUT_OUT has no object pattern of its own) is no fire.
    """
    return any(
        p.own and p.obj and p.code.plover and p.particle == particle
        for p in load_lexicon().patterns.get(verb_lemma, ())
    )


def control_taken(verb: Token) -> Code | None:
    """Return the dictionary's code of "take control" for "regained control of the town"."""
    lexicon = load_lexicon()
    if lexicon.lemma(verb) not in _CONTROL_VERBS:
        return None
    # "control of the town", "control over the villages" (the phrase may hang on the verb)
    phrases = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    if not any(k.lemma_.lower() == "control" for k in phrases):
        return None
    heads = [verb, *phrases]
    if not any(p.lower_ in {"of", "over"} for head in heads for p in head.children):
        return None
    return next(
        (
            p.code
            for p in lexicon.patterns.get("take", ())
            if p.obj and "control" in p.obj[-1] and not p.preps and not p.particle and p.code.plover
        ),
        None,
    )


# Verbs of permission and what they let in: PLOVER RETREAT mode "access" (CAMEO 086 allow
# international involvement: 0861 receive peacekeepers, 0862 receive inspectors, 0863 allow
# delivery of humanitarian aid), as CAMEO2PLOVER-2021 maps them.
_PERMIT_VERBS = word_set("allow permit let")
_AID_WORDS = word_set(
    "aid delivery deliveries convoy convoys food medicine medicines medical supplies "
    "assistance relief humanitarian"
)
_ACCESS_CODES = {
    **dict.fromkeys(word_set("peacekeeper peacekeepers peacekeeping"), "0861"),
    **dict.fromkeys(word_set("inspector inspectors monitor monitors observer observers"), "0862"),
    **dict.fromkeys(_AID_WORDS, "0863"),
    **dict.fromkeys(word_set("access entry evacuation evacuations passage"), "086"),
}


def _let_in(verb: Token) -> list[Token]:
    """Return the phrases a verb of permission lets in ("allowed aid convoys to enter")."""
    heads = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    for clause in (k for k in verb.children if k.dep_ in {"ccomp", "xcomp"}):
        heads += [k for k in clause.children if k.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return heads


def access_allowed(verb: Token) -> Code | None:
    """Return RETREAT "access" for a verb that lets aid, inspectors or evacuees in.

    "allowed the delivery of medicine", "allowed aid convoys to enter", "allowed UN
    inspectors into the camp" (PLOVER: "allowing the entry of observers, peacekeepers, or
    humanitarian workers").
    """
    if verb.lemma_.lower() not in _PERMIT_VERBS:
        return None
    for head in _let_in(verb):
        words = [t for t in head.subtree if t.dep_ in {"compound", "amod", "pobj"} or t is head]
        codes = sorted(_ACCESS_CODES[w.lower_] for w in words if w.lower_ in _ACCESS_CODES)
        if codes:
            return Code(codes[-1], "RETREAT", "access")
    return None


def purpose_access(verb: Token) -> Code | None:
    """Return the access an act is done to allow: "opened the crossing to allow aid in"."""
    purposes = [
        k
        for k in verb.children
        if k.dep_ in {"advcl", "xcomp"} and any(a.lower_ == "to" for a in k.children)
    ]
    return next((c for c in map(access_allowed, purposes) if c is not None), None)


_DEPARTURE_VERBS = word_set("leave quit exit vacate")
# CAMEO 0874, retreat militarily: what its "abandon positions/strongholds" patterns code.
_MILITARY_RETREAT = "0874"
_HELD_PLACES = word_set("position positions stronghold strongholds outpost outposts")
_HARMED = word_set("dead killed wounded injured homeless")


def departs_from_place(verb: Token) -> bool:
    """Return whether a verb of departure leaves a place: "the rebels left the town".

    In conflict news that is a withdrawal (PLOVER RETREAT, like "withdraw from", "flee");
    "left 20 dead", "left for Moscow" and "the blast left the town in ruins" are no
    departure from a place.
    """
    if verb.lemma_.lower() not in _DEPARTURE_VERBS | _fleeing_verbs():
        return False
    if any(k.dep_ == "nsubj" and names_an_event(k) for k in verb.children):
        return False  # "the blast left the town in ruins": an event leaves no place
    if any(t.lower_ in _HARMED for t in verb.subtree):
        return False  # "leaving 11 dead": a toll, whatever the parser made the object
    return any(
        k.dep_ == "dobj"
        and (k.ent_type_ in PLACE_LABELS or k.lemma_.lower() in PLACE_NOUNS | GROUND_NOUNS)
        and not any(c.dep_ in {"oprd", "acomp", "amod"} and c.i > k.i for c in verb.children)
        for k in verb.children
    )


@cache
def _fleeing_verbs() -> frozenset[str]:
    """Return the verbs of a CAMEO block that codes leaving held ground as a retreat.

    The block of "flee" codes nothing alone, but "evacuated positions" and "abandoned the
    stronghold" as a military retreat (0874): its verbs that code nothing of their own
    ("escape", "desert", "flee") leave a town as they leave a stronghold. A verb with a
    code of its own ("evacuate" 070, "defect" 120) keeps it.
    """
    lexicon = load_lexicon()
    return frozenset(
        verb
        for verb, patterns in lexicon.patterns.items()
        if any(_leaves_held_place(p) for p in patterns)
        and (default := lexicon.default(verb)) is not None
        and not default.plover
    )


def _leaves_held_place(pattern: Pattern) -> bool:
    return pattern.code.cameo == _MILITARY_RETREAT and bool(
        pattern.obj and pattern.obj[-1] & _HELD_PLACES
    )


def perpetrates(verb_lemma: str) -> bool:
    """Return whether the dictionary codes a verb only for the force its object names.

    "commit" codes nothing alone and codes crimes and abuses as assaults (CAMEO 180,
    182): "committed a massacre" is the massacre, whatever the dictionary's other verbs do
    with the noun ("accused of a massacre").
    """
    lexicon = load_lexicon()
    alone = lexicon.default(verb_lemma)
    if alone is not None and alone.plover:
        return False
    kinds = {
        p.code.plover
        for p in lexicon.patterns.get(verb_lemma, ())
        if p.own and p.obj and p.code.plover
    }
    return bool(kinds) and kinds <= {"ASSAULT", "FIGHT"}
