"""A leader's "his forces" are his state's army, "his regime" its government (issue 14).

"President Assad spoke on Sunday. Rebels attacked his forces": the one person named
just before, who holds a state office, owns them; the army of his state for men, its
government for his rule. Two people before, or a person of no state ("his wife"), leave
the phrase alone. Sentences written for these tests, with and without commas; events
are built by hand (no spaCy).
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


_SPOKE = (
    "President Bashar al-Assad, in a televised speech, vowed to retake the north.",
    "President Bashar al-Assad",
    "the north",
)
_SPOKE_BARE = (
    "President Bashar al-Assad in a televised speech vowed to retake the north.",
    "President Bashar al-Assad",
    "the north",
)


@pytest.mark.parametrize(
    "rows, expected",
    [
        # the leader in the sentence before: his men are his state's army
        ([_SPOKE, ("Insurgents, on Tuesday, ambushed his forces near Hama.", "Insurgents",
                   "his forces")], "saa"),
        ([_SPOKE_BARE, ("Insurgents on Tuesday ambushed his forces near Hama.", "Insurgents",
                        "his forces")], "saa"),
        ([_SPOKE, ("Insurgents ambushed his own troops, the monitor said.", "Insurgents",
                   "his own troops")], "saa"),
        # in the same sentence, before the possessive
        ([("Gunmen, who want to topple Assad, often raid his soldiers.", "Gunmen",
           "his soldiers")], "saa"),
        ([("Gunmen who want to topple Assad often raid his soldiers.", "Gunmen",
           "his soldiers")], "saa"),
        # a regime named for the man, with or without the possessive's apostrophe
        ([("The Assad regime, on Monday, shelled the town.", "The Assad regime", "the town"),
          ("Insurgents ambushed his forces.", "Insurgents", "his forces")], "saa"),
        ([("Bashar al-Assads government on Monday shelled the town.",
           "Bashar al-Assads government", "the town"),
          ("Insurgents ambushed his forces.", "Insurgents", "his forces")], "saa"),
        ([("Bashar al-Assad's government, on Monday, shelled the town.",
           "Bashar al-Assad's government", "the town"),
          ("Insurgents ambushed his forces.", "Insurgents", "his forces")], "saa"),
        # his rule is his state's government
        ([_SPOKE, ("Insurgents, for years, have fought his regime.", "Insurgents",
                   "his regime")], "assad-regime"),
        ([_SPOKE_BARE, ("Insurgents for years have fought his regime.", "Insurgents",
                        "his regime")], "assad-regime"),
    ],
)  # fmt: skip
def test_a_leaders_forces_are_his_states(rows, expected):
    assert ids(rows)[1] == expected


@pytest.mark.parametrize(
    "rows, unexpected",
    [
        # a person's family is no force of his state
        ([_SPOKE, ("Insurgents, on Tuesday, wounded his wife in Hama.", "Insurgents",
                   "his wife")], {"saa", "assad-regime"}),
        ([_SPOKE_BARE, ("Insurgents on Tuesday wounded his wife in Hama.", "Insurgents",
                        "his wife")], {"saa", "assad-regime"}),
        # two people just before: whose troops is not clear
        ([("Assad, in Sochi, met Vladimir Putin and praised his troops.", "Assad",
           "his troops")], {"saa"}),
        ([("Assad in Sochi met Vladimir Putin and praised his troops.", "Assad",
           "his troops")], {"saa"}),
        # a regime named for no man: "his" cannot mean it
        ([("The Syrian regime, on Monday, shelled the town.", "The Syrian regime", "the town"),
          ("Insurgents ambushed his forces.", "Insurgents", "his forces")], {"saa"}),
        ([("The Syrian regime on Monday shelled the town.", "The Syrian regime", "the town"),
          ("Insurgents ambushed his forces.", "Insurgents", "his forces")], {"saa"}),
        ([("Damascus, on Monday, shelled the town.", "Damascus", "the town"),
          ("Insurgents ambushed his forces.", "Insurgents", "his forces")], {"saa"}),
        # a man who holds no state office: his men are not a state's
        ([("Rebel commander Abu Hamza, on Friday, said his forces took the hill.",
           "his forces", "the hill")], {"saa", "assad-regime"}),
        ([("Rebel commander Abu Hamza on Friday said his forces took the hill.",
           "his forces", "the hill")], {"saa", "assad-regime"}),
    ],
)  # fmt: skip
def test_not_a_leaders_forces(rows, unexpected):
    assert not unexpected & set(ids(rows))
