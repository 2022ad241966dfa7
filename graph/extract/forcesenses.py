"""Verbs of force keep their sense against the idioms of other verbs of their block.

CAMEO files a pattern under a block of synonyms and applies it to every verb of the
block: "DISARM militants" (082, a concession) also reads "wiped out the militants",
and "BREAK off" (130, a threat) reads "crushed ... off". In a block of force
(coerce, assault, fight) every verb is a verb of force in its plain senses
("wipe out", "crush", "annihilate"), so an idiom written for another verb of the
block that names no force is that verb's idiom, not theirs. Likewise a particle verb
whose own code is force ("wipe out" 190) destroys what it takes as object: "wiped out a
meeting of commanders" is no meeting, though the verb's patterns name objects.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Match
from .cameodata import load_lexicon
from .labels import default_class

__all__ = ["FORCE_BLOCKS", "foreign_idiom", "force_particle", "light_force"]

# Classes of the dictionary's blocks of force (CAMEO 17-20).
FORCE_BLOCKS = frozenset({"COERCE", "ASSAULT", "FIGHT"})


def foreign_idiom(verb: Token, action: str, match: Match) -> bool:
    """Return whether ``match`` is another verb's non-force idiom on a verb of force.

    "wiped out the militants": "disarm militants" (082) is written for "disarm"; the
    verb's own code (190) stands. A light verb ("take") has no force sense of its own;
    a null pattern ("impose a tax": no event) holds for the synonyms ("levied a tax")
    unless it names no noun (a bare "in": "damaged houses in the town" is damage).
    """
    if match.own or match.code.plover in FORCE_BLOCKS:
        return False
    if not match.code.plover and not match.nounless:
        return False  # a null pattern ("impose a tax": no event) says so of every synonym
    lemma, _, particle = action.partition(" ")
    if particle and force_particle(lemma, particle):
        return True
    return _force_code(action) and not load_lexicon().is_light(verb)


def force_particle(lemma: str, particle: str) -> bool:
    """Return whether a particle verb's own code is one of force ("wipe out" 190)."""
    code = load_lexicon().default(lemma, particle)
    return code is not None and code.plover in FORCE_BLOCKS


def light_force(verb: Token, particle: str) -> bool:
    """Return whether a verb of a force block is light: its objects say what it does.

    "take" codes nothing alone; "wipe" is light ("wipe tears") but "wipe out" is force.
    """
    lexicon = load_lexicon()
    if particle and force_particle(lexicon.lemma(verb), particle):
        return False
    return lexicon.is_light(verb)


def _force_code(action: str) -> bool:
    code = default_class(action, inherited=True)
    return code is not None and code.plover in FORCE_BLOCKS
