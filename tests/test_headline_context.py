"""A headline the text does not repeat is context for its first sentences (issue 14).

graph/parse/headline.py parses it apart; graph/normalize/headlines.py offers its events
to the look-back for a doer and never yields them. Stories of our own, each with and
without commas (some sources strip them).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from graph.model import TITLE_INDEX, Article, Event
from graph.parse import parse_articles
from graph.parse.headline import TITLE_DOC, headline_text, repeats
from graph.pipeline.build import process_articles


def _events(nlp: Language, title: str, text: str) -> tuple[list[Event], int | None]:
    article = Article(doc_id="h", source="h.jsonl", text=text, title=title)
    results = list(process_articles([article], nlp=nlp, helper=False))
    return [e for r in results for e in r.events], results[-1].sentence_count


def _doer(events: list[Event], action: str) -> str:
    found = [e for e in events if e.action == action and e.kind == "event"]
    assert found, f"no {action!r} event in {[(e.actor, e.action) for e in events]}"
    return found[0].actor_id


@pytest.mark.parametrize(
    "title, text, action, doer",
    [
        (  # the doer is named only in the headline
            "Turkish warplanes pound militant hideouts in the hills",
            "The raids wounded thirty people on Sunday, a local monitor reported. Roads "
            "into the valley stayed closed.",
            "wound",
            "turkey",
        ),
        (
            "Turkish warplanes pound militant hideouts in the hills",
            "The raids wounded thirty people on Sunday a local monitor reported. Roads "
            "into the valley stayed closed.",
            "wound",
            "turkey",
        ),
        (  # another country before the attack noun is its doer, not its place
            "US air strikes hit militant depots near Raqqa",
            "The raids killed eleven fighters on Monday, activists in Syria said.",
            "kill",
            "united-states",
        ),
        (
            "US air strikes hit militant depots near Raqqa",
            "The raids killed eleven fighters on Monday activists in Syria said.",
            "kill",
            "united-states",
        ),
        (  # a country as the subject of the headline's verb is the doer
            "Russia bombs a rebel depot near the coast",
            "The blasts killed three guards on Monday, officials said.",
            "kill",
            "russia",
        ),
        (  # the second sentence still looks back to it
            "Russian jets bomb a fuel depot on the coast",
            "Smoke rose over the port for hours. The strikes killed four workers, the "
            "governor said.",
            "kill",
            "russia",
        ),
        (
            "Russian jets bomb a fuel depot on the coast",
            "Smoke rose over the port for hours. The strikes killed four workers the "
            "governor said.",
            "kill",
            "russia",
        ),
    ],
)
def test_headline_names_the_doer(
    nlp: Language, title: str, text: str, action: str, doer: str
) -> None:
    events, _ = _events(nlp, title, text)
    assert _doer(events, action) == doer


@pytest.mark.parametrize(
    "title, text, action",
    [
        (  # two sides in the headline: whose raid it was stays open
            "Rebels and the army trade fire across the river",
            "Shelling killed five people in the market on Monday, medics said.",
            "kill",
        ),
        (
            "Rebels and the army trade fire across the river",
            "Shelling killed five people in the market on Monday medics said.",
            "kill",
        ),
        (  # a place names the attack, not its doer
            "Damascus car bomb kills six near a bakery",
            "The blast also wounded a dozen people on Tuesday, state media said.",
            "wound",
        ),
        (  # two countries named in a headline's doer: a border, a list, no one doer
            "Turkey Iraq border raids kill nine herders",
            "The strikes also wounded four boys on Monday, villagers said.",
            "wound",
        ),
        (  # a country's name before an attack noun is where it happened
            "Syria air strikes kill nine in a farming village",
            "The attacks also wounded twenty people on Monday rescuers said.",
            "wound",
        ),
        (
            "Nine civilians killed in Syria raid on a farming village",
            "The attack also wounded twenty people on Monday, rescuers said.",
            "wound",
        ),
    ],
)
def test_headline_lends_no_doer(nlp: Language, title: str, text: str, action: str) -> None:
    events, _ = _events(nlp, title, text)
    assert _doer(events, action) == ""


@pytest.mark.parametrize(
    "text",
    [
        "The raid killed two nurses on Friday, staff said.",
        "The raid killed two nurses on Friday staff said.",
    ],
)
def test_headline_alternatives_give_each_side_possible(nlp: Language, text: str) -> None:
    # the headline does not know whose jets: one event per side, neither asserted
    events, _ = _events(nlp, "Syrian or Russian jets strike a hospital in the north", text)
    kills = [e for e in events if e.action == "kill" and e.kind == "event"]
    assert {e.actor_id for e in kills} == {"assad-regime", "russia"}
    assert {e.modality for e in kills} == {"possible"}


def test_headline_is_never_output_nor_counted(nlp: Language) -> None:
    title = "Karvonian troops seize a border post after heavy clashes"
    text = "Nine guards died in the fighting. The ministry said the post was lost."
    events, count = _events(nlp, title, text)
    assert count == 2
    assert all(e.provenance.sentence_index >= 0 for e in events)
    assert not any(e.action == "seize" for e in events)


def test_a_repeated_headline_is_not_parsed_again(nlp: Language) -> None:
    repeated = Article(
        doc_id="r",
        source="r.jsonl",
        title="Gunmen attack a convoy on the highway | Daily Site",
        text="Mon 3 May 2021 Gunmen attack a convoy on the highway. Two drivers died.",
    )
    apart = Article(
        doc_id="a",
        source="a.jsonl",
        title="Gunmen attack a convoy on the highway | Daily Site",
        text="Two drivers died on Monday, the police said.",
    )
    docs = dict((a.doc_id, d) for a, d in parse_articles([repeated, apart], nlp=nlp))
    assert TITLE_DOC not in docs["r"].user_data
    assert TITLE_DOC in docs["a"].user_data


def test_headline_text() -> None:
    assert headline_text("Gunmen attack a convoy | Daily Site") == "Gunmen attack a convoy."
    assert headline_text("Jets strike a town - Site News") == "Jets strike a town."
    assert headline_text("Breaking news") == ""
    assert repeats("12-05-2016 Gunmen Attack a Convoy on Monday", "Gunmen attack a convoy.")
    assert not repeats("Two drivers died as gunmen attacked", "Gunmen attack a convoy.")
    assert TITLE_INDEX < 0
