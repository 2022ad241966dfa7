"""A known name's possessive written without its apostrophe is parsed as a possessive.

"Syrias army", "ISILs fighters": the name is split from an "s" read as "'s" after the
tokenizer where it owns the phrase after it in running text (graph/parse/possessives.py,
names compiled by tools/build_possessives.py); the text and its offsets stay as written.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Article
from graph.normalize import normalize_events
from graph.parse import parse_articles
from graph.parse.commas import add_commas
from graph.parse.possessives import possessive_names

ROOT = Path(__file__).resolve().parents[1]
Parse = Callable[..., Doc]


def _events(parse: Parse, text: str) -> set[tuple[str, str, str, str]]:
    """Return (actor text, actor id, action, target id) of a story's normalised events."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.actor, e.actor_id, e.action, e.target_id) for e in normalised}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Then Lebanons prime minister met the envoy.", "Lebanon"),
        ("The convoy reached Idlibs southern edge at dawn.", "Idlib"),
        ("Fighters loyal to ISILs leadership withdrew.", "ISIL"),
        ("Observers said Egypts foreign minister flew home.", "Egypt"),
    ],
)
def test_a_clipped_possessive_is_split_and_read_as_one(nlp, text, name):
    doc = nlp(text)
    assert doc.text == text
    owner = next(t for t in doc if t.text == name)
    mark = doc[owner.i + 1]
    assert (mark.text, mark.norm_, mark.tag_) == ("s", "'s", "POS")
    assert owner.dep_ == "poss"
    assert text[owner.idx : mark.idx + 1] == name + "s"


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of the Americas met in Lima.",  # a name of its own
        "Journalists in Paris filed the story.",
        "Shelling hit Homs overnight.",
        "Turkmens and Saudis joined the talks.",  # demonyms' plurals
        "Hopes for a truce faded.",  # a common word's plural
        "The syrias of the text are lower case.",
        "NGOs and MPs called for aid.",  # generic agents' plurals
    ],
)
def test_names_and_words_ending_in_s_stay_whole(nlp, text):
    doc = nlp(text)
    assert not any(t.text == "s" for t in doc)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Jets struck the outskirts of Tal Hamis on Monday.", "Hamis"),  # a place's last word
        ("Shops in Tal al-Hamis market reopened.", "Hamis"),  # inside a hyphenated name
        ("Gunmen Storm Syrias Hama Office Kill 4", "Syrias"),  # a title-case headline
        ("Gunmen Storm Syrias Office", "Syrias"),
        ("Russias Deputy Envoy Ivan Petrov disagreed.", "Russias"),  # a title follows
        ("Troops took Homs Syrias third largest city.", "Syrias"),  # a name runs into it
        ("Shelling hit Syrias.", "Syrias"),  # no phrase follows
        ("The plan was backed by President Ivan Assads allies.", "Assads"),
        ("Ivan Assads allies backed the plan.", "Assads"),  # a name starting the sentence
        # the owned phrase runs into a capitalised word within two words
        ("Envoys met Syrias exiled Liberal Front today.", "Syrias"),
        ("Envoys met Syrias Liberal Front, today.", "Syrias"),
        ("Troops crossed into Syrias north Raqqa province.", "Syrias"),
        ("Rebels held the road north of Syrias capital the Observatory said.", "Syrias"),
        ("Aid arrived. Homs Syrias third largest city was calm.", "Syrias"),
    ],
)
def test_a_clipped_possessive_outside_running_text_stays_whole(nlp, text, word):
    doc = nlp(text)
    assert word in [t.text for t in doc]
    assert not any(t.text == "s" for t in doc)


@pytest.mark.parametrize(
    "text",
    [
        "Meanwhile Syrias army said it had shelled the town.",  # a capital starting the sentence
        "Aid arrived. In Syrias north the army opened the road.",
        "Officials said Syrias 30-day truce had held.",  # a number starts the owned phrase
        'Officials said "Syrias army" had left.',  # a quote glued on
        "Troops took Homs, Syrias third largest city.",
        "Rebels held the road north of Syrias capital, the Observatory said.",
        "Syrias army backed by Iranian militias advanced.",  # three lower-case words first
        "Syrias army, backed by Iranian militias, advanced.",
    ],
)
def test_a_clipped_possessive_in_running_text_is_split(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    mark = next(t for t in doc if t.text == "s")
    assert (doc[mark.i - 1].text, mark.norm_) == ("Syria", "'s")


def test_the_tokenizer_keeps_its_special_cases(nlp):
    assert [t.text for t in nlp.tokenizer("Wed 05 Apr")] == ["Wed", "05", "Apr"]
    assert [t.text for t in nlp.make_doc("Syrias army")] == ["Syria", "s", "army"]


def test_the_list_holds_names_and_leaves_out_words():
    names = possessive_names()
    assert {"Syria", "Russia", "Assad", "Aleppo", "ISIL", "Turkey"} <= names
    assert not {"America", "Pari", "Hom", "Turkmen", "Hope", "Alliance", "UN"} & names


def test_the_split_keeps_its_reading_in_text_without_commas(nlp):
    # a text of 40 words or more without a comma is parsed with its commas put back,
    # which rebuilds the doc from its words
    text = (
        "Jordans army said on Monday that it had closed the border crossing after "
        "gunmen attacked a patrol near the town and that soldiers would stay there "
        "until the area was safe again for the families who live on both sides of it."
    )
    article = Article(doc_id="t", text=text, source="t.txt", title="")
    docs = [doc for _, doc in parse_articles([article], nlp=nlp)]
    doc = docs[0]
    assert doc.text == text
    assert [(t.text, t.norm_, t.tag_) for t in doc[:2]] == [
        ("Jordan", "jordan", "NNP"),
        ("s", "'s", "POS"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Turkeys army shelled the village, officials said.",
        "Turkeys army shelled the village officials said.",
    ],
)
def test_a_clipped_owner_names_the_doer(parse, text):
    events = _events(parse, text)
    assert ("Turkeys army", "turkey", "shell", "") in events


@pytest.mark.parametrize(
    "text",
    [
        "Rebels said Lebanons army shelled their positions, killing two.",
        "Rebels said Lebanons army shelled their positions killing two.",
    ],
)
def test_a_clipped_owner_in_a_clause_names_its_doer(parse, text):
    doers = {(actor_id, action) for _, actor_id, action, _ in _events(parse, text)}
    assert ("lebanon", "shell") in doers


def test_the_compiled_list_is_up_to_date():
    if not Path("/usr/share/wordnet/data.noun").exists():
        pytest.skip("WordNet (Debian's wordnet-base) is not installed")
    tool = ROOT / "tools" / "build_possessives.py"
    done = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout


def test_comma_sites_read_the_split_mark_as_a_possessive(nlp):
    # a speaker closing a comma-less sentence: the comma goes before the speaker's
    # phrase with its owner, as for "the Observatory's director"
    text = (
        "Jets struck the market in the town early on Monday and then came back to strike "
        "the clinic where the wounded had been taken and the houses around it in the old "
        "quarter the Observatorys director Ali Omar said."
    )
    with_commas, commas = add_commas(nlp.make_doc(text))
    assert "old quarter, the Observatorys director Ali Omar said." in with_commas.text
    assert len(commas.added) == 1


def test_the_tokenizer_survives_pickling(nlp):
    # spaCy's worker processes get the pipeline pickled
    copy = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert [t.text for t in copy("Syrias army")] == ["Syria", "s", "army"]
