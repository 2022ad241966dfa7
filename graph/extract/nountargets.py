"""Targets of event nouns: "an attack on X", "carried out a raid on X", "seized control of X".

The phrase after an event noun, or after the light verb that carries it, names whom
the event is aimed at (private to extract; each rule has an example sentence).
"""

from __future__ import annotations

from spacy.tokens import Token

from .eventnouns import (
    counted_event,
    is_event_noun,
    is_two_sided,
    noun_lemma,
)
from .hedgedobjects import hedged_object
from .hungtargets import prep_object
from .lexicon import (
    LIGHT_EVENT_VERBS,
    TARGET_PREPS,
    WEAPON_VERBS,
)
from .munitionlists import listed_munitions
from .operationtargets import operation_side
from .recipients import prefer_side
from .spans import child, conjuncts, join_tokens, np_span, verb_group

# Two-sided event nouns whose "on" phrase names a topic: "talks on the crisis".
_TOPIC_NOUNS = frozenset(
    {"talks", "talk", "meeting", "negotiation", "agreement", "deal", "accord", "treaty"}
)


def noun_target(obj: Token) -> tuple[Token, Token] | None:
    """Return the target and preposition of an event noun: "an attack on X" -> (X, on).

    A count of events counts as its events: "a series of raids on X", "a round of
    talks with X" -> X, the phrase hung on either noun.
    """
    count, obj = obj, counted_event(obj)
    if not is_event_noun(obj):
        return None
    nouns = [*conjuncts(obj), *([count] if count.i != obj.i else [])]
    # "fired rockets and rounds into X": a munition after "and" may be tagged a verb.
    nouns += listed_munitions(*nouns)
    # "talks with X" name a side; "an attack with shells" names a weapon; "talks on
    # X", "a deal on X" name a topic ("a war on X" a side).
    skip = {"from"} if is_two_sided(obj) else {"from", "with"}
    if noun_lemma(obj) in _TOPIC_NOUNS or obj.lower_ in _TOPIC_NOUNS:
        skip = {"from", "on", "over", "about"}
    # "fired rockets and shells into the town": the phrase may hang on the last conjunct.
    return prefer_side(
        [
            (pobj, prep)
            for noun in nouns
            for prep in noun.rights
            if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS and prep.lower_ not in skip
            # "strikes against what are said to be IS posts" -> the posts (hedgedobjects)
            for pobj in [prep_object(prep) or hedged_object(prep)]
            if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}
        ]
    )


def targeting_target(noun: Token) -> tuple[Token, Token] | None:
    """Return what an event noun's "targeting" participle names, and the participle.

    "regime raids targeting the old market" -> (market, targeting): the participle
    says what the raids were aimed at, as "raids on the old market" would.
    """
    # "attacks in the north targeting X": the parser may hang it on the place phrase.
    places = [child(k, "pobj") for k in noun.rights if k.dep_ == "prep" and k.lower_ == "in"]
    for head in [noun, *(p for p in places if p is not None)]:
        for kid in head.rights:
            if kid.dep_ == "acl" and kid.tag_ == "VBG" and kid.lemma_.lower() == "target":
                obj = child(kid, "dobj")
                return (obj, kid) if obj is not None else None
    return None


# Verbs whose subject is the doer of the act they take, as a light verb's is: "ordered
# strikes against X", "prepared an offensive against X" -> X (not "condemned strikes on
# X", "reported strikes on X": another side's act; a claimed attack is its own event).
_OWN_ACT_VERBS = frozenset({"order", "prepare", "plan", "execute", "deal"})


def light_verb_target(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return the targets and surface relation of "VERB an EVENT-NOUN PREP X".

    "The army carried out a raid on a rebel hideout" -> target "a rebel hideout",
    relation "carried out a raid on"; "held talks with the opposition" -> the opposition.
    """
    if verb.lemma_.lower() not in LIGHT_EVENT_VERBS | WEAPON_VERBS | _OWN_ACT_VERBS:
        return None
    found = noun_target(obj) or _weapon_target(verb, obj)
    if found is None:
        # "continued their advance in Raqqa against Daesh" -> Daesh (see operationtargets)
        return operation_side(verb, obj)
    pobj, prep = found
    particles = [kid for kid in verb.children if kid.dep_ == "prt"]
    if prep.head.i == obj.i or prep.head.i == counted_event(obj).i:
        phrase = list(verb.doc[obj.left_edge.i : prep.i + 1])
    else:
        phrase = [*np_span(obj), prep]
    relation = join_tokens([*verb_group(verb), verb, *particles, *phrase])
    return list(conjuncts(pobj)), relation


# Verbs that take, keep or lose control of a place: "seized control of the airport".
_CONTROL_VERBS = frozenset(
    {"take", "seize", "gain", "regain", "retake", "wrest", "assume", "lose", "cede"}
    | {"establish", "extend", "tighten"}
)


def control_target(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return the place and surface relation of "VERB control of/over X".

    "Rebels seized control of the airport" -> target "the airport", relation "seized
    control of" (control is what changes hands, the place is what it is over); the
    "of" phrase may hang on the verb.
    """
    if obj.lemma_.lower() != "control" or verb.lemma_.lower() not in _CONTROL_VERBS:
        return None
    for prep in [*obj.rights, *(k for k in verb.rights if k.i > obj.i)]:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "over"}:
            pobj = child(prep, "pobj")
            if pobj is not None:
                particles = [kid for kid in verb.children if kid.dep_ == "prt"]
                words = [
                    *verb_group(verb),
                    verb,
                    *particles,
                    *obj.doc[obj.left_edge.i : obj.i + 1],
                    prep,
                ]
                # "control of the airport and two villages": the parser may join the
                # second place to "control".
                more = [k for k in conjuncts(obj) if k.i != obj.i]
                return [*conjuncts(pobj), *more], join_tokens(words)
    return None


def _weapon_target(verb: Token, obj: Token) -> tuple[Token, Token] | None:
    # "fired mortar shells at the city", "launched missiles on X": the verb's own PP;
    # "continued its operations against the pirates", "carried out two raids on
    # rebel posts": the parser may hang the event noun's PP on its light verb ("talks
    # on X" name a topic, not a side).
    noun = counted_event(obj)
    if not is_event_noun(noun):
        return None
    preps = {"at", "on", "against", "into", "toward"}
    if verb.lemma_.lower() not in WEAPON_VERBS:
        preps = {"against"} if is_two_sided(noun) else {"against", "on"}
    return prefer_side(
        [
            (pobj, prep)
            for prep in verb.rights
            if prep.dep_ == "prep" and prep.lower_ in preps and prep.i > obj.i
            for pobj in [child(prep, "pobj") or hedged_object(prep) or _clause_subject_of(prep)]
            if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}
        ]
    )


def _clause_subject_of(prep: Token) -> Token | None:
    # "fired shells at the neighbourhood killing two": the parser may read the place and
    # the adjunct after it as a clause with its own subject.
    clause = child(prep, "pcomp")
    return child(clause, "nsubj") if clause is not None and clause.tag_ == "VBG" else None
