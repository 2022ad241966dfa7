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

# Words that may open the owners' run: "the Russian and regime jets", "both ...".
_OPENERS = frozenset({"the", "both"})
# Lower-case words that name a side before an agent noun: "regime (jets)".
_SIDE_WORDS = frozenset(
    {"regime", "government", "opposition", "rebel", "coalition", "army", "militia", "police"}
)


def first_side(words: list[str]) -> list[str]:
    """Return the words of the first owner of coordinated owners of an agent noun.

    "Russian and Syrian government aircraft" -> "Russian aircraft"; "Government and
    opposition forces" -> "Government forces". Only a run of owner words joined by
    "and" counts: "clashes between rebels and the Syrian troops", "Russian or Syrian
    jets" (an alternative) and "Russian jets" stay as they are.
    """
    found = find_agent(words)
    if found is None:
        return words
    owners = words[: found.start]
    if owners and owners[0].lower() in _OPENERS:
        owners = owners[1:]
    lowered = [w.lower() for w in owners]
    if "and" not in lowered[1:] or not all(_is_owner_word(w) for w in owners if w != "and"):
        return words
    cut = found.start - len(owners) + lowered.index("and", 1)
    # "Government and opposition forces": the agent phrase opens with the next owner
    head = words[-1:] if lowered[-1] == "and" else words[found.start :]
    return words[:cut] + head


def _is_owner_word(word: str) -> bool:
    # "Russian", "Assad", "regime", "government": a name or a side's own word
    # ("Activists and rights groups": the first is a body of its own, not an owner word)
    if word.lower() in _SIDE_WORDS:
        return True
    return word[:1].isupper() and find_agent([word.lower()]) is None
