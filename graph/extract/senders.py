"""Who sent a weapon or owns an attack that a clause goes on to tell of (private).

"Gunmen fired a rocket that fell on the bazaar, wounding four": the round
landed and injured, and whoever fired it did. A weapon that is the object of a verb
that sends it (fire, launch, drop, plant ...) stands for that verb's subject. An attack
"by" several owners ("raids by the junta and its militias") is each owner's.
"""

from __future__ import annotations

from spacy.tokens import Token

from .alternatives import is_alternative
from .lexicon import WEAPON_VERBS
from .spans import child, conjuncts

__all__ = ["owners", "sender"]

# Verbs besides the firing ones whose subject puts a weapon where it strikes.
_PLACING_VERBS = frozenset({"plant", "detonate", "set", "place", "leave", "hurl", "lob"})


def sender(weapon: Token) -> Token | None:
    """Return who fired, dropped or planted ``weapon``, named as the subject of that verb.

    "Rebels fired a shell that hit the school" -> Rebels (for "the shell hit ...").
    """
    if weapon.dep_ != "dobj" or weapon.head.pos_ != "VERB":
        return None
    verb = weapon.head
    if verb.lemma_.lower() not in WEAPON_VERBS | _PLACING_VERBS:
        return None
    subj = child(verb, "nsubj")
    if subj is None or subj.pos_ in {"PRON", "NUM"} or subj.tag_ in {"WDT", "WP"}:
        return None
    return subj


def owners(head: Token) -> list[Token]:
    """Return every owner an attack's "by" ("from") phrase lists, else ``[head]``.

    "The raids by the junta and its militias killed nine" -> the junta, its militias:
    each of them raided (alternatives joined by "or" stay one uncertain owner).
    """
    if head.dep_ != "pobj" or head.head.lower_ not in {"by", "from"}:
        return [head]
    return [owner for owner in conjuncts(head) if not is_alternative(owner)]
