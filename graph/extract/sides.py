"""Two sides set apart by "on (the) one hand ... on the other (hand)" (private).

"clashes between the Dawn Brigade and the Nour Front on one hand and the army on the
other": the brigade and the front fight the army, not each other. The phrases "on one
hand" and "on the other" mark where each side ends; they are no part of a party's name
(:func:`graph.extract.edges.is_hand_phrase`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .edges import is_hand_phrase
from .misfires import is_armed
from .spans import np_span

__all__ = ["in_group_pairs", "side_pairs"]


def side_pairs(parties: list[Span], sent: Span, after: int) -> Iterator[tuple[Span, Span]]:
    """Yield (one, other) for each party of a two-sided act against each on the other side.

    Without "on one hand ... on the other" each party is a side of its own ("clashes
    between X, Y and Z": each fights each). With them, the parties before "on one hand"
    are one side and the phrases between the two marks the other.

    Args:
        parties: The parties found on the parse.
        sent: The sentence.
        after: The token after which the parties start ("between").
    """
    sides = [[span] for span in parties]
    marks = _hand_marks(sent, after)
    if marks is not None:
        first, second = marks
        one = [span for span in parties if span.root.i < first]
        other = [np_span(tok) for tok in _heads_between(sent, first, second)]
        if one and other:
            sides = [one, other]
    for n, side in enumerate(sides):
        for m, rival in enumerate(sides):
            if n != m:
                yield from ((a, b) for a in side for b in rival)


def in_group_pairs(party: Token) -> list[tuple[Span, Span]]:
    """Return (party, party) for a plural armed party that fights within: "rival rebel groups".

    "clashes between rival rebel groups", "infighting between the militias" -> the groups
    fight one another; "between the two sides" (parties named before), "between
    residents" (no armed party) and "between X and Y fighters" (two parties) give nothing.
    """
    counted = any(k.dep_ == "nummod" or k.lower_ == "both" for k in party.children)
    if party.tag_ not in {"NNS", "NNPS"} or counted or not is_armed(party):
        return []
    clause = {t.i for k in party.rights if k.dep_ in {"relcl", "acl"} for t in k.subtree}
    if any(tok.dep_ == "cc" and tok.i not in clause for tok in party.subtree):
        return []  # "between rebel and regime fighters": two parties the parser joined
    span = np_span(party)
    return [(span, span)]


def _hand_marks(sent: Span, after: int) -> tuple[int, int] | None:
    """Return where "on one hand" and "on the other" start after token ``after``, or None."""
    first = None
    for tok in sent.doc[after + 1 : sent.end]:
        if not is_hand_phrase(tok):
            continue
        if first is None and "one" in {tok.nbor(1).lower_, tok.nbor(2).lower_}:
            first = tok.i
        elif first is not None and tok.nbor(2).lower_ == "other":
            return first, tok.i
    return None


def _heads_between(sent: Span, first: int, second: int) -> list[Token]:
    """Return the heads of the noun phrases between the end of "on one hand" and ``second``."""
    doc = sent.doc
    start = first + (3 if doc[first + 1].lower_ == "one" else 4)
    heads = [
        tok
        for tok in doc[start:second]
        if tok.pos_ in {"NOUN", "PROPN"} and not start <= tok.head.i < second
    ]
    heads += [k for tok in heads for k in tok.conjuncts if start <= k.i < second]
    return sorted({tok.i: tok for tok in heads}.values(), key=lambda t: t.i)
