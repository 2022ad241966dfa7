"""Who sent a weapon that a relative clause goes on to tell of (private).

"Gunmen fired a rocket that fell on the bazaar, wounding four": the round
landed and injured, and whoever fired it did. A weapon that is the object of a verb
that sends it (fire, launch, drop, plant ...) stands for that verb's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import WEAPON_VERBS
from .spans import child

__all__ = ["sender"]

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
