"""An attacked named site takes its town or its name; "the hospital" the one named before.

"Rebels shelled the Zarqa hospital in Homs" (the town of its "in" phrase), "jets bombed
the Wadi mosque" (no town: the named site), "the Homs hospital" (its name is a town),
"... The hospital was hit again" (the one named hospital of the sentences before, or the
place of the one hospital an "in" phrase placed). Left
alone: two named hospitals before, where a doer came from, an owned site, no named site
before, and a site no one attacks. Sentences written for these tests, with and
without commas, and in a long document without commas (parsed with commas put back).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]

# A long story without commas, as the real-news corpus writes them (commasites parse).
_LONG = (
    "Government jets bombed the Zarqa hospital in Homs on Monday killing at least four "
    "patients and two nurses who had stayed behind to care for the wounded the monitor said "
    "in a statement released late on Monday night. Rebel rockets struck the hospital again "
    "on Tuesday morning as medical staff tried to move the remaining patients to safety."
)


def _target_ids(parse: Parse, text: str, target: str) -> set[str]:
    events = normalize_events(extract_events(parse(text)))
    # "the Zarqa hospital in Homs" may be one phrase when parsed without commas
    return {
        e.target_id
        for e in events
        if e.kind == "event" and e.target.lower()[: len(target)] == target
    }


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


LABELLED = [
    # the town of the site's own "in" phrase
    *[
        (text, "the zarqa hospital", "homs")
        for text in _both("On Monday, rebels shelled the Zarqa hospital in Homs, activists said.")
    ],
    (_LONG, "the zarqa hospital", "homs"),
    # a name that is a town of the story's country: the town
    *[
        (text, "the homs hospital", "homs")
        for text in _both("In Syria, rebels shelled the Homs hospital on Monday, a monitor said.")
    ],
    # no town: the named site itself, as a place
    *[
        (text, "the wadi mosque", "wadi-mosque")
        for text in _both("Government jets bombed the Wadi mosque on Friday, activists said.")
    ],
    *[
        (text, "tarvik refugee camp", "tarvik-refugee-camp")
        for text in _both("Aircraft struck Tarvik refugee camp on Sunday, a monitor said.")
    ],
    # a definite site noun: the one named site of its kind in the sentences before
    *[
        (text, "the hospital", "homs")
        for text in _both(
            "Rebels shelled the Zarqa hospital in Homs on Monday. "
            "On Tuesday, rockets hit the hospital again, activists said."
        )
    ],
    (_LONG, "the hospital", "homs"),
    # an unnamed site its "in" phrase places: that place
    *[
        (text, "the camp", "idlib")
        for text in _both(
            "Jets bombed a refugee camp in rebel-held Idlib province on Monday. "
            "On Tuesday, rockets struck the camp again, activists said."
        )
    ],
    *[
        (text, "the camp", "tarvik-refugee-camp")
        for text in _both(
            "Aircraft struck Tarvik refugee camp on Sunday. "
            "On Monday, jets bombed the camp again, a monitor said."
        )
    ],
]


@pytest.mark.parametrize("text, target, label", LABELLED)
def test_named_site_takes_its_label(parse: Parse, text: str, target: str, label: str) -> None:
    assert label in _target_ids(parse, text, target)


LEFT = [
    # two named hospitals before: no guess between them
    *[
        (text, "the hospital")
        for text in _both(
            "Jets struck the Zarqa hospital and the Wadi hospital on Monday. "
            "On Tuesday, rockets hit the hospital again, activists said."
        )
    ],
    # two placed hospitals before, or one only "near" a town: no guess
    *[
        (text, "the hospital")
        for text in _both(
            "Jets bombed a hospital in Aleppo and a hospital in Homs on Monday. "
            "On Tuesday, rockets struck the hospital again, activists said."
        )
    ],
    *[
        (text, "the hospital")
        for text in _both(
            "Rebels shelled a clinic and a hospital near Homs on Monday. "
            "On Tuesday, rockets struck the hospital again, activists said."
        )
    ],
    # no named site before: nothing to refer back to
    *[
        (text, "the hospital")
        for text in _both("On Monday, rebels shelled the hospital, activists said.")
    ],
]


@pytest.mark.parametrize("text, target", LEFT)
def test_site_left_unlabelled(parse: Parse, text: str, target: str) -> None:
    assert _target_ids(parse, text, target) <= {""}


def test_doers_base_is_no_antecedent(parse: Parse) -> None:
    # "set off from Tarvik camp": where the fighters came from, not what jets hit after
    text = "The fighters set off from the Tarvik camp on Monday. On Tuesday, jets bombed the camp."
    assert _target_ids(parse, text, "the camp") <= {""}


def test_owned_site_is_no_named_site(parse: Parse) -> None:
    # "the Russian hospital": Russia's, not a site named Russian
    text = "On Monday, rebels shelled the Russian hospital, activists said."
    assert "russian-hospital" not in _target_ids(parse, text, "the russian hospital")


def test_unattacked_site_left(parse: Parse) -> None:
    # a site that is only visited is no attacked target: no label from this rule
    text = "The minister visited the Zarqa hospital on Monday, officials said."
    assert "zarqa-hospital" not in _target_ids(parse, text, "the zarqa hospital")
