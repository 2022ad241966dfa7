from graph.ingest import load_articles
from graph.model import Article
from graph.parse import iter_sentences, parse_articles, parse_lines, split_text


def test_headline_is_its_own_sentence(nlp):
    article = Article("d", "a.txt", "Rebels seize bridge\n\nThe army said it would respond.\n")
    ((_, doc),) = parse_articles([article], nlp=nlp)
    sentences = [s.text for _, s in iter_sentences(doc)]
    assert sentences == ["Rebels seize bridge", "The army said it would respond."]


def test_seed_offsets_point_into_the_file(nlp, seeds_dir):
    for article, doc in parse_articles(load_articles([seeds_dir]), nlp=nlp):
        raw = (seeds_dir / article.source).read_text(encoding="utf-8")
        for _, sent in iter_sentences(doc):
            start = sent.start_char + doc.user_data["char_offset"]
            assert raw[start : start + len(sent.text)] == sent.text


def test_long_texts_are_chunked_with_shifted_offsets(nlp):
    paragraph = "Rebels shelled the town on Monday. The army responded.\n\n"
    text = paragraph * 40
    chunks = list(split_text(text, limit=500))
    assert "".join(piece for _, piece in chunks) == text
    assert all(len(piece) <= 500 for _, piece in chunks)
    assert all(text[off : off + len(piece)] == piece for off, piece in chunks)


def test_parse_articles_numbers_sentences_across_chunks(nlp, monkeypatch):
    monkeypatch.setattr("graph.parse.CHUNK_CHARS", 200)
    text = "Rebels shelled the town. The army responded.\n\n" * 12
    docs = [doc for _, doc in parse_articles([Article("d", "a.txt", text)], nlp=nlp)]
    assert len(docs) > 1
    seen = []
    for doc in docs:
        for index, sent in iter_sentences(doc):
            seen.append(doc.user_data["sentence_offset"] + index)
            start = doc.user_data["char_offset"] + sent.start_char
            assert text[start : start + len(sent.text)] == sent.text
    assert seen == list(range(len(seen)))


def test_a_line_without_breaks_is_cut_hard():
    chunks = list(split_text("x" * 1050, limit=500))
    assert [len(p) for _, p in chunks] == [500, 500, 50]


def test_parse_lines_keeps_tokens_and_one_sentence_per_line(nlp):
    docs = list(
        parse_lines(["Barbara 's dog barked . The cat ran .", "", "`` Go , '' he said ."], nlp=nlp)
    )
    assert [t.text for t in docs[0]] == [
        "Barbara",
        "'s",
        "dog",
        "barked",
        ".",
        "The",
        "cat",
        "ran",
        ".",
    ]
    assert all(len(list(d.sents)) == 1 for d in docs)
    assert [d.user_data["source"] for d in docs] == ["line 1", "line 3"]
