"""Who helps whom in an adjunct: "with the help of X", "in support of an offensive by X" (private).

News names a side's backer in a phrase on the clause, not with a verb of its own:
"Kurdish fighters took the town with the help of French jets" (France supports the
Kurds), "jets pounded rebel lines in support of a ground offensive by
government troops" (the jets support the troops, whose offensive it is). The helper
named by an attack or a weapon is its owner or its agent ("drone raids by the
alliance", "alliance airpower"); an attack with no one named helps no one named.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .agentnouns import is_means_noun, is_someone
from .eventnouns import is_event_noun, owner
from .frames import Frame
from .nounagents import attacker
from .spans import child, np_span

__all__ = ["backer", "help_frames", "helped_side"]

# Nouns of "with the N of X": X helps the clause's subject.
_HELP_NOUNS = frozenset({"help", "support", "backing", "assistance", "aid", "cover"})
# Prepositions of that phrase: "with the help of X", "under the cover of X".
_HELP_PREPS = frozenset({"with", "under"})


def help_frames(prep: Token, actors: list[Span]) -> Iterator[Frame]:
    """Yield "X support A" for a clause of A done "with the help of X".

    "Kurdish fighters took the town with the help of allied drone raids" ->
    allied drone raids support Kurdish fighters (the owner resolves the strikes).
    """
    noun = child(prep, "pobj")
    if prep.lower_ not in _HELP_PREPS or noun is None or noun.lemma_.lower() not in _HELP_NOUNS:
        return
    # "with support from X", "under the cover of X": the helper's phrase
    of = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ in {"of", "from"}), None)
    helper = child(of, "pobj") if of is not None else None
    side = backer(helper, noun) if helper is not None else None
    if side is None:
        return
    relation = f"{prep.text} the {noun.text} of"
    for actor in actors:
        if side.start >= actor.end or side.end <= actor.start:  # never oneself
            yield Frame(side, noun, actor, "active", None, "event", relation, "support")


def backer(helper: Token, noun: Token) -> Span | None:
    """Return who ``helper`` stands for: the side itself, or an attack's owner or agent.

    "the help of Turkey" -> Turkey; "of drone raids by the alliance" (the agent may hang
    on the help noun) -> the coalition; "of US-led air strikes" -> the strikes (their
    owner is named); "of air strikes" -> None.
    """
    by = attacker(helper) or attacker(noun)
    if by is not None:
        return np_span(by)
    if is_event_noun(helper) or is_means_noun(helper.lower_):
        return _phrase(helper) if owner(helper) is not None else None
    if helper.ent_type_ in {"GPE", "NORP", "ORG"} or is_someone(helper):
        return _phrase(helper)
    return None


def helped_side(noun: Token) -> Token | None:
    """Return whose operation ``noun`` is: "an offensive by government troops" -> troops.

    The parser may hang the "by" phrase on a word of the noun's phrase ("a ground
    offensive by X", "offensive" read as an adjective).
    """
    found = attacker(noun)
    if found is not None:
        return found
    for mod in noun.children:
        if mod.dep_ not in {"amod", "compound"}:
            continue
        found = attacker(mod)
        if found is not None:
            return found
    return owner(noun) if is_event_noun(noun) else None


def _phrase(noun: Token) -> Span:
    """Return the noun's words up to the noun itself (no phrase after it)."""
    span = np_span(noun)
    return noun.doc[span.start : noun.i + 1]
