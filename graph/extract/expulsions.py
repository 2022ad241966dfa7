"""Armed men expelled from ground are fought, not deported (private to extract).

The dictionary codes "expel", "oust", "evict", "kick out" as CAMEO 174 (expel or deport
individuals, PLOVER COERCE "deport") and "force" as 170 (coerce). PLOVER's COERCE is
coercion short of violence; armed men driven from a town by armed men are beaten in
battle, which is fighting (the class of "push back", as :mod:`.combat` reads "drove the
gunmen out of the village"):

- "Kurdish fighters ousted the jihadists from the border town", "the army expelled the
  militants from the district", "rebels pushed the group out of two villages";
- "the troops forced the gunmen to retreat from the hills".

Civilians, diplomats or members expelled stay expulsions: "the militia expelled the
villagers", "the ministry expelled two diplomats".
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .labels import label_class
from .lexicon import word_set
from .misfires import is_armed

__all__ = ["armed_expelled"]

_EXPELLING = word_set("expel oust evict")
# Verbs that expel with "out" (or "from"): "pushed the group out of", "drove them from".
_DRIVING = word_set("drive push kick chase flush force")
_OUT = word_set("out from")
_RETREATS = word_set("retreat withdraw flee pull")
# Words that make an object armed men where the sector tables say nothing.
_HOSTILE = word_set(
    "terrorist terrorists gunman gunmen attacker attackers fighter fighters jihadist "
    "jihadists extremist extremists"
)
# Heads of a named armed group: "the Islamic State group", "the Nusra faction".
_PARTIES = word_set("group groups faction factions organization organisation")
_NAME_TYPES = frozenset({"ORG", "NORP"})


def armed_expelled(verb: Token) -> Code | None:
    """Return fighting for armed men expelled, ousted or driven out, if the verb says so.

    Args:
        verb: The predicate token ("ousted", "pushed", "forced").

    Returns:
        The class of "push back" when what the verb expels is armed men, else None.
    """
    lemma = verb.lemma_.lower()
    if not (lemma in _EXPELLING or (lemma in _DRIVING and _drives_out(verb))):
        return None
    objects = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    if not objects or not all(_is_armed_party(o) for o in objects):
        return None
    found = label_class("push back")
    return Code("", found, "") if found else None


def _drives_out(verb: Token) -> bool:
    """Return whether a verb of driving drives out: "pushed X out of", "forced X to retreat"."""
    for kid in verb.children:
        if kid.dep_ in {"prt", "advmod", "prep"} and kid.lower_ in _OUT:
            return verb.lemma_.lower() != "force"
        if kid.dep_ in {"xcomp", "ccomp"} and kid.lemma_.lower() in _RETREATS:
            return True  # "forced the gunmen to retreat"
    return False


def _is_armed_party(noun: Token) -> bool:
    """Return whether a noun names armed men: "the militants", "IS", "the Nusra group"."""
    words = [noun, *(k for k in noun.children if k.dep_ in {"compound", "amod"})]
    if is_armed(noun) or any(w.lower_ in _HOSTILE for w in words):
        return True
    if noun.lemma_.lower() in _PARTIES:
        return any(w.pos_ == "PROPN" for w in words[1:])  # "the Islamic State group"
    return noun.pos_ == "PROPN" and noun.ent_type_ in _NAME_TYPES
