"""Which nouns name a one-sided attack ("strikes", "the shelling of X").

Kept apart from :mod:`graph.extract.nominals` (the frames those nouns give) so that
modules the frame builder itself needs (gerunds, causes) can ask without an import cycle.
"""

from __future__ import annotations

from spacy.tokens import Token

from .eventnouns import noun_lemma
from .lexicon import INSTRUMENT_NOUNS, word_set
from .spans import child

# One-sided attacks: the nouns whose owner attacks whatever their phrase names.
ATTACK_NOUNS = word_set(
    "attack assault strike airstrike raid bombing bombardment shelling shellfire fire "
    "gunfire offensive incursion invasion siege ambush massacre onslaught killing "
    "capture recapture seizure takeover storming crackdown repression"
)
# The verb of an attack noun whose lemma is no verb: "the bombardment of X" -> bombard.
ATTACK_NOUN_VERBS = {
    "bombardment": "bombard",
    "invasion": "invade",
    "incursion": "invade",
    "gunfire": "fire",
    "shellfire": "shell",
    "onslaught": "attack",
    "offensive": "attack",
    "airstrike": "strike",
    "seizure": "seize",
    "siege": "besiege",
    "takeover": "take over",
    "crackdown": "crack down",
    "repression": "repress",
}
# Words that say how an attack was made, not who made it: "air strikes", "drone strikes".
ATTACK_MODES = INSTRUMENT_NOUNS | frozenset({"air", "aerial", "naval", "ground", "helicopter"})
# Where a gerund stands as a noun: "government shelling of the town continued", "killed
# in shelling by X" (the parser makes a gerund after a preposition its clause, "pcomp").
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "pcomp"})


def is_attack_noun(noun: Token) -> bool:
    """Return whether ``noun`` names a one-sided attack ("strikes", "the shelling")."""
    if noun.ent_type_:
        return False
    # the tagger reads "shelling" in "government shelling of X continued" as a verb.
    nominal = noun.tag_ == "VBG" and noun.dep_ in _NOUN_DEPS and child(noun, "dobj") is None
    if noun.pos_ != "NOUN" and not nominal and not _is_misread_plural(noun):
        return False
    return noun_lemma(noun) in ATTACK_NOUNS or noun.lower_ in ATTACK_NOUNS


def _is_misread_plural(noun: Token) -> bool:
    """Return whether the tagger read a plural attack noun after its mode as a verb.

    "The air strikes on the town killed ten": "strikes" tagged a verb, yet parsed as the
    subject, with the mode word "air" as its compound; a verb takes no compound.
    """
    if noun.tag_ != "VBZ" or noun.dep_ not in _NOUN_DEPS:
        return False
    return any(k.dep_ == "compound" and k.lower_ in ATTACK_MODES for k in noun.lefts)
