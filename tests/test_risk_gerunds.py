"""A gerund after "the risk (danger, threat, prospect) of" is only feared, not asserted."""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _modality(parse, text: str, action: str) -> str | None:
    """Return the modality of the event of ``text`` with this action, if any."""
    found = [e.modality for e in extract_events(parse(text)) if e.action == action]
    return found[0] if found else None


_ROWS = [
    ("Villagers face the danger of being shelled by the army.", "shell", "possible"),
    (
        "Families trapped in the old city, aid workers say, face the risk of being bombed by jets.",
        "bomb",
        "possible",
    ),
    ("The envoy warned of the threat of militias storming the camps.", "storm", "possible"),
    # near misses: a gerund that tells a done act stays asserted
    ("The army succeeded in capturing the town.", "capture", "asserted"),
    ("After shelling the market, the gunmen withdrew.", "shell", "asserted"),
    ("The army, despite the risk of losing men, stormed the hill.", "storm", "asserted"),
]


@pytest.mark.parametrize(
    "text, action, modality",
    [*_ROWS, *((t.replace(",", ""), a, m) for t, a, m in _ROWS if "," in t)],
)
def test_a_feared_gerund_is_only_possible(parse, text, action, modality):
    assert _modality(parse, text, action) == modality
