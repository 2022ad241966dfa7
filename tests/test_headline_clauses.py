"""A page's headline is a clause of its own, and no header word is anyone's name (issue 14).

Scraped pages open with a dateline, a tag, a byline and the page's headline, often in
title case and often run into the lead with no full stop. Every headline here is written
for these tests, each with and without commas where a comma fits.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events
from graph.extract.openings import opening_end, squash
from graph.ingest.header import lead_start, title_end
from graph.model import Article
from graph.parse import iter_sentences, load_nlp, parse_articles
from graph.parse.recase import sentence_cased

LEAD = " The militia said its fighters had attacked the post at dawn."


def _parse(text: str, title: str = "") -> list[tuple[str, str, str, str]]:
    article = Article(doc_id="t", source="t.txt", text=text, title=title)
    return [
        (e.actor, e.action, e.target, e.kind)
        for _, doc in parse_articles([article])
        for e in extract_events(doc)
    ]


def _events(text: str, title: str = "") -> set[tuple[str, str, str]]:
    return {(a, act, t) for a, act, t, kind in _parse(text, title) if kind == "event"}


def _actors(text: str, title: str = "") -> set[str]:
    return {actor for actor, _, _, _ in _parse(text, title)}


@pytest.mark.parametrize(
    "text",
    [
        "Wed 05 Jun 2019 Militia Gunmen Shell Border Post Near Kosti." + LEAD,
        "Wed, 05 Jun, 2019 Militia Gunmen Shell Border Post Near Kosti." + LEAD,
    ],
)
def test_the_weekday_wed_is_one_word_and_the_headline_one_sentence(text):
    article = Article(doc_id="t", source="t.txt", text=text)
    ((_, doc),) = parse_articles([article])
    first = next(sent for _, sent in iter_sentences(doc))
    assert first.text.startswith("Wed") and first.text.endswith("Kosti.")
    assert ("Militia Gunmen", "shell", "Border Post") in _events(text)


def test_a_lower_case_wed_keeps_its_reading():
    assert [t.text for t in load_nlp()("they said wed go")][2:4] == ["we", "d"]


@pytest.mark.parametrize(
    "text, header",
    [
        # an acronym opening a title-case headline is its subject, not a wire place line
        ("Mon 3 Jun 2019 SDF Kills 12 Militants Near Kosti. The army said", "Mon 3 Jun 2019"),
        ("Mon, 3 Jun, 2019 ISIL Seizes Two Villages in Kosti. The army said", "Mon, 3 Jun, 2019"),
        ("18-06-2019 ISIL Begins to Shell Villages in Kosti. The army said", "18-06-2019"),
        # a place line in capitals before a lead in prose is still a place line
        ("Last updated at Mar 032019 KOSTI A convoy was shelled on Monday.", None),
        ("Last updated at Mar 03, 2019 KOSTI Rebel jets struck two towns.", None),
    ],
)
def test_a_title_case_headline_keeps_its_first_word(text, header):
    end = lead_start(text, "")
    if header is None:
        assert text[:end].endswith("KOSTI")
    else:
        assert text[:end] == header


@pytest.mark.parametrize(
    "text, header",
    [
        # a count after a date is no clock time; four digits or a colon are one
        ("Fri Apr 12 2019 150 Gunmen Killed in Kosti. The army said", "Fri Apr 12 2019"),
        ("Fri, Apr 12, 2019 150 Gunmen Killed in Kosti. The army said", "Fri, Apr 12, 2019"),
        ("Fri Apr 12 2019 1130 Gunmen Killed in Kosti. The army said", "Fri Apr 12 2019 1130"),
        ("Fri Apr 12 2019 11:30 Gunmen Killed in Kosti. The army said", "Fri Apr 12 2019 11:30"),
    ],
)
def test_a_count_after_a_dateline_is_no_clock_time(text, header):
    assert text[: lead_start(text, "")] == header


TITLE = "Militia Gunmen Kill 9 Guards in Kosti Ambush"


@pytest.mark.parametrize(
    "text",
    [
        f"Mon 3 Jun 2019 {TITLE} Nine guards were killed on Monday in an ambush near Kosti.",
        f"Mon, 3 Jun 2019 {TITLE} Nine guards were killed on Monday, in an ambush near Kosti.",
        f"{TITLE} AFP Monday 3 Jun 2019 Nine guards were killed on Monday near Kosti.",
    ],
)
def test_a_title_case_headline_glued_to_its_lead_tells_its_event(text):
    assert ("Militia Gunmen", "kill", "9 Guards") in _events(text, TITLE)
    assert sentence_cased(load_nlp(), text, TITLE) is not None


@pytest.mark.parametrize(
    "text, title",
    [
        # without the page's title, where a glued headline ends is unknown
        (f"Mon 3 Jun 2019 {TITLE} Nine guards were killed on Monday.", ""),
        # a headline that is not the page's title is left as it is
        (f"Mon 3 Jun 2019 {TITLE} Nine guards were killed on Monday.", "Another story"),
    ],
)
def test_a_glued_headline_without_its_title_is_not_recased(text, title):
    assert sentence_cased(load_nlp(), text, title) is None


def test_the_title_ends_after_a_dateline_or_a_byline():
    text = f"Posted on May 2 2019 by Lina Haddad {TITLE} Nine guards were killed."
    assert text[: title_end(text, TITLE)].endswith("Kosti Ambush")
    assert title_end(f"Gunmen {TITLE}", TITLE) == 0


@pytest.mark.parametrize(
    "text, start",
    [
        # a byline's names before the headline
        (f"Posted on May 2 2019 by Lina Haddad {TITLE} Nine guards died.", "Militia"),
        (f"Posted on May 2, 2019 by Lina Haddad {TITLE} Nine guards died.", "Militia"),
        # a page's tag before the headline, after a dateline or opening the page
        ("Sat 4 May 2019 URGENT 19 Killed in Kosti Blast.", "19"),
        ("UPDATED Militia shells border post near Kosti AFP Monday 3 Jun 2019", "Militia"),
        # no byline: the dateline ends the opening
        (f"Posted on May 2 2019 {TITLE} Nine guards died.", "Militia"),
    ],
)
def test_the_opening_ends_where_the_headline_starts(text, start):
    words = squash(TITLE) if "Militia Gunmen" in text else []
    assert text[opening_end(text, words) :].startswith(start)


@pytest.mark.parametrize(
    "text, start",
    [
        # a name or a word in capitals in prose is no tag or byline
        ("URGENTLY needed supplies reached Kosti.", 0),
        (
            "Posted on May 2 2019 by the militia a video shows the post.",
            len("Posted on May 2 2019 "),
        ),
    ],
)
def test_prose_has_no_tag_or_byline(text, start):
    assert opening_end(text, squash(TITLE)) == start


@pytest.mark.parametrize(
    "text, title, name",
    [
        # a byline, a tag and a photo credit after the title name no one
        (f"Posted on May 2 2019 by Lina Haddad {TITLE} Nine guards died.", TITLE, "Haddad"),
        ("Sat 4 May 2019 URGENT 19 Killed in Kosti Blast.", "", "URGENT"),
        ("Sat, 4 May 2019 URGENT 19 Killed in Kosti Blast.", "", "URGENT"),
        (
            f"{TITLE} REUTERS Lina Said Middle East 0041 04.03.2019Get short URL 12"
            " The militia fired on the guards.",
            TITLE,
            "Lina",
        ),
    ],
)
def test_header_words_are_no_ones_name(text, title, name):
    assert not any(name in actor for actor in _actors(text, title))


_JAIL = " A gang attacked a jail in the north of the country on Monday and freed dozens of inmates."
_JAIL_COMMAS = (
    " A gang attacked a jail in the north of the country on Monday, and freed dozens of inmates."
)


@pytest.mark.parametrize(
    "text, triple",
    [
        # the headline above a share bar is the page's own
        (
            "Militia shells border post in Kosti AFP Monday 4 Mar 2019 Print Tweet Views 88"
            + _JAIL,
            ("Militia", "shell", "border post"),
        ),
        (
            "Militia shells border post in Kosti AFP Monday, 4 Mar 2019 Print Tweet Views 88"
            + _JAIL_COMMAS,
            ("Militia", "shell", "border post"),
        ),
        (
            "Militia shells border post in Kosti AFP Monday 4 Mar 2019 Print Tweet Views 88"
            + _JAIL,
            ("A gang", "attack", "a jail"),
        ),
    ],
)
def test_a_headline_above_a_share_bar_tells_its_event(text, triple):
    events = _parse(text)
    assert triple in {(a, act, t) for a, act, t, kind in events if kind == "event"}
    assert not any("Print" in role or "Tweet" in role for e in events for role in e[:3])


def test_a_subheading_in_prose_after_the_title_is_still_read():
    title = "Militia Shells Border Post"
    text = (
        f"{title} Rebels shell two villages near Kosti AFP Monday 3 Jun 2019"
        " The militia fired shells at the post on Monday."
    )
    assert ("Rebels", "shell", "two villages") in _events(text, title)


_GUARDS = " Nine guards were killed when gunmen attacked their post near the town on Monday."


@pytest.mark.parametrize(
    "text",
    [
        # a page's label of its headline, scraped with it, before the headline
        "04-06-2019 title: Militia Gunmen Kill 9 Guards in Kosti Ambush." + _GUARDS,
        "04-06-2019, title: Militia Gunmen Kill 9 Guards in Kosti Ambush." + _GUARDS,
    ],
)
def test_a_headline_label_is_no_part_of_the_headline(text):
    events = _events(text, TITLE)
    assert any(event[:2] == ("Militia Gunmen", "kill") for event in events)
    assert not any("title" in actor for actor in _actors(text, TITLE))


def test_a_title_in_prose_is_no_label():
    text = "The film's title: Gunmen at Dawn was chosen by the militia."
    assert opening_end(text, squash(TITLE)) == 0
