"""Adjuncts the parser hangs on a noun that belong to the clause (private).

Without commas the small model often attaches a verb's adjunct to its object
noun, and the argument span (:func:`graph.extract.spans.np_span`) then glues it
onto the target: "shelled the market with mortars" -> "the market with mortars",
"supplied the militias with arms", "accused the militia of responsibility for
the bombing", "has besieged the town for more than two years", "killed hundreds in
a gas attack". A subject gets the clause's adjuncts too: "the minister in a statement
said", "the jets in a series of combat sorties struck", "army units with cover from
the air force targeted", "the governor for his part affirmed". Each phrase below
says how or how long the act was done, or what the accused is charged with, and
never narrows down who or what was acted on; :func:`is_adjunct_phrase` ends the
phrase before it (see :func:`graph.extract.edges.ends_phrase`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import INSTRUMENT_NOUNS, QUANTITY_NOUNS
from .modalwords import ACCUSE_VERBS

__all__ = ["is_adjunct_phrase"]

# What an attack is made with or a side is supplied with: "with mortars", "with arms".
_MEANS_NOUNS = INSTRUMENT_NOUNS | frozenset(
    {"arm", "arms", "weapon", "weaponry", "ammunition", "money", "fund", "funding"}
    | {"cash", "missile", "napalm", "phosphorus", "gunfire", "artillery", "shellfire"}
    | {"warplane", "jet", "helicopter", "tank", "machinegun", "gun", "rifle", "bullet"}
)
# Verbs whose "of" phrase after the accused is the charge: "accused X of treason"
# ("criticised the use of barrel bombs" criticises the use of them).
_OF_CHARGE_VERBS = frozenset({"accuse", "suspect", "charge", "convict", "acquit"})
# What a side speaks through: "in a statement", "in an interview", "in two letters".
_SAYING_NOUNS = frozenset(
    {"statement", "message", "interview", "letter", "speech", "address", "communique"}
    | {"communiqué", "tweet", "conversation", "call", "remark", "briefing"}
)
# What a side's aircraft fly, or a force carries out: "in 35 combat sorties".
_SORTIE_NOUNS = frozenset({"sortie", "flight", "mission", "operation"})
# Nouns that count out the phrase after "of": "in a series of sorties".
_SERIES_NOUNS = frozenset({"series", "number", "wave", "round", "string", "spate"})
# The help a side acts with: "with cover from the air force", "with the help of jets".
_BACKING_NOUNS = frozenset({"cover", "assistance", "support", "help", "backing"})
# Units a stretch of time is counted in: "for two years", "for the third day".
_TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade"}
)
# Heads the parser may give a counted stretch: "for more than two years", "for over".
_COUNT_HEADS = frozenset({"more", "than", "over", "nearly", "almost", "about", "around"})


def is_adjunct_phrase(prep: Token) -> bool:
    """Return whether a noun's prepositional dependent ``prep`` belongs to the clause.

    "shelled the market with mortars": the mortars are how (not which market);
    "bombed the road for more than two years": how long; "accused the militia of
    responsibility for the bombing", "blamed the coalition for the raids": what the
    accused is charged with. A name stays ("the Observatory for Human Rights",
    "the government of Syria"), as do people ("the leaders of the rebels").
    """
    if prep.dep_ != "prep":
        return False
    pobj = next((k for k in prep.children if k.dep_ == "pobj"), None)
    if pobj is None:
        return False
    low = prep.lower_
    if _is_manner(low, pobj):
        return True
    if low == "with":
        return _lemma(pobj) in _MEANS_NOUNS and not _is_name(pobj)
    if low == "for" and _is_duration(pobj):
        return True
    if low in {"in", "during", "amid"} and _is_count(prep.head):
        # "killed hundreds in a gas attack", "wounded a number of people in mortar fire"
        from .eventnouns import is_event_noun  # (eventnouns imports the span modules)

        return is_event_noun(pobj)
    return low in {"of", "for"} and _is_charge(prep, pobj)


def _is_manner(low: str, pobj: Token) -> bool:
    """Return whether a noun's "in", "for" or "with" phrase says how its clause was done."""
    return _is_told_in(low, pobj) or _is_flown_with(low, pobj)


def _is_told_in(low: str, pobj: Token) -> bool:
    """Return whether the phrase is what a side spoke through, or whose turn it was.

    "the minister in a statement said", "the ministry in two letters urged", "the
    governor for his part affirmed". A definite phrase stays: "the figures in the
    statement" are some of its figures.
    """
    if low == "for":
        return _lemma(pobj) == "part" and any(k.dep_ == "poss" for k in pobj.children)
    return low in {"in", "via"} and _lemma(pobj) in _SAYING_NOUNS and not _is_definite(pobj)


def _is_flown_with(low: str, pobj: Token) -> bool:
    """Return whether the phrase is what a subject flew, or the help it acted with.

    "the jets in a series of combat sorties struck", "warplanes in 40 flights hit",
    "army units with cover from the air force targeted". A definite operation stays:
    "the troops in the operation" are those taking part in it.
    """
    if low == "with":
        return _lemma(pobj) in _BACKING_NOUNS and any(
            k.dep_ == "prep" and k.lower_ in {"from", "of"} for k in pobj.children
        )
    subject = pobj.head.head.dep_ in {"nsubj", "nsubjpass"}
    return low == "in" and subject and not _is_definite(pobj) and _sortie(pobj)


def _is_definite(pobj: Token) -> bool:
    return any(k.lower_ == "the" for k in pobj.lefts)


def _sortie(pobj: Token) -> bool:
    # "in 35 sorties", "in a series of combat sorties", "in a large-scale operation"
    if _lemma(pobj) in _SERIES_NOUNS:
        counted = next((k for k in pobj.children if k.dep_ == "prep" and k.lower_ == "of"), None)
        pobj = next((k for k in counted.children if k.dep_ == "pobj"), pobj) if counted else pobj
    return _lemma(pobj) in _SORTIE_NOUNS or any(
        k.dep_ == "conj" and _lemma(k) in _SORTIE_NOUNS for k in pobj.children
    )


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _is_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in {"ORG", "PERSON", "GPE", "NORP", "FAC"}


def _is_count(noun: Token) -> bool:
    # a toll counts people: "hundreds", "more than 50", "a number of shoppers".
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    return noun.pos_ == "NUM" or noun.tag_ == "CD" or _lemma(noun) in QUANTITY_NOUNS


def _is_duration(pobj: Token) -> bool:
    # "for more than two years", "for three days", "for the fifth day running"
    return _lemma(pobj) in _TIME_UNITS or pobj.lower_ in _COUNT_HEADS


def _is_charge(prep: Token, pobj: Token) -> bool:
    """Return whether ``prep`` names the charge against an accused: "of responsibility"."""
    from .recipients import is_actor_noun  # (recipients imports the span modules)

    noun = prep.head
    verbs = _OF_CHARGE_VERBS if prep.lower_ == "of" else ACCUSE_VERBS
    if noun.dep_ != "dobj" or _lemma(noun.head) not in verbs or not is_actor_noun(noun):
        return False
    # "accused the leaders of the rebels", "blamed the government of Syria": the
    # phrase names whom; "of responsibility", "for the raids": what they are blamed for.
    return not (_is_name(pobj) or is_actor_noun(pobj))
