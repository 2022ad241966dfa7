"""Two sides set apart by "on (the) one hand ... on the other (hand)" (private).

"clashes between the Dawn Brigade and the Nour Front on one hand and the army on the
other": the brigade and the front fight the army, not each other. The phrases "on one
hand" and "on the other" mark where each side ends; they are no part of a party's name
(:func:`graph.extract.edges.is_hand_phrase`). And the parties of "between" where the
parser joins them wrongly (:func:`between_sides`): "between X backed by tanks and Y",
"between the army and rebel groups".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .edges import is_hand_phrase, is_place_phrase
from .lexicon import PLACE_LABELS
from .misfires import is_armed
from .spans import conjuncts, np_span

__all__ = ["between_sides", "in_group_pairs", "side_pairs"]


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


def between_sides(pobj: Token) -> list[Span]:
    """Return the parties of "between X and Y" (the parser may hang Y elsewhere), or [].

    Args:
        pobj: The noun of the "between" phrase.
    """
    sides = _joined_words(list(conjuncts(pobj)))
    if len(sides) == 1:
        # "Fighting between the army and the rebels": "rebels" is parsed as a conjunct of
        # "Fighting", not of "army".
        head = pobj.head.head
        sides += [np_span(k) for k in head.rights if k.dep_ == "conj" and k.i > pobj.i]
    return sides if len(sides) > 1 else _modifier_sides(pobj) or _inner_sides(pobj)


def _joined_words(heads: list[Token]) -> list[Span]:
    """Return the phrases of conjuncts, a bare noun run into the next one as its modifier.

    "between the army and rebel groups" may be parsed with "rebel" and "groups" as two
    conjuncts, nothing between them: they are one party, the rebel groups.
    """
    spans: list[Span] = []
    for n, tok in enumerate(heads):
        before = heads[n - 1] if n else None
        bare = before is not None and before.pos_ == "NOUN" and not any(before.children)
        if bare and before is not None and tok.left_edge.i == before.i + 1:
            spans[-1] = tok.doc[before.i : np_span(tok).end]
            continue
        spans.append(np_span(tok))
    return spans


def _modifier_sides(pobj: Token) -> list[Span]:
    """Return the two sides the parser made one noun phrase, the first a modifier, or [].

    "between the Syrian army and rebel groups": "army" (with its own "the") modifies
    "groups", "rebel" joined to it; the sides are the army and the rebel groups. A
    modifier without its own determiner joins two parties of one noun ("between Syrian
    and Turkish forces", "between rebel and regime fighters": see in_group_pairs).
    """
    for mod in (k for k in pobj.lefts if k.dep_ in {"nmod", "compound"}):
        joined = next((k for k in mod.rights if k.dep_ == "conj"), None)
        link = next((k for k in mod.rights if k.dep_ == "cc"), None)
        own_det = any(k.dep_ == "det" for k in mod.lefts)
        if joined is None or link is None or link.lower_ != "and" or not own_det:
            continue
        span = np_span(pobj)
        return [pobj.doc[span.start : link.i], pobj.doc[joined.left_edge.i : span.end]]
    return []


def _inner_sides(pobj: Token) -> list[Span]:
    """Return the two sides the parser joined inside the first side's modifier, or [].

    "clashes between rebels from the Sword Brigade and the Crescent Front": "and the
    Crescent Front" hangs on "Brigade", but "between" needs two sides: rebels from the
    Sword Brigade, and the Crescent Front; so for "fighting between troops backed by
    tanks and Kurdish fighters". A place joined to a place ("between rebel fighters in
    Daraa and Homs") is no side.
    """
    for tok in pobj.subtree:
        head = tok.head
        if tok.dep_ != "conj" or head is pobj or head.dep_ != "pobj" or tok.i < pobj.i:
            continue
        link = next((k for k in head.rights if k.dep_ == "cc" and k.i < tok.i), None)
        if link is None or link.lower_ != "and" or _is_placed(tok):
            continue
        first = pobj.doc[np_span(pobj).start : link.i]
        # "between rebel and regime fighters in A and B": the sides are joined already.
        return [] if any(k.lower_ == "and" for k in first) else [first, np_span(tok)]
    return []


def _is_placed(side: Token) -> bool:
    """Return whether a joined noun is a place, or one of a place phrase: "in Daraa and Homs"."""
    return side.ent_type_ in PLACE_LABELS or is_place_phrase(side.head.head)
