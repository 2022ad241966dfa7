"""Headlines that tell an attack: a statement, not page residue (private to extract).

A page's headline glued to its dateline, its credit line or its lead ("12 May 2019
Nine shepherds killed in drone strike on Qalaat ...", "Jets Pound Rebel Town In Hama
AFP Monday 3 May 2021 Jets pounded ...") is cut out as residue (:mod:`.noise`), and a
verb in title case is read as part of a title. A headline whose words tell an attack
or a toll (an attack verb or noun, a harm verb) states what an analyst codes: its
words give events, its dateline and its credit line stay residue.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from ..parse.recase import is_recased
from .frames import Frame
from .labels import default_class, label_class
from .lexicon import HURT_VERBS
from .residue import credit_start
from .verbforms import verb_candidates

__all__ = ["headline_passive", "is_attack_word", "stands_alone", "stated_fact", "untold"]

# Who a headline cites, between its words and the credit line: "... Monitor AFP Monday".
_SOURCE_TAGS = frozenset(
    {"monitor", "ngo", "activists", "report", "reports", "media", "tv", "official"}
    | {"officials", "sources", "source", "state", "ministry", "army", "police", "observatory"}
)
# PLOVER types of an attack or a fight: "Jets Pound ...", "Clashes Erupt ...".
_ATTACK_TYPES = frozenset({"ASSAULT", "FIGHT"})


def is_attack_word(tok: Token) -> bool:
    """Return whether a word is a form of a harm verb or of an attack's or a fight's verb.

    "Killed", "Kills", "Pound", "Shelling", "Clashes" are; "Forces", "Talks" are not.
    """
    if not tok.is_alpha or len(tok) < 3:
        return False
    for form in verb_candidates(tok.text):
        code = default_class(form)
        plover = code.plover if code is not None else ""
        if form in HURT_VERBS or {plover, label_class(form)} & _ATTACK_TYPES:
            return True
    return False


def tells_attack(words: Iterable[Token]) -> bool:
    """Return whether a headline's words tell an attack or a toll."""
    return any(is_attack_word(tok) for tok in words)


def stands_alone(sent: Span, span: tuple[int, int], dateline_end: int) -> bool:
    """Return whether a repeated headline after a dateline is a sentence of its own.

    "Mon 3 Jun 2019 Envoy meets the king in Amman. The envoy arrived ...": the sentence
    is the dateline and the headline, and the headline states what an analyst codes
    (its lead tells the story in sentences of their own); only the dateline is
    residue, and only its events are kept (:func:`stated_fact`). A headline that tells
    an attack, or one glued to its credit line or its lead, is read by :func:`untold`.

    Args:
        sent: The sentence holding the headline.
        span: Characters of the doc: the dateline and the headline.
        dateline_end: Where the sentence's dateline ends (characters of the sentence).
    """
    rest = sent.doc.text[span[1] : sent.end_char] if span[1] <= sent.end_char else "x"
    if dateline_end <= 0 or any(ch.isalnum() for ch in rest):
        return False
    words = [tok for tok in sent if tok.is_alpha and tok.idx >= sent.start_char + dateline_end]
    if tells_attack(words):
        return False
    # a headline in title case is read by the parser as names ("Bus Bombing Marks End"),
    # unless it was parsed in sentence case (see parse.recase).
    return any(is_recased(tok) for tok in words) or sum(tok.is_title for tok in words) * 2 < len(
        words
    )


def stated_fact(verb: Token, kind: str, stated: list[tuple[int, int]]) -> bool:
    """Return whether a frame read in a stated headline (see :func:`stands_alone`) is residue.

    "4 May 2018 Bus bombing marks end to the deal.": a headline's facts and its verbs
    of no coded class are mostly its words misparsed ("Bus Bombing Marks", "leaves
    door open"); its coded events ("Envoy urges rebels to ...") are kept.
    """
    if not any(start <= verb.idx < end for start, end in stated):
        return False
    code = default_class(verb.lemma_.lower())
    plover = (code.plover if code is not None else "") or label_class(verb.lemma_.lower())
    return kind == "relation" or plover in {"", "OTHER", "RELATION"}


def untold(
    sent: Span, span: tuple[int, int], dateline_end: int, told: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Return the residue of a glued headline ``span``: all of it, or its date and credit.

    Args:
        sent: The sentence the headline is glued into.
        span: Characters of the doc: a dateline, a headline and a credit line.
        dateline_end: Where the sentence's dateline ends (characters of the sentence).
        told: Gets the headline's own characters when it tells an attack.

    Returns:
        ``[span]`` when the headline tells no attack; else the dateline before it and
        the credit line after it ("21 May 2019" and "AFP Monday 3 May 2021").
    """
    base = sent.start_char
    start = max(span[0], base + dateline_end)
    # (``doc.text`` joins the whole doc's tokens again: the sentence's text when it holds it)
    inside = span[1] <= sent.end_char
    credit = credit_start(
        sent.text[start - base : span[1] - base] if inside else sent.doc.text[start : span[1]]
    )
    end = start + credit if credit is not None else span[1]
    words = [tok for tok in sent if start <= tok.idx < end]
    while words and words[-1].lower_ in _SOURCE_TAGS:
        # "... in clashes with Kurds Monitor AFP Sunday": who the headline cites.
        end = words.pop().idx
    if not tells_attack(words):
        return [span]
    told.append((start, end))
    return [(a, b) for a, b in ((span[0], start), (end, span[1])) if b > a]


def headline_passive(frame: Frame) -> Frame:
    """Return a told headline's past form without an auxiliary as the fact it states.

    ``frame`` is a frame of a headline that tells an attack.

    Headlines tell acts in the present ("Jets pound the town") and drop the auxiliary
    of a passive ("Convoy ambushed near Salma", "Clinic shelled", "Envoy reported
    killed"): a past form with no object is a passive, its subject the one it was
    done to ("Convoy be ambushed"); so is one whose "object" has a harm participle of
    its own ("Farmer Killed Others Injured": the farmer was killed).
    """
    verb = frame.verb
    if (
        frame.rule not in {"active", "inherited"}
        or verb.tag_ not in {"VBD", "VBN"}
        or any(k.dep_ in {"aux", "auxpass"} for k in verb.children)
        or frame.target is not None
        and not _hurt_in_turn(frame.target.root)
        or frame.target is None
        and any(k.dep_ == "dobj" for k in verb.children)
    ):
        return frame
    action = f"be {verb.lower_}"
    return Frame(frame.actor, verb, None, "relation", None, "relation", action=action)


def _hurt_in_turn(noun: Token) -> bool:
    # "Others Injured" after "Farmer Killed": a second victim with its own participle.
    return any(
        k.dep_ in {"acl", "amod"} and k.tag_ in {"VBN", "VBD"} and k.lemma_.lower() in HURT_VERBS
        for k in noun.rights
    )
