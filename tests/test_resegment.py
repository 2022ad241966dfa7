"""Hand judgements of real-news sentences survive a change of the sentence splitter.

All documents here are made up; the bench script is run on them with its tables
(draws, coding, verdicts) pointed at temporary files.
"""

import csv
import importlib.util
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from graph.evaluate.resegment import (
    anchor_index,
    covering,
    locate_text,
    same_sentence,
    text_sha1,
)

ROOT = Path(__file__).resolve().parents[1]

LEAD = "Rebels shelled the airport on Monday."
GLUED = "Town under fire " + LEAD  # a headline the old splitter glued to the lead
AFTER = "The army said two soldiers died."


def _placed(*texts: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for text in texts:
        out.append((start, text))
        start += len(text) + 1
    return out


@pytest.fixture(scope="module")
def judge():
    spec = importlib.util.spec_from_file_location(
        "realnews_judge", ROOT / "bench/realnews_judge.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # a dataclass looks its module up while it is made.
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


@pytest.mark.parametrize(
    "old, new, expected",
    [
        # a headline split off its lead: the old text is now two sentences.
        (GLUED, ("Town under fire", LEAD, AFTER), [0, 1]),
        # two sentences merged into one.
        (LEAD, (LEAD + " " + AFTER,), [0]),
        # cut in another place: the old text spans the end of one and the start of the next.
        (
            LEAD + " The army",
            ("Town under fire " + LEAD + " The army", "said two soldiers died."),
            [0],
        ),
        # the same cut, the old text straddling two new sentences.
        (
            "on Monday. The army said",
            ("Rebels shelled the airport", "on Monday. The army", "said it."),
            [1, 2],
        ),
    ],
)
def test_a_kept_text_is_found_in_the_sentences_that_now_hold_it(old, new, expected):
    sentences = _placed(*new)
    for hint in (old[:20] + "…", ""):
        span = locate_text(sentences, text_sha1(old), hint)
        assert span is not None
        text = " ".join(t for _, t in sentences)
        assert " ".join(text[span[0] : span[1]].split()) == " ".join(old.split())
        assert covering(sentences, span) == expected


def test_a_text_no_sentence_holds_is_not_found():
    assert locate_text(_placed(LEAD, AFTER), text_sha1("Read more here."), "Read more") is None


def test_a_kept_text_cut_inside_a_word_is_found():
    # the old splitter cut "airport.The" after the dot; the kept text starts with "The".
    sentences = _placed("Rebels shelled the airport.The army said two soldiers died.")
    old = "The army said two soldiers died."
    span = locate_text(sentences, text_sha1(old), "The army said…")
    assert span is not None and sentences[0][1][span[0] : span[1]] == old


@pytest.mark.parametrize(
    "kept, sentence, same",
    [
        (GLUED[:30] + "…", GLUED, True),
        (GLUED, LEAD, True),  # the headline was split off its front
        (LEAD, GLUED, True),  # the sentence grew
        (LEAD, AFTER, False),
        ("", LEAD, False),
    ],
)
def test_same_sentence(kept, sentence, same):
    assert same_sentence(kept, sentence) is same


def _write(path: Path, fields: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        out = csv.DictWriter(stream, fields, delimiter="\t", lineterminator="\n")
        out.writeheader()
        out.writerows(rows)


def _row(judge: Any, sent: int, sentence: str, actor: str, action: str, target: str) -> Any:
    return judge.Row("d1", sent, actor, action, target, "pos", "asserted", "event", action,
                     "ASSAULT", actor, target, sentence)  # fmt: skip


@pytest.fixture
def tables(judge, tmp_path, monkeypatch):
    for name in ("EVENTS_TSV", "SENTENCES_TSV", "DRAWS_TSV"):
        monkeypatch.setattr(judge, name, tmp_path / f"{name}.tsv")
    return judge


# the made-up document as the new splitter cuts it: the headline split off its lead
# (the judged draw and verdicts were made when GLUED was one sentence, index 1).
NEW = [
    ("d1", 0, "Intro line here.", 0),
    ("d1", 1, "Town under fire", 17),
    ("d1", 2, LEAD, 33),
    ("d1", 3, AFTER, 34 + len(LEAD)),
]


def test_a_coded_sentence_cut_differently_is_scored_not_lost(tables, capsys):
    judge = tables
    name = text_sha1(GLUED)
    draw = {"seed": "5", "doc": "d1", "text_sha1": name, "excerpt": GLUED[:40] + "…"}
    _write(judge.DRAWS_TSV, judge.DRAW_FIELDS, [draw])
    gold = dict(
        zip(judge.GOLD_FIELDS, ("d1", "1", name, "Rebels", "shell", "airport"), strict=False)
    )
    gold.update(polarity="pos", modality="asserted", excerpt=GLUED)
    _write(judge.SENTENCES_TSV, judge.GOLD_FIELDS, [gold])
    rows = [_row(judge, 2, LEAD, "Rebels", "shell", "the airport")]
    judge.report_recall(rows, NEW, 20, 5)
    out = capsys.readouterr().out
    assert "found   Rebels | shell | airport" in out
    assert "recall 100.0%" in out and "RE-SEGMENTED d1" in out and "#1, #2" in out
    assert "LOST" not in out
    judge.report_recall([], [s for s in NEW if s[1] != 2], 20, 5)  # its text gone
    assert "LOST (no sentence holds its text any more) d1" in capsys.readouterr().out


def test_a_verdict_survives_its_sentence_index_moving(tables, capsys, tmp_path):
    judge = tables
    judged = _row(judge, 2, AFTER, "The army", "say", "")
    verdict = dict(zip(judge.KEY_FIELDS, judged.key(), strict=True))
    verdict.update(verdict="correct", cause="", excerpt=judge.excerpt(AFTER),
                   **{"class": "", "labels": ""})  # fmt: skip
    _write(judge.EVENTS_TSV, judge.JUDGE_FIELDS, [verdict])
    moved = _row(judge, 3, AFTER, "The army", "say", "")  # the same event, index 2 -> 3
    other = _row(judge, 2, LEAD, "Rebels", "shell", "the airport")
    found = judge.find_verdicts([moved, other], judge._read_tsv(judge.EVENTS_TSV))
    assert found[0] == (judged.key(), verdict, True)  # ranked by its judged key: still drawn
    assert found[1] == (other.key(), None, False)
    same = {(r.doc, r.sent): r.sent for r in (moved, other)}
    judge.report_precision([moved, other], 2, 7, tmp_path / "todo.tsv", same)
    out = capsys.readouterr().out
    assert "1 verdicts found by their sentence's text" in out and "correct 1" in out
    assert "1 drawn events not judged yet" in out


def test_a_repeated_sentence_keeps_its_verdict_to_itself(tables):
    # an article that repeats a sentence has the same event twice; only the judged one
    # has the verdict, and the other is not drawn with the judged one's rank.
    judge = tables
    judged = _row(judge, 2, AFTER, "The army", "say", "")
    verdict = dict(zip(judge.KEY_FIELDS, judged.key(), strict=True))
    verdict.update(verdict="correct", cause="", excerpt=judge.excerpt(AFTER))
    again = _row(judge, 7, AFTER, "The army", "say", "")
    found = judge.find_verdicts([judged, again], [verdict])
    assert found == [(judged.key(), verdict, False), (again.key(), None, False)]


@pytest.mark.parametrize(
    "span, index",
    [
        ((0, 16), 0),  # unchanged
        ((17, 32), 1),  # the headline split off reference sentence 1
        ((33, 33 + len(LEAD)), 1),  # and its lead: both keep index 1
        ((34 + len(LEAD), 34 + len(LEAD) + len(AFTER)), 2),  # the next one keeps 2
    ],
)
def test_a_sentence_cut_differently_keeps_its_reference_index(span, index):
    reference = [0, 17, 18 + len(GLUED)]  # the cut the verdicts were keyed by
    assert anchor_index(reference, span) == index


def test_re_cutting_a_document_changes_no_event_key_nor_the_draw(tables, tmp_path):
    judge = tables
    segments = tmp_path / "segments.tsv"
    old = [
        ("d1", 0, "Intro line here.", 0),
        ("d1", 1, GLUED, 17),
        ("d1", 2, AFTER, 18 + len(GLUED)),
    ]
    assert judge.anchor_sentences(old, segments) == {("d1", 0): 0, ("d1", 1): 1, ("d1", 2): 2}
    assert segments.read_text().splitlines()[1] == f"d1\t0 17 {18 + len(GLUED)}"
    # the new splitter cuts the headline off: index 3 is keyed (and ranked) as 2 was.
    anchors = judge.anchor_sentences(NEW, segments)
    assert anchors == {("d1", 0): 0, ("d1", 1): 1, ("d1", 2): 1, ("d1", 3): 2}


def _gold(actor: str, action: str, target: str) -> dict[str, str]:
    return {"actor": actor, "action": action, "target": target, "polarity": "pos",
            "modality": "asserted"}  # fmt: skip


@pytest.mark.parametrize(
    "gold, action, relation, kind, verdict",
    [
        # an agentless passive fact keeps the surface form: "be shot down".
        (("?", "shoot down", "a drone"), "be shot down", "was shot down", "relation", "found"),
        (("Jets", "struck", "the depot"), "strike", "struck", "event", "found"),
        (("Jets", "strike", "the depot"), "be struck", "was struck", "event", "found"),
        (("Rebels", "flee", "the depot"), "leave", "fled", "event", "found"),
        (("Rebels", "withdraw from", "the depot"), "pull out", "withdrew", "event", "found"),
        (("Gunners", "shell", "the depot"), "be shelled", "were shelled", "event", "found"),
        (("Rebels", "carry", "the depot"), "be carried", "was carried", "event", "found"),
        # another verb is still another verb.
        (("Jets", "strike", "the depot"), "hit", "hit", "event", "missed"),
        (("Rebels", "leave", "the depot"), "flee", "fled", "event", "missed"),
    ],
)
def test_the_recall_matcher_knows_verb_forms(judge, gold, action, relation, kind, verdict):
    actor, _, target = gold
    row = judge.Row("d1", 0, actor if actor != "?" else "the drone", action, "the depot", "pos",
                    "asserted", kind, relation, "ASSAULT", actor, target, "")  # fmt: skip
    assert judge.match(_gold(*gold), [row]) == verdict


def test_a_verdict_goes_stale_when_the_class_or_labels_change(tables, tmp_path, capsys):
    # the verdict was given to "round up" coded OTHER; once the code says COERCE the
    # event must be judged again, and the re-judgement appended to the file is taken.
    judge = tables
    before = replace(_row(judge, 2, AFTER, "Police", "round up", "activists"), action_class="OTHER")
    verdict = dict(zip(judge.KEY_FIELDS, before.key(), strict=True))
    verdict.update(verdict="partly", cause="class", excerpt=judge.excerpt(AFTER),
                   **{"class": "OTHER", "labels": "Police | activists"})  # fmt: skip
    after = replace(before, action_class="COERCE")
    assert judge.find_verdicts([before], [verdict]) == [(before.key(), verdict, False)]
    assert judge.find_verdicts([after], [verdict]) == [(after.key(), None, False)]
    _write(judge.EVENTS_TSV, judge.JUDGE_FIELDS, [verdict])
    judge.report_precision([after], 1, 7, tmp_path / "todo.tsv", {(after.doc, after.sent): 2})
    assert "1 verdicts stale" in capsys.readouterr().out
    todo = judge._read_tsv(tmp_path / "todo.tsv")
    assert todo[0]["class"] == "COERCE" and todo[0]["labels"] == "Police | activists"
    again = {**verdict, "verdict": "correct", "cause": "", "class": "COERCE"}
    assert judge.find_verdicts([after], [verdict, again]) == [(after.key(), again, False)]
    old = {k: v for k, v in verdict.items() if k not in ("class", "labels")}  # before the columns
    assert judge.find_verdicts([after], [old]) == [(after.key(), old, False)]
