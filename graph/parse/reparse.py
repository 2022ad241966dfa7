"""Parse again a clause whose present tense the model read into a noun phrase (private).

"Government forces pound rebel positions near Hama", "Warplanes pound the town as
battles rage": a headline's present tense is also a noun, and the small model reads
the words as one noun phrase ("forces pound rebel positions"), with no clause to give
the event. In a sentence no verb heads, a word right after a plural noun that is itself
a verb ("forces pound") and is followed by the start of a noun phrase is tried as a
verb: the sentence is parsed again with an unambiguous verb in its place ("forces kill
rebel positions"), and the new parse is kept when it reads the clause the headline
writes: the word heads the sentence, the plural noun is its subject, an object follows.
The doc keeps its words; only its tags and its tree change. A sentence a verb heads
keeps its parse: the words before that verb are its subject ("the regime forces attack
helicopters flew over the town").
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from spacy.attrs import DEP, HEAD, TAG  # type: ignore[import-not-found]  # compiled, no stubs
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

__all__ = ["graft", "reparser", "stage_parser", "with_word"]

_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# The verb parsed in the word's place: a present tense that is no noun.
_SURROGATE = "kill"
# Tags of a word that may start the object after the verb: "pound rebel positions".
_OBJECT_STARTS = frozenset({"DT", "JJ", "CD", "PRP$", *_NOUN_TAGS})
# The stages that tag and parse (the rest of the pipeline runs on the doc afterwards).
_STAGES = ("tok2vec", "tagger", "parser")


def stage_parser(nlp: Language) -> Callable[[Doc], Doc]:
    """Return a function that tags and parses a doc with ``nlp``'s tagger and parser only."""
    stages = [proc for name, proc in nlp.pipeline if name in _STAGES]

    def parse(doc: Doc) -> Doc:
        for proc in stages:
            doc = proc(doc)
        return doc

    return parse


def reparser(nlp: Language, lemmas: set[str]) -> Callable[[Span], None]:
    """Return a function that parses a sentence again when a present tense was misread."""
    parse = stage_parser(nlp)

    def reparse(sent: Span) -> None:
        if sent.root.tag_.startswith("VB"):
            return  # a verb heads the sentence: its clause is read
        for tok in sent:
            if _misread(tok, sent, lemmas):
                parsed = parse(with_word(sent, tok, _SURROGATE))
                if _reads_clause(parsed, tok.i - sent.start):
                    graft(sent, parsed, tags={tok.i - sent.start: "VBP"})
                    return

    return reparse


def _misread(tok: Token, sent: Span, lemmas: set[str]) -> bool:
    """Return whether ``tok`` is a verb read as a noun after its plural doer: "forces pound"."""
    if tok.i == sent.start or tok.i + 1 >= sent.end or tok.tag_ not in _NOUN_TAGS:
        return False
    before, after = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    return (
        tok.lower_ in lemmas
        and before.tag_ in _PLURAL_TAGS
        and after.tag_ in _OBJECT_STARTS
        and after.is_alpha | after.like_num
    )


def with_word(sent: Span, tok: Token, word: str) -> Doc:
    """Return a new doc of the sentence's words with ``word`` in place of ``tok``."""
    words = [t.text if t.i != tok.i else word for t in sent]
    spaces = [bool(t.whitespace_) for t in sent]
    doc = Doc(sent.doc.vocab, words=words, spaces=spaces)
    for new, old in zip(doc, sent, strict=True):
        new.norm_ = old.norm_ if old.i != tok.i else word  # possessives, acronyms
    return doc


def _reads_clause(parsed: Doc, at: int) -> bool:
    """Return whether the surrogate heads the sentence, its doer before it, an object after."""
    verb = parsed[at]
    if verb.dep_ != "ROOT" or verb.head.i != verb.i or len(list(parsed.sents)) != 1:
        return False
    subj = next((k for k in verb.lefts if k.dep_ == "nsubj"), None)
    return subj is not None and subj.i == at - 1 and any(k.dep_ == "dobj" for k in verb.rights)


def graft(sent: Span, parsed: Doc, *, tags: dict[int, str] | None = None) -> None:
    """Put the new parse's tags and tree on the sentence's words (``tags``: overrides by index)."""
    doc = sent.doc
    attrs = [TAG, HEAD, DEP]
    array = doc.to_array(attrs).astype(np.int64)
    array[sent.start : sent.end] = parsed.to_array(attrs).astype(np.int64)
    for at, tag in (tags or {}).items():
        array[sent.start + at, 0] = doc.vocab.strings[tag]
    doc.from_array(attrs, array.astype(np.uint64))  # type: ignore[arg-type]  # thinc's Ints2d is an ndarray
