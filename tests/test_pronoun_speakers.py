"""An "it" that speaks or demands means the previous subject, not that subject's object.

"The UN condemned the bombing. It also called for an inquiry.": a bombing calls for
nothing, so the object does not compete with the subject as what "it" means. An "it"
of any other verb keeps the object as a rival ("Russia launched a strike. It killed
ten": the strike may have).
"""

from __future__ import annotations

import pytest

from graph.model import Event, Provenance
from graph.normalize import normalize_events


def _last_actor_id(*rows: tuple[str, str, str, str]) -> str:
    events, start = [], 0
    for index, (sentence, actor, action, target) in enumerate(rows):
        prov = Provenance("d1", "d1.txt", index, start, start + len(sentence), sentence)
        events.append(Event(actor, action, target, prov))
        start += len(sentence) + 1
    return list(normalize_events(events))[-1].actor_id


@pytest.mark.parametrize(
    "first, second, expected",
    [
        (
            ("The UN condemned the bombing.", "The UN", "condemn", "the bombing"),
            ("It also called for an inquiry.", "It", "call for", "an inquiry"),
            "un",
        ),
        (
            (
                "Germany denounced the shelling of the hospital.",
                "Germany",
                "denounce",
                "the shelling",
            ),
            ("It urged both sides to stop.", "It", "urge", "both sides"),
            "germany",
        ),
        # not a verb of speech: the strike may be what "it" means
        (
            ("Russia launched a strike on the town.", "Russia", "launch", "a strike"),
            ("It killed ten people.", "It", "kill", "ten people"),
            "",
        ),
    ],
)
def test_a_speaking_it_means_the_previous_subject(first, second, expected):
    assert _last_actor_id(first, second) == expected
