"""Capitalised words before an agent that name no people, place or side (issue 14).

A capital in front of "militants" or "civilians" is read as a people the gazetteer
lacks ("Kurdish fighters" -> kurdish/gunmen). Two kinds of word are no people:

* a creed or a pejorative for a kind of fighter, written capitalised by convention:
  "the Takfiri terrorists", "Islamist militants", "Salafist fighters" are gunmen of
  no named group (or the group the article names for them), never "Takfiri gunmen";
* a number word opening the sentence: "Thirteen civilians", "Tens of fighters";
* a participle opening the phrase: "Suspected government strikes", "Renewed rebel
  shelling" (no people's name ends in "-ed");
* the last word of a name's possessive that lost its apostrophe, as scraped copy has
  it: "Saddam Husseins forces" are someone's, not a people "Husseins".

* a common word WordNet never capitalises, written with a capital because it opens a
  headline or a sentence: "Fierce government shelling", "Fresh rebel attacks"
  (``data/common_words.tsv``, compiled by ``tools/build_peoples.py``), unless WordNet
  also lists it as a people, creed or region (``data/peoples.tsv``: "Kurdish", "Druze").
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .phrase import words_of

__all__ = ["NO_SIDE_WORDS", "is_common_word", "is_people_word", "names_no_people"]

_CREEDS = words_of("takfiri takfiris islamist islamists jihadist jihadi salafist salafi wahhabi")
_NUMBERS = words_of(
    "seven thirteen fourteen sixteen seventeen eighteen nineteen thirty seventy eighty ninety "
    "tens dozens dozen scores hundreds thousands"
)
NO_SIDE_WORDS = frozenset(_CREEDS + _NUMBERS)


def names_no_people(modifiers: list[str]) -> bool:
    """Return whether the last capitalised modifier is a participle or an owner's name."""
    last = modifiers[-1] if modifiers else ""
    return (len(last) > 4 and last.lower().endswith("ed")) or _is_owner_remnant(modifiers)


def _is_owner_remnant(modifiers: list[str]) -> bool:
    """Return whether the last modifier is a name's possessive without its apostrophe.

    It ends in "s" and is the last word of a longer name ("Saddam Husseins");
    "Kurdish", "Druze" or a lone "Kurds" are not.
    """
    last = modifiers[-1] if modifiers else ""
    if len(last) < 3 or not last.endswith("s") or last.endswith("ss"):
        return False
    return last[:1].isupper() and len(modifiers) > 1 and modifiers[-2][:1].isupper()


@cache
def _words(name: str) -> frozenset[str]:
    text = (resources.files("graph") / "data" / name).read_text(encoding="utf-8")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


def is_people_word(word: str) -> bool:
    """Return whether a capitalised word names a people, creed or side ("Kurdish", "Kurds")."""
    lower = word.lower()
    peoples = _words("peoples.tsv")
    return lower in peoples or (lower.endswith("s") and lower[:-1] in peoples)


def is_common_word(word: str) -> bool:
    """Return whether a capitalised word is a common word that names no one ("Fierce")."""
    lower, common = word.lower(), _words("common_words.tsv")
    plural = lower.endswith("s") and lower[:-1] in common  # "Reports", "Numbers"
    return (lower in common or plural) and not is_people_word(word)
