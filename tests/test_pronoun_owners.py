"""An attack owned by "its", "their" or "whose" is its owner's act (normalize/pronounowners.py).

"Tarvan forces returned to their bombardment of Kessa": the owner of "their" is the doer of
the clause that holds it; "the army said its strikes hit a depot": the speaker; "the rebels
whose assault on the base failed": the noun "whose" follows. A pronoun of the other number,
a victim's or a place's possessive ("their homes", "its hospital") stays unresolved.
Sentences written for these tests, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _doers(parse: Parse, text: str, action: str) -> set[str]:
    events = normalize_events(extract_events(parse(text)))
    return {e.actor_id for e in events if e.action == action and e.kind == "event"}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


OWNED = [
    *[
        (t, "bombard", "russia")
        for t in _both("Russian forces, on Tuesday, returned to their bombardment of the town.")
    ],
    *[
        (t, "destroy", "unknown/military")
        for t in _both(
            "The army said, on Sunday, its strikes destroyed a weapons depot near the river."
        )
    ],
    *[
        (t, "assault", "unknown/rebels")
        for t in _both("The rebels, whose assault on the airbase failed, withdrew on Monday.")
    ],
    # the attack is the object of a verb whose subject owns it
    *[
        (t, "besiege", "unknown/military")
        for t in _both("Army troops, on Friday, tightened their siege of the northern villages.")
    ],
    *[
        (t, "attack", "turkey")
        for t in _both("Turkish forces, on Sunday, ramped up their offensive in the north.")
    ],
    # the subject is nearer than a speaker named before it
    *[
        (t, "raid", "russia")
        for t in _both(
            "The ministry said, on Monday, the Russian air force increased the pace of its raids."
        )
    ],
]


@pytest.mark.parametrize("text, action, doer", OWNED)
def test_owner_pronoun_takes_its_doer(parse: Parse, text: str, action: str, doer: str) -> None:
    assert _doers(parse, text, action) == {doer}


LEFT = [
    # a plural pronoun with a single speaker: whose strikes is not said
    *[(t, "destroy") for t in _both("The army said, on Sunday, their strikes destroyed a depot.")],
    # a clause that meets the attack is not its owner's
    *[(t, "attack") for t in _both("Army soldiers, on Monday, repelled their attack on the post.")],
    *[
        (t, "assault")
        for t in _both("Army soldiers, at dawn, withstood their assault on the base.")
    ],
    *[(t, "raid") for t in _both("Army units, on Monday, thwarted their raid on the village.")],
    # a subject that is no actor owns no attack
    *[(t, "shell") for t in _both("The village, on Monday, saw their shelling of the market.")],
    # a place's or a victim's possessive is no attack
    *[(t, "shell") for t in _both("The mayor said, on Friday, its hospital was shelled.")],
]


@pytest.mark.parametrize("text, action", LEFT)
def test_other_possessives_stay_unresolved(parse: Parse, text: str, action: str) -> None:
    events = normalize_events(extract_events(parse(text)))
    assert all(not e.actor_id for e in events if e.action == action)
