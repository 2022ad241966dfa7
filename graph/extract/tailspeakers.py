"""A speaker glued onto the end of a target before its speech tag (private).

"Shells struck the village of Umm Lisa activist Karim Daher said": without a comma the parser
may hang the speaker of a tag that has no subject of its own inside the target's
phrase ("the village of Umm Lisa activist Karim Daher"). :func:`without_tail_speaker`
cuts the speaker off: the last name before the tag with the role words before it
("activist", "state media and local news agency"), or the role words alone
when the parser left the name out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["TAG_VERBS", "without_tail_speaker"]

# Verbs of a speech tag after its clause: "... activist X said", "... told AFP".
TAG_VERBS = frozenset({"say", "tell", "report", "add", "state"})
# Entity types a speaker's name has.
_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# Words of a speaker's role before the name: "activist", "state news agency".
_ROLE_WORDS = frozenset(
    {"activist", "activists", "spokesman", "spokeswoman", "spokesperson", "official"}
    | {"officials", "director", "head", "chief", "commander", "governor", "minister"}
    | {"monitor", "witness", "resident", "medic", "doctor", "correspondent", "reporter"}
    | {"source", "sources", "agency", "television", "tv", "news", "media", "state"}
    | {"local", "group", "analyst", "expert", "archbishop", "bishop", "cleric", "mayor"}
)
# Words that join a phrase to the name after it: "town of X", "people in X".
_JOINS = frozenset(
    {"of", "in", "at", "on", "near", "from", "for", "to", "and", "the", "a", "by", "with"}
    | {"against", "between", "'s"}
)


def without_tail_speaker(span: Span) -> Span:
    """Return ``span`` without a speaker of the subjectless speech tag right after it.

    "the village of Umm Lisa activist Karim Daher" (before "said") -> "the village of
    Umm Lisa"; "40 people Amnesty International" -> "40 people". A tag with a subject of
    its own ("... the monitor said", parsed so) or a name the phrase needs ("the
    leaders of Amnesty International") leaves it as it is.
    """
    doc = span.doc
    if span.end >= len(doc) or len(span) < 2:
        return span
    tag = doc[span.end]
    if tag.pos_ != "VERB" or tag.lemma_.lower() not in TAG_VERBS or _has_own_subject(tag, span):
        return span
    start = _speaker_start(span)
    if start is None or start <= span.start or start <= span.root.i:
        return span
    before = doc[start - 1]
    if before.lower_ in _JOINS or before.pos_ in {"ADJ", "DET"}:
        # "the leaders of Amnesty International", "the Kurdish YPG": the name is a part
        return span
    return doc[span.start : start]


def _has_own_subject(tag: Token, span: Span) -> bool:
    # "... said the monitor": the parser may make the speaker the tag's object ("told
    # reporters": the object of "tell" is whom it was told).
    deps = {"nsubj"} if tag.lemma_.lower() == "tell" else {"nsubj", "dobj"}
    return any(kid.dep_ in deps and not span.start <= kid.i < span.end for kid in tag.children)


def _speaker_start(span: Span) -> int | None:
    """Return where the speaker begins at the end of ``span``: its name and role words."""
    last = span[-1]
    start = last.i
    if last.ent_type_ in _SPEAKER_LABELS:
        while start > span.start and span.doc[start].ent_iob_ == "I":
            start -= 1
    elif last.lower_ not in _ROLE_WORDS:
        return None
    while start - 1 >= span.start and _is_role_word(span.doc, start - 1):
        start -= 1
    doc = span.doc
    if last.ent_type_ not in _SPEAKER_LABELS and doc[start - 1].ent_type_ in _SPEAKER_LABELS:
        # "the Observatory for Human Rights monitor": the role after the name
        start -= 1
        while start > span.start and doc[start].ent_iob_ == "I":
            start -= 1
        while start - 1 >= span.start and _modifies(doc[start - 1], start, last.i):
            start -= 1
    while start < last.i and span.doc[start].lower_ == "and":
        start += 1
    return start


def _modifies(tok: Token, start: int, end: int) -> bool:
    # "the London-based Observatory": a modifier of the name before it
    within = start <= tok.head.i <= end
    return within and (tok.dep_ in {"det", "amod", "compound", "punct", "npadvmod"})


def _is_role_word(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.lower_ in _ROLE_WORDS:
        return True
    # "state media and local news agency": "and" between two roles
    return tok.lower_ == "and" and i > 0 and doc[i - 1].lower_ in _ROLE_WORDS
