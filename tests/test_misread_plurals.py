"""Plural attack nouns the tagger read as verbs (graph/parse/nounreparse.py).

Stories of our own, with commas and without (a comma-less story of 40+ words is parsed
with its commas put back). "killed in renewed government airstrikes on the town": the
small model tags "airstrikes" a present tense and hangs it on the clause, so the
preposition before it has no object and the attack, with its owner, is lost. Parsed
again with a plain plural in its place, the owner's attack and its harm are events.
A word with a verb's own dependents, an infinitive after it or no preposition over it
in the new parse keeps its parse. A plural owner that lost its apostrophe ("the Tarvan
Army troops offensives") is left (strict xfails): the parser misreads it in too many ways.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]

# A comma-less story of 40+ words: parsed with its commas put back (commasites).
_LONG = (
    "On Monday at least nine civilians were killed in renewed Tarvan airstrikes on the "
    "village of Kafra activists said adding that two children were wounded in fresh "
    "government airstrikes on the market of the town where rescue teams were still "
    "searching the rubble for survivors"
)

_OWNERS_LONG = (
    "Military sources said on Monday that at least 175 militants were killed in the Tarvan "
    "Army troops large-scale offensives in the east of the province and the army said it "
    "would press on with its campaign in the coming days until the whole area is taken"
)


def _events(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    """Return (action, actor text, target text) of a story's normalised events."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.action, e.actor, e.target) for e in normalised if e.kind == "event"}


OWNED = [
    (
        "Twelve people were killed in renewed government airstrikes on the town.",
        ("kill", "government", "Twelve people"),
    ),
    (
        "Twelve people were killed in renewed government airstrikes on the town.",
        ("strike", "government", "the town"),
    ),
    (
        "At least nine civilians were killed in renewed Tarvan airstrikes on the village of "
        "Kafra, activists said.",
        ("strike", "Tarvan", "the village of Kafra"),
    ),
    ("Five people died in renewed regime airstrikes on Douma.", ("strike", "regime", "Douma")),
    ("Five people died in renewed regime airstrikes on Douma.", ("kill", "regime", "Five people")),
    (_LONG, ("strike", "Tarvan", "the village of Kafra")),
    (_LONG, ("kill", "Tarvan", "at least nine civilians")),
    # a plural owner that lost its apostrophe ("troops'"): the parser reads it as a verb,
    # as the object of "in" with the attack its apposition, or the attack as an adjective
    pytest.param(
        "Military sources said that at least 175 militants were killed in the Tarvan Army troops"
        " large-scale offensives in the east of the province.",
        ("kill", "Tarvan Army troops", "at least 175 militants"),
        marks=pytest.mark.xfail(reason="'troops' is read as a verb", strict=True),
    ),
    pytest.param(
        _OWNERS_LONG,
        ("kill", "Tarvan Army troops", "at least 175 militants"),
        marks=pytest.mark.xfail(reason="the harm hangs on no attack noun", strict=True),
    ),
    pytest.param(
        "At least 40 militants were wounded in the Tarvan army troops offensives near the town.",
        ("wound", "Tarvan army troops", "At least 40 militants"),
        marks=pytest.mark.xfail(
            reason="'troops' is read as the object of 'in' and the attack as its apposition",
            strict=True,
        ),
    ),
    pytest.param(
        _LONG,
        ("strike", "government", "the market of the town"),
        marks=pytest.mark.xfail(
            reason="the second clause's 'airstrikes' is tagged a noun, but 'fresh' is read"
            " into the owner and no strike frame is built from 'wounded in'",
            strict=True,
        ),
    ),
]


@pytest.mark.parametrize("text, expected", OWNED)
def test_a_misread_plural_attack_keeps_its_owner(parse: Parse, text: str, expected) -> None:
    # the target may run on over a comma-less speaker ("the village of Kafra activists")
    action, actor, target = expected
    assert any(
        (a, b) == (action, actor) and c.startswith(target) for a, b, c in _events(parse, text)
    )


def test_a_headline_verb_after_plural_doers_keeps_its_reading(parse: Parse) -> None:
    # a plural doer before its verb and object is no owner (graph/parse/reparse.py)
    events = _events(parse, "Government forces pound rebel positions near Hama")
    assert ("pound", "Government forces", "rebel positions") in events


@pytest.mark.parametrize(
    "text, word",
    [
        # an infinitive after it: a verb ("the US claims to have taken")
        ("Fighters received missiles from the US claims to have taken the town.", "claims"),
        # a verb's own object: a headline's present tense run into the sentence before
        ("Two died in Kafra ISIS attacks the city with mortars.", "attacks"),
        # a speaker's tail: no preposition over it in the new parse
        ("The hospital was targeted by a rebel group Tarvan state TV reports.", "reports"),
        # a subject before it
        ("The state TV claims that the army took the town.", "claims"),
    ],
)
def test_a_verb_keeps_its_tag(nlp: Language, text: str, word: str) -> None:
    tok = next(t for t in nlp(text) if t.text == word)
    assert tok.tag_ == "VBZ"


def test_the_misread_plural_is_tagged_a_noun(nlp: Language) -> None:
    doc = nlp("Twelve people were killed in renewed government airstrikes on the town.")
    tok = next(t for t in doc if t.text == "airstrikes")
    assert (tok.tag_, tok.dep_, tok.head.text) == ("NNS", "pobj", "in")
    assert next(t for t in doc if t.text == "government").head.i == tok.i
