"""Place descriptions resolve to the nearest place of their kind (lane places2, issue 14).

"the town" is a settlement (not a big city the story names later, not a province),
"the province" a governorate ("Hama province", never the city Hama), "the district" a
quarter named as one, "the capital" a national capital, "the area" a place named in
its own sentence or the one before; a description with no place of its kind stays
unresolved rather than taking the last place named. Stories written for these tests,
each with and without commas; events are built by hand (no spaCy).
"""

from __future__ import annotations

import pytest

from graph.model import Event, Provenance
from graph.normalize import normalize_events

Row = tuple[str, str, str, str]


def last_target(rows: list[Row]) -> str:
    """Normalise one document of (sentence, actor, action, target) rows; the last target id."""
    events, start = [], 0
    for index, (sentence, actor, action, target) in enumerate(rows):
        prov = Provenance("d1", "d1.txt", index, start, start + len(sentence), sentence)
        events.append(Event(actor, action, target, prov))
        start += len(sentence) + 1
    return list(normalize_events(events))[-1].target_id


def both(rows: list[Row]) -> list[list[Row]]:
    """Return the story as written and with its commas stripped (as real news comes)."""
    bare = [(s.replace(",", ""), a.replace(",", ""), v, t.replace(",", "")) for s, a, v, t in rows]
    return [rows, bare]


SEIZED = ("Rebels seized the village of Tell Harun, in Hama province, on Monday.", "Rebels",
          "seize", "the village of Tell Harun")  # fmt: skip
CASES = [
    # a village named in the lead, the governorate's city named after it
    ([SEIZED, ("Jets, a monitor in Hama province said, then bombed the town.", "Jets", "bomb",
               "the town")], "tell-harun"),
    # "the province" is the governorate, not its capital city
    ([SEIZED, ("On Tuesday, the army shelled the province.", "the army", "shell",
               "the province")], "hama-province"),
    # a small town, then the big city the buses went to
    ([("Fighters left the town of Tell Harun, near Homs, on Monday.", "Fighters", "leave",
       "the town of Tell Harun"),
      ("Buses took them to Aleppo, the governor said.", "Buses", "take", "them"),
      ("Troops, the agency said, later moved into the town.", "Troops", "move into",
       "the town")], "tell-harun"),
    # "the capital": the capital of the story's country, named or not
    ([("Syrian troops, backed by jets, shelled Homs on Sunday.", "Syrian troops", "shell",
       "Homs"),
      ("In response, rebels fired mortars at the capital.", "rebels", "fire",
       "the capital")], "damascus"),
    ([("On Friday, the army shelled the Syrian capital.", "the army", "shell",
       "the Syrian capital")], "damascus"),
    # "the area" of a region named in its own sentence
    ([("Jets struck the Eastern Ghouta region, and troops besieged the area.", "troops",
       "besiege", "the area")], "eastern-ghouta"),
    # "the provincial capital" of the province just entered
    ([("Troops entered Raqqa province, and advanced toward the provincial capital.", "Troops",
       "advance toward", "the provincial capital")], "raqqa"),
    # "the district" named as one
    ([("Shells hit the district of Bab Tell, residents said.", "Shells", "hit",
       "the district of Bab Tell"),
      ("Then, troops encircled the district.", "troops", "encircle", "the district")],
     "bab-tell"),
    # the description names its own place
    ([("On Monday, jets struck the Manbij area.", "jets", "strike", "the Manbij area")],
     "manbij"),
    # near misses: no place of the kind, so no place at all
    ([("Clashes, the monitor said, spread across Idlib province.", "Clashes", "spread across",
       "Idlib province"),
      ("Jets later bombed the town.", "Jets", "bomb", "the town")], ""),
    ([("Warplanes struck a residential area in Homs, activists said.", "Warplanes", "strike",
       "a residential area"),
      ("Later, rebels shelled the area.", "rebels", "shell", "the area")], ""),
    ([("Rockets hit a suburb of Damascus, the agency said.", "Rockets", "hit",
       "a suburb of Damascus"),
      ("Then, the army shelled the suburb.", "the army", "shell", "the suburb")], ""),
    ([("Talks were held in Geneva, the envoy said.", "Talks", "hold", "Geneva"),
      ("Later, gunmen fired at the capital.", "gunmen", "fire at", "the capital")], ""),
]  # fmt: skip


MISSES = [
    # a city of half a million named bare after the village still passes for "the town"
    ([SEIZED, ("Jets from Hama, the monitor said, then bombed the town.", "Jets", "bomb",
               "the town")], "tell-harun"),
]  # fmt: skip
XFAIL = pytest.mark.xfail(reason="a mid-size city named later is taken for the town", strict=True)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [pytest.param(rows, expected, id=f"{i}-{j}") for i, (story, expected) in enumerate(CASES)
     for j, rows in enumerate(both(story))]
    + [pytest.param(rows, expected, id=f"miss{i}-{j}", marks=XFAIL)
       for i, (story, expected) in enumerate(MISSES) for j, rows in enumerate(both(story))],
)  # fmt: skip
def test_place_description(rows: list[Row], expected: str) -> None:
    assert last_target(rows) == expected
