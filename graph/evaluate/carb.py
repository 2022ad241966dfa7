"""Open IE output in the CaRB benchmark's tab format, and a scorer for it.

:func:`carb_rows` / :func:`format_carb` turn events into extractions
``SENTENCE<TAB>CONFIDENCE<TAB>RELATION<TAB>ARG1<TAB>ARG2[<TAB>ARG3...]``;
:func:`extract_carb_lines` runs the whole chain on pre-tokenised sentences;
:func:`score_carb` scores extraction lines against a CaRB gold file.

The scorer lives in :mod:`graph.evaluate.carbscore`, whose docstring describes how it
matches and scores and where it may differ from the official one; its public
names are re-exported here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby
from typing import TYPE_CHECKING

from ..model import Event
from .carbscore import (
    BE_FORMS,
    CarbScore,
    read_carb_extractions,
    read_carb_gold,
    recall_by_gold,
    score_carb,
    sentence_key,
)

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "CarbRow",
    "CarbScore",
    "carb_rows",
    "clean_field",
    "extract_carb_lines",
    "extract_line_events",
    "format_carb",
    "format_row",
    "read_carb_extractions",
    "read_carb_gold",
    "recall_by_gold",
    "score_carb",
    "sentence_key",
    "suppress_near_duplicates",
]

CarbRow = tuple[str, float, str, list[str]]

_PASSIVE_AUX = BE_FORMS | {"get", "gets", "got", "gotten", "getting"}
# closed class: the word that opens a prepositional object ("was born in ...")
_PREPOSITION_WORDS = (
    "about above across after against along amid among around as at before behind below"
    " beneath beside besides between beyond by despite during except for from in inside into"
    " like near of off on onto out outside over past per since through throughout till to"
    " toward towards under underneath unlike until up upon via with within without"
)
_PREPOSITIONS = frozenset(_PREPOSITION_WORDS.split())


def clean_field(text: str) -> str:
    """Return ``text`` on one line: tabs, newlines and runs of spaces become one space."""
    return " ".join(text.split())


def carb_rows(events: Iterable[Event], *, dedupe: bool = True) -> Iterator[CarbRow]:
    """Turn events into CaRB extractions ``(sentence, confidence, relation, args)``.

    The relation is the surface ``relation`` (the lemma ``action`` when empty);
    the arguments are actor, target and the extra phrases, in the sentence's
    order (a passive with a by-agent reads "target | was captured by | actor").
    An event without a target uses its extras (else its location and time) as
    further arguments, the first one's preposition joining the relation ("was
    born in | Utah"); one left with a single argument is skipped, since CaRB
    scores such an extraction zero against every gold tuple. Extra phrases
    nested in another argument are left out.

    Args:
        events: Events in document order.
        dedupe: Drop near-duplicates within each sentence (see
            :func:`suppress_near_duplicates`).

    Yields:
        One row per kept extraction, every field free of tabs and newlines.
    """
    rows = (row for row in map(_event_row, events) if row is not None)
    if not dedupe:
        yield from rows
        return
    for _, group in groupby(rows, key=lambda row: row[0]):
        yield from suppress_near_duplicates(list(group))


def _event_row(event: Event) -> CarbRow | None:
    relation = clean_field(event.relation) or clean_field(event.action)
    actor, target = clean_field(event.actor), clean_field(event.target)
    if not relation or not actor:
        return None
    relation, target = _object_in_relation(relation, target)
    if target and _is_passive_with_agent(event.provenance.sentence, relation, actor, target):
        # "The town was captured by the rebels": CaRB reads in surface order
        actor, target, relation = target, actor, f"{relation} by"
    args = [actor, target] if target else [actor]
    extras = [clean_field(part) for part in event.extras]
    if not target and not any(extras):
        # "The talks collapsed on Monday in Geneva": place and time carry the tuple.
        extras = [clean_field(event.location), clean_field(event.time)]
    if not target and extras:
        relation, extras[0] = _lift_preposition(relation, extras[0])
    for extra in extras:
        _add_phrase(args, extra)
    if len(args) < 2:
        return None
    return clean_field(event.provenance.sentence), event.confidence, relation, args


def _object_in_relation(relation: str, target: str) -> tuple[str, str]:
    """Split an object that names its target out of the relation.

    An event aimed at a side keeps the object in its relation ("denounced X 's crackdown"
    with target X); Open IE reads the object as the argument: "denounced | X 's crackdown".
    """
    at = f" {relation} ".find(f" {target} ") if target else -1
    if at <= 0:
        return relation, target
    return relation[: at - 1].rstrip(), relation[at:]


def _is_passive_with_agent(sentence: str, relation: str, actor: str, target: str) -> bool:
    """Return whether the sentence reads "TARGET ... RELATION by ACTOR" with a be/get auxiliary."""
    if not _PASSIVE_AUX & set(relation.split()):
        return False
    text = f" {clean_field(sentence)} "
    first = text.find(f" {target} ")
    verb = text.find(f" {relation.split()[-1]} ", first + 1)
    return 0 <= first < verb < text.find(f" by {actor} ", verb)


def _lift_preposition(relation: str, phrase: str) -> tuple[str, str]:
    """Move the preposition opening an object into the relation.

    "He was born | in Salt Lake City" becomes "was born in | Salt Lake City",
    the Open IE habit the project's ``action`` follows too ("coordinate with").
    """
    first, _, rest = phrase.partition(" ")
    if not rest or first not in _PREPOSITIONS:
        return relation, phrase
    if relation.split()[-1] == first:  # "sat on | on the mat"
        return relation, rest
    return f"{relation} {first}", rest


def _add_phrase(args: list[str], phrase: str) -> None:
    """Append an extra phrase to ``args`` unless it nests with an object already there.

    "captured ... | in the war of June 1967 | of June 1967" and "taking | tens
    of minutes | tens of minutes to hours" repeat words: each copy is scored
    again, so the later, nested phrase is left out.
    """
    if phrase and not any(_is_inside(phrase, arg) or _is_inside(arg, phrase) for arg in args[1:]):
        args.append(phrase)


def _is_inside(part: str, whole: str) -> bool:
    """Return whether the tokens of ``part`` occur as a run in ``whole``."""
    return f" {part} " in f" {whole} "


def _parts(row: CarbRow) -> tuple[Counter[str], ...]:
    args = row[3]
    return Counter(row[2].split()), Counter(args[0].split()), Counter(" ".join(args[1:]).split())


def _is_nested(a: Counter[str], b: Counter[str]) -> bool:
    return a <= b or b <= a


def suppress_near_duplicates(rows: Sequence[CarbRow]) -> list[CarbRow]:
    """Keep the best of each group of nested extractions of one sentence.

    Two extractions are near-duplicates when their relations, their first
    arguments and their joined remaining arguments are each token-contained
    in the other's (either way round): CaRB pairs gold tuples one to one, so
    the weaker copy only costs precision. The higher confidence wins, then
    the longer extraction (it covers more gold tokens), then the earlier.

    Args:
        rows: Extractions of one sentence.

    Returns:
        The kept extractions in their input order.
    """
    if len(rows) < 2:
        return list(rows)
    parts = [_parts(row) for row in rows]

    def rank(i: int) -> tuple[float, int, int]:
        return rows[i][1], sum(sum(p.values()) for p in parts[i]), -i

    kept: list[int] = []
    for i in sorted(range(len(rows)), key=rank, reverse=True):
        if not any(all(map(_is_nested, parts[i], parts[k])) for k in kept):
            kept.append(i)
    return [rows[i] for i in sorted(kept)]


def format_row(row: CarbRow) -> str:
    """Return one extraction as a tab-separated line (no line break)."""
    sentence, confidence, relation, args = row
    fields = [sentence, f"{confidence:.4f}", relation, *args]
    return "\t".join(clean_field(field) for field in fields)


def format_carb(events: Iterable[Event], *, dedupe: bool = True) -> Iterator[str]:
    r"""Yield CaRB lines ``SENTENCE\tCONF\tREL\tARG1\tARG2[\tARG3...]`` for events.

    Args:
        events: Events in document order.
        dedupe: Drop near-duplicate extractions per sentence.

    Yields:
        One line per extraction, without the trailing newline.
    """
    for row in carb_rows(events, dedupe=dedupe):
        yield format_row(row)


def extract_carb_lines(
    lines: Iterable[str], *, nlp: Language | None = None, extractor: str = "dep"
) -> Iterator[str]:
    """Extract from pre-tokenised sentences, one per line, and yield CaRB lines.

    Each output line starts with its input line (tabs and newlines made
    spaces), so the tokens are kept as given.

    Args:
        lines: One sentence per line (e.g. an open text file or ``sys.stdin``).
        nlp: A loaded pipeline (default: :func:`graph.parse.load_nlp`).
        extractor: Name of the registered extractor to run.

    Yields:
        Extraction lines, without trailing newlines, in input order.

    Raises:
        ExtractorError: The extractor is unknown.
    """
    from ..extract.rules import get_extractor
    from ..parse import parse_lines

    extract = get_extractor(extractor)
    originals: dict[str, str] = {}

    def remember() -> Iterator[str]:
        for lineno, line in enumerate(lines, start=1):
            if line.strip():
                originals[f"line {lineno}"] = clean_field(line)
            yield line

    for doc in parse_lines(remember(), nlp=nlp):
        sentence = originals.pop(doc.user_data["source"])
        for row in carb_rows(extract(doc)):
            yield format_row((sentence, row[1], row[2], row[3]))


def extract_line_events(
    lines: Iterable[str], *, nlp: Language | None = None, extractor: str = "dep"
) -> Iterator[Event]:
    """Extract the events of pre-tokenised sentences, one per line (not normalised).

    Args:
        lines: One sentence per line, tokens separated by spaces.
        nlp: A loaded pipeline (default: :func:`graph.parse.load_nlp`).
        extractor: Name of the registered extractor to run.

    Raises:
        ExtractorError: The extractor is unknown.
    """
    from ..extract.rules import get_extractor
    from ..parse import parse_lines

    extract = get_extractor(extractor)
    for doc in parse_lines(lines, nlp=nlp):
        yield from extract(doc)
