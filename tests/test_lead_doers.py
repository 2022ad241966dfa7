"""A headline's or lead's one doer owns a later attack of its kind (graph.normalize.leaddoers).

Stories of our own, each with and without commas (some sources strip them), and near
misses the rule must leave alone.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from graph.model import Article, Event
from graph.pipeline.build import process_articles

_AIR_TITLE = "Tarvan warplanes strike rebel villages near Oskar"
_FILLER = "Families fled toward the hills{c} residents said. The valley lies close to the border."


def _events(nlp: Language, title: str, text: str) -> list[Event]:
    article = Article(doc_id="l", source="l.jsonl", text=text, title=title)
    return [e for r in process_articles([article], nlp=nlp, helper=False) for e in r.events]


def _doers(events: list[Event], action: str) -> set[str]:
    found = [e for e in events if e.action == action and e.kind == "event"]
    assert found, f"no {action!r} event in {[(e.actor, e.action) for e in events]}"
    return {e.actor_id for e in found}


@pytest.mark.parametrize("c", [",", ""])
@pytest.mark.parametrize(
    "title, text, action",
    [
        (
            _AIR_TITLE,
            _FILLER + " Air raids killed nine farmers on Tuesday{c} a monitor said.",
            "kill",
        ),
        (_AIR_TITLE, _FILLER + " The strikes wounded nine farmers{c} a monitor said.", "wound"),
        (  # no headline: the lead names the doer
            "",
            "Tarvan warplanes struck rebel villages near Oskar on Monday. "
            + _FILLER
            + " Air raids killed nine farmers on Tuesday{c} a monitor said.",
            "kill",
        ),
    ],
)
def test_a_later_attack_of_the_lead_kind_is_its_doers(nlp, c, title, text, action):
    assert _doers(_events(nlp, title, text.format(c=c)), action) == {"tarvan/military"}


@pytest.mark.parametrize("c", [",", ""])
@pytest.mark.parametrize(
    "title, text",
    [
        (  # another side attacks on the way
            _AIR_TITLE,
            "Families fled toward the hills{c} residents said. Rebels shelled an army post "
            "nearby. Later air raids killed nine farmers{c} a monitor said.",
        ),
        (  # another story
            _AIR_TITLE,
            _FILLER + " Meanwhile air raids killed nine farmers in the south{c} a monitor said.",
        ),
        (  # a clash has two sides
            "Tarvan troops and rebels clash near Oskar",
            _FILLER + " The shelling killed nine farmers{c} a monitor said.",
        ),
        (  # a group's bombing owns no air raid
            "Falcon Brigade claims car bombing in Oskar",
            _FILLER + " Air raids killed nine farmers{c} a monitor said.",
        ),
        (  # the lead's doer denies it
            _AIR_TITLE,
            "Families fled toward the hills{c} residents said. Tarva denied that its jets "
            "flew over the valley. Air raids killed nine farmers{c} a monitor said.",
        ),
        (  # one attack told as new
            _AIR_TITLE,
            _FILLER + " An air raid killed nine farmers{c} a monitor said.",
        ),
        (  # an attack of no kind
            _AIR_TITLE,
            _FILLER + " The attack killed nine farmers{c} a monitor said.",
        ),
        (  # no one knows who did it
            _AIR_TITLE,
            _FILLER + " Air raids killed nine farmers. It was unclear who carried out the raids.",
        ),
    ],
)
def test_a_later_attack_takes_no_lead_doer_when_the_story_leaves_it_open(nlp, c, title, text):
    assert _doers(_events(nlp, title, text.format(c=c)), "kill") <= {""}
