"""A present tense the tagger read as a noun, where the parse makes it a verb (issue 14, recall).

"Velnian jets pound rebel town in Wau": the small model tags "pound" a noun while its
parser makes it the clause's head, with a subject and an object; the word agrees with
its subject as a present tense does, so it is tagged a verb (graph/parse/verbtags.py)
and the headline gives its event. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Article
from graph.parse import parse_articles
from graph.parse.verbtags import VERB_TAGS

_LEAD = "\n\nThe town was hit again on Monday, residents said."


def _headline_roles(headline: str) -> set[tuple[str, str, str, str]]:
    ((_, doc),) = parse_articles([Article("d", "a.txt", headline + _LEAD)])
    events = [e for e in extract_events(doc) if e.provenance.sentence_index == 0]
    return {(e.actor, e.action, e.target, e.kind) for e in events}


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Russian jets pound rebel town in Wau", ("Russian jets", "pound", "rebel town")),
        ("Army jets pound rebel town in Wau", ("Army jets", "pound", "rebel town")),
        # a reported clause (with its comma; without it the parser reads no clause)
        (
            "Russian jets pound rebel town in Idlib, monitor says",
            ("Russian jets", "pound", "rebel town"),
        ),
    ],
)
def test_a_present_tense_read_as_a_noun_gives_the_event(headline, expected):
    assert (*expected, "event") in _headline_roles(headline)


def _tagged(nlp, words: list[str], tags: list[str], heads: list[int], deps: list[str]) -> Doc:
    doc = Doc(nlp.vocab, words=words, tags=tags, heads=heads, deps=deps)
    return nlp.get_pipe(VERB_TAGS)(doc)


def test_an_s_form_after_one_doer_is_a_present_tense(nlp):
    words = ["Gas", "attack", "kills", "forty", "people"]
    doc = _tagged(
        nlp,
        words,
        ["NN", "NN", "NNS", "CD", "NNS"],
        [1, 2, 2, 4, 2],
        ["compound", "nsubj", "ROOT", "nummod", "dobj"],
    )
    assert doc[2].tag_ == "VBZ"


# Subject, word, object: tags the tagger gave, the parse a clause's (``_clause``).
@pytest.mark.parametrize(
    "words, tags",
    [
        # a plural doer with an -s form, a singular doer with a base form: no agreement
        (["Jets", "strikes", "town"], ["NNS", "NNS", "NN"]),
        (["World", "Follow", "World"], ["NNP", "NNP", "NNP"]),
        # a participle is no base form
        (["workers", "training", "hoses"], ["NNS", "NN", "NNS"]),
        # a dateline read as the subject
        (["Apr", "Kills", "Two"], ["NNP", "NNPS", "CD"]),
    ],
)
def test_a_noun_stays_a_noun(nlp, words, tags):
    doc = _tagged(nlp, words, tags, [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    assert doc[1].tag_ == tags[1]


def test_a_noun_with_no_object_stays_a_noun(nlp):
    words, tags = ["jets", "pound", "in", "Wau"], ["NNS", "NN", "IN", "NNP"]
    doc = _tagged(nlp, words, tags, [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"])
    assert doc[1].tag_ == "NN"


# A present tense read into a noun phrase: the sentence is parsed again with a plain verb
# in the word's place (graph/parse/reparse.py).
@pytest.mark.parametrize(
    "headline, expected",
    [
        (
            "Government forces pound rebel positions near Hama",
            ("Government forces", "pound", "rebel positions"),
        ),
        (
            "Velnian forces bombard Wau suburbs after gas attack",
            ("Velnian forces", "bombard", "Wau suburbs"),
        ),
        ("Warplanes pound Wau as battles rage in the north", ("Warplanes", "pound", "Wau")),
        ("Warplanes pound Wau, as battles rage in the north", ("Warplanes", "pound", "Wau")),
    ],
)
def test_a_present_tense_read_into_a_noun_phrase_gives_the_event(headline, expected):
    assert (*expected, "event") in _headline_roles(headline)


@pytest.mark.parametrize(
    "text, word",
    [
        # a verb heads the sentence: the words before it are its subject
        ("The army units supply lines were cut on Monday.", "supply"),
        ("The regime forces attack helicopters flew over the town.", "attack"),
        ("Peace talks resume in Wau", "resume"),  # no object after it
    ],
)
def test_a_noun_phrase_stays(nlp, text, word):
    tok = next(t for t in nlp(text) if t.text == word)
    assert not tok.tag_.startswith("VB")
