"""The first of coordinated owners of one agent noun: "Russian and regime jets" (private).

Extraction gives "Russian and regime warplanes bombed X" one event per owner: the
whole phrase for the first owner (spans stay contiguous) and "regime warplanes" for
the next. The first event's phrase is then read as "Russian warplanes": the organ or
sector the later owner's words name ("regime", "government") is not the first's, so
the Russian jets are coded RUSMIL, not RUSGOV.
"""

from __future__ import annotations

from .agents import find_agent

__all__ = ["first_side"]


def first_side(words: list[str]) -> list[str]:
    """Return the words of the first owner of coordinated owners of an agent noun.

    "Russian and Syrian government aircraft" -> "Russian aircraft"; "Turkish and
    Kurdish forces" -> "Turkish forces"; "Russian or Syrian jets" (an alternative) and
    "Russian jets" stay as they are.
    """
    found = find_agent(words)
    if found is None:
        return words
    lowered = [w.lower() for w in words[: found.start]]
    if "and" not in lowered[1:]:
        return words
    return words[: lowered.index("and", 1)] + words[found.start :]
