"""How a document types a name it cannot look up (issue 13, one type per actor).

Sentences are our own; the names are invented or common place words, so no
gazetteer or GeoNames entry decides the answer.
"""

from __future__ import annotations

import pytest

from graph.model import Event, Provenance
from graph.normalize import normalize_events


def _typed(sentence: str, actor: str, action: str, target: str) -> tuple[str, str]:
    prov = Provenance("d1", "d1.txt", 0, 0, len(sentence), sentence)
    event = next(normalize_events([Event(actor, action, target, prov)]))
    return event.target_id, event.target_type


PLACES = [
    # a place noun before the name says what it is
    ("Jets bombed the village of Kafr Zeltana.", "Jets", "bomb", "Kafr Zeltana",
     ("kafr-zeltana", "location")),
    ("Rebels shelled the district of Bab Qurnaq.", "Rebels", "shell", "Bab Qurnaq",
     ("bab-qurnaq", "location")),
    # a place noun's name followed by a lowercase word is still the name, not a modifier
    ("Jets struck the town of Tell Hamdi on Saturday.", "Jets", "strike", "the town of Tell Hamdi",
     ("tell-hamdi", "location")),
    ("Troops entered a town called Tell Marwashi.", "Troops", "enter", "Tell Marwashi",
     ("tell-marwashi", "location")),
    # a place word ending the name
    ("The army cut the Zahrawi Road.", "The army", "cut", "the Zahrawi Road",
     ("zahrawi-road", "location")),
    ("Militants seized the Qarrash Dam.", "Militants", "seize", "the Qarrash Dam",
     ("qarrash-dam", "location")),
    # a strong place preposition still makes a place
    ("Fighters attacked Umm Halwasa. Fighting went on in Umm Halwasa.", "Fighters", "attack",
     "Umm Halwasa", ("umm-halwasa", "location")),
]  # fmt: skip

NOT_PLACES = [
    # after "to", "of", "from" an unknown name is as often a paper, a faith or a group
    ("The minister spoke to Al-Zawraq Weekly. Ministers blamed Al-Zawraq Weekly.", "Ministers",
     "blame", "Al-Zawraq Weekly"),
    ("He converted to Yazdanism. The clerics praised Yazdanism.", "The clerics", "praise",
     "Yazdanism"),
    ("A fighter from Liwa Karrum spoke. Police arrested Liwa Karrum.", "Police", "arrest",
     "Liwa Karrum"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "actor", "action", "target", "expected"), PLACES)
def test_names_marked_as_places_are_locations(sentence, actor, action, target, expected):
    assert _typed(sentence, actor, action, target) == expected


def test_a_place_word_alone_is_no_place_name():
    assert _typed("Rebels cut the Highway.", "Rebels", "cut", "the Highway")[1] != "location"


@pytest.mark.parametrize(("sentence", "actor", "action", "target"), NOT_PLACES)
def test_a_name_after_to_of_from_is_no_place(sentence, actor, action, target):
    assert _typed(sentence, actor, action, target)[1] != "location"


def _story(*rows: tuple[str, str]) -> list[Event]:
    events, start = [], 0
    for index, (sentence, actor) in enumerate(rows):
        prov = Provenance("d1", "d1.txt", index, start, start + len(sentence), sentence)
        events.append(Event(actor, "say", "", prov))
        start += len(sentence) + 1
    return list(normalize_events(events))


def test_a_title_before_a_body_word_names_a_body_not_a_person():
    # "General" is a title, but "the General Staff" is no person called Staff
    staff, nurses = _story(
        ("Rebels moved gas west, the Kandorian General Staff said.", "the Kandorian General Staff"),
        ("Nurses and staff said the ward flooded.", "Nurses and staff"),
    )
    assert staff.actor_type == "military" and staff.actor_id == "kandorian-general-staff"
    assert nurses.actor_type != "person"
    (command,) = _story(("The General Command called the raid an aggression.",
                         "The General Command"))  # fmt: skip
    assert (command.actor_id, command.actor_type) == ("general-command", "military")


def test_a_national_general_staff_is_coded_as_that_states_military():
    (staff,) = _story(("The Russian General Staff said the strike was precise.",
                       "The Russian General Staff"))  # fmt: skip
    assert (staff.actor_type, staff.actor_code) == ("military", "RUSMIL")


@pytest.mark.parametrize(
    "span",
    [
        "the Peoples Protection Units",
        "the People's Protection Units",
        "The Peoples Protection Units",
    ],
)
def test_a_name_with_its_apostrophe_dropped_is_still_that_name(span):
    # scraped text drops apostrophes; the same group must not become a second node
    (event,) = _story((f"Yesterday {span} took the village.", span))
    assert (event.actor_id, event.actor_type) == ("ypg", "armed-group")
