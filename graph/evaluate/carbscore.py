"""CaRB's scorer, our own, written from the benchmark's description.

Used through :mod:`graph.evaluate.carb`: :func:`score_carb` scores extraction lines
against a CaRB gold file, :func:`recall_by_gold` gives each gold tuple's best
recall. How it scores:

* sentences are keyed by their text without whitespace and punctuation
  (``-LRB-`` style bracket escapes read as the brackets);
* a gold tuple and an extraction are compared as binary tuples (every
  argument after the first joined into one object); the pair scores zero
  unless the relations share a token, or when the extraction lacks an
  argument the gold tuple has; otherwise precision is the matched tokens
  over the extraction's relation+argument tokens and recall the matched
  tokens over the gold tuple's. Tokens are whitespace-split,
  case-sensitive, counted as multisets; no stop words are removed;
* recall at a threshold: each gold tuple takes its best recall among the
  extractions at or above the threshold; precision: extractions and gold
  tuples of a sentence are paired one to one, greedily by highest pair
  precision (ties: lowest gold index, then lowest extraction index), and
  the matched precisions are summed over all extractions at or above the
  threshold (unmatched ones count zero);
* every distinct confidence is a threshold; F1 is the best over them
  (lowest threshold wins ties); AUC is the trapezoid area under the
  precision-recall points with (recall 0, precision 1) appended.

Like the official scorer (dair-iitd/CaRB, ``binary_linient_tuple_match``):
a predicted relation holding ``be`` also matches one form of *be* in the gold
relation; when the gold relation contains ``said``, ``told``, ``added``,
``adds`` or ``says`` the extraction is also tried with subject and object
swapped and the better pair kept; an extraction argument position that the
gold tuple lacks is not counted in precision.

Where ours may differ from the official scorer: fields starting with ``C: ``
are dropped on both sides (the official gold reader we read keeps them as
arguments); all whitespace, not only spaces, is removed from sentence keys;
extraction lines whose sentences share a key are merged (the official reader
keeps the last sentence's); scores are not rounded. As in the official
readers, a line is stripped before it is split at tabs, so trailing empty
fields vanish while inner ones count as empty arguments.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import GraphError

_PUNCT = re.compile(f"[{re.escape(string.punctuation)}]")
_SPACE = re.compile(r"\s+")
_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
BE_FORMS = frozenset({"be", "is", "am", "are", "was", "were", "been", "being"})
_SAID_VERBS = ("said", "told", "added", "adds", "says")
_CONTEXT = "C: "


@dataclass(frozen=True, slots=True)
class CarbScore:
    """Scores of a CaRB run at the confidence threshold with the best F1."""

    precision: float
    recall: float
    f1: float
    auc: float
    threshold: float
    extractions: int
    """Extractions of gold sentences (those of other sentences are ``ignored``)."""
    gold_tuples: int
    sentences: int
    ignored: int
    curve: tuple[tuple[float, float, float], ...] = ()
    """``(threshold, precision, recall)`` for every distinct confidence, ascending."""


@dataclass(frozen=True, slots=True)
class _Tuple:
    relation: tuple[str, ...]
    parts: tuple[tuple[str, ...], ...]  # subject, then all other arguments joined
    confidence: float = 1.0


def sentence_key(text: str) -> str:
    """Return the key CaRB matches sentences by: no whitespace, no punctuation."""
    text = _SPACE.sub("", text)
    for escape, bracket in _PTB.items():
        text = text.replace(escape, bracket)
    return _PUNCT.sub("", text)


def _make_tuple(relation: str, args: Sequence[str], confidence: float = 1.0) -> _Tuple:
    args = [arg for arg in (a.strip() for a in args) if not arg.startswith(_CONTEXT)]
    joined = [args[0], " ".join(args[1:])] if len(args) > 1 else args
    parts = tuple(tuple(part.split()) for part in joined)
    return _Tuple(tuple(relation.split()), parts, confidence)


def read_carb_gold(path: Path) -> dict[str, list[_Tuple]]:
    r"""Read a CaRB gold file (``SENTENCE\tREL\tARG1\tARG2...``) keyed by sentence.

    Raises:
        GraphError: The file cannot be read.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GraphError(f"cannot read carb gold {path}: {exc}") from exc
    gold: dict[str, list[_Tuple]] = {}
    for line in text.splitlines():
        fields = line.strip().split("\t")
        if len(fields) >= 2 and fields[0].strip():
            gold.setdefault(sentence_key(fields[0]), []).append(_make_tuple(fields[1], fields[2:]))
    return gold


def read_carb_extractions(lines: Iterable[str]) -> dict[str, list[_Tuple]]:
    r"""Read extraction lines ``SENTENCE\tCONF\tREL\tARG1...`` keyed by sentence.

    Raises:
        GraphError: A line has fewer than three fields or a bad confidence.
    """
    preds: dict[str, list[_Tuple]] = {}
    for lineno, line in enumerate(lines, start=1):
        fields = line.strip().split("\t")
        if not line.strip():
            continue
        try:
            confidence = float(fields[1])
        except (IndexError, ValueError) as exc:
            raise GraphError(
                f"cannot read carb extraction line {lineno}: expected SENTENCE<TAB>CONFIDENCE"
                "<TAB>RELATION<TAB>ARGS with a numeric confidence"
            ) from exc
        relation = fields[2] if len(fields) > 2 else ""
        tup = _make_tuple(relation, fields[3:], confidence)
        preds.setdefault(sentence_key(fields[0]), []).append(tup)
    return preds


def _overlap(gold: Sequence[str], pred: Sequence[str]) -> int:
    return sum((Counter(gold) & Counter(pred)).values())


def _relation_overlap(gold: Sequence[str], pred: Sequence[str]) -> int:
    shared = _overlap(gold, pred)
    left = Counter(pred) - Counter(gold)
    # a lemma "be" in the extraction counts for one "is"/"was"... of the gold relation
    if left["be"] and BE_FORMS & set(gold):
        shared += 1
    return shared


def _pair_score(gold: _Tuple, pred: _Tuple) -> tuple[float, float]:
    """Return (precision, recall) of one extraction against one gold tuple."""
    matched = _relation_overlap(gold.relation, pred.relation)
    if not matched:
        return 0.0, 0.0
    pred_len, gold_len = len(pred.relation), len(gold.relation)
    for index, gold_part in enumerate(gold.parts):
        if index >= len(pred.parts):
            return 0.0, 0.0
        gold_len += len(gold_part)
        pred_len += len(pred.parts[index])
        matched += _overlap(gold_part, pred.parts[index])
    return (matched / pred_len if pred_len else 0.0), (matched / gold_len if gold_len else 0.0)


def _match(gold: _Tuple, pred: _Tuple) -> tuple[float, float]:
    score = _pair_score(gold, pred)
    said = any(verb in " ".join(gold.relation) for verb in _SAID_VERBS)
    if said and len(pred.parts) == 2:
        # "X said Y" is often annotated with the reported clause first
        swapped = _Tuple(pred.relation, pred.parts[::-1], pred.confidence)
        score = max(score, _pair_score(gold, swapped))
    return score


def _sentence_points(
    gold: list[_Tuple], preds: list[_Tuple]
) -> list[tuple[float, float, int, float]]:
    """Return ``(confidence, precision sum, extractions, recall sum)`` per distinct confidence."""
    scores = [[_match(g, p) for p in preds] for g in gold]
    by_precision = sorted(
        (-scores[i][j][0], i, j) for i in range(len(gold)) for j in range(len(preds))
    )
    points = []
    for conf in sorted({p.confidence for p in preds}):
        chosen = {j for j, p in enumerate(preds) if p.confidence >= conf}
        recall = sum(max((row[j][1] for j in chosen), default=0.0) for row in scores)
        used_gold: set[int] = set()
        used_pred: set[int] = set()
        precision = 0.0
        for neg_prec, i, j in by_precision:
            if j in chosen and i not in used_gold and j not in used_pred:
                used_gold.add(i)
                used_pred.add(j)
                precision -= neg_prec
        points.append((conf, precision, len(chosen), recall))
    return points


def recall_by_gold(pred_lines: Iterable[str], gold_path: Path) -> Iterator[tuple[str, float]]:
    """Yield each gold tuple's relation with its best recall over all extractions.

    For error analysis: which kinds of gold relations an extractor misses.

    Raises:
        GraphError: A file or line cannot be read.
    """
    preds = read_carb_extractions(pred_lines)
    for key, tuples in read_carb_gold(gold_path).items():
        for gold in tuples:
            scores = (_match(gold, pred)[1] for pred in preds.get(key, ()))
            yield " ".join(gold.relation), max(scores, default=0.0)


def score_carb(pred_lines: Iterable[str], gold_path: Path) -> CarbScore:
    r"""Score CaRB extraction lines against a gold file (see the module docstring).

    Args:
        pred_lines: Lines ``SENTENCE\tCONF\tREL\tARG1\tARG2...``.
        gold_path: The gold tuples, e.g. ``benchmarks/carb/dev_gold.tsv``.

    Returns:
        Precision, recall and F1 at the best threshold, AUC and counts.

    Raises:
        GraphError: A file or line cannot be read.
    """
    gold = read_carb_gold(gold_path)
    preds = read_carb_extractions(pred_lines)
    scored = {key: preds[key] for key in gold if key in preds}
    thresholds = sorted({p.confidence for tuples in scored.values() for p in tuples})
    position = {conf: index for index, conf in enumerate(thresholds)}
    # difference arrays over the thresholds: a sentence's figures at its own
    # confidence c hold for every threshold above its next lower confidence
    sums = [[0.0] * (len(thresholds) + 1) for _ in range(3)]
    for key, tuples in scored.items():
        start = 0
        for conf, *values in _sentence_points(gold[key], tuples):
            end = position[conf] + 1
            for diff, value in zip(sums, values, strict=True):
                diff[start] += value
                diff[end] -= value
            start = end
    n_gold = sum(map(len, gold.values()))
    curve = tuple(_curve(thresholds, sums, n_gold))
    return _best(curve, n_gold, len(gold), preds, scored)


def _curve(
    thresholds: list[float], sums: list[list[float]], n_gold: int
) -> Iterator[tuple[float, float, float]]:
    precision = selected = recall = 0.0
    for index, threshold in enumerate(thresholds):
        precision += sums[0][index]
        selected += sums[1][index]
        recall += sums[2][index]
        # no extraction above the threshold: precision 1, as CaRB counts it
        yield (
            threshold,
            precision / selected if selected > 0.5 else 1.0,
            recall / n_gold if n_gold else 0.0,
        )


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _auc(curve: Sequence[tuple[float, float, float]]) -> float:
    """Return the trapezoid area under (recall, precision) with (0, 1) appended."""
    points = [(recall, precision) for _, precision, recall in curve] + [(0.0, 1.0)]
    return sum(
        abs(x0 - x1) * (y0 + y1) / 2 for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False)
    )


def _best(
    curve: tuple[tuple[float, float, float], ...],
    n_gold: int,
    n_sentences: int,
    preds: dict[str, list[_Tuple]],
    scored: dict[str, list[_Tuple]],
) -> CarbScore:
    n_scored = sum(map(len, scored.values()))
    counts = (n_scored, n_gold, n_sentences, sum(map(len, preds.values())) - n_scored)
    if not curve:
        return CarbScore(0.0, 0.0, 0.0, 0.0, 0.0, *counts)
    threshold, precision, recall = max(curve, key=lambda point: (_f1(*point[1:]), -point[0]))
    f1 = _f1(precision, recall)
    return CarbScore(precision, recall, f1, _auc(curve), threshold, *counts, curve)
