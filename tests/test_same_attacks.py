"""One attack told twice in a sentence: by its noun's doer and by what the noun did.

graph/extract/sameattacks.py: "X was targeted by airstrikes carried out by Y" is one
attack, Y's on X, never also "Y strike" with no target. Sentences written for these
tests, each alone with its commas and all together without them in one text of 40
words or more (where the parser gets its commas put back).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Article
from graph.parse import parse_articles

Parse = Callable[..., Doc]
Triple = tuple[str, str, str]

# (sentence, the events it must give, the events it must not give)
MERGED: list = [
    (
        "Rebel positions near the dam were targeted by airstrikes carried out by Tarvan jets.",
        (("Tarvan jets", "target", "Rebel positions near the dam"),),
        (("Tarvan jets", "strike", ""),),
    ),
    (
        "The village of Kessa has been hit by raids carried out by its Norland ally.",
        (("its Norland ally", "hit", "The village of Kessa"),),
        (("its Norland ally", "raid", ""),),
    ),
    (
        "The attack believed to have been carried out by militia gunmen killed 14 farmers.",
        (("militia gunmen", "kill", "14 farmers"),),
        (("militia gunmen", "attack", ""),),
    ),
    pytest.param(
        "Nine shepherds were killed in the heavy shelling carried out by government artillery.",
        (("government artillery", "kill", "Nine shepherds"),),
        (
            ("government artillery", "shell", ""),
            ("government artillery", "shell", "Nine shepherds"),
        ),
        marks=pytest.mark.xfail(
            reason="the noun's frame has the target already (tolltargets, aims): both kept",
            strict=True,
        ),
    ),
    pytest.param(
        "Twenty rockets fired by the militia hit the clinic.",
        (("the militia", "hit", "the clinic"),),
        (("the militia", "fire", "the clinic"), ("the militia", "fire", "")),
        marks=pytest.mark.xfail(
            reason="the noun's frame has the target already (tolltargets, aims): both kept",
            strict=True,
        ),
    ),
    pytest.param(
        "The coalition carried out a series of strikes targeting insurgents near the border.",
        (("The coalition", "target", "insurgents"),),
        (("The coalition", "strike", "insurgents"),),
        marks=pytest.mark.xfail(
            reason="the noun's frame has the target already (tolltargets, aims): both kept",
            strict=True,
        ),
    ),
    # the other frame's doer is the raids themselves: the raids' frame, hedge and all, stays
    (
        "A first round of raids which were probably carried out by Tarvan jets struck the "
        "village of Kessa.",
        (("Tarvan jets", "raid", "the village of Kessa"),),
        (("Tarvan jets", "raid", ""), ("A first round of raids", "strike", "the village of Kessa")),
    ),
    (
        "Kessa has often been targeted by both Tarvan air strikes and raids carried out by its "
        "Norland ally.",
        (("its Norland ally", "target", "Kessa"),),
        (("its Norland ally", "raid", ""), ("raids", "target", "Kessa")),
    ),
    # the other frame reads the noun as its doer: it takes the doer the noun's frame names
    (
        "Four farmers were injured by a mortar round fired by militia gunmen.",
        (("militia gunmen", "injure", "Four farmers"),),
        (("militia gunmen", "fire", ""), ("a mortar round", "injure", "Four farmers")),
    ),
    pytest.param(
        "Tarvan jets carried out a dozen airstrikes on Monday injuring 15 villagers.",
        (("Tarvan jets", "injure", "15 villagers"),),
        (("Tarvan jets", "strike", "15 villagers"),),
        marks=pytest.mark.xfail(
            reason="the gerund hangs on the clause, not on the strikes", strict=True
        ),
    ),
]

# Near misses: two attacks, an unharmful use, a denied hit, the noun's own target.
KEPT: list[tuple[str, tuple[Triple, ...], tuple[Triple, ...]]] = [
    (
        "Jets struck the town and shelled a nearby village.",
        (("Jets", "strike", "the town"), ("Jets", "shell", "a nearby village")),
        (),
    ),
    (
        "Jets carried out raids and shelled a village.",
        (("Jets", "raid", ""), ("Jets", "shell", "a village")),
        (("Jets", "raid", "a village"),),
    ),
    (
        "Rocket shells were used in the attacks launched by the militia.",
        (("the militia", "attack", ""),),
        (("the militia", "attack", "Rocket shells"),),
    ),
    (
        "The town was not hit by raids carried out by Tarvan jets.",
        (("Tarvan jets", "raid", ""),),
        (("Tarvan jets", "raid", "The town"),),
    ),
    (
        "The militia carried out raids on the town that killed five farmers.",
        (("The militia", "raid", "the town"),),
        (("The militia", "raid", "five farmers"),),
    ),
]

# A tail without commas that makes a text long enough for its commas to be put back.
_TAIL = (
    " Rescue workers searched the rubble of several buildings in the area for survivors"
    " on Monday night and local doctors said the toll was likely to rise in the coming days."
)


def _found(doc: Doc) -> set[Triple]:
    return {(e.actor, e.action, e.target) for e in extract_events(doc) if e.kind == "event"}


def _check(found: set[Triple], wanted: tuple[Triple, ...], unwanted: tuple[Triple, ...]) -> None:
    assert set(wanted) <= found
    assert not set(unwanted) & found


@pytest.mark.parametrize("text, wanted, unwanted", MERGED)
def test_an_attack_told_by_its_noun_and_its_act_is_one_event(parse, text, wanted, unwanted):
    _check(_found(parse(text)), wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", KEPT)
def test_two_attacks_or_a_told_difference_keep_their_events(parse, text, wanted, unwanted):
    _check(_found(parse(text)), wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", MERGED + KEPT)
def test_the_rule_holds_without_commas_in_a_long_text(nlp: Language, text, wanted, unwanted):
    article = Article(doc_id="t", text=text.replace(",", "") + _TAIL, source="t.txt", title="")
    doc = next(doc for _, doc in parse_articles([article], nlp=nlp))
    _check(_found(doc), wanted, unwanted)
