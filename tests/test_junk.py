"""Roles that name no actor (dates, furniture, things) and generic agents typed as such."""

from __future__ import annotations

import pytest

from graph.model import Event, Provenance
from graph.normalize import normalize_events
from graph.normalize.gazetteer import load_gazetteer
from graph.normalize.junk import cut_inner, non_actor, strip_date
from graph.normalize.phrase import Ref
from graph.normalize.roles import one_type


def story(*rows: tuple[str, str, str, str]) -> list[Event]:
    """Normalise one document given as (sentence, actor, action, target) rows."""
    events, start = [], 0
    for index, (sentence, actor, action, target) in enumerate(rows):
        prov = Provenance("d1", "d1.txt", index, start, start + len(sentence), sentence)
        events.append(Event(actor, action, target, prov))
        start += len(sentence) + 1
    return list(normalize_events(events))


@pytest.mark.parametrize(
    ("words", "reason"),
    [(["November"], "date"), (["town"], "non-actor"), (["warring", "sides"], "non-actor"),
     (["Latest", "News"], "boilerplate"), (["Home", "|", "Sport"], "boilerplate"),
     (["our", "country"], "pronoun"), (["whose", "village"], "pronoun"),
     (["Idlib", "market", "strike"], "non-actor"), (["Operation", "Desert", "Storm"], ""),
     (["Al", "Noor", "Hospital"], ""), (["nerve", "agents"], "non-actor"),
     (["more"], "pronoun")],  # "dozens more" once its count is cleaned
)  # fmt: skip
def test_non_actor_reasons(words, reason):
    assert non_actor(words) == reason


@pytest.mark.parametrize(
    ("span", "kept"),
    [("Homs Tuesday", "Homs"), ("renewed shelling Friday residents", "residents"),
     ("Raqqa Tags airstrike", "airstrike"), ("AP Photo) Daraa", "Daraa"),
     ("the June 4 vote", "vote"), ("Syrian troops", "Syrian troops")],
)  # fmt: skip
def test_a_glued_time_or_page_furniture_is_cut_off(span, kept):
    text, start = cut_inner(span)
    assert text == kept and span[start:].startswith(kept)


@pytest.mark.parametrize(
    ("span", "rest"),
    [("Earlier Thursday police", "police"), ("03-11-2014 Kurdish fighters", "Kurdish fighters")],
)
def test_a_leading_date_is_stripped(span, rest):
    assert strip_date(span) == rest


def test_a_weekday_is_no_country_of_an_agent():
    event = story(("Later Tuesday troops stormed the village.", "Later Tuesday troops", "storm",
                   "the village"))[0]  # fmt: skip
    assert event.actor_type == "military" and not event.actor_id.startswith("tuesday")


def test_a_month_is_no_place_for_a_description():
    last = story(("Talks resumed in March.", "Talks", "resume", ""),
                 ("Rebels shelled the town.", "Rebels", "shell", "the town"))[-1]  # fmt: skip
    assert last.target_id == "" and last.target_type == "unresolved"


@pytest.mark.parametrize(
    ("sentence", "target", "kind"),
    [("Shelling killed 20 civilians including children.", "20 civilians including children",
      "civilian"),
     ("Airstrikes hit residential areas.", "residential areas", "unresolved"),
     ("The raid caused civilian casualties.", "civilian casualties", "unresolved"),
     ("The siege starves the civilian population.", "the civilian population", "civilian")],
)  # fmt: skip
def test_civilians_are_a_civilian_agent_and_their_things_no_actor(sentence, target, kind):
    event = story((sentence, sentence.split()[0], "hit", target))[0]
    assert event.target_type == kind
    assert kind == "unresolved" or event.target_id.endswith("/civilians")


def test_the_observatory_is_the_observatory_named_before():
    last = story(("The Syrian Observatory for Human Rights counted 30 dead.",
                  "The Syrian Observatory for Human Rights", "count", "30 dead"),
                 ("The observatory said the toll would rise.", "The observatory", "say",
                  ""))[-1]  # fmt: skip
    assert last.actor_id == "sohr" and last.actor_type == "organisation"


@pytest.mark.parametrize(
    ("ref", "kind"),
    [(Ref("isis", "isis", "other"), "armed-group"),
     (Ref("united-states", "United States", "location"), "country"),
     (Ref("aleppo", "Aleppo", "location"), "location"),
     # a namesake place of an actor's name is that actor, as news means it
     (Ref("sana", "Saña", "location"), "organisation")],
)  # fmt: skip
def test_a_gazetteer_actor_has_its_own_type_on_every_path(ref, kind):
    assert one_type(ref, load_gazetteer()).actor_type == kind


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a place name that opens with a lowercase particle is still a place
        ((("Rebels shelled al-Bab.", "Rebels", "shell", "al-Bab"),), ("al-bab", "location")),
        # a surname met after the full name is that person, not a namesake town
        ((("Jennifer Mitchell spoke in Beirut.", "Jennifer Mitchell", "speak", ""),
          ("Mitchell compared the two wars.", "Mitchell", "compare", "")),
         ("jennifer-mitchell", "other")),
        # ... but a city of a country the story names stays the city after a headline
        # that reads like a name ("Remember Mosul")
        ((("Remember Mosul, the columnist wrote.", "the columnist", "write", ""),
          ("Iraqi troops entered Mosul on Monday.", "Iraqi troops", "enter", "Mosul")),
         ("mosul", "location")),
        # a direction word in front of a place is still that place
        ((("Rebels shelled western Mosul.", "Rebels", "shell", "western Mosul"),),
         ("mosul", "location")),
        # a possessive that lost its apostrophe is its owner's
        ((("Kenyas police arrested two traders.", "Kenyas police", "arrest", ""),),
         ("kenya/police", "government")),
        # a description with no antecedent is no node called "group"
        ((("The group said it.", "The group", "say", ""),), ("", "unresolved")),
        # a capitalised word before a common noun is no place of its own
        ((("Hundreds of Kurdish fighters crossed.", "Hundreds", "cross", ""),
          ("Kurdish said it.", "Kurdish", "say", "")), ("kurdish", "other")),
    ],
)  # fmt: skip
def test_one_name_gets_one_type_on_every_path(rows, expected):
    event = story(*rows)[-1]
    role = "target" if event.target else "actor"
    assert (getattr(event, f"{role}_id"), getattr(event, f"{role}_type")) == expected


def test_the_regime_after_a_country_is_that_countrys_government():
    last = story(("Turkey sent envoys to Syria.", "Turkey", "send", "envoys"),
                 ("The regime thanked them.", "The regime", "thank", "them"))[-1]  # fmt: skip
    assert last.actor_id == "assad-regime"


@pytest.mark.parametrize(
    ("span", "expected"),
    [("The Commission of Inquiry for Lebanon", "commission-of-inquiry-for-lebanon"),
     ("The Republic of Lebanon", "lebanon")],
)  # fmt: skip
def test_a_country_completing_another_name_is_not_that_name(span, expected):
    event = story((f"{span} met on Monday.", span, "meet", ""))[0]
    assert event.actor_id == expected


def test_a_titled_name_is_no_people_qualifying_an_agent():
    span = "President Karim al-Nouris officials"
    event = story((f"{span} denied the report.", span, "deny", "the report"))[0]
    assert event.actor_type == "government" and not event.actor_id.startswith("karim")


@pytest.mark.parametrize("span", ["The monitor", "The Britain-based monitoring group"])
def test_the_monitor_is_the_monitoring_body_named_before(span):
    last = story(("Human Rights Watch counted 30 dead as Hezbollah shelled Qusayr.",
                  "Human Rights Watch", "count", "30 dead"),
                 (f"{span} said the toll would rise.", span, "say", ""))[-1]  # fmt: skip
    assert last.actor_id == "human-rights-watch"


@pytest.mark.parametrize(
    ("sentence", "actor", "expected"),
    [("Earlier army units shelled the village.", "Earlier army units", "unknown/military"),
     ("Meanwhile Iraqi police arrested five men.", "Meanwhile Iraqi police", "iraq/police"),
     ("Later Sergei Lavrov met the envoy.", "Later Sergei Lavrov", "sergey-lavrov"),
     ("Earlier Omar Haddad filmed the raid.", "Earlier Omar Haddad", "omar-haddad")],
)  # fmt: skip
def test_a_connective_glued_before_the_subject_is_no_part_of_its_name(sentence, actor, expected):
    # the comma-less text glues "Earlier", "Meanwhile" to the subject ("Earlier Kerry")
    (event,) = story((sentence, actor, "act", ""))
    assert event.actor_id == expected
