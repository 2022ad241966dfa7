"""A page header run into the lead is parsed apart from it (graph.ingest.header, graph.parse)."""

import pytest

from graph.extract import extract_events
from graph.ingest.header import header_breaks, lead_start
from graph.model import Article
from graph.parse import iter_sentences, parse_articles

TITLE = "Militia shells border post near Qusayr"


LEAD = "Gunmen stormed a checkpoint."


@pytest.mark.parametrize(
    "header, title",
    [
        # datelines, with and without commas
        ("Published March 3 2019", ""),
        ("Published March 3, 2019", ""),
        ("Date of publication 4 May 2018", ""),
        ("Tuesday 12 Feb 2019 21:30", ""),
        ("Last updated at Mar 032019 HOMS", ""),
        ("Last updated at Mar 03,2019 HOMS", ""),
        ("12.03.2019(updated 1402 12.03.2019) Get short URL 0 41", ""),
        # the page's headline, its credit and a share bar with related links
        (f"{TITLE} Homs AFP Monday 4 Mar 2019", TITLE),
        (f"{TITLE} Monitor AFP", TITLE),
        (f"{TITLE} 4 March 2019", TITLE),
        (f"Sunday 3 Mar 2019 {TITLE}", TITLE),
        (f"Posted on March 3 2019 by Lina Haddad {TITLE}", TITLE),
        # a headline that is not the page title still ends at its dated credit
        ("Shelling hits border post AFP Monday 4 Mar 2019", "other"),
    ],
)
def test_a_header_before_the_lead_is_found(header, title):
    text = f"{header} {LEAD}"
    assert text[: lead_start(text, title)] == header
    assert lead_start(f"{header} A militia shelled a post.", title) == len(header)


def test_a_share_bar_and_its_related_links_run_to_the_lead_opener():
    header = f"{TITLE} Reuters 4 Mar 2019 Print Tweet Views 88 Related Talks stall Floods hit Homs"
    assert lead_start(f"{header} A militia shelled a post.", TITLE) == len(header)
    # without an opener ("A", "The", "At least" ...) where the links end is unknown
    assert lead_start(f"{header} Gunmen shelled a post.", TITLE) == len(
        f"{TITLE} Reuters 4 Mar 2019"
    )


@pytest.mark.parametrize(
    "text, title",
    [
        # a lead that repeats the headline's words and goes on is the story itself
        (f"{TITLE} on Monday and wounded two guards.", TITLE),
        (f"{TITLE}, the army said on Monday.", TITLE),
        # a header followed by its own full stop is already a sentence apart
        (f"Sunday 3 Mar 2019 {TITLE}. The militia fired shells.", TITLE),
        # prose that opens with a date, an agency or a place is no header
        ("On March 3 2019 gunmen stormed a checkpoint.", ""),
        ("March 3 2019 was the day the gunmen stormed a checkpoint.", ""),
        ("AFP reported that gunmen stormed a checkpoint on Monday.", ""),
        ("Published figures show that 20 were killed.", ""),
        # a byline whose headline is not the title: where the name ends is unknown
        ("Posted on March 3 2019 by Lina Haddad gunmen stormed a post.", "Another story"),
    ],
)
def test_prose_is_no_header(text, title):
    assert lead_start(text, title) == 0


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Last updated at Mar 032019 Syrian government jets struck two towns killing 12 people.",
            "",
        ),
        (
            "Last updated at Mar 03, 2019 Syrian government jets struck two towns, killing 12.",
            "",
        ),
        (
            "Jets strike two towns AFP Monday 4 Mar 2019 Syrian government jets struck two towns.",
            "x",
        ),
    ],
)
def test_the_lead_keeps_its_own_subject_and_the_sentence_its_text(nlp, text, title):
    ((_, doc),) = parse_articles([Article("d", "a.txt", text, title=title)], nlp=nlp)
    sentences = [sent.text for _, sent in iter_sentences(doc)]
    assert sentences == [text]
    actors = {e.actor for e in extract_events(doc) if e.kind == "event" and e.action == "strike"}
    # (the headline "Jets strike two towns", when there is one, tells its own strike)
    assert actors - {"Jets"} == {"Syrian government jets"}


def test_a_header_is_joined_to_its_lead_and_later_sentences_keep_their_numbers(nlp):
    text = "Published March 3 2019 Gunmen stormed a checkpoint. The army returned fire."
    ((_, doc),) = parse_articles([Article("d", "a.txt", text)], nlp=nlp)
    assert [(i, s.text) for i, s in iter_sentences(doc)] == [
        (0, "Published March 3 2019 Gunmen stormed a checkpoint."),
        (1, "The army returned fire."),
    ]


def test_a_caption_after_a_dateline_is_still_a_caption(nlp):
    text = (
        "Published May 4 2019 Residents inspect a burned market in the town of Kosti on May 3"
        " 2019. Gunmen burned the market on Friday."
    )
    ((_, doc),) = parse_articles([Article("d", "a.txt", text)], nlp=nlp)
    events = {(e.actor, e.action) for e in extract_events(doc) if e.kind == "event"}
    assert events == {("Gunmen", "burn")}


@pytest.mark.parametrize(
    "text, header",
    [
        # a subheading run into its paragraph, after the sentence before it
        ("The port was quiet. Convoy ambushed The militia fired on the trucks.", "Convoy ambushed"),
        (
            "The port was quiet. Second blast in Kosti In another attack gunmen burned a bus.",
            "Second blast in Kosti",
        ),
        ("Border tensions Meanwhile the army shelled a post.", "Border tensions"),
        (
            "Two guards hurt in grenade attack on Kosti depot Elsewhere Sudanese troops left.",
            "Two guards hurt in grenade attack on Kosti depot",
        ),
        # a tag list opening the page
        (
            "Tags Sudan Kosti Militia Convoy At least nine drivers were killed on Monday.",
            "Tags Sudan Kosti Militia Convoy",
        ),
    ],
)
def test_a_subheading_or_tag_list_before_a_sentence_is_found(text, header):
    ((start, lead),) = [b for b in header_breaks(text) if text[b[0] : b[1]] == header]
    assert text[lead:].lstrip()[0].isupper()


@pytest.mark.parametrize(
    "text",
    [
        # a clause that says something, a name, a heading on its own line: no subheading
        "He added The talks had failed.",
        "Reporters for The New York Times saw the convoy.",
        "Convoy ambushed\n\nThe militia fired on the trucks.",
        "The militia fired on the trucks in Kosti on Monday.",
    ],
)
def test_prose_has_no_subheading(text):
    assert header_breaks(text) == []


def test_a_subheading_is_parsed_apart_and_joined_back(nlp):
    text = "The port was quiet. Convoy ambushed The militia fired on the trucks near Kosti."
    ((_, doc),) = parse_articles([Article("d", "a.txt", text)], nlp=nlp)
    assert [s.text for _, s in iter_sentences(doc)] == [
        "The port was quiet.",
        "Convoy ambushed The militia fired on the trucks near Kosti.",
    ]
    events = {(e.actor, e.action) for e in extract_events(doc) if e.kind == "event"}
    assert events == {("The militia", "fire on")}  # the subheading itself tells no event


def test_a_title_word_is_matched_after_punctuation_with_one_compiled_pattern():
    from graph.ingest.header import _word_after_punctuation, title_end

    pattern = _word_after_punctuation("raid")
    assert pattern is _word_after_punctuation("raid")  # compiled once per word
    assert pattern.match("-- Raid on the port", 0).end() == len("-- Raid")
    assert pattern.match("the raid", 0) is None  # only punctuation may come before it
    text = "Tue 4 May 2021 Drones Strike Fuel Depot Officials said the fire spread"
    assert text[: title_end(text, "Drones strike fuel depot")].endswith("Depot")
    assert title_end(text, "Drones hit fuel depot") == 0
