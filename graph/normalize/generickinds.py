"""A description of groups of a kind that names no referent is that kind's generic agent.

"The army fought militant groups near the town", "jets hit rebel positions", "the
Takfiri group shelled the village": when no earlier group of the description's kind
is its antecedent (see :mod:`graph.normalize.anaphora`), the description means
militants, rebels or extremists in general: the generic agent its modifier names
("militants" -> unknown/gunmen, "rebels" in a Syrian story -> syria/rebels), never a
made-up actor called "militant-groups". A description with a name of its own ("the
Hazzm rebel group") or a side ("pro-government militias") is left to the other steps.
"""

from __future__ import annotations

from collections.abc import Callable

from .phrase import DETERMINERS, Ref, head_word, words_of

__all__ = ["generic_kind"]

# The kind a modifier names, as the generic agent noun that means it.
_KIND_AGENTS = {
    **dict.fromkeys(words_of("militant terrorist terror armed"), "militants"),
    **dict.fromkeys(words_of("rebel insurgent"), "rebels"),
    "opposition": "opposition",
    **dict.fromkeys(words_of("jihadist extremist takfiri"), "extremists"),
}
# Heads that name groups of the kind, or where they are ("rebel positions").
_KIND_HEADS = frozenset(
    words_of(
        "group groups faction factions organization organizations organisation organisations "
        "militia militias position positions target targets"
    )
)


def generic_kind(words: list[str], agent: Callable[[list[str]], Ref | None]) -> Ref | None:
    """Return the generic agent a description of a kind of armed group names, or None.

    Args:
        words: The phrase's words ("the", "militant", "groups").
        agent: Resolves a generic agent noun in the phrase's setting (["rebels"]).

    Returns:
        The agent of the last kind modifier ("some extremist insurgent factions" ->
        rebels; "opposition" only alone: "rebel opposition groups" -> rebels) when the
        head names groups or their positions and every other word is a lower-case word
        or a determiner; None for a name ("the Hazzm rebel group"), a
        side ("pro-government militant groups") or another head ("rebel territory").
    """
    if len(words) < 2 or head_word(" ".join(words)) not in _KIND_HEADS:
        return None
    kinds = [w.lower() for w in words[:-1] if w.lower() in _KIND_AGENTS]
    if not kinds or not all(_plain(w, i) for i, w in enumerate(words)):
        return None
    # "rebel opposition groups", "militant opposition groups": the armed kind says more
    armed = [w for w in kinds if w != "opposition"] or kinds
    return agent([_KIND_AGENTS[armed[-1]]])


def _plain(word: str, index: int) -> bool:
    # "the", "Takfiri", "armed": a description's own words; "Hazzm", "pro-regime" are not
    lowered = word.lower()
    if lowered.startswith(("pro-", "anti-")):
        return False
    return word[:1].islower() or lowered in _KIND_AGENTS or (index == 0 and lowered in DETERMINERS)
