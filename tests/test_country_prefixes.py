"""The country part of a generic label is a country, people or place, never a stray word.

"Fierce government shelling" opening a headline is the story's government, never
"fierce/government" (a common word WordNet never capitalises names no people);
"Isis terrorists" and "the UNs envoy" are their group's; "Hama army units" are the army
of Hama's country; "Idlibs residents" are Idlib's. Peoples WordNet lists ("Kurdish",
"Druze"), places ("Idlib") and names no dictionary knows ("Tarvan") still qualify the
agent (issue 14).
Sentences written for these tests, with and without commas; events are built by hand.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from graph.model import Event, Provenance
from graph.normalize import normalize_events
from graph.normalize.noside import is_common_word, is_people_word

ROOT = Path(__file__).resolve().parents[1]


def actor_id(sentence: str, actor: str, target: str) -> str:
    """Normalise a one-sentence document; the event's actor id."""
    prov = Provenance("d1", "d1.txt", 0, 0, len(sentence), sentence)
    return list(normalize_events([Event(actor, "attack", target, prov)]))[-1].actor_id


@pytest.mark.parametrize(
    "sentence, actor, target, expected",
    [
        # a headline's opening word is no people: the story's government
        ("Fierce government shelling, the monitor said, hit Daraya in Syria on Monday.",
         "Fierce government shelling", "Daraya", "assad-regime"),
        ("Fierce government shelling the monitor said hit Daraya in Syria on Monday.",
         "Fierce government shelling", "Daraya", "assad-regime"),
        ("Fresh terrorist raids, the agency said, hit the old market of Homs.",
         "Fresh terrorist raids", "the old market of Homs", "unknown/gunmen"),
        ("Fresh terrorist raids the agency said hit the old market of Homs.",
         "Fresh terrorist raids", "the old market of Homs", "unknown/gunmen"),
        ("Desperate residents, the monitor said, fled the shelling of a town in Syria.",
         "Desperate residents", "the shelling", "syria/civilians"),
        ("Desperate residents the monitor said fled the shelling of a town in Syria.",
         "Desperate residents", "the shelling", "syria/civilians"),
        # a group's name (a possessive without its apostrophe too) is the group
        ("Isis terrorists, the agency said, attacked a checkpoint near Mayadin.",
         "Isis terrorists", "a checkpoint", "isis"),
        ("Isis terrorists the agency said attacked a checkpoint near Mayadin.",
         "Isis terrorists", "a checkpoint", "isis"),
        ("The UNs envoy, the paper said, pressed the rebels to leave the city.",
         "The UNs envoy", "the rebels", "un"),
        ("The UNs envoy the paper said pressed the rebels to leave the city.",
         "The UNs envoy", "the rebels", "un"),
        # a town's army is its country's
        ("Hama army units, the agency said, repelled an assault on a village in Syria.",
         "Hama army units", "an assault", "saa"),
        ("Hama army units the agency said repelled an assault on a village in Syria.",
         "Hama army units", "an assault", "saa"),
        ("Idlibs residents, the monitor said, fled the shelling of the town in Syria.",
         "Idlibs residents", "the shelling", "idlib/civilians"),
        ("Idlibs residents the monitor said fled the shelling of the town in Syria.",
         "Idlibs residents", "the shelling", "idlib/civilians"),
        # near misses: peoples, places and countries still name whose the agent is
        ("Druze militiamen, the monitor said, stormed a village near Sweida in Syria.",
         "Druze militiamen", "a village", "druze/gunmen"),
        ("Druze militiamen the monitor said stormed a village near Sweida in Syria.",
         "Druze militiamen", "a village", "druze/gunmen"),
        ("Kurdish fighters, the monitor said, took a village near Hasakah in Syria.",
         "Kurdish fighters", "a village", "kurdish/gunmen"),
        ("Idlib residents, the monitor said, fled the shelling of the town in Syria.",
         "Idlib residents", "the shelling", "idlib/civilians"),
        ("Idlib residents the monitor said fled the shelling of the town in Syria.",
         "Idlib residents", "the shelling", "idlib/civilians"),
        ("Russian troops, the ministry said, entered a village near Palmyra in Syria.",
         "Russian troops", "a village", "russia"),
        ("Syrian civilians, the agency said, fled the shelling of a town near Hama.",
         "Syrian civilians", "the shelling", "syria/civilians"),
        ("Idlib rebels, the monitor said, shelled a village near Hama in Syria.",
         "Idlib rebels", "a village", "idlib/rebels"),
        ("Tarvan fighters, the monitor said, shelled a village near Hama in Syria.",
         "Tarvan fighters", "a village", "tarvan/gunmen"),
        ("Tarvan fighters the monitor said shelled a village near Hama in Syria.",
         "Tarvan fighters", "a village", "tarvan/gunmen"),
    ],
)  # fmt: skip
def test_the_country_part_is_a_country_people_or_place(sentence, actor, target, expected):
    assert actor_id(sentence, actor, target) == expected


@pytest.mark.parametrize(
    ("word", "people", "common"),
    [("Kurdish", True, False), ("Kurds", True, False), ("Sunni", True, False),
     ("Alawite", True, False), ("Fierce", False, True), ("Motorbike", False, True),
     ("Tarvan", False, False), ("Fatah", False, False)],
)  # fmt: skip
def test_peoples_and_common_words_come_from_wordnet(word, people, common):
    assert (is_people_word(word), is_common_word(word)) == (people, common)


def _tool():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        path = ROOT / "tools" / "build_peoples.py"
        spec = importlib.util.spec_from_file_location("build_peoples", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "tools"))


def test_the_compiler_lists_classes_of_people_not_named_ones(tmp_path):
    # "Kurd" (a class of persons) is listed; "Young" (one named person, an instance) and
    # "fierce" (lower case) are not; a group is listed only under "people" ("Shia").
    (tmp_path / "data.noun").write_text(
        "  1 licence line\n"
        "07942152 14 n 01 people 0 000 | a body of persons\n"
        "00000011 18 n 01 Kurd 0 001 @ 00007846 n 0000 | a member of a people\n"
        "00000012 18 n 01 Young 0 001 @i 00007846 n 0000 | an educator\n"
        "00000013 14 n 01 Shia 0 001 @ 07942152 n 0000 | a branch\n"
        "00000014 14 n 01 State 0 001 @ 00000099 n 0000 | a department\n",
        encoding="latin-1",
    )
    (tmp_path / "data.adj").write_text(
        "  1 licence line\n"
        "00000021 01 a 01 Kurdish 0 000 | of the Kurds\n"
        "00000022 00 a 01 fierce 0 000 | violent\n",
        encoding="latin-1",
    )
    tool = _tool()
    found = tool.people_lemmas(tmp_path / "data.noun", {"14", "18"})
    found |= tool.people_lemmas(tmp_path / "data.adj", {"01"})
    assert found == {"kurd", "shia", "kurdish"}
    for pos in ("verb", "adv"):
        (tmp_path / f"data.{pos}").write_text("  1 licence line\n", encoding="latin-1")
    # lower-case lemmas never written with a capital; "Kurd", "Young" are capitalised
    assert tool.common_words(tmp_path) == {"people", "fierce"}


def test_the_packaged_list_is_up_to_date():
    if not Path("/usr/share/wordnet/data.noun").exists():
        pytest.skip("WordNet is not installed (apt-get install wordnet-base)")
    assert _tool().main(["--check"]) == 0
