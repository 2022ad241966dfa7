"""A toll read as the subject of the speech tag after it (private).

"Shelling killed at least 30 people activists said": without a comma the parser may
take "at least 30 people" for the subject of "said" (and "activists" for a part of
it), and "killed" is left without an object. :func:`tag_object` gives the toll back
to the verb as its object; :func:`without_speaker` cuts the speaker off the end of
the toll's phrase ("at least 30 people including children local activists" -> "at least
30 people").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import QUANTITY_NOUNS
from .spans import child
from .tailspeakers import TAG_VERBS

__all__ = ["tag_object", "without_speaker"]

# What may stand between the verb and its toll: "killed at least 30", "wounded also 12".
_BETWEEN_DEPS = frozenset({"advmod", "prt", "neg"})
# Words a speaker's phrase is joined to the toll by: "30 people including children".
_JOINS = frozenset({"including", "among", "and", "of", "the", "a", "an", "in", "on"})
# Modifiers inside a speaker's phrase: "local opposition activists", "the monitor".
_SPEAKER_DEPS = frozenset({"compound", "amod", "det", "nmod", "poss", "nummod"})


def tag_object(verb: Token) -> Token | None:
    """Return the toll of ``verb`` that the parser made the subject of a speech tag.

    "Jets killed 40 people said the monitor" (parsed "40 people said"), "killed at least
    30 people activists said" -> "people". Only a counted phrase right after the verb:
    "fighting went on the monitor said" keeps its speaker.
    """
    if verb.pos_ != "VERB" or verb.dep_ != "ccomp" or child(verb, "dobj", "auxpass") is not None:
        return None
    tag = verb.head
    subj = child(tag, "nsubj")
    if tag.lemma_.lower() not in TAG_VERBS or subj is None or not verb.i < subj.i < tag.i:
        return None
    between = verb.doc[verb.i + 1 : subj.left_edge.i]
    if any(tok.dep_ not in _BETWEEN_DEPS for tok in between) or not _is_toll(subj):
        return None
    return subj


def _is_toll(noun: Token) -> bool:
    if noun.pos_ == "NUM" or noun.lemma_.lower() in QUANTITY_NOUNS:
        return True
    return any(kid.dep_ == "nummod" for kid in noun.children)


def without_speaker(span: Span) -> Span:
    """Return a toll's ``span`` without the speaker glued on before a speech tag.

    "at least 30 people including children local activists" (before "said") -> "at
    least 30 people"; a span not followed by a tag it is the subject of stays as it is.
    """
    from .recipients import is_actor_noun  # (recipients imports the span modules)

    doc, root = span.doc, span.root
    if span.end >= len(doc) or root.dep_ != "nsubj" or root.head.i != span.end:
        return span
    if doc[span.end].lemma_.lower() not in TAG_VERBS or not _is_toll(root):
        return span
    last = doc[span.end - 1]
    if last.i == root.i or not is_actor_noun(last):
        return span
    start = last.i
    while (
        start - 1 > root.i
        and doc[start - 1].dep_ in _SPEAKER_DEPS
        and (start <= doc[start - 1].head.i <= last.i)
    ):
        start -= 1
    while start - 1 > root.i and doc[start - 1].lower_ in _JOINS:
        start -= 1
    return doc[span.start : start] if start > root.i else span
