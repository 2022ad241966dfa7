"""Another verb's idiom that names only a place says nothing of this verb's act (private).

CAMEO files a pattern under a block of synonyms and applies it to every verb of the
block: "DISMANTLE &TOWN" (0842, a retreat) also reads "the city was divided" and "the
frontline separates the area". Such a block lists words of one form, not one act: its
verbs share no code (the null code "---"), the place is only where the act happens,
and the act is the verb's the pattern was written for. A block whose verbs share a code
is one act, whose idioms its verbs share ("DEFEND &TOWN" for "protected the villages").
A pattern of the verb's own still holds ("occupied the town"), and so does another
verb's pattern that names what is acted on ("shipped weapons", "took the base"). Places
are the dictionary's own class of settled places (&TOWN: area, city, town, village ...)
and named cities and regions.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Match
from .cameoargs import Arguments
from .cameodata import load_lexicon

__all__ = ["place_idiom"]

# Entity labels of settled places: "divided Aleppo", "inhabited Qamishli".
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def place_idiom(verb: Token, match: Match) -> bool:
    """Return whether ``match`` is another verb's one-word pattern met only by towns.

    "the city has been divided between X and Y": "dismantle &TOWN" is not dividing; the
    verbs of the block of "dismantle" share no code.
    """
    if match.own or match.objectless or match.nounless or match.weight != 2:
        return False  # the verb's own idioms, or patterns naming more than one object word
    lexicon = load_lexicon()
    alone = lexicon.default(lexicon.lemma(verb))
    if alone is None or alone.plover:
        return False  # a block of one act ("defend", "protect", "guard": 074) shares its idioms
    objects = [token for _, token in Arguments(verb).objects]
    return bool(objects) and all(_is_place(o) for o in objects)


def _is_place(noun: Token) -> bool:
    """Return whether a noun is a settled place: a named one or a word of CAMEO's &TOWN."""
    if noun.ent_type_ in _PLACE_LABELS:
        return True
    towns = load_lexicon().synsets.get("&TOWN", frozenset())
    return noun.lemma_.lower() in towns or noun.lower_ in towns
