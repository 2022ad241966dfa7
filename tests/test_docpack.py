"""Packed docs: the helper process rebuilds the doc ``to_bytes``/``from_bytes`` would give."""

import pickle

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from graph.model import Article
from graph.parse import parse_articles
from graph.pipeline.docpack import pack_doc, unpack_doc

_ATTRS: list[int | str] = ["ORTH", "NORM", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD"]
_ATTRS += ["ENT_IOB", "ENT_TYPE", "SENT_START", "SPACY", "IDX"]

# Written for this test: a dateline, commas stripped, a quotation and a title-case headline.
_TEXTS = [
    "Mon 4 Mar 2024 Militia Fighters Storm Hill Village. Gunmen from the Northern Brigade "
    "stormed the hill village of Karvelo on Sunday and held six farmers for two days the "
    "regional governor said adding that troops had retaken the road to the market town "
    "by nightfall and that talks with the elders would start in the morning.",
    'The minister said "we will not bargain" and left the talks in Lakeville early.',
]


def _docs(nlp: Language) -> list[Doc]:
    articles = [
        Article(doc_id=f"d{i}", source=f"t{i}.txt", text=text, title="Militia Fighters Storm")
        for i, text in enumerate(_TEXTS)
    ]
    return [doc for _, doc in parse_articles(articles, nlp=nlp)]


def _reading(doc: Doc) -> tuple[object, ...]:
    return (
        doc.text,
        doc.to_array(_ATTRS).tolist(),
        [(s.start, s.end) for s in doc.sents],
        [(e.start, e.end, e.label_) for e in doc.ents],
        [str(t.morph) for t in doc],
        repr(doc.user_data),
    )


def test_a_packed_doc_is_the_doc_to_bytes_gives(nlp: Language) -> None:
    docs = _docs(nlp)
    assert any(doc.user_data.get("restored_commas") for doc in docs)  # commas were put back
    for doc in docs:
        by_bytes = Doc(nlp.vocab).from_bytes(doc.to_bytes(exclude=["tensor"]))
        packed = unpack_doc(nlp.vocab, pickle.loads(pickle.dumps(pack_doc(doc))))
        assert _reading(packed) == _reading(by_bytes)


def test_user_data_comes_back_as_msgpack_gives_it() -> None:
    doc = Doc(Language().vocab, words=["Troops", "left"])
    doc.user_data["spans"] = [(0, 1), (1, 2)]
    doc.user_data["nested"] = {"inner": (3, [4, (5,)])}
    packed = unpack_doc(doc.vocab, pack_doc(doc))
    by_bytes = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert (
        packed.user_data
        == by_bytes.user_data
        == {
            "spans": [[0, 1], [1, 2]],
            "nested": {"inner": [3, [4, [5]]]},
        }
    )


def test_a_doc_with_span_groups_is_not_packed() -> None:
    doc = Doc(Language().vocab, words=["Rebels", "shelled", "Karvelo"])
    doc.spans["places"] = [Span(doc, 2, 3, label="GPE")]
    with pytest.raises(ValueError, match="span groups"):
        pack_doc(doc)
