"""Score extracted events against a hand-written gold TSV (precision, recall, F1)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from ..errors import GraphError
from ..extract.verbforms import verb_candidates
from ..model import Event

__all__ = ["GoldEvent", "Score", "load_gold", "score_events"]

GOLD_COLUMNS = (
    "doc",
    "cue",
    "actor",
    "action",
    "target",
    "actor_id",
    "target_id",
    "location",
    "time",
    "polarity",
    "modality",
    "attribution",
)
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "its",
        "it",
        "their",
        "them",
        "they",
        "his",
        "her",
        "he",
        "she",
        "our",
        "we",
        "this",
        "that",
        "these",
        "those",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "and",
        "or",
        "nor",
        "neither",
        "s",
        "some",
        "much",
        "many",
        "own",
    ]
)


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One row of the gold file (empty strings where the row leaves a cell blank)."""

    doc: str
    cue: str
    actor: str
    action: str
    target: str
    actor_id: str = ""
    target_id: str = ""
    location: str = ""
    time: str = ""
    polarity: str = "pos"
    modality: str = "asserted"
    attribution: str = ""
    line: int = 0


@dataclass(frozen=True)
class Score:
    """Result of :func:`score_events`; accuracies are ``None`` when nothing could be checked."""

    precision: float
    recall: float
    f1: float
    matched: tuple[tuple[GoldEvent, Event], ...]
    missed: tuple[GoldEvent, ...]
    unmatched: tuple[Event, ...]
    counted: int
    polarity: float | None = None
    modality: float | None = None
    location: float | None = None
    actor_id: float | None = None


def load_gold(path: Path) -> list[GoldEvent]:
    """Read a gold TSV: ``#`` comment lines, a header row naming the columns, one event per row.

    Args:
        path: The gold file (format of ``shared/gold/seeds.tsv``).

    Raises:
        GraphError: The file cannot be read, lacks a column or has a malformed row.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GraphError(f"cannot read gold file {path}: {exc}") from exc
    header: list[str] | None = None
    rows: list[GoldEvent] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\r\n").split("\t")
        if header is None:
            header = [cell.strip() for cell in cells]
            absent = [name for name in GOLD_COLUMNS[:5] if name not in header]
            if absent:
                raise GraphError(
                    f"cannot read gold file {path}: header on line {number} lacks "
                    f"{', '.join(absent)}. Hint: the header names the tab-separated columns"
                )
            continue
        if len(cells) > len(header):
            raise GraphError(
                f"cannot read gold file {path}: line {number} has {len(cells)} cells, "
                f"the header names {len(header)}"
            )
        values = dict(zip(header, (cell.strip() for cell in cells), strict=False))
        known = {name: values.get(name, "") for name in GOLD_COLUMNS}
        known["polarity"] = known["polarity"] or "pos"
        known["modality"] = known["modality"] or "asserted"
        rows.append(GoldEvent(**known, line=number))
    if header is None:
        raise GraphError(f"cannot read gold file {path}: no header row")
    return rows


def score_events(events: Iterable[Event], gold: Sequence[GoldEvent]) -> Score:
    """Match system events to gold rows one to one and score them.

    A system event matches a gold row when all of these hold:

    - same document: the event's ``provenance.source`` file name equals the row's ``doc``;
    - the row's ``cue`` occurs in the event's sentence (whitespace-normalised);
    - the gold action's main verb (its first word) is one of the event's action words,
      or a verb of its relation (the trigger as written: a light verb's act is named by its
      noun, "carried out airstrikes" is the action "strike", the gold may say "carry out");
    - actor spans share a content word (case-insensitive, function words ignored;
      a span of function words only, such as "it", compares all its words),
      or both carry the same canonical ``actor_id``;
    - target spans share a content word, or the same ``target_id``; any target
      (even none) matches a gold row whose target is empty; a gold target that names
      the act a light verb carries ("carried out | raids") may be found in the
      event's relation ("carried out raids", with no target);

    Only events of kind ``event`` take part (``relation`` facts are not scored).
    Pairs are chosen by maximum one-to-one matching, preferring closer spans.
    The gold is not exhaustive, so precision counts as false positives only
    unmatched events whose sentence contains at least one gold cue of that
    document; events in sentences without any gold row are ignored.
    Polarity, modality, location (on rows with a location; content-word overlap)
    and actor id (when both sides have one) are then checked on matched pairs.

    Args:
        events: System events (any order).
        gold: Rows from :func:`load_gold`.

    Returns:
        The score, with matched pairs, missed rows and unmatched counted events.
    """
    cues: dict[str, list[str]] = {}
    for row in gold:
        cues.setdefault(row.doc, []).append(_squash(row.cue))
    counted = [e for e in events if e.kind == "event" and _in_gold_sentence(e, cues)]
    edges = [
        [(j, q) for j, e in enumerate(counted) if (q := _pair_quality(row, e)) > 0] for row in gold
    ]
    pairs = _match(edges)
    matched = tuple((gold[i], counted[j]) for i, j in sorted(pairs.items()))
    used = set(pairs.values())
    precision = len(matched) / len(counted) if counted else 0.0
    recall = len(matched) / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(
        precision=precision,
        recall=recall,
        f1=f1,
        matched=matched,
        missed=tuple(row for i, row in enumerate(gold) if i not in pairs),
        unmatched=tuple(e for j, e in enumerate(counted) if j not in used),
        counted=len(counted),
        polarity=_share(matched, lambda g, e: g.polarity == e.polarity),
        modality=_share(matched, lambda g, e: g.modality == e.modality),
        location=_share(
            [(g, e) for g, e in matched if g.location],
            lambda g, e: bool(_content(g.location) & _content(e.location)),
        ),
        actor_id=_share(
            [(g, e) for g, e in matched if g.actor_id and e.actor_id],
            lambda g, e: g.actor_id == e.actor_id,
        ),
    )


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def _content(text: str) -> set[str]:
    words = set(_WORD.findall(text.lower()))
    return (words - _STOPWORDS) or words


def _in_gold_sentence(event: Event, cues: dict[str, list[str]]) -> bool:
    sentence = _squash(event.provenance.sentence)
    return any(cue in sentence for cue in cues.get(PurePath(event.provenance.source).name, ()))


def _pair_quality(row: GoldEvent, event: Event) -> float:
    """Return how well ``event`` fits ``row`` (0 when it does not match)."""
    prov = event.provenance
    if PurePath(prov.source).name != row.doc or _squash(row.cue) not in _squash(prov.sentence):
        return 0.0
    verb = row.action.split()[0].lower() if row.action else ""
    if not _verb_told(verb, event):
        return 0.0
    actor = _overlap(row.actor, event.actor, row.actor_id, event.actor_id)
    return actor * _target_quality(row, event)


def _verb_told(verb: str, event: Event) -> bool:
    """Return whether the gold verb is the action or a verb of the trigger words as written."""
    # a light verb's act is named by its noun: gold "carry out", action "strike"
    if verb in event.action.lower().split():
        return True
    return any(verb in verb_candidates(w) for w in _WORD.findall(event.relation.lower()))


def _target_quality(row: GoldEvent, event: Event) -> float:
    if not row.target:
        return 1.0
    found = _overlap(row.target, event.target, row.target_id, event.target_id)
    # an act a light verb carries is said in the relation, not the target: "carried out
    # raids" has no target and the relation "carried out raids"; a gold row written
    # with the act as its target finds it there.
    verb_words = set(_WORD.findall(f"{event.action} {row.action}".lower()))
    rest = " ".join(w for w in _WORD.findall(event.relation.lower()) if w not in verb_words)
    return max(found, _overlap(row.target, rest, "", "") if rest else 0.0)


def _overlap(gold: str, system: str, gold_id: str, system_id: str) -> float:
    words, found = _content(gold), _content(system)
    shared = words & found
    if shared:
        return len(shared) / len(words | found)
    return 0.5 if gold_id and gold_id == system_id else 0.0


def _match(edges: list[list[tuple[int, float]]]) -> dict[int, int]:
    """Return a maximum one-to-one matching gold -> system (augmenting paths, best edges first)."""
    owner: dict[int, int] = {}
    order = [sorted(row, key=lambda jq: -jq[1]) for row in edges]

    def augment(i: int, seen: set[int]) -> bool:
        for j, _ in order[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in sorted(range(len(order)), key=lambda i: -max((q for _, q in order[i]), default=0)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def _share(
    pairs: Sequence[tuple[GoldEvent, Event]], right: Callable[[GoldEvent, Event], bool]
) -> float | None:
    if not pairs:
        return None
    return sum(1 for g, e in pairs if right(g, e)) / len(pairs)
