"""Whether a noun is where an act happened or what it aimed at, never who did it (private).

A toll told after an attack ("..., killing two") belongs to the attacker. Without the
comma the parser may give the gerund the name right before it as its subject, and the
tagger may call that name a person or an organisation:

- a name in a place phrase: "mortars fell in Jubb Tala wounding two";
- a name of a part of a place: "landed in the northern part of Beit Ramin killing
  one", "in the vicinity of the Zahra Hotel leaving a waiter hurt";
- a name a weapon or an attack is aimed at: "fired rockets on Harat Nour killing a
  farmer", "launched shells into Tell Bari killing four".

Each is a place (or a target), so the gerund is said of the clause's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import EVENT_NOUNS, INSTRUMENT_NOUNS, PLACE_NOUNS, WEAPON_VERBS, word_set

__all__ = ["in_place_phrase"]


# Prepositions of place whose object is where something happens, not who does it.
_PLACE_PREPS = frozenset({"in", "near", "across", "throughout", "inside", "around", "within"})
# Prepositions of aim: "fired on X", "rockets into X", "an attack against X".
_AIM_PREPS = word_set("on onto upon into at against toward towards")
# Parts of a place named by an "of" phrase: "the eastern outskirts of X".
_PLACE_PARTS = word_set(
    "part parts vicinity surroundings outskirts edge edges entrance outskirt centre center "
    "heart side sides environs periphery countryside suburb suburbs corner middle"
)
# Verbs that send or bring a weapon down on a place: "shells rained on X".
_AIMING_VERBS = WEAPON_VERBS | word_set(
    "shell bomb strike hit target rain fall land crash explode pound attack storm"
)
# What is aimed at a place besides the weapons and attacks of the lexicon.
_AIMED_NOUNS = INSTRUMENT_NOUNS | EVENT_NOUNS | word_set("round rounds fire")


def in_place_phrase(noun: Token) -> bool:
    """Return whether a noun is the object of a place preposition ("in X", "in X killing").

    Also the name of a place noun or of a part of a place ("the town of X", "the outskirts
    of X") and the object a weapon or an attack is aimed at ("fired shells on X").
    """
    if noun.dep_ not in {"pobj", "nsubj"}:
        return False
    # the parser may read "struck depots in Tell Hassan killing three" as "in [Hassan
    # killing three]": the noun is then the subject of a gerund inside the PP.
    prep = noun.head.head if noun.dep_ == "nsubj" and noun.head.dep_ == "pcomp" else noun.head
    word = prep.lower_
    if word == "of":
        # "hit a clinic in the town of Ain Haddad killing four", "fell in the western
        # part of Ain Haddad killing four": a place's name.
        whole = prep.head.lemma_.lower()
        return whole in PLACE_NOUNS or whole in _PLACE_PARTS or prep.head.lower_ in _PLACE_PARTS
    if word in _AIM_PREPS:
        return _is_aimed(prep.head)
    return word in _PLACE_PREPS


def _is_aimed(head: Token) -> bool:
    """Return whether a preposition's head sends a weapon or an attack ("fired on", "raids on")."""
    lemma = head.lemma_.lower()
    if head.pos_ in {"VERB", "AUX"}:
        return lemma in _AIMING_VERBS
    return lemma in _AIMED_NOUNS or head.lower_ in _AIMED_NOUNS
