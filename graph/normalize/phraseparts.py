"""Parts of an actor phrase read before it is resolved (used by :mod:`graph.normalize.resolver`).

A dateline or date before the phrase is cut off; a relative pronoun ("which", "who")
stands for the actor named right before it; "the Islamic State (IS) group" names its
first group; a bare description ("the group") with no antecedent is no node.
"""

from __future__ import annotations

import re

from .agents import agent_ref
from .coref import Document
from .heads import STATE_HEADS, UNRESOLVED_REF
from .junk import cut_inner, preamble_end, strip_date
from .phrase import DESCRIPTIONS, Ref, clean

_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+|\b(?:al|el|an|ad|as|ash|ar)-)$")


def first_named(rest: str, doc: Document) -> Ref:
    """Return the first group a phrase names, or the unresolved ref."""
    # "the Islamic State (IS) group": the first group named; not a name's last part
    # ("Jaish al-Fateh" is not "Fateh")
    found = [
        m
        for m in doc.gaz.find_mentions(rest)
        if m.via in ("alias", "id") and not _NAME_BEFORE.search(rest[: m.start])
    ]
    return doc.ref(found[0].actor_id) if found else UNRESOLVED_REF


def bare_description(words: list[str]) -> bool:
    """Return whether the words are a bare description ("the group")."""
    # "the group", "the city" with no antecedent: no node called "group"
    return len(words) == 1 and words[0].islower() and words[0] in DESCRIPTIONS


def without_preamble(text: str, sentence: str, pos: int) -> tuple[str, int]:
    """Return the phrase and its offset without a dateline or date before it."""
    # "MOSCOW (Sputnik) - 24 terrorists were killed": "MOSCOW" is a dateline, not an actor;
    # "12 May 2016 rebel fighters": the date is cut off the span.
    end = preamble_end(sentence)
    if pos < end:
        cut = end - pos
        rest = text[cut:] if cut < len(text) else ""
        pos, text = pos + len(text) - len(rest.lstrip()), rest.lstrip()
    stripped = strip_date(text)
    if stripped != text.strip():
        pos += len(text) - len(stripped)
        text = stripped
    kept, start = cut_inner(text)  # "Aleppo Monday", "Deir ez-Zor Tags murder"
    return kept, pos + start


def relative_ref(words: list[str], doc: Document, sent: int, pos: int) -> Ref | None:
    """Return the actor a relative pronoun ("which", "who") stands for, or None."""
    # "the Syrian army, which shelled the town": a relative pronoun means the phrase
    # right before it, when that phrase names an actor; otherwise it stays unresolved.
    # ("that" is left alone: more often "said that ..." than a relative pronoun)
    if len(words) != 1 or words[0].lower() not in ("which", "who", "whom"):
        return None
    before = doc.sentence(sent)[:pos].rstrip(" ,")
    tail = before[-80:]
    mentions = [m for m in doc.gaz.find_mentions(tail) if m.end == len(tail)]
    if mentions and mentions[-1].via not in ("capital", "demonym"):
        named = doc.ref(mentions[-1].actor_id)
        return named if (named.actor_type == "person") == (words[0].lower() != "which") else None
    if words[0].lower() == "which":
        return None  # "the downing of the helicopter which ...": a thing, not the agent noun
    near = before.split()[-4:]
    for start in range(len(near)):
        found = agent_ref(doc.gaz, clean(" ".join(near[start:])), doc.setting_country, STATE_HEADS)
        if found is not None:
            return found
    return None
