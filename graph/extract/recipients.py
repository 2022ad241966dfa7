"""Who an act is aimed at when its object is a thing (private).

Event coders code the side an act is directed at, not the thing passed along:
"Norway froze development funding for Chad" is Norway -> Chad, "the senator
praised Ghana's election" is the senator -> Ghana. The rules here find that side;
each has an example sentence. :mod:`graph.extract` calls them when a clause's object
names no one. The side a clause on the verb names ("demanded that Russia free the
sailors") is :mod:`graph.extract.demandsides`.
"""

from __future__ import annotations

from spacy.tokens import Token

from .destinations import destination, is_forces
from .edges import is_side_phrase
from .lexicon import (
    AGENT_NOUNS,
    EVENT_NOUNS,
    MONTHS,
    PERSON_NOUNS,
    PLACE_LABELS,
    PLACE_NOUNS,
    TIME_LABELS,
    WEEKDAYS,
    word_set,
)
from .spans import child, conjuncts, join_tokens, np_span, verb_group

# MONTHS leaves out "may" (mostly the verb); after a target's preposition it is the month.
_TIME_WORDS = WEEKDAYS | MONTHS | word_set("may today yesterday tomorrow tonight")
_NAMED = frozenset({"PERSON", "NORP", "ORG", "GPE"})
# Prepositions naming the side a thing goes to or an act is aimed at ("aid to X",
# "an agreement with X", "sanctions on X", "a war against X"); "from" names a source.
_TO_PREPS = frozenset(
    {"to", "with", "against", "on", "upon", "into", "toward", "towards", "at", "for"}
)
# An act named by a noun also takes its patient, its agent or whom it leaves in
# "of"/"by"/"from": "the liberation of the hostages", "a decision by X",
# "separation from X".
_NOMINAL_PREPS = frozenset({"of", "by", "from"})
_PERSON_SUFFIXES = ("ee", "ist", "ian", "ant")
_NOMINAL_SUFFIXES = ("tion", "sion", "ment", "al", "ance", "ence", "ure", "ion")
# Extra nouns for people who act: "officers", "leaders", "nationals", "authorities".
_PEOPLE = word_set(
    """officer leader national authority official minister president member ministry
    elder partner delegation team envoy diplomat negotiator inspector monitor observer
    peacekeeper representative prisoner hostage"""
)


def is_actor_noun(tok: Token) -> bool:
    """Return whether a phrase head can name someone who acts or is acted on.

    Names (people, groups, countries, nationalities) and nouns for people and
    organised groups do ("Chad", "Togolese hostages", "the rebels"); things and
    acts do not ("funding", "a tariff", "blankets").
    """
    if tok.pos_ == "PRON" or tok.ent_type_ in TIME_LABELS or tok.lower_ in _TIME_WORDS:
        return False  # "on Wednesday" is when, not whom (the tagger may miss the date)
    if tok.ent_type_ in _NAMED or tok.pos_ == "PROPN":
        return True
    lemma = tok.lemma_.lower()
    if lemma in PERSON_NOUNS | AGENT_NOUNS | _PEOPLE or lemma.rstrip("s") in _PEOPLE:
        return True
    # "detainees", "journalists", "civilians", "immigrants": nouns for people.
    return len(lemma) > 5 and lemma.endswith(_PERSON_SUFFIXES) and not _is_nominal_act(tok)


def prefer_side(found: list[tuple[Token, Token]]) -> tuple[Token, Token] | None:
    """Return the first ``(object, preposition)`` that names someone, else the first.

    "Turkey launched strikes into Syria against Kurdish militants": a place is where
    the act went; a side named beside it is whom it was aimed at.
    """
    for pobj, prep in found:
        if is_actor_noun(pobj) and not is_place(pobj):
            return pobj, prep
    return found[0] if found else None


def is_place(tok: Token) -> bool:
    """Return whether a phrase head names a place ("Aleppo", "the village")."""
    return tok.ent_type_ in PLACE_LABELS or tok.lemma_.lower() in PLACE_NOUNS


def is_named(tok: Token) -> bool:
    """Return whether a phrase head is a name or is qualified by one ("Eritrean migrants")."""
    if tok.ent_type_ in TIME_LABELS or tok.lower_ in _TIME_WORDS:
        return False
    if tok.ent_type_ in _NAMED or tok.pos_ == "PROPN":
        return True
    return any(
        kid.dep_ in {"amod", "compound", "nmod"} and kid.ent_type_ in {"NORP", "GPE"}
        for kid in tok.lefts
    )


def is_thing(tok: Token) -> bool:
    """Return whether a phrase head names a thing or an act: no one, no place, no time."""
    if is_actor_noun(tok) or is_named(tok) or tok.pos_ not in {"NOUN", "PROPN"}:
        # a thing qualified by a nationality ("Turkish flags") is coded by it.
        return False
    if is_place(tok):
        return False  # "shelled the town": a place is what a physical act is aimed at
    return tok.ent_type_ not in {"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"}


def thing_side(noun: Token) -> Token | None:
    """Return the side named past a thing: "protested against Sweden's decision" -> Sweden."""
    found = _side(noun) if is_thing(noun) else None
    return found[0] if found is not None else None


def _is_nominal_act(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in EVENT_NOUNS or (len(lemma) > 5 and lemma.endswith(_NOMINAL_SUFFIXES))


def _side(noun: Token, depth: int = 0) -> tuple[Token, Token] | None:
    """Return ``(side, preposition)`` named past a thing: "aid to X" -> (X, to)."""
    owner = child(noun, "poss")
    if owner is not None and is_actor_noun(owner):
        # "praised Ghana's election", "seized the rebels' boats" -> the possessor.
        return owner, owner
    # ("reinforcements of fighters": what is sent, not whom it is sent to)
    nominal = _is_nominal_act(noun) and not is_forces(noun)
    preps = _TO_PREPS | (_NOMINAL_PREPS if nominal else frozenset())
    if is_measure(noun):
        preps |= {"in"}  # "imposed a curfew in X": a measure is aimed at where it holds
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in preps or is_side_phrase(prep):
            continue
        pobj = named_place(child(prep, "pobj"))
        if pobj is None or pobj.ent_type_ in {"DATE", "TIME", "CARDINAL"}:
            continue
        if (is_actor_noun(pobj) or is_named(pobj)) and (depth == 0 or is_named(pobj)):
            # a place named with a nationality is coded as it: "blankets to a Syrian shelter"
            return pobj, prep
        if depth == 0 and pobj.pos_ == "NOUN":
            # "limits on wheat shipments to X", "a pause of flights with X".
            inner = _side(pobj, depth + 1)
            if inner is not None:
                return inner
    return None


def recipient_target(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return the side a thing-object is aimed at and the surface relation, or None.

    "Norway froze funding for Chad" -> Chad, "froze funding for"; "Kenya offered
    scholarships to Ugandan students" -> the students; "gave the rebels weapons" ->
    the rebels; "the army received new tanks" -> None (no side named).
    """
    if not (is_thing(obj) or _is_amount(obj) or is_measure(obj)):
        return sent_to(verb, obj) or destination(verb, obj)
    dative = child(verb, "dative")
    if dative is not None and dative.pos_ == "ADP":
        # "offered places to X": the parser may label "to" itself the dative.
        dative = child(dative, "pobj")
    if dative is not None and is_actor_noun(dative):
        # "gave the rebels weapons" -> the rebels.
        return list(conjuncts(dative)), join_tokens([*verb_group(verb), verb])
    found = _side(obj) or _verb_side(verb, obj)
    if found is None:
        # "delivered aid to besieged areas", "sent reinforcements to the base" (destinations)
        return destination(verb, obj)
    side, prep = found
    if side.i < obj.i and prep.i == side.i:
        phrase = [*verb_group(verb), verb, *np_span(obj)]
    else:
        phrase = [*verb_group(verb), verb, *verb.doc[obj.left_edge.i : obj.i + 1], prep]
    return list(conjuncts(side)), join_tokens(phrase)


def _is_amount(obj: Token) -> bool:
    # "provided $5 million to Kenya", "pledged 300 tonnes of wheat to Yemen": an amount
    # of money or goods is a thing passed along (a bare number may be people: "killed 12")
    return obj.ent_type_ in {"MONEY", "QUANTITY"} or obj.lower_ in {"$", "€", "£"}


# Verbs that send people somewhere: the act is aimed at where they go.
SEND_VERBS = word_set("send deploy dispatch redeploy station airlift post transfer")
_SEND_PREPS = frozenset({"to", "into", "in", "toward", "towards"})
# Verbs that take people away from somewhere: "withdrew its troops from X" -> X.
WITHDRAW_VERBS = word_set("withdraw pull evacuate recall")
_FROM_PREPS = frozenset({"from", "of"})  # "of": "pulled its troops out of X"


def sent_to(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return where people are sent or taken from: "sent troops to Mali" -> Mali.

    Coders code "France deployed 500 soldiers in Chad" as France -> Chad: the troops
    are France's own, and "in Chad" is whom the deployment concerns. A named object
    is the target itself ("sent Ahmed to Cairo" stays Ahmed).
    """
    lemma = verb.lemma_.lower()
    if lemma not in SEND_VERBS | WITHDRAW_VERBS or is_named(obj) or not is_actor_noun(obj):
        return None
    preps = _SEND_PREPS if lemma in SEND_VERBS else _FROM_PREPS
    outs = [k for p in verb.rights if p.lower_ == "out" for k in p.children]  # "out of X"
    for prep in [*obj.rights, *verb.rights, *outs]:
        pobj = child(prep, "pobj") if prep.dep_ == "prep" and prep.lower_ in preps else None
        if pobj is not None and is_named(pobj) and pobj.ent_type_ not in {"DATE", "TIME"}:
            phrase = [*verb_group(verb), verb, *verb.doc[obj.left_edge.i : obj.i + 1], prep]
            return list(conjuncts(pobj)), join_tokens(phrase)
    return None


# Measures that hold somewhere: "imposed a curfew in X", "eased emergency measures in X".
MEASURE_NOUNS = word_set(
    "curfew emergency measure restriction ban blockade lockdown embargo siege closure law"
)


def is_measure(noun: Token) -> bool:
    """Return whether a noun names a measure that holds somewhere ("a state of emergency")."""
    if noun.lemma_.lower() in MEASURE_NOUNS:
        return True
    inner = next((child(p, "pobj") for p in noun.rights if p.lower_ == "of"), None)
    return noun.lemma_.lower() == "state" and inner is not None and is_measure(inner)


def named_place(pobj: Token | None) -> Token | None:
    """Return a place noun's name: "the town of Cizre" -> Cizre, "the Tigray region" -> Tigray."""
    if pobj is None or pobj.lemma_.lower() not in PLACE_NOUNS or is_named(pobj):
        return pobj
    of = [child(p, "pobj") for p in pobj.rights if p.dep_ == "prep" and p.lower_ == "of"]
    names = [*of, *(k for k in pobj.lefts if k.dep_ == "compound" and k.pos_ == "PROPN")]
    return next((name for name in names if name is not None and is_named(name)), pobj)


def _verb_side(verb: Token, obj: Token | None = None) -> tuple[Token, Token] | None:
    # the PP may hang on the verb: "sent blankets last week to Haiti", "eased the
    # curfew on Monday in X"
    measure = obj is not None and is_measure(obj)
    for prep in verb.rights:
        preps = _TO_PREPS - {"for", "at"} | ({"in"} if measure else set())
        if prep.dep_ == "prep" and prep.lower_ in preps and not is_side_phrase(prep):
            pobj = named_place(child(prep, "pobj"))
            if pobj is not None and (is_actor_noun(pobj) or is_named(pobj)):
                return pobj, prep
    return None
