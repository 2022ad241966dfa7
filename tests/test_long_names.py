"""The Islamic State's long names stay one name (issue 14, graph/parse/longnames.py).

"Gunmen of the Islamic State of Iraq and the Levant" is the group, not Iraq (the state)
and a second party "the Levant". Sentences written for these tests, each with its
commas and without them (after a comma-free lead long enough that the parser puts the
commas back, as for stripped copy); lists of two states or two groups stay lists.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events
from graph.model import Article
from graph.normalize import normalize_events
from graph.parse import iter_sentences, parse_articles
from graph.parse.commas import RESTORED

_LEAD = (
    "Farmers in the southern plain said on Monday that the water in the old canals had "
    "run low for a month and that the wheat in most of the fields had been lost. "
)


def _parse(text: str):  # noqa: ANN202  (a spaCy Doc)
    ((_, doc),) = parse_articles([Article("test", "test.txt", _LEAD + text)])
    return doc


def _roles(text: str) -> set[tuple[str, str, str]]:
    """Return (role, text, id) of every actor and target of the story's events."""
    doc = _parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in iter_sentences(doc)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {
        (role, text, ident)
        for e in normalised
        for role, text, ident in (("actor", e.actor, e.actor_id), ("target", e.target, e.target_id))
        if text
    }


def _both(text: str, *rows: tuple[str, str, str]) -> list[tuple[str, tuple[tuple[str, ...], ...]]]:
    return [(text, rows), (text.replace(",", ""), rows)]


NAMED = [
    *_both(
        "Gunmen of the Islamic State of Iraq and the Levant, the monitor said, raided a farm.",
        ("actor", "Gunmen of the Islamic State of Iraq and the Levant", "isis"),
    ),
    *_both(
        "Militants from the so-called Islamic State of Iraq and Sham stormed the mill on Sunday.",
        ("actor", "Militants from the so-called Islamic State of Iraq and Sham", "isis"),
    ),
    *_both(
        "Kurdish units shelled the Islamic State in Iraq and the Levant militants on Sunday.",
        ("target", "the Islamic State in Iraq and the Levant militants", "isis"),
    ),
    *_both(
        "The Islamic State of Iraq and al-Sham (ISIS) group, which holds the valley, "
        "abducted two teachers.",
        ("actor", "The Islamic State of Iraq and al-Sham (ISIS) group", "isis"),
    ),
    *_both(
        "Many shepherds fled, as the Islamic State of Iraq and the Levant (ISIL) overran the "
        "pasture.",
        ("actor", "the Islamic State of Iraq and the Levant", "isis"),
    ),
    *_both(
        "Gunmen from the Islamic State of Iraq and the Levant (ISIL) have shot two guards.",
        ("actor", "Gunmen from the Islamic State of Iraq and the Levant", "isis"),
    ),
    *_both(
        "Allied jets bombed the Islamic State of Iraq and Greater Syria near the border.",
        ("target", "the Islamic State of Iraq and Greater Syria", "isis"),
    ),
]


@pytest.mark.parametrize("text, rows", NAMED)
def test_long_name_is_the_group(text: str, rows: tuple[tuple[str, str, str], ...]) -> None:
    roles = _roles(text)
    for row in rows:
        assert row in roles
    assert not any(ident in {"iraq", "syria", "levant"} for _, _, ident in roles)
    parts = {"the Levant", "Sham", "Greater Syria", "ISIL", "(ISIL", "ISIS", "(ISIS"}
    assert not any(t in parts for _, t, _ in roles)


LISTS = [
    *_both(
        "Iraq and Syria, the ministers said, signed a deal on the border crossings.",
        ("actor", "Iraq", "iraq"),
        ("actor", "Syria", "syria"),
    ),
    *_both(
        "The Islamic State and the Nusra Front, the monitor said, shelled the village.",
        ("actor", "The Islamic State", "isis"),
        ("actor", "the Nusra Front", "hts"),
    ),
]


@pytest.mark.parametrize("text, rows", LISTS)
def test_lists_stay_lists(text: str, rows: tuple[tuple[str, str, str], ...]) -> None:
    roles = _roles(text)
    for row in rows:
        assert row[:2] in {r[:2] for r in roles}
        if row[2]:
            assert row in roles


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State of Iraq and its allies in Syria shelled the hill.",
        "Iraq and Syria signed a deal, and the Islamic State and the Levant Front did not.",
        "The Islamic State in Iraq and the army in Syria lost ground.",
    ],
)
def test_no_merge_without_the_whole_name(text: str) -> None:
    assert not [t.text for t in _parse(text) if " " in t.text]


def test_merged_name_is_one_organisation_token() -> None:
    doc = _parse("Gunmen of the Islamic State of Iraq and the Levant raided a farm near the dam.")
    (name,) = [t for t in doc if t.text.startswith("Islamic State")]
    assert name.text == "Islamic State of Iraq and the Levant"
    assert (name.pos_, name.ent_type_, name.head.text) == ("PROPN", "ORG", "of")


def test_lost_commas_keep_their_words_after_a_merge() -> None:
    doc = _parse(
        "Gunmen of the Islamic State of Iraq and the Levant raided a farm near the dam "
        "and two shepherds were killed the monitor said"
    )
    words = {doc[i].text for i in doc.user_data.get(RESTORED) or ()}
    assert words <= {"dam", "killed"}
