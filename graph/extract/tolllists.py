"""A toll listed without "and": "X kill 7 injure 30" (private to extract).

Copy with its commas stripped, and state-media headlines, list a second harm right after
the first one's count: "shelling kills 9 wounds 40", "the strikes killed 12 civilians
wounded 30 others", "militant attacks kill 4 civilians injure 11". The parser reads the
second verb as a noun of the first one's object ("9 wounds 40") or as a verb whose
subject is the first count ("4 civilians injure 11"), so the wounding is lost or given
to its victims. The second harm is done by whoever did the first, to the count after it;
the first one's victims are the count between the two verbs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from .frames import Frame
from .lexicon import word_set

__all__ = ["own_toll_frames", "with_listed_tolls"]

# The forms of a harm verb that start a toll: "kills", "killed", "injuring", "wounds".
_HARMS = {
    form: lemma
    for lemma in ("kill", "injure", "wound", "martyr")
    for form in (lemma, lemma + "s", lemma + "d", lemma + "ed", lemma + "ing", lemma[:-1] + "ing")
}
# Words of a count that are no numerals: "at least 7", "dozens", "scores more".
_COUNT_WORDS = word_set("at least more than about some nearly around over another up to almost")
_QUANTITIES = word_set("dozens dozen scores hundreds thousands tens several many")
# A count runs over a few words: "more than 30 civilians", "7 others".
_SPAN = 6


def _harm(tok: Token) -> str:
    return _HARMS.get(tok.lower_, "")


def _is_number(tok: Token) -> bool:
    return tok.like_num or tok.tag_ == "CD" or tok.lower_ in _QUANTITIES


def _count_end(doc_tok: Token) -> int:
    """Return where a count starting at ``doc_tok`` ends, or its start when it is none."""
    doc, i, seen, named = doc_tok.doc, doc_tok.i, False, False
    end = min(len(doc), doc_tok.sent.end, i + _SPAN)
    while i < end:
        tok = doc[i]
        if _harm(tok) or tok.is_punct or tok.lower_ in {"and", "or", "in", "on", "as"}:
            break
        if _is_number(tok) and named:
            break  # "injuring 10 others 4 of them critically": a new phrase
        if not (_is_number(tok) or tok.lower_ in _COUNT_WORDS or tok.pos_ in {"NOUN", "PROPN"}):
            break
        seen = seen or _is_number(tok)
        named = named or (seen and not _is_number(tok))
        i += 1
    return i if seen else doc_tok.i


def _listed(first: Token) -> tuple[Token, Span, Span] | None:
    """Return the second harm word, the first count and the second count after a harm."""
    if not _harm(first) or first.i + 1 >= first.sent.end:
        return None
    doc = first.doc
    middle = _count_end(doc[first.i + 1])
    if middle == first.i + 1 or middle >= first.sent.end or not _harm(doc[middle]):
        return None
    second = doc[middle]
    if middle + 1 >= first.sent.end:
        return None
    end = _count_end(doc[middle + 1])
    if end == middle + 1:
        return None
    return second, doc[first.i + 1 : middle], doc[middle + 1 : end]


def _misread(found: tuple[Token, Span, Span]) -> str:
    """Return how the parser lost the second harm: "lost", "modifier" or "" (it did not).

    "kills 9 wounds 40" reads "wounds" as a noun and "kill 4 civilians injure 11" the
    count as the subject of "injure" (lost: only the first verb's doer is right);
    "killed 12 civilians wounded 30" reads civilians who wounded (a modifier: its own
    reading may still find the doer, "resulted in killing 6 injuring 20").
    """
    second, victims, _ = found
    if second.pos_ != "VERB":
        return "lost"
    subj = next((k for k in second.children if k.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and victims.start <= subj.i < victims.end:
        return "lost"
    if second.dep_ in {"acl", "relcl"} and victims.start <= second.head.i < victims.end:
        return "modifier"
    return ""


def _listing(verb: Token) -> tuple[tuple[Token, Span, Span], str] | None:
    """Return the toll list ``verb`` starts and how it was misread, or None."""
    found = _listed(verb)
    how = _misread(found) if found is not None else ""
    return (found, how) if found is not None and how else None


def _listing_of(verb: Token) -> tuple[tuple[Token, Span, Span], str] | None:
    """Return the misread toll list whose second harm ``verb`` is, or None."""
    doc = verb.doc
    for i in range(max(verb.sent.start, verb.i - _SPAN - 1), verb.i):
        listing = _listing(doc[i])
        if listing is not None and listing[0][0].i == verb.i:
            return listing
    return None


def own_toll_frames(verb: Token, frames: Iterable[Frame]) -> Iterator[Frame]:
    """Yield the frames of a toll's second harm that do not make its victims the doer.

    "kill 4 civilians injure 11": none (the first verb's doer did it, see
    :func:`with_listed_tolls`); "resulted in killing 6 people injuring 20": the frames
    whose doer is not the 6.
    """
    listing = _listing_of(verb)
    if listing is None:
        yield from frames
        return
    (_, victims, _), how = listing
    if how == "lost":
        return
    for frame in frames:
        if not (victims.start <= frame.actor.start < victims.end):
            yield frame


def with_listed_tolls(
    verb: Token, frames: Iterable[Frame], read: Callable[[Token], Iterable[Frame]]
) -> Iterator[Frame]:
    """Yield ``verb``'s frames; after a toll list, its first count and its second harm.

    "Rocket fire kills 9 wounds 40" -> fire kill 9, fire wound 40. ``read`` gives a
    verb's own frames: a second harm read as a modifier keeps a doer it finds itself.
    """
    listing = _listing(verb)
    if listing is None:
        yield from frames
        return
    (second, victims, others), how = listing
    if how == "modifier" and any(own_toll_frames(second, read(second))):
        yield from frames
        return
    for frame in frames:
        target = frame.target
        if frame.action.startswith("be ") or (
            target is not None and not (target.start <= victims.start < target.end)
        ):
            # another object of the verb ("hit the town killing 7 injuring 9"), or a
            # participle the parser read as passive: not this toll's doer
            yield frame
            continue
        yield replace(frame, target=victims)
        yield replace(frame, target=others, action=_harm(second), relation=second.text)
