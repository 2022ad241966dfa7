"""An Arabic name before an armed noun is that (unlisted) group (issue 14).

"Nine members of the Jaish al-Islam opposition group" are the group Jaish al-Islam
(the id its bare name gets, "jaish-al-islam"), not unknown gunmen, a people called
"Jaish" nor the last group named; a place ("Ras al-Ain fighters") or a name with a
listed group inside ("Jabhat al-Nusra fighters") keeps its reading. Sentences written
for these tests, each with and without commas; events are built by hand.
"""

from __future__ import annotations

import pytest

from graph.model import Event, Provenance
from graph.normalize import normalize_events


def ids(sentence: str, actor: str, target: str) -> tuple[str, str]:
    """Normalise a one-sentence document; the event's (actor id, target id)."""
    prov = Provenance("d1", "d1.txt", 0, 0, len(sentence), sentence)
    event = list(normalize_events([Event(actor, "attack", target, prov)]))[-1]
    return event.actor_id, event.target_id


def both(
    sentence: str, actor: str, target: str, expected: tuple[str, str | None]
) -> list[tuple[str, str, str, tuple[str, str | None]]]:
    """Return the case as written and with its commas stripped (as real news comes)."""
    bare = (sentence.replace(",", ""), actor.replace(",", ""), target.replace(",", ""), expected)
    return [(sentence, actor, target, expected), bare]


@pytest.mark.parametrize(
    "sentence, actor, target, expected",
    [
        *both("On Monday, jets killed nine members of the Liwa al-Haqq rebel group.", "jets",
              "nine members of the Liwa al-Haqq rebel group", ("unknown/military", "liwa-al-haqq")),
        *both("Islamic State fighters, the monitor said, attacked Jaish al-Islam militants.",
              "Islamic State fighters", "Jaish al-Islam militants", ("isis", "jaish-al-islam")),
        *both("Jaish al-Fateh fighters, backed by tanks, attacked the airport.",
              "Jaish al-Fateh fighters", "the airport", ("jaish-al-fatah", None)),
        *both("Fighters of the Faylaq al-Sham Islamist faction, the monitor said, shelled it.",
              "the Faylaq al-Sham Islamist faction", "it", ("faylaq-al-sham", None)),
        # near misses: a place name, and a name with a listed group inside it
        *both("Ras al-Ain fighters, the agency said, attacked the post.", "Ras al-Ain fighters",
              "the post", ("ras/gunmen", None)),
        *both("Jabhat al-Nusra fighters, backed by tanks, attacked the post.",
              "Jabhat al-Nusra fighters", "the post", ("hts", None)),
    ],
)  # fmt: skip
def test_unlisted_group_named_before_its_noun(sentence, actor, target, expected):
    found = ids(sentence, actor, target)
    assert found[0] == expected[0]
    assert expected[1] is None or found[1] == expected[1]  # None: a place, not the point


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Mortars, launched by gunmen of the self-styled Liwa al-Karama, hit the prison.",
         "gunmen of the self-styled Liwa al-Karama"),
        ("Mortars launched by gunmen of the self-styled Liwa al-Karama hit the prison.",
         "gunmen of the self-styled Liwa al-Karama"),
    ],
)  # fmt: skip
@pytest.mark.xfail(
    reason="men 'of' an unlisted name with no armed noun after it are not read as its group "
    "(members.py takes only dictionary groups): a made-up id of the whole phrase",
    strict=True,
)
def test_men_of_an_unlisted_name(sentence, actor):
    assert ids(sentence, actor, "the prison")[0] == "liwa-al-karama"
