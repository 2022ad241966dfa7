"""Capitalised words before an agent that name no people, place or side (issue 14).

A capital in front of "militants" or "civilians" is read as a people the gazetteer
lacks ("Kurdish fighters" -> kurdish/gunmen). Two kinds of word are no people:

* a creed or a pejorative for a kind of fighter, written capitalised by convention:
  "the Takfiri terrorists", "Islamist militants", "Salafist fighters" are gunmen of
  no named group (or the group the article names for them), never "Takfiri gunmen";
* a number word opening the sentence: "Thirteen civilians", "Tens of fighters".
"""

from __future__ import annotations

from .phrase import words_of

__all__ = ["NO_SIDE_WORDS"]

_CREEDS = words_of("takfiri takfiris islamist islamists jihadist jihadi salafist salafi wahhabi")
_NUMBERS = words_of(
    "seven thirteen fourteen sixteen seventeen eighteen nineteen thirty seventy eighty ninety "
    "tens dozens dozen scores hundreds thousands"
)
NO_SIDE_WORDS = frozenset(_CREEDS + _NUMBERS)
