"""Where an attack fell, named by a preposition of place: its target (private).

An attack verb or an attack noun without an object often names what it hit only by
where it fell: "artillery struck around the airport" -> the airport; "a rocket hit
near a school" -> the school; "jets carried out forty raids around Kobani" -> Kobani.
An event coder codes that place as the attack's target. "in" stays the event's place
here ("raids in the north"); a one-sided attack with no target takes a town "in" it as
its target in normalize (graph/normalize/placetargets.py); the sides of a two-sided
act are its targets, never a place beside it ("clashes near the dam").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .agentnouns import is_means_noun
from .attacknouns import is_attack_noun
from .eventnouns import counted_event, is_event_noun
from .landings import is_timed_munition, landing_place
from .laterfalls import fell_after
from .lexicon import (
    LIGHT_EVENT_VERBS,
    RECIPROCAL_NOUNS,
    TIME_LABELS,
    WEAPON_VERBS,
    WEEKDAYS,
    word_set,
)
from .spans import antecedent, child, conjuncts, is_relative, is_time_phrase, np_span
from .wrongs import is_wrong

# Verbs of a blow that lands somewhere: "struck near", "exploded outside". (A weapon
# that "fell near X" or "landed near X" is where it ended, no act of whoever fired it.)
ATTACK_VERBS = word_set(
    "strike hit shell bomb bombard pound pummel blast target fire rain explode detonate"
)
# Attacks of one side whose place is their target ("shelling near X", "raids around X").
ATTACK_NOUNS = word_set(
    "strike airstrike raid attack bombing shelling bombardment barrage shell rocket missile "
    "bomb mortar assault offensive"
)
# Verbs of where a weapon ended or what it broke ("landed on X", "destroyed X").
_LANDING_VERBS = word_set("land fall crash slam destroy damage level flatten raze")
# Prepositions of the place an attack fell on or near ("in" names a setting instead).
PLACE_PREPS = word_set("near around outside inside onto over beside")
# ... and those an attack verb without an object is aimed by ("fired into the crowd").
AIM_PREPS = word_set("on upon into at toward towards")
# Verbs that commit a wrong or an attack: "a massacre perpetrated by the militia".
_COMMIT_VERBS = word_set("commit perpetrate")
# Nouns of how often or how, never whom: "on a daily basis", "on several occasions".
_MANNER = word_set("basis occasion scale behalf account")


def struck_place(verb: Token) -> list[Token]:
    """Return the place an attack verb without an object fell on or near, else ``[]``.

    "Artillery struck around the airport" -> the airport; "a car bomb exploded outside
    the clinic" -> the clinic; "jets pounded across the valley" names no target.
    """
    if verb.lemma_.lower() not in ATTACK_VERBS or child(verb, "dobj") is not None:
        return []
    return _place_of(verb, PLACE_PREPS | AIM_PREPS, after=verb.i)


def attack_place(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return the place an attack named by a verb's object fell around, and no relation.

    "Coalition jets carried out forty raids around Kobani" -> Kobani; the phrase may
    hang on the noun or on the verb. Acts of two sides ("clashes near the dam") and
    things that are no attack ("talks near Geneva") give None, and so does a verb that
    neither stages nor sends an attack ("seized rockets near the border").
    """
    act = counted_event(obj)
    lemma = act.lemma_.lower()
    if verb.lemma_.lower() not in LIGHT_EVENT_VERBS | WEAPON_VERBS:
        return None  # "seized rockets near the border": the rockets are a haul, not an attack
    if not is_event_noun(act) or lemma in RECIPROCAL_NOUNS or act.lower_ in RECIPROCAL_NOUNS:
        return None
    if lemma not in ATTACK_NOUNS and act.lower_ not in ATTACK_NOUNS:
        return None
    found = _place_of(act, PLACE_PREPS, after=act.i) or _place_of(verb, PLACE_PREPS, after=act.i)
    return (found, "") if found else None


def _place_of(head: Token, preps: frozenset[str], *, after: int) -> list[Token]:
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in preps or prep.i < after:
            continue
        pobj = child(prep, "pobj")
        if pobj is None or pobj.ent_type_ in TIME_LABELS or pobj.lower_ in WEEKDAYS:
            continue  # "fell over the weekend": when, not where
        if is_timed_munition(pobj):
            continue  # "fired on Tuesday rocket shells": what was fired, not where
        if pobj.pos_ in {"NOUN", "PROPN"}:
            return list(conjuncts(pobj))
    return []


def hit_by(weapon: Token) -> list[Span]:
    """Return what a weapon went on to hit, the target of whoever sent it, else ``[]``.

    "Rockets fired by the militia hit a school" -> a school, for "the militia fired
    rockets"; "shells fired by the gunmen fell near the clinic" -> the clinic; "the
    gunmen fired shells which fell near the clinic" -> the clinic.
    """
    fallen = fell_after(weapon)
    if fallen:
        # "a shell was fired by X and landed in Y", "with the shells landing in Y"
        return [np_span(tok) for tok in fallen]
    verb = weapon.head
    clause = child(weapon, "relcl")
    subj = child(clause, "nsubj") if clause is not None else None
    if clause is not None and subj is not None and is_relative(subj):
        verb, weapon = clause, subj  # "shells which fell near X"
    if weapon.dep_ != "nsubj" or verb.lemma_.lower() not in ATTACK_VERBS | _LANDING_VERBS:
        return []  # "the truce brokered by X came into effect": a truce hits nothing
    noun = antecedent(verb) if is_relative(weapon) else weapon
    if noun.lemma_.lower() not in ATTACK_NOUNS and not is_means_noun(noun.lower_):
        return []
    obj = child(verb, "dobj")
    found = [obj] if obj is not None and obj.pos_ in {"NOUN", "PROPN"} else []
    for prep in verb.rights:
        pobj = child(prep, "pobj") if prep.dep_ == "prep" else None
        if not found and prep.lower_ in AIM_PREPS and pobj is not None:
            found = [pobj]  # "fell on the market"
    # ("fired shells which fell in the old market": where they came down, see landings)
    found = found or _place_of(verb, PLACE_PREPS, after=verb.i) or landing_place(verb)
    return [np_span(tok) for head in found for tok in conjuncts(head)]


def aimed_past_agent(verb: Token, act: Token) -> list[Span]:
    """Return where an act done by someone was aimed, read past its agent, else ``[]``.

    "Shells fired by the militants on the old market" -> the old market: the parser
    hangs the "on" phrase on the militants. An attack or a wrong done by someone says
    whom it was aimed at after its agent too: "crimes committed by the militia against
    the villagers", "raids launched by jets against the camps" -> the villagers, the
    camps (the phrase hung on the agent or on the participle).
    """
    lemma = verb.lemma_.lower()
    attack = is_attack_noun(act) or is_wrong(act)
    if lemma not in WEAPON_VERBS and not (attack and lemma in LIGHT_EVENT_VERBS | _COMMIT_VERBS):
        return []
    agent = child(verb, "agent")
    pobj = child(agent, "pobj") if agent is not None else None
    if pobj is None:
        return []
    preps = AIM_PREPS | {"against"} if attack else AIM_PREPS
    late = [k for k in verb.rights if k.i > pobj.i and k.dep_ == "prep"]
    prep = next((k for k in [*pobj.rights, *late] if _aims(k, preps)), None)
    place = child(prep, "pobj") if prep is not None else None
    return [np_span(tok) for tok in conjuncts(place)] if place is not None else []


def _aims(prep: Token, preps: frozenset[str]) -> bool:
    # "carried out by the coalition on Saturday", "on a daily basis": no target.
    pobj = child(prep, "pobj")
    manner = pobj is not None and pobj.lemma_.lower() in _MANNER
    return prep.lower_ in preps and not is_time_phrase(prep) and not manner
