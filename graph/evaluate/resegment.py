"""Keep hand judgements of real-news sentences valid when the sentence splitter changes.

A judged sentence is named by its document and a hash of its text (:func:`text_sha1`).
When the splitter later cuts that text differently (a headline split off a lead, two
sentences merged), the name no longer matches any sentence; :func:`locate_text` finds
the text again among the document's current sentences and :func:`covering` names the
sentences that now hold it, so its coded events are scored against theirs.

A judged event is keyed by its sentence's index, which moves when the splitter cuts
an earlier sentence differently; :func:`same_sentence` recognises the sentence by the
excerpt kept with the verdict.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

#: a sentence of one document as ``(start_char, text)`` in the article text.
Placed = tuple[int, str]
_WORD = re.compile(r"\S+")
_ELLIPSIS = "…"
_LONGEST = 600  # words: no sentence of a news article is longer


def text_sha1(text: str) -> str:
    """Return the name of a sentence's text: sha1 of its words, spaces normalised (16 hex)."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def _document_text(sentences: Sequence[Placed]) -> str:
    """Rebuild the text the sentences cover, blanks where no sentence is."""
    end = max((start + len(text) for start, text in sentences), default=0)
    chars = [" "] * end
    for start, text in sentences:
        chars[start : start + len(text)] = text
    return "".join(chars)


def _starts(words: list[str], hint: str) -> list[int]:
    """Return the word positions the named text may start at (all without a hint)."""
    want = hint.rstrip(_ELLIPSIS).split()[:3]
    if not want:
        return list(range(len(words)))
    # the first kept word may be the end of a word the old splitter cut inside.
    return [
        i
        for i in range(len(words))
        if words[i].endswith(want[0])
        and all(i + k < len(words) and words[i + k] == w for k, w in enumerate(want[1:-1], 1))
    ]


def locate_text(sentences: Sequence[Placed], name: str, hint: str = "") -> tuple[int, int] | None:
    """Return the character span of the text named ``name`` in a document, or None.

    Args:
        sentences: The document's current sentences, ``(start_char, text)``.
        name: :func:`text_sha1` of the text looked for.
        hint: The start of that text (an excerpt, possibly cut with "…"), to look
            only where it starts; empty to look everywhere.

    Returns:
        ``(start_char, end_char)`` of the text in the article.
    """
    matches = list(_WORD.finditer(_document_text(sentences)))
    words = [m.group() for m in matches]
    first = hint.rstrip(_ELLIPSIS).split()[:1]
    for i in _starts(words, hint):
        # the old text may begin inside a word: "...the city.Rebels" split after the dot.
        head = first[0] if first and words[i] != first[0] else words[i]
        digest = hashlib.sha1(head.encode("utf-8"))
        for j in range(i + 1, min(len(words), i + _LONGEST) + 1):
            if j > i + 1:
                digest.update(f" {words[j - 1]}".encode())
            if digest.hexdigest()[:16] == name:
                return matches[i].end() - len(head), matches[j - 1].end()
    return None


def covering(sentences: Sequence[Placed], span: tuple[int, int]) -> list[int]:
    """Return the positions in ``sentences`` of those that overlap ``span``."""
    begin, end = span
    return [
        k for k, (start, text) in enumerate(sentences) if start < end and start + len(text) > begin
    ]


def same_sentence(kept: str, sentence: str, *, least: int = 30) -> bool:
    """Tell whether an excerpt kept with a verdict is (part of) ``sentence``.

    Either the excerpt's text is in the sentence (the sentence grew or is the same)
    or the sentence's start is in the excerpt (a headline was split off its front).
    """
    excerpt = " ".join(kept.rstrip(_ELLIPSIS).split())
    text = " ".join(sentence.split())
    if not excerpt or not text:
        return False
    return excerpt in text or text[:least] in excerpt


def anchor_index(starts: Sequence[int], span: tuple[int, int]) -> int:
    """Return the index of the reference sentence a sentence now at ``span`` mostly covers.

    ``starts`` are where a reference cut of the document (the one verdicts were keyed
    by) started its sentences; reference sentence ``i`` runs to where ``i + 1`` starts.
    A sentence the splitter no longer cuts the same way keeps the index it had there.
    """
    begin, end = span
    best, most = 0, -1
    for i, start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else end
        overlap = min(end, stop) - max(begin, start)
        if overlap > most:
            best, most = i, overlap
    return best
