"""A munition set off, dropped or rained on a place: the place is the target, not the munition.

"The bomber detonated his vest at a checkpoint" attacks the checkpoint, as "the bomber
blew himself up at a checkpoint" does; "helicopters
dropped barrel bombs in the village of X" the village; "jets rained shells on the
suburbs" the suburbs. The munition is the instrument, so it moves into the relation
("detonated his vest at"), and a munition set off with no place named ("detonated his
vest") leaves the attack without a target, as "fired rockets" does (see
:func:`graph.extract.eventtargets.act_targets`). Firing and launching "at/on/into X" is
:func:`graph.extract.nountargets.light_verb_target`'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from .eventnouns import is_event_noun
from .landings import is_munition, is_time_phrase
from .lexicon import word_set
from .spans import child, conjuncts, join_tokens, np_span, verb_group

__all__ = ["set_off_target"]

# Verbs that set off, drop, rain or plant a munition where it strikes ("in X" is where).
_SETTING_OFF = word_set("detonate explode blow set trigger drop rain plant")
# Verbs that fire a munition from afar ("in X" may be where it was fired from).
_FIRING = word_set("fire launch shoot lob hurl throw")
# Particles those verbs need: "blew up a car bomb", "set off a device".
_NEEDS_PARTICLE = {"blow": "up", "set": "off"}
# What is worn or strapped on and set off: "his explosive vest", "a suicide belt".
_WORN = word_set("vest vests belt belts charge charges")
# Participles that say what a munition holds: "barrels containing chlorine", "rockets
# filled with sarin", "a car loaded with explosives".
_FILLING = word_set("contain carry fill load lace pack")
# Prepositions of the place hit ("in" names it only when none of these does).
_AIMED = word_set("on onto upon into at among near outside inside beside against toward towards")


def _sets_off(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _NEEDS_PARTICLE:
        return any(k.dep_ == "prt" and k.lower_ == _NEEDS_PARTICLE[lemma] for k in verb.children)
    return lemma in _SETTING_OFF | _FIRING


def _is_set_off(verb: Token, noun: Token) -> bool:
    if is_munition(noun) or noun.lemma_.lower() in _WORN or noun.lower_ in _WORN:
        return True
    return _is_bomber_self(verb, noun)


# Bombers who set themselves off: "blew himself up", "detonated themselves".
_SELVES = word_set("himself herself themselves itself")
_BLASTING = word_set("blow detonate explode")


def _is_bomber_self(verb: Token, noun: Token) -> bool:
    """Return whether a bomber's own body is what ``verb`` set off: "blew himself up".

    "A bomber blew himself up in the market" attacks the market, as "detonated his vest
    in the market" does: the bomber is the munition, never the target ("shot himself"
    and "defended themselves" set nothing off).
    """
    return noun.lower_ in _SELVES and verb.lemma_.lower() in _BLASTING


def set_off_target(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return the place a munition was set off or dropped at, and the relation, or None.

    "The bomber detonated his vest among the worshippers" -> the worshippers, relation
    "detonated his vest among"; "helicopters dropped bombs in the village of X" -> the
    village; "troops blew up a bridge" sets off no munition, "detonated his vest" names
    no place (see :func:`set_off_relation`): None.
    """
    if not _sets_off(verb) or not _is_set_off(verb, obj):
        return None
    preps = [
        k
        for head in (obj, verb, *_filling(obj), *_worn_with(verb, obj))
        for k in head.rights
        if k.dep_ == "prep" and k.i > obj.i and child(k, "pobj") is not None
    ]
    preps.sort(key=lambda k: k.i)
    prep = next((k for k in preps if _is_aimed(k) and _is_place_hit(k)), None)
    if prep is None and verb.lemma_.lower() not in _FIRING:
        prep = next((k for k in preps if k.lower_ == "in" and _is_place_hit(k)), None)
    place = _place(prep) if prep is not None else None
    if prep is None or place is None:
        return None
    # (the phrase may hang on the munition: "an explosive belt among rebels" stops before it)
    words = [tok for tok in _phrase(verb, obj) if tok.i < prep.i]
    return list(conjuncts(place)), join_tokens([*words, prep])


def set_off_relation(verb: Token, obj: Token) -> str | None:
    """Return the relation of a munition set off at no place named, or None.

    "The attacker detonated his explosive belt": the belt is the means, not whom the
    attack hit, so the attack has no target and says its munition in the relation.
    """
    if not _sets_off(verb) or not _is_set_off(verb, obj):
        return None
    return join_tokens(_phrase(verb, obj))


def _filling(munition: Token) -> list[Token]:
    """Return the words of what a munition holds, where the parser hangs its aim.

    "dropped barrels containing chlorine on the village": "on the village" hangs on
    "containing" (or on "chlorine"), yet says where the barrels were dropped.
    """
    found: list[Token] = []
    for part in munition.rights:
        if part.dep_ == "acl" and part.lemma_.lower() in _FILLING:
            held = [k for k in part.children if k.dep_ in {"dobj", "prep"}]
            stuff = [child(k, "pobj") if k.dep_ == "prep" else k for k in held]
            found += [part, *(k for k in stuff if k is not None)]
    return found


def _worn_with(verb: Token, obj: Token) -> list[Token]:
    """Return the munition a bomber set himself off with, where the parser hangs his aim.

    "blew himself up with a suicide vest inside the hall": "inside the hall" hangs on
    the belt, yet says where he blew himself up.
    """
    if not _is_bomber_self(verb, obj):
        return []
    withs = [child(k, "pobj") for k in verb.rights if k.dep_ == "prep" and k.lower_ == "with"]
    return [pobj for pobj in withs if pobj is not None and _is_set_off(verb, pobj)]


def _phrase(verb: Token, obj: Token) -> list[Token]:
    particles = [kid for kid in verb.children if kid.dep_ == "prt"]
    return [*verb_group(verb), verb, *particles, *np_span(obj)]


def _is_aimed(prep: Token) -> bool:
    # "in front of the mosque" aims as "outside the mosque" does
    pobj = child(prep, "pobj")
    return prep.lower_ in _AIMED or (pobj is not None and pobj.lower_ == "front")


def _place(prep: Token) -> Token | None:
    pobj = child(prep, "pobj")
    if pobj is not None and pobj.lower_ == "front":
        # "in front of the mosque" -> the mosque
        of = next((k for k in pobj.rights if k.lower_ == "of"), None)
        found = child(of, "pobj") if of is not None else None
        return found if found is not None else pobj
    return pobj


def _is_place_hit(prep: Token) -> bool:
    pobj = _place(prep)
    if pobj is None or is_time_phrase(pobj):
        return False  # "detonated the bomb on Friday": when, not where
    # "dropped barrel bombs in a deadly attack": the attack is no place
    return pobj.pos_ in {"NOUN", "PROPN"} and pobj.lower_ not in _WORN and not is_event_noun(pobj)
