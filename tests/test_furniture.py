"""Page furniture: link lists, comment boxes, tag lists, cards of other stories, links."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graph.extract import extract_events
from graph.extract.furniture import furniture_spans
from graph.ingest.cards import card_breaks
from graph.ingest.header import lead_start, tags_end
from graph.model import Article
from graph.parse import parse_articles


def _furniture(text: str) -> list[str]:
    return sorted(text[a:b].strip() for a, b in furniture_spans(text))


@pytest.mark.parametrize(
    "text, furniture",
    [
        # a list of other stories after a count of comments runs to the end
        (
            "... 37 Related Militants Storm Prison in Kano Floods Hit the Coast",
            "Related Militants Storm Prison in Kano Floods Hit the Coast",
        ),
        ("Related: Jets Pound Border Town", "Related: Jets Pound Border Town"),
        # a comment box and a tag list closing a page
        (
            "Tags shelling Marib Yemen Community standards Comment via Facebook",
            "Tags shelling Marib Yemen Community standards Comment via Facebook",
        ),
        ("... 12 Topic Battle for the Dam (75)", "Topic Battle for the Dam (75)"),
        ("See the footage https://t.ly/ab12", "https://t.ly/ab12"),
        ("A clinic was hit overnight.httpst.coQw3rTy", "httpst.coQw3rTy"),
    ],
)
def test_furniture_closing_a_page_is_found(text, furniture):
    assert furniture in _furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        "Related to the talks the envoy met rebel leaders in Doha.",
        "Related clashes were reported in the east.",
        # a tag list before the story's sentence is not cut to the sentence's end
        "Tags Yemen Taiz Saudi jets struck a market in Taiz on Monday.",
        # a share bar's list of links ends at the story's lead (see residue.share_bar)
        "Print Tweet Views 210 Related Talks resume A car bomb killed five people.",
        "The minister said the tags were removed from the crates.",
    ],
)
def test_prose_is_not_page_end_furniture(text):
    assert not any(b - a > 12 for a, b in furniture_spans(text) if text[a:b] != "Tags")


@pytest.mark.parametrize(
    "text, card, lead",
    [
        (
            "The army said so. REUTERS Jane Roe Rebels Shell Airport in Kano The army said it"
            " fought back.",
            "REUTERS Jane Roe Rebels Shell Airport in Kano",
            "The army said",
        ),
        (
            "He was freed. AP Photo Tom Ode Jets Pound Hill Towns LAGOS (Sputnik) Police"
            " arrested four men.",
            "AP Photo Tom Ode Jets Pound Hill Towns LAGOS (Sputnik)",
            "Police arrested",
        ),
        (
            'Talks ended. Sputnik Ivan Petrov Envoy Meets Rebel Chiefs in Doha "We will not'
            ' sign" he said.',
            "Sputnik Ivan Petrov Envoy Meets Rebel Chiefs in Doha",
            '"We will not',
        ),
        (
            "It burned. AFP Photo At least nine guards were killed.",
            "AFP Photo",
            "At least nine",
        ),
        # a name with a particle stays in the headline: "Deir ez-Zor"
        (
            "It ended. Reuters Ana Lima Army Retakes Field in Deir ez-Zor Province Kamal"
            " had a garrison.",
            "Reuters Ana Lima Army Retakes Field in Deir ez-Zor Province",
            "Kamal had",
        ),
        # a share button and its link
        (
            "Published May 3 2021 SEND httpst.lyAb12 DPA Photo A car bomb killed six.",
            "SEND httpst.lyAb12 DPA Photo",
            "A car bomb",
        ),
    ],
)
def test_a_card_of_another_story_is_found(text, card, lead):
    ((start, end),) = card_breaks(text)
    assert text[start:end].strip() == card
    assert text[end:].lstrip().startswith(lead)


@pytest.mark.parametrize(
    "text",
    [
        "The monitor said so. Reuters reported that rebels shelled the airport.",
        "It ended. AFP Monday 3 May 2021 Rebels shelled the airport.",
        "It ended. Reuters Middle East desk said the strikes went on.",
        "He was hurt. AP said police arrested four men in Lagos.",
    ],
)
def test_a_credit_in_prose_is_no_card(text):
    assert card_breaks(text) == []


def _story_events(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    ((_, doc),) = parse_articles([Article("d", "a.txt", text)], nlp=nlp)
    return {(e.actor, e.action, e.target) for e in extract_events(doc) if e.kind == "event"}


@pytest.mark.parametrize("comma", [",", ""])
def test_a_card_gives_no_event_and_glues_onto_no_actor(nlp, comma):
    text = (
        f"Police arrested four men in Lagos{comma} the governor said. REUTERS Jane Roe"
        " Jets Pound Hill Towns in Sokoto Gunmen kidnapped nine farmers near Kaduna on Monday."
    )
    events = _story_events(nlp, text)
    assert ("Gunmen", "kidnap", "nine farmers") in events
    assert not any("Pound" in actor or "Roe" in actor for actor, _, _ in events)
    assert not any(action == "pound" for _, action, _ in events)


def test_a_list_of_other_stories_gives_no_event(nlp):
    text = (
        "Police arrested four men in Lagos. ... 37 Related Militants Storm Prison in Kano"
        " Army Kills 12 Bandits Near Zamfara Tags Nigeria Lagos Community standards"
    )
    assert _story_events(nlp, text) == {("Police", "arrest", "four men")}


@pytest.mark.parametrize(
    "text, title, lead",
    [
        # a headline, its date, then the agency with the place it writes from
        (
            "Nine farmers killed in raid on Kaduna village 3 May 2021 Kaduna AFP - Gunmen"
            " stormed the village on Monday.",
            "Nine farmers killed in raid on Kaduna village",
            "Gunmen stormed",
        ),
        (
            "Nine farmers killed in raid on Kaduna village, 3 May 2021, AFP-Gunmen stormed"
            " the village on Monday.",
            "Nine farmers killed in raid on Kaduna village",
            "Gunmen stormed",
        ),
        (
            "Nine farmers killed in raid on Kaduna village 3 May 2021 AFP Gunmen stormed the"
            " village on Monday.",
            "Nine farmers killed in raid on Kaduna village",
            "Gunmen stormed",
        ),
        # the agency's reporter is the lead's subject
        (
            "Nine farmers killed in raid on Kaduna village 3 May 2021 AFP reporters saw the"
            " burned houses.",
            "Nine farmers killed in raid on Kaduna village",
            "AFP reporters",
        ),
    ],
)
def test_an_agency_after_the_headline_date_is_part_of_the_header(text, title, lead):
    assert text[lead_start(text, title) :].lstrip(" ,").startswith(lead)


@pytest.mark.parametrize(
    "text, lead",
    [
        ("Tags Yemen Taiz airstrikes Five fishermen were killed at sea.", "Five fishermen"),
        ("Tags Yemen Taiz Saudi coalition A Saudi jet struck a boat.", "A Saudi jet"),
        ("Tags Yemen Taiz airstrikes More than 20 people died.", "More than 20"),
        # a capitalised common word the story writes in lower case too
        (
            "Tags Yemen Taiz civilians Airstrikes on the port killed six. The airstrikes went on.",
            "Airstrikes on the port",
        ),
    ],
)
def test_a_tag_list_ends_where_the_story_opens(text, lead):
    assert text[tags_end(text, 0) :].lstrip().startswith(lead)


@pytest.mark.parametrize(
    "text",
    [
        # names only before the verb: where the tags end is not known
        "Tags Yemen Taiz Aden Houthis shelled the port.",
        # an opener after the first sentence's verb is no opener of this sentence
        "Tags Yemen Taiz Houthis shelled the port. The army said so.",
    ],
)
def test_a_tag_list_with_no_opener_is_left_alone(text):
    assert tags_end(text, 0) is None


@pytest.mark.parametrize("comma", [",", ""])
def test_a_tag_list_gives_no_event_and_its_story_keeps_its_subject(nlp, comma):
    text = (
        f"Fishermen were hurt{comma} officials said. Tags Yemen Taiz attack Houthis Aden"
        " Three fishermen were killed when a shell hit their boat."
    )
    events = _story_events(nlp, text)
    assert ("a shell", "hit", "their boat") in events
    assert not any(word in actor for actor, _, _ in events for word in ("Tags", "Houthis", "Aden"))


@pytest.mark.parametrize(
    "text, lead",
    [
        ("Date of publication 4 May 2021 Video Gunmen stormed a prison in Kano.", "Gunmen"),
        ("Published May 4, 2021 Photos Floods hit the coast of Lagos.", "Floods"),
        # a word of the story, not a label
        ("Published May 4 2021 Video footage showed gunmen in Kano.", "Video footage"),
    ],
)
def test_a_media_label_after_the_dateline_is_part_of_the_header(text, lead):
    assert text[lead_start(text) :].lstrip().startswith(lead)
