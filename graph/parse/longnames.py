"""The Islamic State's long names kept one word, whatever the parser made of their "and" (private).

"Fighters of the Islamic State of Iraq and the Levant attacked", "the self-proclaimed
Islamic State of Iraq and Sham": the parser reads the name's "and" as a list, so the
phrase is cut after "Iraq" (the state) and "the Levant" or "Sham" becomes a party of
its own. The name is one name: its words are merged into one proper-noun token (an
organisation), which hangs where the name's head hung. A noun written right after the
name, or after its bracketed acronym ("... al-Sham (ISIS) group", "... the Levant
militants"), that the parser made the name's conjunct is the phrase's head again and
the name its compound. "Iraq and Syria agreed", "the Islamic State and the Nusra Front"
are lists and stay so: only "Islamic State of/in Iraq and" followed by one of the
names for Syria or the Levant is merged.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LOWER  # type: ignore[import-not-found]  # compiled, no stubs
from spacy.tokens import Doc, Span, Token

from .commas import RESTORED

__all__ = ["merge_long_names"]

_HEAD = ("islamic", "state")
_LINKS = frozenset({"of", "in"})
# The second half of the name: Syria or the Levant by its English and Arabic names.
_TAILS = frozenset({"levant", "sham", "syria", "shaam", "shams"})
_TAIL_LEADS = frozenset({"the", "greater", "al", "ash", "as", "el", "-"})
_MAX_LEADS = 3  # "the Greater", "al -"
_NOUNS = frozenset({"NOUN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Words that open a clause as well as a phrase: "as the [name] overran the town".
_SUBORDINATORS = frozenset({"as", "after", "before", "since", "until", "while"})
_MODIFIERS = frozenset({"compound", "amod"})  # "the [name] terrorist group"


def merge_long_names(doc: Doc) -> Doc:
    """Merge each long name of the Islamic State in ``doc`` into one token, in place."""
    spans = _long_names(doc)
    if not spans:
        return doc
    _shift_restored(doc, spans)
    heads = [_attachment(span) for span in spans]
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span, attrs={"TAG": "NNP", "POS": "PROPN", "ENT_TYPE": "ORG"})
    for span, (head, dep) in zip(spans, heads, strict=True):
        name = doc[_merged_index(spans, span.start)]
        if not span.start <= head < span.end:
            name.head = doc[_merged_index(spans, head)]
            name.dep_ = dep
        _rehead_noun(name)
    return doc


def _long_names(doc: Doc) -> list[Span]:
    # Only where "islamic" is written (read from the doc's array: no Token per word).
    starts = np.flatnonzero(doc.to_array(LOWER) == doc.vocab.strings.add(_HEAD[0]))
    found: list[Span] = []
    after = 0
    for i in starts.tolist():
        end = _name_end(doc, i) if i >= after and i + 5 < len(doc) else None
        if end is not None:
            found.append(doc[i:end])
            after = end
    return found


def _name_end(doc: Doc, i: int) -> int | None:
    """Return where the long name starting at token ``i`` ends, else None."""
    words = [t.lower_ for t in doc[i : i + 5]]
    if tuple(words[:2]) != _HEAD or words[2] not in _LINKS or words[3:] != ["iraq", "and"]:
        return None
    j = i + 5
    while j < len(doc) and j - i - 5 < _MAX_LEADS and doc[j].lower_ in _TAIL_LEADS:
        j += 1
    if j >= len(doc) or doc[j].lower_ not in _TAILS or doc[j].lower_ != doc[j].text.lower():
        return None
    return j + 1


def _attachment(span: Span) -> tuple[int, str]:
    """Return where the name hangs: where "State" hung, or where a word of it was a subject.

    "Fighters of the [name] attacked": "State" is the object of "of" and its "and" hangs
    on "Fighters"; "as the [name] overran the town": "the Levant" was the subject.
    """
    outside = [t for t in span if not span.start <= t.head.i < span.end]
    subjects = [t for t in outside if t.dep_ in _SUBJECTS]
    tok = subjects[0] if subjects and span[1] not in outside else span[1]
    return tok.head.i, tok.dep_


def _merged_index(spans: list[Span], i: int) -> int:
    """Return the index token ``i`` (outside ``spans`` or starting one) has after the merge."""
    return i - sum(len(s) - 1 for s in spans if s.start < i)


def _shift_restored(doc: Doc, spans: list[Span]) -> None:
    """Move the token indices of lost commas (see :mod:`.commas`) to the merged doc."""
    sites = doc.user_data.get(RESTORED)
    if not sites:
        return
    doc.user_data[RESTORED] = [
        i - sum(min(len(s) - 1, max(i - s.start, 0)) for s in spans) for i in sites
    ]


def _rehead_noun(name: Token) -> None:
    """Make a noun after the name, read as its conjunct, the head of the name.

    "the [name] (ISIL) terrorist group": "group" heads the phrase, the bracketed
    acronym is the name's apposition (never a second party).
    """
    doc = name.doc
    j = name.i + 1
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
        if doc[j + 1].head.i == name.i and doc[j + 1].dep_ == "conj":
            doc[j + 1].dep_ = "appos"
        j += 3
    if _subject_of(name, j):
        return
    while j + 1 < len(doc) and doc[j].dep_ in _MODIFIERS and doc[j].head.i > j:
        j += 1
    if j >= len(doc) or doc[j].pos_ not in _NOUNS or doc[j].head.i != name.i:
        return
    noun = doc[j]
    noun.head = noun if name.head.i == name.i else name.head
    noun.dep_ = name.dep_
    for tok in doc[name.i + 1 : j]:
        if tok.head.i == name.i:
            tok.head = noun
    name.head = noun
    name.dep_ = "compound"


def _subject_of(name: Token, j: int) -> bool:
    """Make the name the subject of a finite verb right after it that has none.

    "fled as the [name] (ISIL) overran the town": the parser read "as" as a preposition
    and the name as its object; the name's "and" had let the verb take its last word.
    """
    doc = name.doc
    if j >= len(doc) or doc[j].tag_ not in _FINITE or doc[j].dep_ in {"aux", "auxpass"}:
        return False
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ not in _SUBORDINATORS:
        return False  # "Gunmen from the [name] shot ...": the name is no subject
    verb = doc[j]
    if any(k.dep_ in _SUBJECTS | {"expl"} for k in verb.children) or name in verb.ancestors:
        return False
    name.head = verb
    name.dep_ = "nsubj"
    return True
