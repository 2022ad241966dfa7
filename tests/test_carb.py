"""CaRB output, near-duplicate suppression and the scorer (hand-computed expectations)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from graph.errors import GraphError
from graph.evaluate.carb import (
    CarbRow,
    CarbScore,
    carb_rows,
    extract_carb_lines,
    format_carb,
    recall_by_gold,
    score_carb,
    sentence_key,
    suppress_near_duplicates,
)
from graph.model import Event, Provenance

CAT = "The cat sat on the mat ."
DOGS = "Dogs bark loudly ."
SAID = "He said the talks failed ."
GOLD = [
    f"{CAT}\tsat on\tThe cat\tthe mat",
    f"{DOGS}\tbark\tDogs\tloudly",
    f"{SAID}\tsaid\tHe\tthe talks failed",
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.tsv"
    path.write_text("\n".join(GOLD) + "\n", encoding="utf-8")
    return path


def line(sentence: str, conf: float, rel: str, *args: str) -> str:
    return "\t".join([sentence, str(conf), rel, *args])


def score_one(gold_file: Path, sentence: str, rel: str, *args: str) -> CarbScore:
    return score_carb([line(sentence, 1.0, rel, *args)], gold_file)


# --- scorer -----------------------------------------------------------------


def test_exact_match_scores_one(gold_file):
    score = score_one(gold_file, CAT, "sat on", "The cat", "the mat")
    # one of three gold tuples found, nothing wrong
    assert [score.precision, score.recall] == pytest.approx([1.0, 1 / 3])
    assert score.extractions == 1 and score.gold_tuples == 3 and score.sentences == 3


def test_all_gold_as_extractions_scores_one(gold_file):
    preds = [line(g.split("\t")[0], 1.0, *g.split("\t")[1:]) for g in GOLD]
    score = score_carb(preds, gold_file)
    assert (score.precision, score.recall, score.f1, score.auc) == (1.0, 1.0, 1.0, 1.0)


def test_relation_sharing_no_token_scores_zero(gold_file):
    score = score_one(gold_file, CAT, "lay", "The cat", "the mat")
    assert (score.precision, score.recall, score.f1) == (0.0, 0.0, 0.0)


def test_partial_overlap(gold_file):
    # rel "sat" 1/2, arg1 "cat" 1/2, object "the mat ." 2/2: 4 matched of 5 predicted, 6 gold
    score = score_one(gold_file, CAT, "sat", "cat", "the mat .")
    assert score.precision == pytest.approx(4 / 5)
    assert score.recall == pytest.approx(4 / 6 / 3)


def test_tokens_are_case_sensitive(gold_file):
    score = score_one(gold_file, CAT, "sat on", "the cat", "the mat")
    assert score.precision == pytest.approx(5 / 6)


def test_one_argument_extraction_scores_zero(gold_file):
    score = score_one(gold_file, CAT, "sat on", "The cat")
    assert score.precision == 0.0 and score.recall == 0.0


def test_arguments_after_the_first_are_joined(tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text(f"{CAT}\tsat\tThe cat\ton the mat\tC: he said\n", encoding="utf-8")
    joined = score_carb([line(CAT, 1.0, "sat", "The cat", "on", "the mat")], gold)
    assert (joined.precision, joined.recall) == (1.0, 1.0)


def test_empty_fields_inside_count_trailing_ones_vanish(tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text(f"{CAT}\tsat\t\tthe mat\n{DOGS}\tbark\tDogs\t\n", encoding="utf-8")
    # empty gold subject: 3 of 4 predicted tokens match, all 3 gold tokens found
    inner = score_carb([line(CAT, 1.0, "sat", "cat", "the mat")], gold)
    assert [inner.precision, inner.recall] == pytest.approx([3 / 4, 1 / 2])
    # gold without an object: the predicted object is not held against precision
    trailing = score_carb([line(DOGS, 1.0, "bark", "Dogs", "a lot")], gold)
    assert [trailing.precision, trailing.recall] == pytest.approx([1.0, 1 / 2])


def test_context_fields_are_ignored(tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text(f"{CAT}\tsat on\tThe cat\tthe mat\tC: he said\n", encoding="utf-8")
    score = score_carb([line(CAT, 1.0, "sat on", "The cat", "the mat", "C: they say")], gold)
    assert (score.precision, score.recall) == (1.0, 1.0)


def test_said_relations_also_match_with_arguments_swapped(gold_file):
    swapped = score_one(gold_file, SAID, "said", "the talks failed", "He")
    assert swapped.precision == 1.0


def test_other_relations_are_not_swapped(tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text("He claimed the talks failed .\tclaimed\tHe\tthe talks failed\n")
    score = score_carb(
        [line("He claimed the talks failed .", 1, "claimed", "the talks failed", "He")], gold
    )
    assert score.precision == pytest.approx(1 / 5)


def test_lemma_be_matches_a_form_of_be(tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text("Paris is a city .\tis\tParis\ta city\n", encoding="utf-8")
    score = score_carb([line("Paris is a city .", 1, "be", "Paris", "a city")], gold)
    assert score.precision == 1.0


def test_duplicates_lower_precision_not_recall(gold_file):
    exact = line(CAT, 1.0, "sat on", "The cat", "the mat")
    score = score_carb([exact, exact], gold_file)
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(1 / 3)


def test_threshold_sweep_and_auc(tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text("\n".join(GOLD[:2]) + "\n", encoding="utf-8")
    preds = [
        line(CAT, 0.9, "sat on", "The cat", "the mat"),
        line(DOGS, 0.5, "howl", "Dogs", "loudly"),
        line(DOGS, 0.3, "bark", "Dogs", "loudly"),
    ]
    score = score_carb(preds, gold)
    # t=0.3: P=(1+0+1)/3 R=1; t=0.5: P=1/2 R=1/2; t=0.9: P=1 R=1/2
    flat = [value for point in score.curve for value in point]
    assert flat == pytest.approx([0.3, 2 / 3, 1.0, 0.5, 0.5, 0.5, 0.9, 1.0, 0.5])
    assert score.threshold == 0.3
    assert score.f1 == pytest.approx(0.8)
    # trapezoids (1, 2/3)-(.5, .5), (.5, .5)-(.5, 1), (.5, 1)-(0, 1)
    assert score.auc == pytest.approx(0.5 * (2 / 3 + 0.5) / 2 + 0.5)


def test_sentences_match_without_spaces_and_punctuation(gold_file):
    score = score_carb(
        [
            line("The cat  sat on the mat", 1.0, "sat on", "The cat", "the mat"),
            line("Something else entirely .", 1.0, "is", "a", "b"),
        ],
        gold_file,
    )
    assert score.precision == 1.0 and score.ignored == 1 and score.extractions == 1
    assert sentence_key("-LRB- a , b -RRB-") == sentence_key("(a, b)") == "ab"


def test_no_extractions_score_zero(gold_file):
    score = score_carb([], gold_file)
    assert (score.precision, score.recall, score.f1, score.auc) == (0.0, 0.0, 0.0, 0.0)


def test_bad_confidence_is_a_graph_error(gold_file):
    with pytest.raises(GraphError, match="line 2"):
        score_carb([line(CAT, 1.0, "sat", "a", "b"), f"{CAT}\thigh\tsat\ta\tb"], gold_file)


def test_recall_by_gold_lists_every_gold_tuple(gold_file):
    preds = [line(CAT, 0.2, "sat", "The cat", "the mat"), line(SAID, 0.9, "told", "He", "x")]
    assert list(recall_by_gold(preds, gold_file)) == [
        ("sat on", pytest.approx(5 / 6)),
        ("bark", 0.0),
        ("said", 0.0),
    ]


def _naive_point(preds: list[str], gold_file: Path, threshold: float) -> tuple[float, ...]:
    """Recompute one curve point from scratch, keeping only lines at or above it."""
    kept = [p for p in preds if float(p.split("\t")[1]) >= threshold]
    return score_carb(kept, gold_file).curve[0][1:]


def test_threshold_sweep_agrees_with_recomputing_each_threshold(gold_file):
    rng = random.Random(7)
    words = [w for g in GOLD for w in g.replace("\t", " ").split()]
    preds = []
    for sentence in (CAT, DOGS, SAID):
        for _ in range(4):
            rel, a1, a2 = (" ".join(rng.sample(words, rng.randint(1, 3))) for _ in range(3))
            preds.append(line(sentence, round(rng.random(), 2), rel, a1, a2))
    for threshold, precision, recall in score_carb(preds, gold_file).curve:
        assert (precision, recall) == pytest.approx(_naive_point(preds, gold_file, threshold))


# --- formatting and suppression ---------------------------------------------


def event(sentence: str = CAT, **fields: Any) -> Event:
    prov = Provenance("d", "d.txt", 0, 0, len(sentence), sentence)
    values = {"actor": "The cat", "action": "sit on", "target": "the mat", "relation": "sat on"}
    return Event(provenance=prov, **{**values, **fields})


def test_format_carb_line_shape():
    lines = list(format_carb([event(confidence=0.75, extras=("at noon",))]))
    assert lines == [f"{CAT}\t0.7500\tsat on\tThe cat\tthe mat\tat noon"]


def test_tabs_and_newlines_never_break_a_line():
    ev = event(
        "The cat\tsat\non the mat .", actor="The\tcat", relation="sat\r\non", target="the\nmat"
    )
    (text,) = format_carb([ev])
    assert "\n" not in text and "\r" not in text
    assert text.split("\t") == [
        "The cat sat on the mat .",
        "1.0000",
        "sat on",
        "The cat",
        "the mat",
    ]


def test_relation_falls_back_to_action():
    (row,) = carb_rows([event(relation="")])
    assert row[2] == "sit on"


def test_blank_fields_give_no_extraction():
    blank_relation = event(relation="\t", action=" ", target="", extras=("in Paris",))
    events = [blank_relation, event(actor="\n", extras=("x y",))]
    assert list(carb_rows(events)) == []


@pytest.mark.parametrize(
    "fields, relation, args",
    [
        ({"extras": ("on the mat",)}, "sat on", ["The cat", "the mat"]),
        ({"relation": "sat", "extras": ("on a mat",)}, "sat on", ["The cat", "a mat"]),
        ({"location": "Paris", "time": "today"}, "sat on", ["The cat", "Paris", "today"]),
        ({"relation": "sat", "location": "in Paris"}, "sat in", ["The cat", "Paris"]),
        ({}, None, None),
    ],
)
def test_missing_target_uses_other_phrases_or_is_skipped(fields, relation, args):
    rows = list(carb_rows([event(target="", **fields)]))
    assert [(r[2], r[3]) for r in rows] == ([(relation, args)] if args else [])


@pytest.mark.parametrize(
    "sentence, actor, target, expected",
    [
        ("The town was captured by the rebels .", "the rebels", "The town", True),
        ("The rebels was captured the town .", "The rebels", "the town", False),
        ("The town was captured , the rebels said .", "the rebels", "The town", False),
    ],
)
def test_passive_with_agent_reads_in_surface_order(sentence, actor, target, expected):
    ev = event(sentence, actor=actor, target=target, relation="was captured", action="capture")
    (found,) = carb_rows([ev])
    passive = ("was captured by", [target, actor])
    assert (found[2], found[3]) == (passive if expected else ("was captured", [actor, target]))


WAR = "in the war of June 1967"


@pytest.mark.parametrize(
    "target, extras, args",
    [
        ("a mat", ("in 1967", "of June", "in 1967"), ["The cat", "a mat", "in 1967", "of June"]),
        ("a mat", (WAR, "of June 1967"), ["The cat", "a mat", WAR]),
        ("tens of minutes", ("tens of minutes to hours",), ["The cat", "tens of minutes"]),
        ("", ("the mat", "on the mat"), ["The cat", "the mat"]),
    ],
)
def test_nested_extra_phrases_are_left_out(target, extras, args):
    (found,) = carb_rows([event(target=target, extras=extras)])
    assert found[3] == args


def row(conf: float, rel: str, *args: str, sentence: str = CAT) -> CarbRow:
    return sentence, conf, rel, list(args)


def test_nested_extractions_keep_the_most_confident():
    best = row(0.9, "attacked", "the rebels", "the town")
    rows = [row(0.5, "attacked", "rebels", "the town on Monday"), best]
    assert suppress_near_duplicates(rows) == [best]


def test_equal_confidence_keeps_the_longer():
    longer = row(0.5, "attacked", "the rebels", "the town", "on Monday")
    assert suppress_near_duplicates([row(0.5, "attacked", "the rebels", "the town"), longer]) == [
        longer
    ]


def test_distinct_extractions_are_kept_in_order():
    rows = [
        row(0.5, "attacked", "the rebels", "the town"),
        row(0.9, "attacked", "the army", "the town"),
    ]
    assert suppress_near_duplicates(rows) == rows


def test_carb_rows_drop_duplicates_only_within_a_sentence():
    other = "The cat sat on the mat again ."
    events = [event(), event(), event(other)]
    assert [r[0] for r in carb_rows(events)] == [CAT, other]
    assert len(list(carb_rows(events, dedupe=False))) == 3


# --- end to end ---------------------------------------------------------------


def test_extract_carb_lines_shape(nlp):
    sentences = [
        "The rebels attacked the town on Monday .",
        "Russia 's navy launched missiles at targets in Syria .",
        "The   minister   said that talks would resume .",
    ]
    lines = list(extract_carb_lines([s + "\n" for s in sentences], nlp=nlp))
    assert lines
    for text in lines:
        fields = text.split("\t")
        assert len(fields) >= 5 and all(fields) and "\n" not in text
        assert fields[0] in [" ".join(s.split()) for s in sentences]
        assert 0.0 <= float(fields[1]) <= 1.0
    first = [f.split("\t") for f in lines if f.startswith("The rebels")]
    assert any("attacked" in f[2] and f[3] == "The rebels" for f in first)


def test_reported_speech_is_a_tuple_with_its_clause(nlp):
    sentences = [
        "The mayor said that the bridge would reopen in May .",
        "The bridge will reopen in May , the mayor said .",
    ]
    lines = list(extract_carb_lines([s + "\n" for s in sentences], nlp=nlp))
    said = [line.split("\t")[2:] for line in lines if line.split("\t")[2] == "said"]
    assert ["said", "The mayor", "the bridge would reopen in May"] in said
    assert ["said", "the mayor", "The bridge will reopen in May"] in said


@pytest.mark.parametrize(
    "relation, target, expected",
    [
        # an act aimed at a side keeps its object in the relation; Open IE reads it apart
        ("denounced the army 's crackdown", "the army", ("denounced", "the army 's crackdown")),
        ("carried out a raid on", "the base", ("carried out a raid on", "the base")),
    ],
)
def test_an_object_inside_the_relation_is_an_argument(relation, target, expected):
    (found,) = carb_rows([event(relation=relation, target=target)])
    assert (found[2], found[3][1]) == expected
