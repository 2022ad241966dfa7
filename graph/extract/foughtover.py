"""What a fight is fought over: the place named after "for (control of)" (private).

"Regime troops have been battling for control of the hill town" names no object, yet
it says what the troops fight over: an event coder codes the town as the target, as in
"battled the rebels in the town" the rebels; relation "battling for control of". The
same holds of a place fought for ("rebels fought for the city"). A side fought *for* is
whom the fighters fight beside, no target ("fighting for the Front"); so only places,
and control of something, count. When the subject names both sides ("rebels and troops
fought for the airport") they fight each other, and the place is only where.
"""

from __future__ import annotations

from spacy.tokens import Token

from .recipients import is_place
from .spans import child, conjuncts, join_tokens, verb_group

__all__ = ["fought_over"]

# Verbs of fighting over a prize: "battled for control of X", "fought over the town".
_FIGHTING = frozenset({"fight", "battle"})
_FOR = frozenset({"for", "over"})
_OF = frozenset({"of", "over"})


def fought_over(verb: Token) -> tuple[list[Token], str] | None:
    """Return the place and relation of "X fought/battled for (control of) Y", or None.

    "Troops battled for control of the hill town" -> the town, "battled for control of";
    "rebels fought for the city" -> the city; "fighting for the Front" -> None (a side).
    """
    if verb.lemma_.lower() not in _FIGHTING or child(verb, "dobj") is not None:
        return None
    subj = child(verb, "nsubj")
    if subj is not None and (len(list(conjuncts(subj))) > 1 or _names_two(subj)):
        return None  # "rebels and troops fought for the town": each other, see mutual_frames
    prep = next((k for k in verb.rights if k.dep_ == "prep" and k.lower_ in _FOR), None)
    prize = child(prep, "pobj") if prep is not None else None
    if prep is None or prize is None:
        return None
    words = [*verb_group(verb), verb, prep]
    if prize.lemma_.lower() != "control":
        return (list(conjuncts(prize)), join_tokens(words)) if _is_prize(prize) else None
    words.append(prize)
    # "control of the town"; "control over the crossing" may hang on the verb
    preps = [*prize.rights, *(k for k in verb.rights if k.i > prize.i)]
    of = next((k for k in preps if k.dep_ == "prep" and k.lower_ in _OF), None)
    held = child(of, "pobj") if of is not None else None
    if of is None or held is None:
        return None  # "fought for control since 2012": over what is said elsewhere
    return list(conjuncts(held)), join_tokens([*words, of])


def _names_two(subj: Token) -> bool:
    # "both factions", "the two sides" fought for the town: each other, over it
    return any(k.lower_ in {"both", "two"} for k in subj.lefts)


def _is_prize(noun: Token) -> bool:
    # "fought for the town", "for Tel Rama"; not "battling for survival Daesh controls"
    # (a name the tagger glued to a common noun before it)
    glued = any(k.dep_ == "compound" and k.pos_ == "NOUN" for k in noun.lefts)
    return is_place(noun) and not (glued and noun.pos_ == "PROPN")
