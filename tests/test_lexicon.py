"""The CAMEO -> PLOVER lexicon compiler (tools/build_lexicon.py) and the packaged lexicon."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from graph.extract.cameodata import load_lexicon

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_lexicon", ROOT / "tools" / "build_lexicon.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def table(tool, shared_dir):
    return tool.read_mapping(shared_dir / tool.MAPPING, tool.read_modes(shared_dir / tool.MANUAL))


def test_modes_come_from_the_manual(tool, shared_dir):
    modes = tool.read_modes(shared_dir / tool.MANUAL)
    assert {"demo", "riot", "aerial", "explosives", "visit", "allege", "withdraw"} <= modes
    assert "pro_autocracy" not in modes


def test_packaged_lexicon_is_up_to_date(tool, shared_dir):
    assert tool.main(["--shared", str(shared_dir), "--check"]) == 0


def test_check_fails_on_a_stale_file(tool, shared_dir, tmp_path):
    stale = tmp_path / "lexicon.tsv"
    stale.write_text("# old\n", encoding="utf-8")
    assert tool.main(["--shared", str(shared_dir), "--check", "-o", str(stale)]) == 1


def test_missing_dictionaries_are_a_one_line_error(tool, tmp_path, capsys):
    assert tool.main(["--shared", str(tmp_path), "-o", str(tmp_path / "out.tsv")]) == 1
    assert capsys.readouterr().err.startswith("error: cannot read the dictionaries")
    assert not (tmp_path / "out.tsv").exists()


def test_lexicon_names_its_sources_and_licences():
    text = (ROOT / "graph" / "data" / "lexicon.tsv").read_text(encoding="utf-8")
    header = text[: text.index("\nS\t")]
    for needed in ("MIT License", "Open Event Data Alliance", "CC BY-SA 4.0", "CAMEO2PLOVER"):
        assert needed in header


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("046", ("CONSULT", "")),
        ("042", ("CONSULT", "visit")),
        ("141", ("PROTEST", "demo")),
        ("145", ("PROTEST", "riot")),
        ("163", ("SANCTION", "discontinue")),  # the manual's SANCTION modes, not the table
        ("195", ("FIGHT", "aerial")),  # CAMEO 19 is PLOVER FIGHT
        ("190", ("FIGHT", "")),
        ("183", ("ASSAULT", "suicide-attack")),  # CAMEO 18 stays ASSAULT
        ("202", ("ASSAULT", "")),  # mass killings: ASSAULT, as the 2021 table says
        ("2041", ("ASSAULT", "unconventional")),
        ("196", ("FIGHT", "")),  # violate a ceasefire
        ("112", ("DISAPPROVE", "")),  # ACCUSE renamed
        ("1121", ("DISAPPROVE", "allege")),
        ("091", ("INVESTIGATE", "")),  # ACCUSE `investigate` is its own type
        ("1041", ("DEMAND", "change")),  # REQUEST renamed
        ("020", ("DEMAND", "")),  # APPEAL, dropped by PLOVER, read as a request
        ("010", ("STATEMENT", "")),
        ("016", ("REJECT", "")),  # deny responsibility, as the manual suggests
        ("0874", ("RETREAT", "disarm")),
        ("175", ("ASSAULT", "")),  # "pro_autocracy" is a PLOVER context, not a mode
        ("---", ("", "")),
    ],
)
def test_cameo_codes_map_to_plover(tool, table, code, expected):
    assert tool.plover(code, table) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("* TALKS", ("", "", "talk|talks", "")),
        ("* {AIR STRIKE} (AGAINST)", ("", "", "air|airs strike|strikes", "against")),
        ("* OFF AID", ("", "off", "aid|aids", "")),
        ("* ON", ("", "on", "", "")),  # a bare preposition alone is a particle: "press on"
        ("POLICE * (TO BORDER)", ("police", "", "", "to:border|borders")),
        # a brace group before the verb is one subject phrase, its last word the head
        ("{RELIEF SUPPLIES} *", ("relief supplies", "", "", "")),
        ("WILL NOT * (TOWARDS +)", None),  # auxiliaries and negation: the parse handles them
    ],
)
def test_patterns_parse(tool, body, expected):
    parsed = tool.parse_pattern(body, {})
    if expected is not None:
        subject, particle, obj, preps = expected
        forms = [("|".join(sorted(tool.word_forms(w)))) for w in subject.split()]
        expected = (" ".join(forms), *expected[1:])
    assert parsed == expected


def test_patterns_are_indexed_by_verb_lemma():
    lexicon = load_lexicon()
    kill = lexicon.default("kill")
    assert kill is not None and kill.plover == "FIGHT"
    assert any(p.obj and "talks" in p.obj[-1] for p in lexicon.patterns["hold"])


def test_event_noun_ties_go_to_the_more_specific_code():
    # Two verb blocks code each phrase, one with the general code, one with a specific
    # one: the choice must not depend on the order a set yields them in (the hash seed).
    from graph.extract.cameo import Code
    from graph.extract.cameodata import _consensus

    general, specific = Code("040", "CONSULT", ""), Code("046", "CONSULT", "")
    keys = [("", f"parley{i}") for i in range(20)]
    votes = [(1, "hold", key, general, True) for key in keys]
    votes += [(2, "convene", key, specific, True) for key in keys]
    nouns = _consensus(votes, frozenset())
    assert {nouns[key] for key in keys} == {specific}
    lower, higher = Code("045", "CONSULT", ""), Code("046", "CONSULT", "")
    votes = [(1, "hold", key, higher, True) for key in keys]
    votes += [(2, "convene", key, lower, True) for key in keys]
    assert {_consensus(votes, frozenset())[key] for key in keys} == {lower}
