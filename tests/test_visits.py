"""An official's trip to another state is a visit, CAMEO 042 CONSULT with the host state.

(graph/normalize/visits.py.) A state's official, its government or an intergovernmental
body travelling, going, flying or heading to a state, its government or a place of
another state makes a visit (CAMEO 042, PLOVER CONSULT) of that state, with the clause's
modality and polarity. Fighters, troops, civilians and refugees on the move, and an
official's trip home, are left alone.

Every sentence here is written for this test (none comes from a benchmark file); each
construction is tested with and without the commas news drops.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event
from graph.normalize import normalize_events

Parse = Callable[[str], Doc]


def _commaless(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Return each row as written and, where it has commas, once more without them."""
    out = []
    for row in rows:
        out.append(row)
        if "," in row[0]:
            out.append((row[0].replace(",", ""), *row[1:]))
    return out


def _events(parse: Parse, text: str, kinds: tuple[str, ...] = ("event",)) -> list[Event]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2015-03-02"}, sentences=sentences)
    return [e for e in normalised if e.kind in kinds]


# (text, action of the event, its target's id, its modality)
VISITS = _commaless(
    [
        ("The French foreign minister will travel to Moscow next week, his office said.",
         "travel to", "russia", "future"),
        ("On Tuesday, the British prime minister flew to Ankara for talks.", "fly to",
         "turkey", "asserted"),
        ("Two UN envoys went to Tehran on Sunday, a spokesman said.", "go to", "iran",
         "asserted"),
        ("Egypt's foreign minister flew to Riyadh on Sunday, state media said.", "fly to",
         "saudi-arabia", "asserted"),
        ("On Friday, the Italian defence minister went to Kabul.", "go to",
         "afghanistan", "asserted"),
        ("The German foreign minister travelled to Basra, his ministry said.", "travel to",
         "iraq", "asserted"),
    ]
)  # fmt: skip


@pytest.mark.parametrize(("text", "action", "target_id", "modality"), VISITS)
def test_an_officials_trip_abroad_is_a_visit_of_the_host(parse, text, action, target_id, modality):
    event = next(e for e in _events(parse, text) if e.action == action)
    assert (event.action_class, event.cameo_code) == ("CONSULT", "042")
    assert (event.target_id, event.modality) == (target_id, modality)


# (text, its target's id): an arrival names no goal; the place it ends in has the host.
ARRIVALS = _commaless(
    [
        ("The UN envoy arrived in Kabul on Monday, a spokesman said.", "afghanistan"),
        ("On Sunday, the US ambassador arrived in Baghdad for talks.", "iraq"),
    ]
)


@pytest.mark.parametrize(("text", "target_id"), ARRIVALS)
def test_an_officials_arrival_is_a_visit_of_the_place_s_state(parse, text, target_id):
    event = next(e for e in _events(parse, text) if e.action == "arrive")
    assert (event.action_class, event.cameo_code) == ("CONSULT", "042")
    assert event.target_id == target_id


# CAMEO: "INSPECTOR * VISIT [090]": an inspectors' trip is an inspection of the host.
INSPECTIONS = ["UN inspectors will travel to Baghdad next week, the UN said."]
INSPECTIONS.append(INSPECTIONS[0].replace(",", ""))


@pytest.mark.parametrize("text", INSPECTIONS)
def test_an_inspectors_trip_is_an_investigation(parse, text):
    event = next(e for e in _events(parse, text) if e.action == "travel to")
    assert (event.action_class, event.cameo_code) == ("INVESTIGATE", "090")
    assert (event.target_id, event.modality) == ("iraq", "future")


# (text, action of the event): fighters, troops and civilians moving, and trips home,
# are no visits.
LEFT_ALONE = _commaless(
    [
        ("Hundreds of fighters travelled to Turkey, the monitor said.", "travel to"),
        ("Civilians went to Iraq to escape the fighting, residents said.", "go to"),
        ("Syrian troops headed to Aleppo on Monday, state media said.", "head to"),
        ("Turkish soldiers travelled to Baghdad on Monday, officials said.", "travel to"),
        ("After the summit, the French foreign minister flew to Paris.", "fly to"),
        ("The Iraqi prime minister arrived in Baghdad, state TV said.", "arrive"),
        ("Rebel fighters arrived in Aleppo on Monday, activists said.", "arrive"),
    ]
)


@pytest.mark.parametrize(("text", "action"), LEFT_ALONE)
def test_forces_people_and_trips_home_are_no_visits(parse, text, action):
    verb = action.split()[0]
    found = _events(parse, text, ("event", "relation"))
    events = [e for e in found if e.action.split()[0] == verb]
    assert events, text
    assert all(e.cameo_code != "042" for e in events)
