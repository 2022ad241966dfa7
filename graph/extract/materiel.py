"""Destroying the means of war is fighting, not the destruction of property (private).

The CAMEO dictionary codes "destroy * &WEAPON" and "destroy * &CAR" as 1712 (destroy
property), which the 2021 PLOVER table makes ASSAULT. In war reports the tanks, vehicles,
launchers and ammunition one armed party destroys are the other's means of war, and
destroying them is conventional military force (CAMEO 190, FIGHT): "army units destroyed
three armoured vehicles", "the jets destroyed their weapons and ammunition". Houses,
buildings and monuments stay property (1712); so do chemical weapons and stockpiles,
whose destruction is disarmament, not combat ("agreed to destroy its chemical arsenal").
"""

from __future__ import annotations

from spacy.tokens import Token

from .agentnouns import is_means_noun
from .lexicon import word_set

__all__ = ["materiel_code"]

_DESTROYED_PROPERTY = "1712"
_FORCE = ("FIGHT", "190", "")
# War machines and stores the means-noun list leaves out ("a convoy of vehicles").
_MATERIEL = word_set(
    "vehicle vehicles car cars truck trucks pickup pickups convoy convoys cache caches "
    "depot depots machinegun machineguns machine-gun machine-guns bulldozer bulldozers"
)
# What is destroyed to disarm, not in battle.
_DISARMING = word_set("chemical chemicals stockpile stockpiles arsenal arsenals nuclear")
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def materiel_code(verb: Token, code: tuple[str, str, str]) -> tuple[str, str, str]:
    """Return fighting for a destruction of property whose objects are all materiel.

    Args:
        verb: The predicate token ("destroyed").
        code: The class, CAMEO code and mode found so far.

    Returns:
        ``("FIGHT", "190", "")`` when the code is 1712 (destroy property) and every thing
        destroyed is a weapon or a vehicle, else ``code``.
    """
    if code[1] != _DESTROYED_PROPERTY:
        return code
    objects = _destroyed(verb)
    if objects and all(_is_materiel(noun) for noun in objects):
        return _FORCE
    return code


def _destroyed(verb: Token) -> list[Token]:
    """Return the things a verb destroys: its objects with their conjuncts."""
    heads = [k for k in verb.children if k.dep_ in _OBJECT_DEPS]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        heads.append(verb.head)  # "vehicles destroyed by the army"
    return [t for head in heads for t in (head, *head.conjuncts) if t.pos_ in {"NOUN", "PROPN"}]


def _is_materiel(noun: Token) -> bool:
    """Return whether a noun is a weapon or vehicle not destroyed to disarm."""
    if any(t.lower_ in _DISARMING for t in noun.subtree):
        return False
    counted = _counted(noun)
    word = counted.lower_
    return word in _MATERIEL or counted.lemma_.lower() in _MATERIEL or is_means_noun(word)


def _counted(noun: Token) -> Token:
    """Return what a quantity counts: "a number of their vehicles" -> vehicles."""
    if noun.lemma_.lower() in {"number", "lot", "dozens", "dozen", "hundreds", "scores"}:
        of = next((k for k in noun.children if k.dep_ == "prep" and k.lower_ == "of"), None)
        pobj = next((k for k in of.children if k.dep_ == "pobj"), None) if of else None
        return pobj if pobj is not None else noun
    return noun
