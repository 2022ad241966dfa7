"""Modality stays in its own clause: an adverbial clause of fact states its own act (issue 14).

Sentences of our own, each with and without commas (the real-news corpus has none). A
modal, a hedge or an attempt in the main clause leaves a clause after "as", "since",
"while", "because" (with its own subject and tense) asserted, and a past clause after
"after", "before" or "when" too. A "would" hypothesis, "once", a present clause under
"will" or "could", a claim around both clauses and the clause's own hedge keep the act
unasserted.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _both(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each sentence as written and with its commas stripped, as real news has them."""
    out = []
    for text, *rest in rows:
        out += [(text, *rest), (text.replace(",", ""), *rest)]
    return out


def _modality(parse: Parse, text: str, actor: str, action: str) -> str:
    events = list(extract_events(parse(text)))
    found = [e for e in events if e.actor == actor and e.action == action]
    assert found, f"{(actor, action)} not in {[(e.actor, e.action) for e in events]}"
    return found[0].modality


ASSERTED = _both(
    [
        ("It would be the deadliest raid since jets bombed the port in 2013.", "jets", "bomb"),
        (
            "The militia reportedly shelled the village, while the army withdrew from the hills.",
            "the army",
            "withdraw from",
        ),
        (
            "The army will retaliate, because the rebels ambushed a patrol on Monday.",
            "the rebels",
            "ambush",
        ),
        ("Rebels may have shelled the town, as jets bombed the market.", "jets", "bomb"),
        (
            "The army could advance on the town after the rebels withdrew from the ridge.",
            "the rebels",
            "withdraw from",
        ),
        (
            "Turkey could send troops, because the militia has seized the border town.",
            "the militia",
            "seize",
        ),
        (
            "The militia allegedly looted the shops before the army recaptured the town.",
            "the army",
            "recapture",
        ),
    ]
)


# already asserted before: a relative clause, a hedge on a noun's modifier, "continue to"
ASSERTED += _both(
    [
        (
            "The minister said the militia, which shelled the port on Monday, would be punished.",
            "the militia",
            "shell",
        ),
        (
            "The rebels could attack the base, which the army captured last week.",
            "the army",
            "capture",
        ),
        (
            "The council froze the assets of ten officials over the allegedly rigged vote.",
            "The council",
            "freeze",
        ),
        ("The regime continued to bomb the town.", "The regime", "bomb"),
        ("The jets kept bombing the villages near the border.", "The jets", "bomb"),
    ]
)


@pytest.mark.parametrize("text, actor, action", ASSERTED)
def test_a_clause_of_fact_is_asserted(parse: Parse, text: str, actor: str, action: str) -> None:
    assert _modality(parse, text, actor, action) == "asserted"


UNASSERTED = _both(
    [
        # a "would" hypothesis, "once", a present clause under "will" or "could"
        (
            "The army would storm the town once the rebels withdrew.",
            "the rebels",
            "withdraw",
            "hypothetical",
        ),
        (
            "The army would storm the town, when the rebels withdrew.",
            "the rebels",
            "withdraw",
            "hypothetical",
        ),
        (
            "The army will shell the town while the rebels withdraw.",
            "the rebels",
            "withdraw",
            "future",
        ),
        (
            "The army could attack the town when the rebels withdraw.",
            "the rebels",
            "withdraw",
            "possible",
        ),
        # a claim around both clauses, the clause's own hedge
        (
            "The rebels claimed the army shelled the town, as civilians fled.",
            "civilians",
            "flee",
            "possible",
        ),
        (
            "The army will retaliate, after the rebels reportedly ambushed a patrol.",
            "the rebels",
            "ambush",
            "possible",
        ),
    ]
)


@pytest.mark.parametrize("text, actor, action, mood", UNASSERTED)
def test_a_clause_in_the_same_doubt_keeps_it(
    parse: Parse, text: str, actor: str, action: str, mood: str
) -> None:
    assert _modality(parse, text, actor, action) == mood


def test_the_main_clause_keeps_its_own_modal(parse: Parse) -> None:
    text = "The army will retaliate because the rebels ambushed a patrol on Monday."
    assert _modality(parse, text, "The army", "retaliate") == "future"


def test_an_asserted_act_of_force_is_no_threat(parse: Parse) -> None:
    """The future of the main clause made the ambush a THREATEN; asserted, it is force."""
    text = "The army will retaliate because the rebels ambushed a patrol on Monday."
    events = [e for e in extract_events(parse(text)) if e.action == "ambush"]
    assert [e.action_class for e in events] == ["FIGHT"]
