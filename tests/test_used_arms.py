"""Arms used are the means, whom they were used on the target (graph/extract/usedarms.py).

"The militia used chemical weapons" names how it attacked, not whom: no target, the
arms in the relation, as for "used barrel bombs"; "used banned weapons on the village"
aims the act at the village. Sentences of our own, each with and without commas; near
misses (a weapon seized or stockpiled, people used as shields, "used agents" with no
word of what they hold, "on several occasions") keep what they had.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str, action: str) -> set[tuple[str, str]]:
    return {(e.target, e.relation) for e in extract_events(parse(text)) if e.action == action}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


USED = [
    # arms named by their kind, used on no one named: no target
    *[
        (text, ("", "has used chemical weapons"))
        for text in _both("According to the envoy, the militia has used chemical weapons.")
    ],
    *[
        (text, ("", "used nerve agents"))
        for text in _both("Forces loyal to the prince used nerve agents in March, inspectors said.")
    ],
    *[
        (text, ("", "used small amounts of sarin"))
        for text in _both("The inquiry found that, in 2014, guards used small amounts of sarin.")
    ],
    *[
        (text, ("", "used chemical weapons"))
        for text in _both("The army used chemical weapons on several occasions, the panel said.")
    ],
    *[
        (text, ("", "using banned munitions"))
        for text in _both("Tarvan denied using banned munitions on Friday, its ministry said.")
    ],
    # ... and used on someone or somewhere: that is the target
    *[
        (text, ("the village of Marsa", "used chemical weapons on"))
        for text in _both("Last year, the army used chemical weapons on the village of Marsa.")
    ],
    *[
        (text, ("the protesters", "used toxic substances against"))
        for text in _both(
            "Witnesses said that, again, the police used toxic substances against the protesters."
        )
    ],
    *[
        (text, ("the northern suburbs", "used poison gases on"))
        for text in _both("Guards used poison gases on the northern suburbs, the monitor said.")
    ],
]


@pytest.mark.parametrize("sentence, expected", USED)
def test_arms_used_are_the_means(parse, sentence, expected):
    assert expected in _events(parse, sentence, "use")


NEAR_MISSES = [
    # a weapon taken or kept is a thing, not a means used
    *[(text, "seize", "weapons") for text in _both("On Monday, troops seized weapons near Marsa.")],
    # people used as shields are not arms
    *[
        (text, "use", "civilians")
        for text in _both("The gang used civilians as human shields, the police said.")
    ],
    # "agents" with nothing said of what they hold may be people
    *[
        (text, "use", "agents")
        for text in _both("As before, the police used agents to infiltrate the gang.")
    ],
]


@pytest.mark.parametrize("sentence, action, target", NEAR_MISSES)
def test_things_and_people_used_keep_their_target(parse, sentence, action, target):
    assert target in {t for t, _ in _events(parse, sentence, action)}
