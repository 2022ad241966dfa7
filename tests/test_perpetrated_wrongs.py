"""Crimes and abuses perpetrated, as CAMEO codes them committed (tools/build_lexicon.py).

CAMEO's block of COMMIT lists its third verb as "PERPETUATE", a misspelling of
"perpetrate": the compiled lexicon adds "perpetrate", which shares the patterns written
for "commit" ("COMMIT * &CRIME" 180, "* ABUSES" 182). Sentences of our own, each with and
without commas: perpetrated crimes and abuses are ASSAULT by the perpetrator on whom
they wronged; "perpetuate" keeps its own uncoded entry, and crimes with no doer named
make no event.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.extract.cameodata import load_lexicon
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _acts(parse: Parse, text: str) -> dict[str, tuple[str, str, str]]:
    """Return action -> (actor text, action class, target text) of a text's events."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {e.action: (e.actor, e.action_class, e.target) for e in normalised}


def _both(text: str, *rest: str) -> list[tuple[str, ...]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, *rest), (text.replace(",", ""), *rest)]


_PERPETRATED = [
    *_both(
        "The envoy, speaking in Lisbon, condemned the crimes perpetrated by the Wolf Brigade "
        "against farmers.",
        "the Wolf Brigade",
        "farmers",
    ),
    *_both(
        "In Marsa, the Wolf Brigade perpetrated war crimes against the villagers, a monitor said.",
        "the Wolf Brigade",
        "the villagers",
    ),
    *_both(
        "The guards perpetrated abuses against the prisoners, the report found.",
        "The guards",
        "the prisoners",
    ),
    # "crimes against humanity" names a kind of crime, not a side wronged
    *_both(
        "The militia was perpetrating crimes against humanity, a monitor said.",
        "The militia",
        "",
    ),
    *_both(
        "The Wolf Brigade committed war crimes and crimes against humanity, the envoy said.",
        "The Wolf Brigade",
        "",
    ),
    # the parser may hang the participle on the wrong's "against" phrase; a manner is no target
    *_both(
        "The envoy condemned the crimes against farmers, committed by the Wolf Brigade.",
        "the Wolf Brigade",
        "farmers",
    ),
    *_both(
        "He said the raids were crimes against humanity, committed by the Wolf Brigade on a "
        "daily basis.",
        "the Wolf Brigade",
        "",
    ),
]


@pytest.mark.parametrize("text, actor, target", _PERPETRATED)
def test_perpetrated_crimes_are_assaults(parse, text, actor, target):
    acts = _acts(parse, text)
    assert acts.get("perpetrate", acts.get("commit")) == (actor, "ASSAULT", target)


def test_perpetrated_massacre_stays_an_assault(parse):
    assert _acts(parse, "The militia perpetrated a massacre in the village.")["perpetrate"][1] == (
        "ASSAULT"
    )


@pytest.mark.parametrize(
    "text",
    [
        *(t for (t,) in _both("The report said, on Monday, the policy would perpetuate the war.")),
        *(t for (t,) in _both("Crimes perpetrated in the past, the judge said, must be punished.")),
    ],
)
def test_near_misses_make_no_assault(parse, text):
    assert all(cls != "ASSAULT" for _, cls, _ in _acts(parse, text).values())


@pytest.mark.parametrize(
    "text",
    [t for (t,) in _both("The crimes committed by the militia, on a daily basis, shocked us.")],
)
def test_a_manner_after_the_agent_is_no_target(parse, text):
    assert _acts(parse, text)["commit"] == ("the militia", "ASSAULT", "")


def test_the_lexicon_keeps_perpetuate_and_adds_perpetrate():
    lexicon = load_lexicon()
    assert lexicon.default("perpetuate") is not None
    crimes = [p for p in lexicon.patterns["perpetrate"] if p.code.cameo == "180"]
    assert crimes and all(p.own for p in crimes)
