"""Armed forces' names written with a country's name for its demonym (issue 14).

Careless copy writes "the Free Iraq Army" or "the Iraq National Guard" for a listed
"Free Iraqi Army" or "Iraqi National Guard": the country's name stands where the name
has its demonym. Read word by word, "Iraq" is then the state and the force is lost.
Each listed name of an armed group or a state's forces of three words or more that has
a country's demonym inside gets that variant, matched only as written with capitals
("Free Iraq Army", never "in Iraq national guard units": a place before lower-case
words), and only when no actor already has it. A country whose name has several words
("United States") gives no variant: "American" is not written "United States".

One Arabic word opens many groups' names and English copy spells it three ways: jaysh,
"army", is "Jaish", "Jaysh" or "Jeish" ("Jeish al-Fatah" is the listed Jaish al-Fatah,
not Fatah, the Palestinian movement). A listed name opening with one spelling gets the
other two, unless an actor already has that name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

__all__ = ["FORCE_TYPES", "country_variants", "spelling_variants"]

# Actor types whose names get variants: armed men, never companies or people.
FORCE_TYPES = frozenset({"armed-group", "military"})
_MIN_WORDS = 3  # "Syria Army" is as often "... in Syria. Army units ..." without a stop
# Words a name keeps in lower case ("Army of the South", "Front for the Liberation").
_SMALL = frozenset({"of", "for", "the", "and", "in", "al"})
# The English spellings of the Arabic word for "army" that opens groups' names.
_ARMY = ("jaish", "jaysh", "jeish")


def country_variants(name: str, countries: Mapping[str, str]) -> Iterator[str]:
    """Yield a name's variants with a country's name in place of its demonym.

    Args:
        name: A listed name, casefolded ("free iraqi army").
        countries: Casefolded demonyms and their country's one-word name
            ({"iraqi": "Iraq"}).

    Yields:
        The variant as capitalised copy writes it ("Free Iraq Army").
    """
    words = name.split()
    if len(words) < _MIN_WORDS:
        return
    for at, word in enumerate(words):
        country = countries.get(word)
        if country is None or at == len(words) - 1 or words[at - 1 : at] == ["al"]:
            continue  # "Abu Omar al-Iraqi": a man's origin, not a country's name
        cased = [w if w in _SMALL else w[:1].upper() + w[1:] for w in words]
        yield " ".join([*cased[:at], country, *cased[at + 1 :]])


def spelling_variants(names: Mapping[str, tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Yield (actor id, name) for listed names respelt with another spelling of "army".

    Args:
        names: Casefolded listed names and their (actor id, how named) ("jaish al fatah").

    Yields:
        ("jaish-al-fatah", "Jeish al fatah"): a spelling no actor has, nor two would get.
    """
    wanted: dict[str, set[str]] = {}
    for key, (actor_id, _) in names.items():
        first, _, rest = key.partition(" ")
        if first in _ARMY and rest:
            for spelling in _ARMY:
                wanted.setdefault(f"{spelling} {rest}", set()).add(actor_id)
    for variant, actors in wanted.items():
        if variant not in names and len(actors) == 1:
            yield actors.pop(), variant.capitalize()
