"""Parse a header run into the sentence after it apart from that sentence (private to parse).

Scraped pages lose their line breaks: a page header ("Published July 19 2016",
"... Monitor AFP Sunday 24 Aug 2014"), a tag list or a subheading ("Girl evacuated")
runs into the next sentence, and the parser makes the header's words part of it
("Feb 022015 Beirut Syrian government strike ..."). The sentence is parsed on its own
when it starts a sentence of the parse (:func:`graph.ingest.header.header_breaks`
finds where); the header and its sentence are still one sentence of the article, as
the text has them (:func:`joined_headers`), so sentence texts and numbers do not move.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..ingest.header import header_breaks

__all__ = ["joined_headers", "with_leads"]


def with_leads(nlp: Language, text: str, title: str) -> str | Doc:
    """Return ``text``, or its tokens with a sentence start where a header's sentence begins.

    Args:
        nlp: The pipeline whose tokenizer makes the tokens.
        text: A piece of an article.
        title: The article's headline, for the header at its start ("" for later pieces).
    """
    breaks = header_breaks(text, title)
    if not breaks:
        return text
    doc = nlp.make_doc(text)
    # read from the token array: making a Token object per word costs more
    cols = doc.to_array(["IDX", "IS_SPACE"]).tolist()
    starts = {idx: i for i, (idx, space) in enumerate(cols) if not space}
    leads: list[int] = []
    for start, at in breaks:
        first = starts.get(start)
        lead = next((i for i in range(at, min(at + 3, len(text))) if i in starts), None)
        if first is None or lead is None or text[at:lead].strip() or starts[lead] <= first:
            continue
        head, body = first, starts[lead]
        doc[head].is_sent_start = True
        for tok in doc[head + 1 : body]:
            tok.is_sent_start = False  # the header is one piece: "... AFP Sunday 24 Aug 2014"
        doc[body].is_sent_start = True
        if body + 1 < len(doc):
            doc[body + 1].is_sent_start = False  # "... in Raqqa Ten civilians were killed"
        leads.append(body)
    if not leads:
        return text
    doc.user_data["lead_tokens"] = leads
    return doc


def joined_headers(doc: Doc) -> Iterator[Span]:
    """Yield the doc's sentences, each header joined to the sentence it was cut from.

    The header ("Published July 19 2016") was parsed apart from its sentence, but it
    ends with no full stop: the article's sentence is the two together.
    """
    leads = set(doc.user_data.get("lead_tokens", ()))
    header: Span | None = None
    for sent in doc.sents:
        if header is not None:
            yield doc[header.start : sent.end]
            header = None
        elif sent.end in leads and not sent.text.rstrip().endswith((".", "!", "?")):
            header = sent
        else:
            yield sent
    if header is not None:
        yield header
