"""Which frames page residue lets through, and with which words (private to extract).

A verb in page residue (a dateline, a repeated headline, a credit line, furniture) or
in title case gives no frame, and an actor or a target that starts in residue is cut
after it (:mod:`.noise`). A headline that tells an attack is no residue
(:mod:`.toldheadlines`), but only its attack is let through: "Jets Pound Town as
Envoy Meets Rebels" keeps the pounding, not the meeting; its roles end where the
headline ends, before its credit line.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ..parse.recase import is_recased, is_recased_noun
from .frames import Frame
from .noise import after_noise, is_title_case, starts_in
from .toldheadlines import headline_passive, is_attack_word

__all__ = ["screen"]

Spans = list[tuple[int, int]]


def screen(frame: Frame, noise: Spans, told: Spans, furniture: Spans) -> Frame | None:
    """Return ``frame`` with its roles cut out of page residue, or None when residue states it.

    Args:
        frame: A frame of the sentence.
        noise: The sentence's residue (told headlines are not in it).
        told: The characters of the sentence's headlines that tell an attack.
        furniture: Its page furniture and asides.
    """
    verb = frame.verb
    if verb.pos_ == "VERB" and is_recased_noun(verb):
        return None  # a headline's noun the parser read as its verb ("Raids on X Stronghold")
    within = next(((a, b) for a, b in told if a <= verb.idx < b), None)
    if within is not None and not _tells(frame):
        noise = [*noise, within]  # "Envoy Meets Rebels" in a told headline: still residue
        within = None
    if (
        is_title_case(verb)
        and within is None
        or starts_in(frame, furniture)
        or any(start <= verb.idx < end for start, end in noise)
    ):
        return None
    if within is None:
        trimmed = after_noise(frame, [*noise, *told])
        # a headline parsed in sentence case keeps a headline's grammar (see parse.recase).
        return headline_passive(trimmed) if trimmed is not None and is_recased(verb) else trimmed
    trimmed = after_noise(frame, noise)
    if trimmed is None:
        return None
    actor = _clip(trimmed.actor, within[1])
    if actor is None:
        return None
    target = _clip(trimmed.target, within[1]) if trimmed.target is not None else None
    return headline_passive(replace(trimmed, actor=actor, target=target))


def _tells(frame: Frame) -> bool:
    # the attack verb itself, or a light verb with an attack as object ("launch battle");
    # not an attack's place ("reach the attack site").
    words = [frame.verb, *((frame.target.root,) if frame.target is not None else ())]
    return any(is_attack_word(tok) for tok in words)


def _clip(span: Span, end: int) -> Span | None:
    """Return ``span`` cut where a headline ends ("Kurds Monitor AFP Sunday" -> "Kurds ...")."""
    if span.end_char <= end:
        return span
    last = max((tok.i for tok in span if tok.idx + len(tok) <= end), default=None)
    return span.doc[span.start : last + 1] if last is not None else None
