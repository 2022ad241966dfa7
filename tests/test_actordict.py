"""The compiled actor dictionary: the Phoenix reader, its filtering rules, time-aware roles."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from rdflib import Graph

from graph.model import Event, Provenance
from graph.normalize import normalize_events
from graph.normalize.actordict import (
    DictRow,
    Role,
    cameo_code,
    dictionary_path,
    parse_role,
    read_dictionary,
    role_at,
)
from graph.normalize.gazetteer import Gazetteer, load_gazetteer

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "tools"))


@pytest.fixture(scope="module")
def phoenix() -> ModuleType:
    return _tool("phoenix_actors")


# ---------------------------------------------------------------- roles


def test_role_text_round_trips():
    roles = (Role("USAGOV", "2009-01-20", ""), Role("RUSELI"), Role("IGOUNO", "", "2006-12-31"))
    for role in roles:
        assert parse_role(role.text()) == role


MAYOR = (
    Role("XXXELI", "1980-01-01", "2001-05-01"),
    Role("XXXGOV", "2001-05-01", "2009-06-30"),
    Role("XXXGOV", "2012-01-01", ""),
)


@pytest.mark.parametrize(
    ("roles", "day", "expected"),
    [
        (MAYOR, "2005-03-01", "XXXGOV"),
        (MAYOR, "1995-03-01", "XXXELI"),
        (MAYOR, "2010-06-01", None),  # between two terms, no default: no code
        (MAYOR, "2020-01-01T10:00:00", "XXXGOV"),
        (MAYOR, "", "XXXGOV"),  # undated: the latest role
        ((*MAYOR[:2], Role("XXXELI")), "2010-06-01", "XXXELI"),  # the undated default
        ((Role("XXXMIL"),), "1950-01-01", "XXXMIL"),
        ((), "2000-01-01", None),
    ],
)
def test_role_at_the_documents_date(roles, day, expected):
    role = role_at(roles, day)
    assert (role.code if role else None) == expected


@pytest.mark.parametrize(
    ("country", "sector", "code"),
    [
        ("USA", "GOV", "USAGOV"),
        ("", "REB", "---REB"),
        ("SYR", "", "SYR"),
        ("IGO", "IGO", "IGO"),
        ("", "", ""),
    ],
)
def test_cameo_code(country, sector, code):
    assert cameo_code(country, sector) == code


# ---------------------------------------------------------------- the Phoenix reader

SAMPLE = """\
# a dictionary written for this test
RURITANIA_  [RUR]
+RURITANIAN_
ZENDA_MINISTRY_OF_DEFENCE_
+ZENDA_DEFENCE_MINISTRY
\t[RURMIL]
RUDOLF_RASSENDYLL_  # CountryInfo.txt
+PRESIDENT_RASSENDYLL_
+RASSENDYLL
\t[RURELI 700101-990809]
\t[RURGOV 990809-20080507]
\t[RURELI]
MICHAEL_ELPHBERG_
+MICHEL_ELPHBERG_
MICHAEL_ELPHBERG_THE_ELDER_
\t[RURGOV 20010101-20020101]
SENATE_
+RURITANIAN_SENATE
\t[RURGOVLEG]
FLAVIA_STRELSAU_  # CountryInfo.txt
+FLAVIA_
+STRELSAU_
\t[RURELI 19700101-19990809]
RUPERT_HENTZAU_ [RURREB]
+HENTZAU_
OTTO_HENTZAU_ [GRDREB]
+HENTZAU_
"""


@pytest.fixture
def sample(tmp_path: Path, phoenix: ModuleType) -> list[Any]:
    path = tmp_path / "Sample.actors.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    return list(phoenix.read_entries(path))


def test_reader_gives_names_synonyms_and_dated_roles(sample):
    person = next(e for e in sample if e.names[0] == "RUDOLF_RASSENDYLL_")
    assert person.names[1:] == ["PRESIDENT_RASSENDYLL_", "RASSENDYLL"]
    assert person.person
    assert [r.text() for r in person.roles] == [
        "RURELI@19700101-19990809",
        "RURGOV@19990809-20080507",
        "RURELI",
    ]
    inline = next(e for e in sample if e.names[0] == "RUPERT_HENTZAU_")
    assert [r.code for r in inline.roles] == ["RURREB"]


def test_a_block_of_codes_belongs_to_every_name_before_it(sample):
    elphbergs = [e for e in sample if e.names[0].startswith("MICHAEL_ELPHBERG")]
    assert len(elphbergs) == 2
    assert all([r.code for r in e.roles] == ["RURGOV"] for e in elphbergs)


def test_labels_from_capitals(phoenix):
    assert phoenix.display("BASHAR AL-ASSAD") == "Bashar al-Assad"
    assert phoenix.display("MR OBAMA") == "Mr Obama"
    assert phoenix.display("UN SECRETARY GENERAL") == "UN Secretary General"
    assert phoenix.display("U.S. MILITARY") == "U.S. Military"


def test_filtering_rules(sample, phoenix):
    tables = phoenix.Tables(
        agent_words=frozenset({"senate", "ministry", "defence"}),
        sectors=frozenset({"GOV", "MIL", "REB", "ELI", "LEG"}),
        states=frozenset({"RUR", "GRD"}),
        key=lambda alias: " ".join(alias.split()),
    )
    curated = phoenix.Curated(
        keys={"zenda defence ministry": ("ruritanian-army", "RUR")},
        country_keys=frozenset({"ruritania", "ruritanian"}),
        ids=frozenset({"ruritania", "ruritanian-army"}),
    )
    compiled = {c.actor_id: c for c in phoenix.select(sample, tables, curated)}
    # rule 1: the bare country entry is left to our own gazetteer
    assert "ruritania" not in compiled or compiled["ruritania"].actor_type == ""
    # rule 4: an entry sharing a curated name lends it its other aliases
    assert compiled["ruritanian-army"].aliases == ["Zenda Ministry of Defence"]
    assert compiled["ruritanian-army"].actor_type == ""
    # two spellings of one name (same last word) in one code block are one actor;
    # another name in the same block is another actor with the same roles
    assert compiled["michael-elphberg"].aliases == ["Michael Elphberg", "Michel Elphberg"]
    elder = compiled["michael-elphberg-the-elder"]
    assert elder.roles == compiled["michael-elphberg"].roles
    assert compiled["rudolf-rassendyll"].actor_type == "person"
    assert "Rassendyll" in compiled["rudolf-rassendyll"].aliases
    # rule 2: a generic agent word alone names no one; with its country it does
    assert "senate" not in compiled
    assert compiled["ruritanian-senate"].aliases == ["Ruritanian Senate"]
    # rule 3: "Hentzau" names people of two countries, so neither keeps it
    assert compiled["rupert-hentzau"].aliases == ["Rupert Hentzau"]
    assert compiled["otto-hentzau"].aliases == ["Otto Hentzau"]
    assert compiled["otto-hentzau"].actor_type == "armed-group"
    # rule 6: a person's one-word alias is the surname, never the given name
    assert compiled["flavia-strelsau"].aliases == ["Flavia Strelsau", "Strelsau"]


def test_dated_groups_are_not_people(tmp_path, phoenix):
    path = tmp_path / "Groups.actors.txt"
    path.write_text("BLACK_ELPHBERG_BRIGADE_ [RURREB 19900101-19990101]\n", encoding="utf-8")
    (group,) = phoenix.read_entries(path, dated_people=False)
    (person,) = phoenix.read_entries(path)
    tables = phoenix.Tables(frozenset(), frozenset({"REB"}), frozenset({"RUR"}), lambda a: a)
    curated = phoenix.Curated({}, frozenset(), frozenset())
    assert [c.actor_type for c in phoenix.select([group], tables, curated)] == ["armed-group"]
    # read as a persons file, a dated entry is a person, unless its name is a body's
    assert [c.actor_type for c in phoenix.select([person], tables, curated)] == ["armed-group"]
    path.write_text("RUDOLF_ELPHBERG_ [RURREB 19900101-19990101]\n", encoding="utf-8")
    (person,) = phoenix.read_entries(path)
    assert [c.actor_type for c in phoenix.select([person], tables, curated)] == ["person"]


# ---------------------------------------------------------------- the shipped data


def test_shipped_dictionary_matches_the_compiler(shared_dir):
    build = _tool("build_actors")
    phoenix_dir = shared_dir / "dictionaries" / "phoenix"
    actors_ttl = (ROOT / "graph" / "data" / "actors.ttl").read_text(encoding="utf-8")
    compiled = build.compile_dictionary(phoenix_dir, actors_ttl)
    assert dictionary_path().read_text(encoding="utf-8") == compiled


def test_shipped_dictionary_round_trips_time_aware_roles():
    with dictionary_path().open(encoding="utf-8") as lines:
        rows = list(read_dictionary(lines))
    dated = [row for row in rows if any(r.dated for r in row.roles)]
    assert len(dated) > 1000
    for row in dated:
        assert [parse_role(r.text()) for r in row.roles] == list(row.roles)
    gaz = load_gazetteer()
    for row in dated[:200]:
        actor = gaz.get(row.actor_id)
        assert actor is not None and actor.roles == row.roles


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Barack Obama", "2015-06-01", "USAGOV"),
        ("Barack Obama", "2005-06-01", ""),  # not yet in office: no role that day
        ("Barack Obama", "", "USAGOV"),  # undated: the latest role
        ("Vladimir Putin", "2003-02-01", "RUSGOV"),
        ("Vladimir Putin", "1985-02-01", "RUSELI"),
    ],
)
def test_people_are_coded_by_the_role_of_the_day(name, day, code):
    found = load_gazetteer().lookup(name)
    assert found is not None
    actor, _ = found
    assert actor.actor_type == "person" and actor.code_at(day) == code


def _event(sentence: str, actor: str, action: str, target: str, index: int = 0) -> Event:
    prov = Provenance("d1", "d1.txt", index, 0, len(sentence), sentence)
    return Event(actor, action, target, prov)


@pytest.mark.parametrize(
    ("sentence", "actor", "target", "day", "codes"),
    [
        ("Obama ordered strikes on Russia.", "Obama", "Russia", "2016-02-01", ("USAGOV", "RUS")),
        ("Obama criticised Russia.", "Obama", "Russia", "2004-02-01", ("", "RUS")),
        ("The Pentagon warned Syria.", "The Pentagon", "Syria", "", ("USAMIL", "SYR")),
        ("Putin called Erdogan.", "Putin", "Erdogan", "2016-01-01", ("RUSGOV", "TURGOV")),
        ("The US Congress condemned Iran.", "The US Congress", "Iran", "", ("USAGOV", "IRN")),
    ],
)
def test_events_carry_the_codes_of_their_date(sentence, actor, target, day, codes):
    event = _event(sentence, actor, "attack", target)
    (done,) = normalize_events([event], dates={"d1": day} if day else None)
    assert (done.actor_code, done.target_code) == codes


def _people_gazetteer() -> Gazetteer:
    gaz = Gazetteer(Graph())
    roles = (Role("RURGOV", "1990-01-01", ""),)
    gaz.add_rows(
        [
            DictRow("rudolf-karl-rassendyll", "Rudolf Karl Rassendyll", "person", roles,
                    ("Rudolf Karl Rassendyll", "Rassendyll")),
            DictRow("anton-hentzau", "Anton Hentzau", "person", roles, ("Anton Hentzau",)),
            DictRow("anton-otto-hentzau", "Anton Otto Hentzau", "person", roles,
                    ("Anton Otto Hentzau",)),
        ]
    )  # fmt: skip
    return gaz


def test_a_person_is_found_by_first_and_last_name():
    gaz = _people_gazetteer()
    found = gaz.person_named("Rudolf von Rassendyll")
    assert found is not None and found.actor_id == "rudolf-karl-rassendyll"
    assert gaz.person_named("Anton J. Hentzau") is None  # two people share it
    assert gaz.person_named("Rassendyll") is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Anton Hentzau", "anton-hentzau"),  # an exact spelling of one of them wins
        ("Anton Otto Hentzau", "anton-otto-hentzau"),
        ("Anton Otto von Hentzau", "anton-otto-hentzau"),
        ("Anton Otto Hentzzau", "anton-otto-hentzau"),  # a doubled letter
        ("Rudolf Karl al-Rassendyl", "rudolf-karl-rassendyll"),  # unique first + last pair
        ("Yusuf Omar El-Bakri", "yusuf-omar-ahmad-al-bakri"),  # a middle name left out
        ("Yusuf al Bakri", "yusuf-al-bakri"),
        ("Yusuf Ibrahim Bakri", None),  # a middle name of neither
    ],
)
def test_a_person_is_found_by_spelling_variants(name, expected):
    gaz = _people_gazetteer()
    roles = (Role("RURGOV", "1990-01-01", ""),)
    gaz.add_rows(
        [
            DictRow("yusuf-omar-ahmad-al-bakri", "Yusuf Omar Ahmad al Bakri", "person", roles,
                    ("Yusuf Omar Ahmad al Bakri",)),
            DictRow("yusuf-al-bakri", "Yusuf al Bakri", "person", roles, ("Yusuf al Bakri",)),
        ]
    )  # fmt: skip
    found = gaz.person_named(name)
    assert (found.actor_id if found is not None else None) == expected


def test_titled_and_bare_names_resolve_to_the_dictionary_person():
    gaz = _people_gazetteer()
    events = [
        _event("President Rudolf K. Rassendyll visited Zenda.", "President Rudolf K. Rassendyll",
               "visit", "Zenda"),
        _event("Rudolf J. Rassendyll left.", "Rudolf J. Rassendyll", "leave", "", 1),
    ]  # fmt: skip
    done = list(normalize_events(events, gazetteer=gaz))
    assert [e.actor_id for e in done] == ["rudolf-karl-rassendyll"] * 2
    assert done[0].actor_code == "RURGOV"


@pytest.mark.parametrize(
    ("label", "group"),
    [("Free Patriots Coalition", True), ("Southern Liberation Front", True),
     ("Omar Khalil", False), ("Coalition", False)],
)  # fmt: skip
def test_a_name_ending_in_a_body_word_is_no_person(phoenix, label, group):
    assert phoenix.names_group(label) is group


def test_a_body_listed_with_its_leaders_is_typed_as_a_body():
    actor = load_gazetteer().get("syrian-national-coalition")
    assert actor is not None and actor.actor_type == "organisation"
