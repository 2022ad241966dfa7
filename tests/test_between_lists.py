"""A "between" phrase keeps both its sides in the target (issue 14).

"A blast struck the crossing between Norland and the Sudland province": the target is
the crossing between both, not "the crossing between Norland" (which normalisation
would read as Norland). Every sentence is our own, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


@pytest.mark.parametrize(
    "text, action, expected",
    [
        (
            "A blast struck the crossing between Norland and the northern Sudland province.",
            "strike",
            "the crossing between Norland and the northern Sudland province",
        ),
        (
            "On Sunday a blast struck the crossing between Norland and the Sudland province, "
            "the monitor said.",
            "strike",
            "the crossing between Norland and the Sudland province",
        ),
        (
            "Gunmen attacked the checkpoint between the two villages and the main road.",
            "attack",
            "the checkpoint between the two villages and the main road",
        ),
    ],
)
def test_between_phrase_keeps_both_sides(
    parse: Parse, text: str, action: str, expected: str
) -> None:
    targets = {e.target for e in extract_events(parse(text)) if e.action == action}
    assert expected in targets
