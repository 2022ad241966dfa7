"""States, perception and habits are facts, not events (graph/extract/states.py).

Also the compiler of the verb list (tools/build_state_verbs.py) and the rule that an
uncoded act on a thing is a fact (graph/normalize/agency.py).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.extract.states import is_state_verb
from graph.normalize import normalize_events

Parse = Callable[..., Doc]
ROOT = Path(__file__).resolve().parents[1]
WORDNET = Path("/usr/share/wordnet")


def _tool() -> ModuleType:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        path = ROOT / "tools" / "build_state_verbs.py"
        spec = importlib.util.spec_from_file_location("build_state_verbs", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "tools"))


def _fake_wordnet(root: Path) -> Path:
    # four verbs: mostly stative (ponder), half stative (waver), an act (smash), and one
    # never tagged whose first sense is perception (glimpse).
    (root / "cntlist.rev").write_text(
        "ponder%2:42:00:: 1 6\nponder%2:35:00:: 2 2\n"
        "waver%2:42:00:: 1 3\nwaver%2:38:00:: 2 3\n"
        "smash%2:35:00:: 1 9\nsmash%2:42:00:: 2 1\n"
        "ponder%1:09:00:: 1 4\n",
        encoding="latin-1",
    )
    (root / "data.verb").write_text(
        "  1 licence line\n"
        "00000001 42 v 01 ponder 0 000 | think\n"
        "00000002 38 v 01 waver 0 000 | sway\n"
        "00000003 35 v 01 smash 0 000 | break\n"
        "00000004 39 v 01 glimpse 0 000 | see briefly\n",
        encoding="latin-1",
    )
    (root / "index.verb").write_text(
        "  1 licence line\n"
        "ponder v 1 0 1 0 00000001\nwaver v 1 0 1 0 00000002\n"
        "smash v 1 0 1 0 00000003\nglimpse v 1 0 1 0 00000004\n",
        encoding="latin-1",
    )
    (root / "verb.exc").write_text("smote smite\nglimpsed glimpse\n", encoding="latin-1")
    return root


def test_the_compiler_lists_verbs_mostly_used_as_states(tmp_path):
    tool = _tool()
    wordnet = _fake_wordnet(tmp_path)
    counts = tool.tagged_counts(wordnet / "cntlist.rev")
    first = tool.first_sense_files(wordnet / "index.verb", wordnet / "data.verb")
    assert tool.state_verbs(counts, first) == [("glimpse", 1.0), ("ponder", 0.75)]
    assert tool.irregular_forms(wordnet / "verb.exc") == [
        ("smote", "smite"),
        ("glimpsed", "glimpse"),
    ]


@pytest.mark.skipif(not WORDNET.exists(), reason="WordNet (wordnet-base) is not installed")
def test_the_packaged_verb_list_is_up_to_date():
    assert _tool().main(["--check"]) == 0


@pytest.mark.parametrize(
    "lemma, expected",
    [
        ("rely", True),
        ("mistake", True),
        ("dominate", True),
        ("witness", True),
        ("kill", False),
        ("seize", False),
        ("take", False),
        ("foil", False),
    ],
)
def test_state_verbs_come_from_wordnet(lemma, expected):
    assert is_state_verb(lemma) is expected


def _kinds(parse: Parse, text: str) -> dict[tuple[str, str, str], str]:
    doc = parse(text)
    events = normalize_events(sorted(set(extract_events(doc)), key=lambda e: e.sort_key()))
    return {(e.actor, e.action, e.target): e.kind for e in events}


@pytest.mark.parametrize(
    "text, triple, kind",
    [
        # a verb of state, perception or thought the dictionary does not code
        (
            "The charity relies on donors in the diaspora.",
            ("The charity", "rely on", "donors in the diaspora"),
            "relation",
        ),
        (
            "Border guards shot the herders after mistaking them for smugglers.",
            ("Border guards", "mistake", "the herders"),  # "them" taken up (aims.py)
            "relation",
        ),
        (
            "Two reporters witnessed the raid on the depot.",
            ("Two reporters", "witness", ""),
            "relation",
        ),
        (
            "The militia dominated the valley.",
            ("The militia", "dominate", "the valley"),
            "relation",
        ),
        # an uncoded verb in the simple present: a standing state or a habit
        (
            "The navy retains the authority to board ships.",
            ("The navy", "retain", "the authority"),
            "relation",
        ),
        (
            "Most of the recruits come from the coastal villages.",
            ("Most of the recruits", "come from", "the coastal villages"),
            "relation",
        ),
        # ... but a chronology tells its past in the present
        (
            "March 2014 The governor sacks the police chief of Kassala.",
            ("The governor", "sack", "the police chief of Kassala"),
            "event",
        ),
        # acts stay events: a coded verb, a light verb with its event, a passive's agent
        ("The militia stormed the valley.", ("The militia", "storm", "the valley"), "event"),
        (
            "The army continued its assault on the ridge.",
            ("The army", "assault", "the ridge"),
            "event",
        ),
        (
            "Prisoners were subjected to beatings by the guards.",
            ("the guards", "beat", "Prisoners"),
            "event",
        ),
        (
            "The junta refused to respond to the ultimatum.",
            ("The junta", "respond to", "the ultimatum"),
            "event",
        ),
        ("Rebels retook the hill town.", ("Rebels", "retake", "the hill town"), "event"),
        # a private person's uncoded act on a thing is a fact; on someone or somewhere, or
        # a political actor's, an event
        (
            "A farmer sold his tractor to pay the smugglers.",
            ("A farmer", "sell", "his tractor"),
            "relation",
        ),
        (
            "Volunteers scraped the mud from the clinic floor.",
            ("Volunteers", "scrap", "the mud"),
            "relation",
        ),
        # a civilian's uncoded act is a fact even on someone or somewhere
        (
            "Nurses treated the wounded miners at the clinic.",
            ("Nurses", "treat", "the wounded miners"),
            "relation",
        ),
        (
            "Villagers pulled two boys from the collapsed well.",
            ("Villagers", "pull", "two boys"),
            "relation",
        ),
        # ... and so is that of people who are no party (no gazetteer or agent entry)
        (
            "Two air force pilots flew a cargo plane along the border.",
            ("Two air force pilots", "fly", "a cargo plane"),
            "relation",
        ),
        (
            "On Monday, the recruits travelled to the border town.",
            ("the recruits", "travel to", "the border town"),
            "relation",
        ),
        (
            "On Monday the recruits travelled to the border town.",
            ("the recruits", "travel to", "the border town"),
            "relation",
        ),
        # ... while their coded acts stay events
        (
            "The inspectors visited the field hospital.",
            ("The inspectors", "visit", "the field hospital"),
            "event",
        ),
        (
            "Troops fled the burning hamlet.",
            ("Troops", "flee", "the burning hamlet"),
            "event",
        ),
        ("The mayor purged the officers.", ("The mayor", "purge", "the officers"), "event"),
        (
            "The Chadian army relocated its arsenal to the hills.",
            ("The Chadian army", "relocate", "its arsenal"),
            "event",
        ),
        (
            "Rebels regained ground near the dam.",
            ("Rebels", "regain", "ground near the dam"),
            "event",
        ),
        (
            "Fighters unleashed a volley of rockets on the barracks.",
            ("Fighters", "unleash", "the barracks"),
            "event",
        ),
    ],
)
def test_states_and_acts_on_things_are_facts(parse, text, triple, kind):
    assert _kinds(parse, text).get(triple) == kind
