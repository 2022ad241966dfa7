"""Normalisation: gazetteer aliases, demonyms, capitals, names, coreference, action classes."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pycountry
import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SKOS

from graph.errors import OntologyError
from graph.model import ACTOR_TYPES, Event, Provenance
from graph.normalize import action_class, normalize_events
from graph.normalize.gazetteer import actors_path, load_gazetteer
from graph.vocab import ACTOR, ACTOR_CLASSES, NG, load_ontology

ROOT = Path(__file__).resolve().parents[1]


def ev(
    sentence: str,
    actor: str,
    action: str = "attack",
    target: str = "",
    *,
    doc: str = "d1",
    index: int = 0,
    **extra: Any,
) -> Event:
    prov = Provenance(doc, f"{doc}.txt", index, 0, len(sentence), sentence)
    return Event(actor, action, target, prov, **extra)


def norm(*events: Event, **options: Any) -> list[Event]:
    return list(normalize_events(list(events), **options))


def actor_of(sentence: str, actor: str, **extra: Any) -> Event:
    return norm(ev(sentence, actor, **extra))[0]


# ---------------------------------------------------------------- alias paths

ALIASES = [
    ("ISIL fighters attacked the town.", "ISIL", "isis"),
    ("Daesh claimed the bombing.", "Daesh", "isis"),
    ("The Islamic State group attacked.", "The Islamic State group", "isis"),
    ("IS attacked the convoy.", "IS", "isis"),
    ("The Taliban attacked the post.", "The Taliban", "taliban"),
    ("Al-Qaida attacked the base.", "Al-Qaida", "al-qaeda"),
    ("Hizbollah fired rockets.", "Hizbollah", "hezbollah"),
    ("The Houthis fired a missile.", "The Houthis", "houthis"),
    ("Jabhat al-Nusra shelled the town.", "Jabhat al-Nusra", "hts"),
    ("Wagner mercenaries entered the town.", "Wagner mercenaries", "wagner"),
    ("NATO warned Moscow.", "NATO", "nato"),
    ("The U.N. sent aid.", "The U.N.", "un"),
    ("The European Union imposed sanctions.", "The European Union", "eu"),
    ("The ICRC delivered aid.", "The ICRC", "icrc"),
    ("The Syrian Arab Army advanced.", "The Syrian Arab Army", "saa"),
    ("The Kurdish YPG fought back.", "The Kurdish YPG", "ypg"),
    ("The U.S.-led coalition struck.", "The U.S.-led coalition", "us-led-coalition"),
    ("The Assad regime bombed Idlib.", "The Assad regime", "assad-regime"),
    ("The regime bombed Idlib.", "The regime", "assad-regime"),
    ("Turkey shelled the border.", "Turkey", "turkey"),
    ("The Russian Federation objected.", "The Russian Federation", "russia"),
]


@pytest.mark.parametrize(("sentence", "span", "expected"), ALIASES)
def test_exact_aliases(sentence, span, expected):
    assert actor_of(sentence, span).actor_id == expected


@pytest.mark.parametrize(("sentence", "span"), [("Let us talk.", "us"), ("This is it.", "is")])
def test_capital_aliases_match_only_as_written(sentence, span):
    assert actor_of(sentence, span).actor_id not in ("united-states", "isis")


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("The so-called free Syrian army held the hill.",
         "The so-called free Syrian army", "fsa"),
        ("The free Syrian army held the hill.", "The free Syrian army", "fsa"),
        ("The self-styled Islamic State group claimed it.", "The self-styled Islamic State group",
         "isis"),
    ],
)  # fmt: skip
def test_a_long_name_written_in_loose_case_is_still_that_name(sentence, span, expected):
    assert actor_of(sentence, span).actor_id == expected


DEMONYMS = [
    ("Russian submarines launched missiles.", "Russian submarines", "russia"),
    ("US warplanes downed a drone.", "US warplanes", "united-states"),
    ("The Russians dropped supplies.", "The Russians", "russia"),
    ("Iranian officials denied it.", "Iranian officials", "iran"),
    ("British troops left.", "British troops", "united-kingdom"),
    ("A Turkish drone hit the car.", "A Turkish drone", "turkey"),
    ("American diplomats met them.", "American diplomats", "united-states"),
    ("Syrian jets bombed the town.", "Syrian jets", "assad-regime"),  # state head + governmentOf
    ("Pro-Assad regime forces advanced.", "Pro-Assad regime forces", "assad-regime"),
    ("Pro-regime militias advanced.", "Pro-regime militias", "pro-assad-regime/gunmen"),
    ("Russian-backed pro-regime troops advanced.", "Russian-backed pro-regime troops",
     "assad-regime"),
    ("The Russian Ministry of Defense said so.", "The Russian Ministry of Defense", "russia"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "span", "expected"), DEMONYMS)
def test_demonyms_and_demonym_headed_phrases(sentence, span, expected):
    assert actor_of(sentence, span).actor_id == expected


CAPITALS = [
    ("Washington declined.", "Washington", "united-states"),
    ("Moscow objected.", "Moscow", "russia"),
    ("Damascus denied the report.", "Damascus", "assad-regime"),
    ("Tehran warned Riyadh.", "Tehran", "iran"),
    ("Kiev asked for help.", "Kiev", "ukraine"),
    ("Beijing protested.", "Beijing", "china"),
]


@pytest.mark.parametrize(("sentence", "span", "expected"), CAPITALS)
def test_capital_metonymy(sentence, span, expected):
    assert actor_of(sentence, span).actor_id == expected


def test_capital_as_target_of_a_physical_action_is_the_city():
    sentence = "Rebels entered Damascus."
    event = norm(ev(sentence, "Rebels", "enter", "Damascus"))[0]
    assert (event.action_class, event.target_id, event.target_type) == (
        "FIGHT",
        "damascus",
        "location",
    )
    talks = norm(ev("Ankara talked to Damascus.", "Ankara", "talk to", "Damascus"))[0]
    assert (talks.actor_id, talks.target_id) == ("turkey", "assad-regime")


ROLES = [
    ("A spokesman for the US-led coalition said so.", "A spokesman for the US-led coalition",
     "us-led-coalition"),
    ("US officials told reporters.", "US officials", "united-states"),
    ("A group of SDF fighters captured the hill.", "A group of SDF fighters", "sdf"),
    ("Hundreds of civilians fled.", "Hundreds of civilians", "unknown/civilians"),
    ("ISIS positions were hit.", "ISIS positions", "isis"),
    ("Russia's foreign ministry said so.", "Russia's foreign ministry", "russia"),
    ("Members of Hamas were arrested.", "Members of Hamas", "hamas"),
    # a bare "coalition" with no leader named in the document is not assumed to be the US one
    ("The then-commander of the coalition said so.", "The then-commander of the coalition",
     "unknown/coalition"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "span", "expected"), ROLES)
def test_role_and_partitive_phrases(sentence, span, expected):
    assert actor_of(sentence, span).actor_id == expected


def test_province_of_a_place_is_the_place():
    sentence = "The SDF attacked the province of Raqqa."
    event = norm(ev(sentence, "The SDF", "attack", "the province of Raqqa"))[0]
    assert (event.target_id, event.target_type) == ("raqqa", "location")


# ------------------------------------------------------- names within a document


def test_acronym_defined_in_text_then_used_alone():
    first = "The Kurdish National Council (KNC) rejected the plan."
    events = norm(
        ev(first, "The Kurdish National Council", "reject", "the plan"),
        ev("The KNC later met officials.", "The KNC", "meet", index=1),
    )
    assert [e.actor_id for e in events] == ["kurdish-national-council"] * 2
    assert events[0].actor_type == "organisation"


def test_gazetteer_acronym_and_expansion_meet():
    first = "The Syrian Democratic Forces (SDF) advanced."
    events = norm(
        ev(first, "The Syrian Democratic Forces (SDF)", "advance"),
        ev("The SDF captured a village.", "The SDF", "capture", index=1),
    )
    assert [e.actor_id for e in events] == ["sdf", "sdf"]


@pytest.mark.parametrize(
    ("long_form", "short", "expected"),
    [
        ("US Army Col. Ryan Dillon", "Dillon", "ryan-dillon"),
        ("Lt. Gen. Stuart Townsend", "Townsend", "stuart-townsend"),
        ("Foreign Minister Sergei Lavrov", "Lavrov", "sergey-lavrov"),  # the dictionary's id
        ("Brig. Gen. Amina Haddad", "Haddad", "amina-haddad"),
    ],
)
def test_short_name_after_titled_long_name(long_form, short, expected):
    events = norm(
        ev(f"{long_form} told reporters.", long_form, "tell", "reporters"),
        ev(f"{short} said Thursday.", short, "say", index=1),
    )
    assert [e.actor_id for e in events] == [expected, expected]
    assert {e.actor_type for e in events} == {"person"}


def test_short_name_from_a_sentence_that_is_not_an_event_actor():
    # The titled name is only scanned in the sentence, not an event span.
    first = "Reporters questioned Col. Ryan Dillon at the Pentagon."
    events = norm(
        ev(first, "Reporters", "question", "the officer"),
        ev("Dillon said the plan had changed.", "Dillon", "say", index=1),
    )
    assert events[1].actor_id == "ryan-dillon"


def test_leader_title_resolves_to_the_government():
    assert actor_of("Syrian President Bashar al-Assad spoke.", "Syrian President Bashar al-Assad")\
        .actor_id == "assad-regime"  # fmt: skip


# ---------------------------------------------------------------- coreference

COREF = [
    # (sentences, (sentence index, actor span), expected id)
    (["The US-led coalition signals it will yield the city."], (0, "it"), "us-led-coalition"),
    (["ISIS fighters attacked Kobani.", "The group captured the town."], (1, "The group"), "isis"),
    (["The UN delivered aid.", "The agency said more was needed."], (1, "The agency"), "un"),
    (["Turkey closed its border.", "The country said it was safe."], (1, "The country"), "turkey"),
    (["The Houthis fired missiles.", "They attacked a ship."], (1, "They"), "houthis"),
    (["Gen. Ali Hassan visited the front.", "He said the war was over."], (1, "He"),
     "ali-hassan"),
    (["Moscow was criticised for its bombing."], (0, "its bombing"), "russia"),
    # two states "its" could mean: silence
    (["Washington refused to coordinate with Moscow because of its bombing."],
     (0, "its bombing"), ""),
]  # fmt: skip


@pytest.mark.parametrize(("sentences", "anaphor", "expected"), COREF)
def test_pronouns_and_definite_descriptions(sentences, anaphor, expected):
    events = [ev(s, s.split()[0], "say", index=i) for i, s in enumerate(sentences)]
    index, span = anaphor
    events[index] = ev(sentences[index], span, "say", index=index)
    result = norm(*events)[index]
    assert result.actor_id == expected
    assert result.actor == span  # the surface text stays on the event


def test_the_city_is_the_last_city():
    events = norm(
        ev("Fighting continued in Aleppo on Monday.", "Fighting", "continue"),
        ev("Rebels shelled the city.", "Rebels", "shell", "the city", index=1),
    )
    assert (events[1].target_id, events[1].target_type) == ("aleppo", "location")


def test_object_pronoun_skips_its_own_subject():
    # "it" cannot be ISIS, the subject of its own clause (but "its" could be).
    events = norm(
        ev("ISIS fighters reached Mosul.", "ISIS fighters", "reach", "Mosul"),
        ev("ISIS captured large parts of it.", "ISIS", "capture", "large parts of it", index=1),
    )
    assert events[1].target_id == "mosul"


def test_coreference_stays_inside_a_document():
    events = norm(
        ev("ISIS attacked the town.", "ISIS", doc="a"),
        ev("The group said nothing.", "The group", "say", doc="b"),
    )
    assert events[1].actor_id != "isis"


def test_backed_fighters_are_the_group_backed_earlier():
    events = norm(
        ev("The US backed the SDF.", "The US", "back", "the SDF"),
        ev("The US-backed fighters entered Raqqa.", "The US-backed fighters", "enter", index=1),
    )
    assert events[1].actor_id == "sdf"


# ------------------------------------------------------------- unknown actors


def test_unknown_names_get_the_same_id_in_every_document():
    events = norm(
        ev("Paul Iddon wrote the report.", "Paul Iddon", "write", doc="a"),
        ev("The Kurdish Relief Fund sent food.", "The Kurdish Relief Fund", "send", doc="a"),
        ev("Yesterday Paul Iddon wrote again.", "Paul Iddon", "write", doc="b"),
        ev("Kurdish Relief Fund staff left.", "Kurdish Relief Fund", "leave", doc="b"),
    )
    assert [e.actor_id for e in events] == ["paul-iddon", "kurdish-relief-fund"] * 2


def test_unknown_noun_phrase_id_drops_determiners_and_quantifiers():
    event = norm(ev("Two hooded strangers attacked.", "Two hooded strangers"))[0]
    assert (event.actor_id, event.actor_type) == ("hooded-strangers", "other")


def test_every_resolution_has_a_known_type_and_a_label():
    events = norm(*(ev(s, span) for s, span, _ in ALIASES + DEMONYMS + ROLES))
    assert all(e.actor_type in ACTOR_TYPES and e.actor_label for e in events)


def test_event_without_target_has_empty_target_fields():
    event = norm(ev("ISIS retreated.", "ISIS", "retreat"))[0]
    assert (event.target_id, event.target_label, event.target_type) == ("", "", "")


# ------------------------------------------------------------- action classes

ACTIONS = [
    ("carry out", "event", "OTHER"),  # a light verb: its object decides, on the parse
    ("coordinate with", "event", "COOPERATE"),
    ("turn down", "event", "REJECT"),
    ("pull-out", "event", "RETREAT"),
    ("withdraw to", "event", "RETREAT"),
    ("attack with", "event", "FIGHT"),  # falls back to the verb lemma
    ("demonstrate", "event", "PROTEST"),
    ("shell", "event", "FIGHT"),
    ("call off", "event", "SANCTION"),  # no label: the CAMEO code of the verb alone (160)
    ("frobnicate", "event", "OTHER"),
    ("be", "relation", "RELATION"),
    ("attack", "relation", "RELATION"),
]


@pytest.mark.parametrize(("action", "kind", "expected"), ACTIONS)
def test_action_classes_come_from_the_ontology(action, kind, expected):
    assert action_class(action, kind) == expected


def test_normalize_fills_a_missing_action_class():
    event = norm(ev("ISIS attacked the base.", "ISIS", "attack", "the base"))[0]
    assert event.action_class == "FIGHT"


def test_normalize_keeps_the_extractors_class_and_code():
    held = ev("Iran held talks with Iraq.", "Iran", "hold", "Iraq", action_class="CONSULT")
    event = norm(replace(held, cameo_code="046"))[0]
    assert (event.action_class, event.cameo_code) == ("CONSULT", "046")


@pytest.mark.parametrize("extracted", ["", "OTHER"])
def test_a_relation_fact_is_a_relation_without_a_code(extracted):
    fact = ev("Aleppo is a city.", "Aleppo", "be", "a city", kind="relation")
    event = norm(replace(fact, action_class=extracted, cameo_code="010"))[0]
    assert (event.action_class, event.cameo_code) == ("RELATION", "")


def test_a_fact_the_extractor_classed_as_an_act_keeps_its_class():
    # no actor is named (a weapon is none), but the act is still a use of force
    fact = ev("A landmine killed two boys.", "A landmine", "kill", "two boys", kind="relation")
    event = norm(replace(fact, action_class="ASSAULT", cameo_code="1823"))[0]
    assert (event.action_class, event.cameo_code, event.kind) == ("ASSAULT", "1823", "relation")


# ------------------------------------------------------------- places and times


def test_location_and_time_are_resolved():
    sentence = "Russian jets struck Deir ez-Zor on Thursday."
    event = ev(sentence, "Russian jets", "strike", location="Deir ez-Zor", time="Thursday")
    result = norm(event, dates={"d1": "2017-09-08"})[0]
    assert (result.location_id, result.time_value) == ("deir-ezzor", "2017-09-07")
    assert norm(event)[0].time_value == ""  # relative time without a document date


# ------------------------------------------------------------- the gazetteer data


def test_every_iso_country_is_in_the_gazetteer():
    gaz = load_gazetteer()
    codes = {a.country for a in gaz.actors.values() if a.actor_type == "country"}
    assert {c.alpha_3 for c in pycountry.countries} <= codes


def test_actor_classes_and_properties_are_declared_in_the_ontology():
    actors = Graph().parse(actors_path(), format="turtle")
    ontology = load_ontology()
    used = set(actors.objects(None, RDF.type)) | set(actors.predicates())
    ours = {term for term in used if str(term).startswith(str(NG))}
    assert ours and all((term, RDF.type, None) in ontology for term in ours)


def test_actor_types_match_their_classes():
    actors = Graph().parse(actors_path(), format="turtle")
    for subject, kind in actors.subject_objects(NG.actorType):
        assert str(kind) in ACTOR_TYPES
        assert (subject, RDF.type, ACTOR_CLASSES[str(kind)]) in actors


def test_generated_country_section_is_up_to_date():
    spec = importlib.util.spec_from_file_location("build_actors", ROOT / "tools/build_actors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_actors"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    text = actors_path().read_text(encoding="utf-8")
    assert module.splice(text, module.generate()) == text


def test_user_gazetteer_is_merged_and_wins(tmp_path):
    extra = tmp_path / "mine.ttl"
    extra.write_text(
        "@prefix ng: <https://w3id.org/newsgraph/ontology#> .\n"
        "@prefix actor: <https://w3id.org/newsgraph/actor/> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        'actor:foo-brigade a ng:Actor, ng:ArmedGroup ; ng:actorType "armed-group" ;\n'
        '  skos:prefLabel "Foo Brigade"@en ; skos:altLabel "FB"@en, "Wagner"@en .\n',
        encoding="utf-8",
    )
    gaz = load_gazetteer(extra=(extra,))
    events = norm(
        ev("FB fighters attacked.", "FB fighters"),
        ev("Wagner attacked.", "Wagner", index=1),
        ev("Hamas attacked.", "Hamas", index=2),
        gazetteer=gaz,
    )
    assert [e.actor_id for e in events] == ["foo-brigade", "foo-brigade", "hamas"]
    assert load_gazetteer().lookup("FB") is None  # the packaged one is untouched


@pytest.mark.parametrize(
    "content",
    ["this is not turtle", '<https://w3id.org/newsgraph/actor/x> <https://w3id.org/newsgraph/'
     'ontology#actorType> "dragon" .'],
)  # fmt: skip
def test_bad_user_gazetteer_raises(tmp_path, content):
    bad = tmp_path / "bad.ttl"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(OntologyError, match="bad.ttl|actor"):
        load_gazetteer(extra=(bad,))


def test_describe_gives_codes_for_gazetteer_actors_only():
    triples = set(load_gazetteer().describe(["russia", "someone-unknown"]))
    assert (ACTOR["russia"], NG.countryCode, Literal("RUS")) in triples
    assert (ACTOR["russia"], SKOS.prefLabel, Literal("Russia", lang="en")) in triples
    assert not any(s == ACTOR["someone-unknown"] for s, _, _ in triples)


def test_context_sentences_without_events_feed_coreference():
    # The city is named only in a sentence that has no event of its own.
    named = "Heavy fighting was reported around Homs."
    event = ev("Rebels shelled the city.", "Rebels", "shell", "the city", index=1)
    assert norm(event)[0].target_id != "homs"
    with_context = norm(event, sentences={"d1": [(0, named), (1, event.provenance.sentence)]})
    assert with_context[0].target_id == "homs"


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("Many of the Hezbollah fighters", "hezbollah"),
        ("Syrian Kurdish-majority Syrian Democratic Forces", "sdf"),  # the name at the head wins
        ("Russian and coalition military officers", "russia"),  # else the first name
    ],
)
def test_names_inside_longer_phrases(span, expected):
    assert actor_of(f"{span} met on Monday.", span).actor_id == expected


def test_forces_allied_to_a_side_are_that_side():
    span = "forces allied to the regime"
    assert actor_of(f"Clashes erupted with {span}.", span).actor_id == "assad-regime"
    assert actor_of("Fighters loyal to Hezbollah", "Fighters loyal to Hezbollah").actor_id == (
        "hezbollah"
    )


def test_compound_backing_event_takes_the_backed_group():
    # "US-backed forces" gives the extractor's compound event (US, back, forces).
    events = norm(
        ev("The US backs the SDF.", "The US", "back", "the SDF"),
        ev("US-backed forces advanced.", "US", "back", "forces", index=1),
    )
    assert events[1].target_id == "sdf"


def test_demonstrative_with_the_same_head_noun_as_an_earlier_actor():
    sentence = "Many of the Hezbollah fighters left, and the regime tried to woo these fighters."
    events = norm(
        ev(sentence, "Many of the Hezbollah fighters", "leave"),
        ev(sentence, "the regime", "woo", "these fighters"),
    )
    assert (events[0].actor_id, events[1].target_id) == ("hezbollah", "hezbollah")
    named = norm(
        ev(sentence, "Many of the Hezbollah fighters", "leave"),
        ev("The ISIS fighters fled.", "The ISIS fighters", "flee", index=1),
    )
    assert named[1].actor_id == "isis"  # a phrase with a name is not a head-noun anaphor


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        ("Jets hit ISIS fighters and vehicles.", "vehicles", "isis"),
        ("Jets hit Hamas tunnels or depots.", "depots", "hamas"),
        ("Jets hit the fighters and vehicles.", "vehicles", ""),  # no name to share: a thing
    ],
)
def test_second_conjunct_shares_the_name_of_the_first(sentence, target, expected):
    assert norm(ev(sentence, "Jets", "hit", target))[0].target_id == expected


def test_militant_modifier_points_at_the_group_under_discussion():
    events = norm(
        ev("Al-Shabaab fighters retreated from the town.", "Al-Shabaab fighters", "retreat"),
        ev("Drones hit militant positions.", "Drones", "hit", "militant positions", index=1),
        ev("Drones hit new positions.", "Drones", "hit", "new positions", index=2),
    )
    assert [e.target_id for e in events[1:]] == ["al-shabaab", ""]  # no new-positions id


def test_what_was_said_is_no_actor():
    sentence = "Officials in Damascus said the convoy had left."
    fact = ev(sentence, "Officials in Damascus", "say", "the convoy had left", kind="relation")
    event = norm(replace(fact, action_class="STATEMENT", relation="said"))[0]
    assert (event.action_class, event.kind) == ("STATEMENT", "relation")
    assert (event.target_id, event.target_type) == ("", "unresolved")
