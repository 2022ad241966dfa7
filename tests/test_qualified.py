"""Actors named through another actor (issue 13): a state's own government, coalitions
whose leader the story names, allies of X ("pro-X fighters") and mixed alliances.

Every sentence here is our own.
"""

from __future__ import annotations

import pytest

from graph.model import Event, Provenance
from graph.normalize import normalize_events


def last_actor(*sentences: str, actor: str) -> tuple[str, str, str]:
    """Normalise a story; return the id, type and code of ``actor`` in its last sentence."""
    events, start = [], 0
    for index, sentence in enumerate(sentences):
        span = actor if index == len(sentences) - 1 else sentence.split()[0]
        prov = Provenance("d1", "d1.txt", index, start, start + len(sentence), sentence)
        events.append(Event(span, "act", "", prov))
        start += len(sentence) + 1
    last = list(normalize_events(events))[-1]
    return last.actor_id, last.actor_type, last.actor_code


GOVERNMENT = [
    # a government agent of a state whose government the gazetteer names is that government
    (("Syrian state media said the dam was repaired.",), "Syrian state media",
     ("assad-regime", "government", "SYRGOV")),
    (("Shells hit Homs in Syria.", "On Monday state media said the bridge reopened."),
     "state media", ("assad-regime", "government", "SYRGOV")),
    (("The Syrian governments troops shelled the town.",), "The Syrian governments troops",
     ("assad-regime", "government", "SYRGOV")),
    # a state the gazetteer knows no government of keeps the generic agent
    (("The Ghanaian Electoral Commission said the count was fair.",),
     "The Ghanaian Electoral Commission", ("ghana/government", "government", "GHAGOV")),
]  # fmt: skip

COALITIONS = [
    # "a coalition led by X" names its leader, in the phrase or earlier in the story
    (("Jets of a coalition led by the United States struck the dam.",
      "The coalition said it hit a depot."), "The coalition", ("us-led-coalition", "military",
                                                              "USAMIL")),
    (("Planes of an international coalition led by France bombed the port.",),
     "an international coalition led by France", ("france-led-coalition", "military", "FRAMIL")),
    (("The Saudi-led Arab coalition struck the port.", "The coalition denied it."),
     "The coalition", ("saudi-led-coalition", "military", "SAUMIL")),
    # a national coalition named in the story is "the Coalition" later on
    (("The Syrian National Coalition met in Istanbul.", "The Coalition condemned the raids."),
     "The Coalition", ("syrian-national-coalition", "organisation", "SYROPP")),
    # no leader named: still a military coalition, coded by its sector
    (("The coalition bombed the bridge.",), "The coalition",
     ("unknown/coalition", "military", "---MIL")),
    # a coalition of rebel groups is an armed group, not the states' coalition
    (("The US-led coalition struck a depot.", "A coalition of rebel groups took the town."),
     "A coalition of rebel groups", ("unknown/rebels", "armed-group", "---REB")),
]  # fmt: skip

# "the army" later in a story that calls a non-state group a coalition is no coalition
ARMED_COALITIONS = [
    (("The Vosk Brigade, a rebel coalition of hardline factions, took the hill.",
      "Later the army shelled the hill."), "the army", ("unknown/military", "military", "---MIL")),
    (("The Vosk Brigade a rebel coalition of hardline factions took the hill.",
      "Later the army shelled the hill."), "the army", ("unknown/military", "military", "---MIL")),
    (("The Vosk Brigade, an opposition coalition, took the hill.",
      "Its leader said the army shelled the hill."), "the army",
     ("unknown/military", "military", "---MIL")),
    (("A coalition of militant groups took the hill.", "Later the army shelled the hill."),
     "the army", ("unknown/military", "military", "---MIL")),
    # the states' coalition named before stays the coalition
    (("The US-led coalition bombed the bridge.", "The coalition said it hit a depot."),
     "The coalition", ("us-led-coalition", "military", "USAMIL")),
]  # fmt: skip

ALLIES = [
    # non-state armed men on X's side are X's allies, not X
    (("The Syrian army held the hill.", "Pro-regime fighters shelled the village."),
     "Pro-regime fighters", ("pro-assad-regime/gunmen", "armed-group", "SYRUAF")),
    (("In Syria, rebels held Homs.", "Pro-government militiamen shelled the town."),
     "Pro-government militiamen", ("pro-assad-regime/gunmen", "armed-group", "SYRUAF")),
    (("The Syrian army held the hill.", "Militiamen loyal to the regime shelled the village."),
     "Militiamen loyal to the regime", ("pro-assad-regime/gunmen", "armed-group", "SYRUAF")),
    (("Pro-Turkish rebels shelled the town.",), "Pro-Turkish rebels",
     ("pro-turkey/rebels", "armed-group", "---REB")),
    # armed men a state backs are its allies too; "forces" so backed are armed men
    (("Turkey-backed forces shelled the village.",), "Turkey-backed forces",
     ("pro-turkey/gunmen", "armed-group", "---UAF")),
    (("Raqqa fell.", "Saudi-backed rebels held the pass."), "Saudi-backed rebels",
     ("pro-saudi-arabia/rebels", "armed-group", "---REB")),
    (("In Syria, Iranian-funded militias took the hill.",), "Iranian-funded militias",
     ("pro-iran/gunmen", "armed-group", "---UAF")),
    (("In Syria Iranian-funded militias took the hill.",), "Iranian-funded militias",
     ("pro-iran/gunmen", "armed-group", "---UAF")),
    # a backed state's own army, or a named group, is not the backer's ally
    (("US-backed troops held the bridge.",), "US-backed troops",
     ("unknown/military", "military", "---MIL")),
    (("Russian-backed government troops shelled the town.",),
     "Russian-backed government troops", ("unknown/military", "military", "---MIL")),
    (("The US-backed Syrian Democratic Forces took the dam.",),
     "The US-backed Syrian Democratic Forces", ("sdf", "armed-group", "SYRREB")),
    # a state's own organs stay the state's
    (("The Syrian army held the hill.", "Forces loyal to the regime shelled the village."),
     "Forces loyal to the regime", ("assad-regime", "government", "SYRGOV")),
    (("Pro-Assad regime militias shelled the village.",), "Pro-Assad regime militias",
     ("assad-regime", "government", "SYRGOV")),
]  # fmt: skip

MIXED = [
    # two peoples' alliance is neither people's
    (("Raqqa fell.", "A US-backed alliance of Arab and Kurdish fighters seized the dam."),
     "A US-backed alliance of Arab and Kurdish fighters",
     ("arab-kurdish/gunmen", "armed-group", "---UAF")),
    (("Raqqa fell.", "The US-backed Kurdish-Arab alliance took the dam."),
     "The US-backed Kurdish-Arab alliance", ("arab-kurdish/gunmen", "armed-group", "---UAF")),
    (("An Arab-Kurdish militia alliance took the dam.",), "An Arab-Kurdish militia alliance",
     ("arab-kurdish/gunmen", "armed-group", "---UAF")),
    (("The Kurdish and Arab alliance took the dam.",), "The Kurdish and Arab alliance",
     ("arab-kurdish/gunmen", "armed-group", "---UAF")),
    (("An alliance of Syrian Kurdish and Arab fighters took the dam.",),
     "An alliance of Syrian Kurdish and Arab fighters",
     ("arab-kurdish/gunmen", "armed-group", "SYRUAF")),
]  # fmt: skip


@pytest.mark.parametrize(("sentences", "actor", "expected"), GOVERNMENT)
def test_a_states_government_agents_are_its_government(sentences, actor, expected):
    assert last_actor(*sentences, actor=actor) == expected


@pytest.mark.parametrize(("sentences", "actor", "expected"), ARMED_COALITIONS)
def test_a_non_state_coalition_is_no_antecedent_of_the_army(sentences, actor, expected):
    assert last_actor(*sentences, actor=actor) == expected


@pytest.mark.parametrize(("sentences", "actor", "expected"), COALITIONS)
def test_coalitions(sentences, actor, expected):
    assert last_actor(*sentences, actor=actor) == expected


@pytest.mark.parametrize(("sentences", "actor", "expected"), ALLIES)
def test_pro_x_and_x_backed_fighters_are_allies_of_x(sentences, actor, expected):
    assert last_actor(*sentences, actor=actor) == expected


@pytest.mark.parametrize(("sentences", "actor", "expected"), MIXED)
def test_a_mixed_alliance_is_neither_peoples(sentences, actor, expected):
    assert last_actor(*sentences, actor=actor) == expected


def test_a_pro_regime_website_is_not_the_regime():
    actor_id, _, _ = last_actor("The Syrian army held the hill.",
                                "A pro-regime website said the village fell.",
                                actor="A pro-regime website")  # fmt: skip
    assert actor_id != "assad-regime" and not actor_id.startswith("pro-assad-regime/")


def test_a_leaders_coalition_is_no_mixed_alliance():
    actor_id, _, _ = last_actor("The court hailed Jan Novak's opposition coalition.",
                                actor="Jan Novak's opposition coalition")  # fmt: skip
    assert "novak" not in actor_id and "jan" not in actor_id


def _owners_ids(sentence: str, actor: str) -> dict[str, str]:
    """Normalise one event of ``actor``; return each resulting event's actor and its id."""
    prov = Provenance("d1", "d1.txt", 0, 0, len(sentence), sentence)
    return {e.actor: e.actor_id for e in normalize_events([Event(actor, "act", "", prov)])}


def test_states_named_together_are_no_mixed_alliance():
    # each owner its own event, the first in its own words (see test_first_sides.py)
    assert _owners_ids("US and British forces struck the depot.", "US and British forces") == {
        "US": "united-states",
        "British forces": "united-kingdom",
    }


def test_coordinated_peoples_split_into_their_own_groups():
    # no collective noun: "Kurdish and Arab fighters" are two groups, one event each; the
    # whole phrase is the first conjunct's, as "Turkish and Russian troops" is Turkey's,
    # written in its own words
    assert _owners_ids("Kurdish and Arab fighters took the dam.", "Kurdish and Arab fighters") == {
        "Kurdish": "kurdish/gunmen",
        "Arab fighters": "arab/gunmen",
    }
