"""Gold loading and one-to-one scoring, on a hand-written gold file and hand-built events."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from graph.errors import GraphError
from graph.evaluate import GoldEvent, load_gold, score_events
from graph.model import Event, Provenance

GOLD = """\
# a comment line
doc\tcue\tactor\taction\ttarget\tactor_id\ttarget_id\tlocation\ttime\tpolarity\tmodality\tattribution
a.txt\tshelled the airport\tThe rebels\tshell\tthe airport\trebels\t\tAden\tMonday\tpos\tasserted\t
a.txt\twould not enter\tthe army\tenter\tthe city\tarmy\t\t\t\tneg\thypothetical\ta spokesman
b.txt\tlinked up with\tKurdish fighters\tlink up with\t\t\t\t\t\tpos\tasserted\t
"""
S1 = "The rebels shelled the airport in Aden on Monday."
S2 = "A spokesman said the army would not enter the city."
S3 = "Kurdish fighters linked up with US troops."
S4 = "Nothing in the gold happened here."


def _event(
    sentence: str, actor: str, action: str, target: str, source: str = "seeds/a.txt", **kw: Any
) -> Event:
    prov = Provenance("d", source, 0, 0, len(sentence), sentence)
    return replace(Event(actor, action, target, prov), **kw)


@pytest.fixture
def gold(tmp_path: Path) -> list[GoldEvent]:
    path = tmp_path / "gold.tsv"
    path.write_text(GOLD, encoding="utf-8")
    return load_gold(path)


def test_load_gold_reads_rows_after_the_header(gold):
    assert [g.action for g in gold] == ["shell", "enter", "link up with"]
    assert gold[1].attribution == "a spokesman" and gold[1].modality == "hypothetical"
    assert gold[2].target == "" and gold[2].polarity == "pos" and gold[0].line == 3


def test_load_gold_rejects_a_file_without_the_needed_columns(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("doc\tcue\tactor\n", encoding="utf-8")
    with pytest.raises(GraphError, match=r"header on line 1 lacks action, target"):
        load_gold(path)


def test_load_gold_names_a_row_with_too_many_cells(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("doc\tcue\tactor\taction\ttarget\na\tb\tc\td\te\tf\n", encoding="utf-8")
    with pytest.raises(GraphError, match=r"line 2 has 6 cells"):
        load_gold(path)


def test_perfect_events_score_one(gold):
    events = [
        _event(S1, "The rebels", "shell", "the airport", location="Aden"),
        _event(S2, "the army", "enter", "the city", polarity="neg", modality="hypothetical"),
        _event(S3, "Kurdish fighters", "link up with", "US troops", source="b.txt"),
    ]
    score = score_events(events, gold)
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert (score.polarity, score.modality, score.location) == (1.0, 1.0, 1.0)
    assert score.missed == () and score.unmatched == ()


def test_matching_needs_document_verb_actor_and_target(gold):
    events = [
        _event(S1, "The rebels", "shell", "the airport", source="other.txt"),  # wrong document
        _event(S1, "The rebels", "strike", "the airport"),  # wrong verb
        _event(S1, "Government troops", "shell", "the airport"),  # no shared actor word
        _event(S1, "The rebels", "shell", "a hospital"),  # no shared target word
    ]
    score = score_events(events, gold)
    assert score.matched == ()
    assert score.counted == 3  # the other document has no gold cue
    assert score.precision == 0.0 and score.recall == 0.0


def test_one_system_event_matches_one_gold_row(gold):
    twice = [_event(S1, "rebels", "shell", "airport"), _event(S1, "The rebels", "shell", "airport")]
    score = score_events(twice, gold)
    assert len(score.matched) == 1 and len(score.unmatched) == 1
    assert score.precision == 0.5 and score.recall == pytest.approx(1 / 3)


def test_events_outside_gold_sentences_and_relations_are_not_counted(gold):
    events = [
        _event(S4, "Nobody", "do", "anything"),
        _event(S1, "The rebels", "be", "a group", kind="relation"),
        _event(S1, "The rebels", "shell", "the airport"),
    ]
    score = score_events(events, gold)
    assert score.counted == 1 and score.precision == 1.0


def test_any_target_fits_an_empty_gold_target_and_ids_can_match(gold):
    events = [
        _event(S3, "They", "link up with", "", source="b.txt"),
        _event(S2, "it", "enter", "the city", actor_id="army"),
    ]
    score = score_events(events, gold)
    assert len(score.matched) == 1  # "They" shares no word and has no id
    assert score.matched[0][1].actor == "it"


def test_a_gold_target_naming_the_act_is_found_in_the_relation(tmp_path):
    # the extractor says "carried out raids" with no target; a gold row written with
    # the raids as the target still finds the event, and a relation without them does not.
    path = tmp_path / "gold.tsv"
    path.write_text(
        "doc\tcue\tactor\taction\ttarget\n"
        "a.txt\tcarried out night raids\tjets\tcarry out\tnight raids\n",
        encoding="utf-8",
    )
    sentence = "The jets carried out night raids on Monday."
    found = _event(sentence, "The jets", "carry out", "", relation="carried out night raids")
    other = _event(sentence, "The jets", "carry out", "", relation="carried out")
    assert len(score_events([found], load_gold(path)).matched) == 1
    assert score_events([other], load_gold(path)).matched == ()


def test_a_gold_light_verb_finds_the_act_its_noun_names(tmp_path):
    # the extractor names the act ("strike") and keeps the words as written in the
    # relation; a gold row written with the light verb finds it there, not elsewhere.
    path = tmp_path / "gold.tsv"
    path.write_text(
        "doc\tcue\tactor\taction\ttarget\n"
        "a.txt\tcarried out air strikes\tjets\tcarry out\tthe depot\n",
        encoding="utf-8",
    )
    sentence = "The jets carried out air strikes on the depot."
    relation = "carried out air strikes on"
    found = _event(sentence, "The jets", "strike", "the depot", relation=relation)
    other = _event(sentence, "The jets", "strike", "the depot", relation="struck")
    assert len(score_events([found], load_gold(path)).matched) == 1
    assert score_events([other], load_gold(path)).matched == ()


def test_wrong_polarity_modality_and_place_are_reported(gold):
    events = [
        _event(S1, "The rebels", "shell", "the airport", location="Sanaa"),
        _event(S2, "the army", "enter", "the city"),
    ]
    score = score_events(events, gold)
    assert len(score.matched) == 2
    assert score.polarity == 0.5 and score.modality == 0.5
    assert score.location == 0.0  # only the row with a location counts


def test_the_docstring_states_the_matching_rules():
    doc = score_events.__doc__ or ""
    assert "cue" in doc and "one to one" in doc and "false positives" in doc
