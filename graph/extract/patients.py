"""What is done to whom: the object and target rules of the extractor (private).

Each construction has its own small function with an example sentence; the
subject side is :mod:`graph.extract.arguments`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .arguments import is_misread_main_verb
from .coordination import shared_object
from .edges import is_hand_phrase
from .effectgerunds import misread_object
from .eventnouns import is_event_noun
from .eventtargets import is_means
from .fronted import participle_patient
from .hedgedobjects import hedged_object
from .landings import is_timed_munition
from .lexicon import TARGET_PREPS, TIME_LABELS
from .motion import MOTION_VERBS, is_distance, motion_goal
from .origins import is_origin, origin_goal
from .passives import conjoined_passive_subject, undergoer
from .recipients import prefer_side
from .relatives import reported_antecedent
from .spans import antecedent, child, conjuncts, is_relative
from .tolltags import tag_object


def patients(verb: Token) -> tuple[list[Token], Token | None]:
    """Return the heads of what ``verb`` is done to, and the preposition introducing them.

    Its passive subject or the noun its participle modifies first ("the town was
    captured", "the town captured by X"), then its object ("shelled the town"), then a
    target preposition ("fired on the town").
    """
    found = _passive_patient(verb)
    if found is None:
        found = _object_patient(verb)
    return (found, None) if found is not None else prepositional_target(verb)


def _passive_patient(verb: Token) -> list[Token] | None:
    """Return what a passive verb or participle is done to: "the town was captured"."""
    # two passive subjects: the one next to the verb is its own, the first a dateline
    # or a fronted phrase ("Mon 3 May Twelve fighters were killed"); "were reported
    # killed", "fled after being shelled by X": see undergoer.
    passive_subj = next((k for k in reversed(list(verb.lefts)) if k.dep_ == "nsubjpass"), None)
    if passive_subj := passive_subj or conjoined_passive_subject(verb) or undergoer(verb):
        if is_relative(passive_subj) and verb.dep_ == "relcl":
            return [antecedent(verb)]
        if (reported := reported_antecedent(verb, passive_subj)) is not None:
            return [reported]  # "strikes which locals say were carried out by jets"
        return list(conjuncts(passive_subj))
    if (fronted := participle_patient(verb)) is not None:
        return list(conjuncts(fronted))  # "Backed by X, the army ..." (see fronted)
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not is_misread_main_verb(verb)
        and not any(k.dep_ in {"mark", "nsubj"} for k in verb.children)
    ):
        # "the town captured by X" -> the town; not "evidence that the generals had met".
        return [verb.head]
    return None


def _object_patient(verb: Token) -> list[Token] | None:
    """Return what an active verb is done to: its object, or one the parser misplaced."""
    # ("marched three kilometres into X": a distance walked is no target, see motion.)
    objs = [kid for kid in verb.children if kid.dep_ == "dobj" and not is_distance(kid)]
    if len(objs) > 1 and is_relative(objs[0]):
        # "the rumour that the envoy sold the embassy": "that" opens a content clause.
        objs = objs[1:]
    if objs:
        if is_relative(objs[0]) and verb.dep_ == "relcl":
            return [antecedent(verb)]
        return list(conjuncts(objs[0]))
    misread = misread_object(verb) or tag_object(verb)
    if misread is not None:
        # "jets hit the bus killing four" -> the bus (see misread_object); "jets killed
        # 40 people activists said" -> 40 people (tag_object).
        return [misread]
    shared = shared_object(verb)
    if shared:
        # "troops killed and wounded dozens": the first verb's object is the second's.
        return shared
    dative = child(verb, "dative")
    if dative is not None and dative.pos_ in {"NOUN", "PROPN", "PRON"}:
        # a recipient without an object (the parser lost it): "gave the rebels and
        # their allies, the Kurds, a path" -> target the rebels, once for the phrase.
        return [dative]
    return None


def prepositional_target(verb: Token) -> tuple[list[Token], Token | None]:
    """Return the object of a target preposition of ``verb`` and that preposition."""
    if verb.lemma_ in MOTION_VERBS:
        # "advanced inside X", "pushed to within 5 km of X"; not "advanced from the west".
        goal, prep = motion_goal(verb)
        return (list(conjuncts(goal)), prep) if goal is not None else ([], None)
    # prepositional target: "Kyiv will negotiate with Moscow" -> action "negotiate with".
    found = prefer_side(
        [
            (pobj, kid)
            for kid in _target_preps(verb)
            if kid.lower_ in TARGET_PREPS and not (is_means(kid) or is_hand_phrase(kid))
            # "fired at what appeared to be a hospital" -> the hospital (hedgedobjects)
            for pobj in [_untimed(child(kid, "pobj") or hedged_object(kid))]
            if pobj is not None and pobj.ent_type_ not in TIME_LABELS
        ]
    )
    if found is not None:
        return list(conjuncts(found[0])), found[1]
    if _fires_timed(verb):
        return [], None  # "fired on Tuesday rocket shells": the shells are its object
    if verb.tag_ == "VBG" and is_event_noun(verb):
        # a verbal noun the tagger read as a verb: "regime shelling of Douma killed five".
        of = next((k for k in verb.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
        pobj = child(of, "pobj") if of is not None else None
        if pobj is not None and pobj.ent_type_ not in TIME_LABELS:
            return list(conjuncts(pobj)), None
    # relative clause with a gapped object: "the depots the jets bombed" -> target the depots.
    subj = child(verb, "nsubj")
    if (
        verb.dep_ == "relcl"
        and subj is not None
        and not is_relative(subj)
        and child(verb, "advmod") is None
        and verb.head.pos_ in {"NOUN", "PROPN"}
    ):
        return [verb.head], None
    return [], None


def _target_preps(verb: Token) -> Iterator[Token]:
    # "fired from a roof on the crowd": the place fired from is no target, but a goal
    # the parser hung under it is (see origins)
    for kid in verb.children:
        if kid.dep_ != "prep":
            continue
        if not is_origin(verb, kid):
            yield kid
        elif (goal := origin_goal(verb, kid)) is not None:
            yield goal


# Prepositions that aim what was fired: "rocket shells at the market".
_AIMS = frozenset({"at", "on", "onto", "into", "toward", "towards", "against"})


def _untimed(pobj: Token | None) -> Token | None:
    """Return the object of a target preposition, past munitions a time phrase swallowed.

    "fired on Tuesday rocket shells at the market": the parser reads "on [Tuesday rocket
    shells]" and hangs the aim on the shells -> the market; the shells are what was
    fired, never whom it was fired on ("fired on Tuesday rocket shells" names no one).
    """
    if pobj is None or not is_timed_munition(pobj):
        return pobj
    aim = next((k for k in pobj.rights if k.dep_ == "prep" and k.lower_ in _AIMS), None)
    return child(aim, "pobj") if aim is not None else None


def _fires_timed(verb: Token) -> bool:
    # a verb whose object a time phrase swallowed has one: "the call that gunmen fired
    # on Tuesday rocket shells" names no gapped object (the call) either.
    return any(
        kid.dep_ == "prep" and (pobj := child(kid, "pobj")) is not None and is_timed_munition(pobj)
        for kid in verb.children
    )
