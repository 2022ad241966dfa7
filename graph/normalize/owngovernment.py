"""Whose government "the government" is: the story's own country's (issue 14).

A bare "the government", "the regime" or "the authorities" is the government of the
country the story is about, not of the last country named: in a story about Syria,
"a Russian deadline ran out ... The government sent buses" means Damascus. Coreference
finds the nearest mention a government can be
(:meth:`graph.normalize.coref.Document.description`); when that is a country's adjective
("a Russian deadline"), or the description is "the regime" (news' word for the home
regime), and the story is set in another country, the description is that country's
government. A country named as an actor keeps "the government": "Britain condemned the
raid. The government will send aid" is Britain's. The
story's country is the one it is clearly about (:func:`graph.normalize.countries.main_country`),
else the one most of its places lie in ("Aleppo", "Idlib" and "Homs" are Syrian). A
government the text names as one ("the Turkish government", "the Kremlin") stays.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .countries import country_by_alpha2
from .gazetteer import Gazetteer
from .phrase import Ref
from .places import get_place

__all__ = ["own_country", "places_country"]


def own_country(found: Ref, main_country: str, *, named: bool = False) -> str:
    """Return the country whose government a bare "the government" after ``found`` means.

    Args:
        found: The nearest earlier mention a government can be, typed "country".
        main_country: The country the document is clearly about ("" when none).
        named: Whether ``found`` names the country as an actor ("Britain condemned the
            raid. The government will send aid": Britain's), not as a mere adjective ("a
            Russian deadline") and not for "the regime" (news' word for the home regime).
    """
    if main_country and found.actor_id != main_country and not named:
        return main_country  # "a Russian deadline ... the government": a Syrian story's own
    return found.actor_id


def places_country(gaz: Gazetteer, place_ids: Iterable[str]) -> str:
    """Return the country most of a document's linked places lie in, or "" when unclear.

    Clear: at least two places in it and more than half of all the places with a country;
    capitals do not count (news names them for their governments).

    Args:
        gaz: The actor gazetteer (for the country's id).
        place_ids: Ids of the places the document names (a country counts as no place).
    """
    codes: Counter[str] = Counter()
    for place_id in place_ids:
        place = get_place(place_id)
        if place is None or place.kind == "country" or not place.country_code:
            continue
        if any(m.via == "capital" for m in gaz.find_mentions(place.label)):
            continue  # "Moscow urged ...": a capital stands for its government, not a setting
        codes[place.country_code] += 1
    ranked = codes.most_common(1)
    if not ranked or ranked[0][1] < 2 or ranked[0][1] * 2 <= sum(codes.values()):
        return ""
    return country_by_alpha2(gaz, ranked[0][0])
