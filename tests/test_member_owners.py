"""A possessive of men is its owner's: "the Nusra Front said one of its fighters ..." (issue 14).

"its fighters", "three of its commanders", "its forces" whose one possible owner
(an armed group, an army or a state) stands before them in the sentence, or in the
sentence before, are that owner's; with two possible owners, or a group the resolver
has not met in between, they keep the generic reading. Sentences written for these
tests, with and without commas; events are built by hand (no spaCy).
"""

from __future__ import annotations

import pytest

from graph.model import Event, Provenance
from graph.normalize import normalize_events

Row = tuple[str, str, str]  # sentence, actor, target


def ids(rows: list[Row]) -> tuple[str, str]:
    """Normalise a document of one event per sentence; the last event's (actor, target) ids."""
    events, start = [], 0
    for index, (sentence, actor, target) in enumerate(rows):
        prov = Provenance("d1", "d1.txt", index, start, start + len(sentence), sentence)
        events.append(Event(actor, "attack", target, prov))
        start += len(sentence) + 1
    last = [e for e in normalize_events(events) if e.provenance.sentence_index == len(rows) - 1]
    return last[-1].actor_id, last[-1].target_id


@pytest.mark.parametrize(
    "rows, expected",
    [
        # the group speaks of its own men
        ([("The Nusra Front said, on its website, that one of its fighters attacked the post.",
           "one of its fighters", "the post")], "hts"),
        ([("The Nusra Front said on its website that one of its fighters attacked the post.",
           "one of its fighters", "the post")], "hts"),
        ([("The Islamic State (IS) group said, on Monday, that three of its fighters stormed it.",
           "three of its fighters", "")], "isis"),
        ([("The Islamic State (IS) group said on Monday that three of its fighters stormed it.",
           "three of its fighters", "")], "isis"),
        # the owner in the sentence before; a name plural in form is still "its"
        ([("The Syrian Democratic Forces have, for weeks, pushed on Raqqa.",
           "The Syrian Democratic Forces", "Raqqa"),
          ("Its forces seized the airport, the monitor said.", "Its forces", "the airport")],
         "sdf"),
        ([("The Syrian Democratic Forces have for weeks pushed on Raqqa.",
           "The Syrian Democratic Forces", "Raqqa"),
          ("Its forces seized the airport the monitor said.", "Its forces", "the airport")],
         "sdf"),
        # a state's or a regime's forces are its army
        ([("The Syrian regime, the agency said, denied that its forces shelled the town.",
           "its forces", "the town")], "saa"),
        ([("The Syrian regime the agency said denied that its forces shelled the town.",
           "its forces", "the town")], "saa"),
    ],
)  # fmt: skip
def test_men_of_the_one_possible_owner(rows, expected):
    assert ids(rows)[0] == expected


@pytest.mark.parametrize(
    "rows, owners",
    [
        # two possible owners: either may be meant
        ([("The Nusra Front attacked Hezbollah, killing ten of its fighters.",
           "The Nusra Front", "ten of its fighters")], {"hts", "hezbollah"}),
        ([("The Nusra Front attacked Hezbollah killing ten of its fighters.",
           "The Nusra Front", "ten of its fighters")], {"hts", "hezbollah"}),
        # a country named as a place owns no fighters
        ([("Gunmen in Syria, on Monday, said its fighters crossed.", "Gunmen in Syria",
           "its fighters")], {"syria", "saa"}),
        ([("Gunmen in Syria on Monday said its fighters crossed.", "Gunmen in Syria",
           "its fighters")], {"syria", "saa"}),
    ],
)  # fmt: skip
def test_no_clear_owner_keeps_the_generic_reading(rows, owners):
    assert ids(rows)[1] not in owners


@pytest.mark.parametrize(
    "sentence",
    [
        # a group the resolver has not met stands between the army and the possessive
        "The Syrian army fought the so-called Harbi Brigade, and one of its commanders fled.",
        "The Syrian army fought the so-called Harbi Brigade and one of its commanders fled.",
    ],
)
def test_unmet_group_between_keeps_the_generic_reading(sentence):
    assert ids([(sentence, "one of its commanders", "")])[0] != "saa"


@pytest.mark.parametrize(
    "rows",
    [
        # a state the gazetteer lists no army for keeps its men, as "Iranian troops" are Iran
        [("Iran, after a raid on the town, said its troops held the hill.", "its troops",
          "the hill")],
        [("Iran after a raid on the town said its troops held the hill.", "its troops",
          "the hill")],
        [("Iran shelled the town, the agency said.", "Iran", "the town"),
         ("Two of its soldiers, on Monday, took the hill.", "Two of its soldiers", "the hill")],
        [("Iran shelled the town the agency said.", "Iran", "the town"),
         ("Two of its soldiers on Monday took the hill.", "Two of its soldiers", "the hill")],
    ],
)  # fmt: skip
def test_a_state_with_no_listed_army_owns_its_men(rows):
    assert ids(rows)[0] == "iran"


@pytest.mark.parametrize(
    "rows",
    [
        # "the government" is a description whose antecedent may be a guess: no state's men
        [("Damascus, in 2014, joined the treaty under an Iranian plan.", "Damascus", "the treaty"),
         ("The government, which says its troops held the hill, agreed.", "its troops",
          "the hill")],
        [("Damascus in 2014 joined the treaty under an Iranian plan.", "Damascus", "the treaty"),
         ("The government which says its troops held the hill agreed.", "its troops",
          "the hill")],
    ],
)  # fmt: skip
def test_a_described_owner_is_no_named_state(rows):
    assert ids(rows)[0] != "iran"
