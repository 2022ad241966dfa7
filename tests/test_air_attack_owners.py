"""An unowned air attack is the one air force the story named before it.

Issue 14: "the raids", "airstrikes", "barrel bombs" told paragraphs after "Tarvan jets" or
"Russia carried out air strikes" are that state's (graph.normalize.airattackowners); two air
forces named, none, a ground weapon, a planted bomb, a doubted doer or a strike on the air
force's own side leave them unowned. Stories written for these tests, with and without
commas; events are built by hand (no spaCy).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from graph.model import Event, Provenance
from graph.normalize import normalize_events
from graph.normalize.airattackowners import is_air_attack
from graph.normalize.airstory import AirStory
from graph.normalize.gazetteer import load_gazetteer
from graph.normalize.phrase import Ref
from tests.test_aircraft_owners import _FILLER, _RUSSIAN, _SYRIAN, Row, _doc


def _last(rows: list[Row], c: str) -> Event:
    return [e for e in _doc(rows, c) if e.provenance.sentence_index == len(rows) - 1][-1]


def _late(sentence: str, actor: str, action: str = "hit", target: str = "a bakery") -> Row:
    return (sentence, actor, action, target)


_LATE = [
    _late("The air raids hit a bakery in Saraqeb{c} killing six.", "The air raids"),
    _late("Airstrikes also hit a bakery in Saraqeb.", "Airstrikes"),
    _late("The strikes hit a bakery in Saraqeb{c} a monitor said.", "The strikes"),
    _late("Barrel bombs hit a bakery in Saraqeb.", "Barrel bombs"),
    _late("Seven days of airstrikes have killed 40 people.", "Seven days of airstrikes", "kill"),
]


@pytest.mark.parametrize("c", [",", ""])
@pytest.mark.parametrize("late", _LATE)
@pytest.mark.parametrize(
    "first, owner",
    [
        (_SYRIAN, "assad-regime"),
        (_RUSSIAN, "russia"),
        (
            _late(
                "Russian air strikes hit Ariha on Monday{c} a monitor said.", "Russian air strikes"
            ),
            "russia",
        ),
        (
            _late(
                "Activists blamed regime air strikes for the deaths{c} a monitor said.",
                "Activists",
                "blame",
                "regime air strikes",
            ),
            "assad-regime",
        ),
    ],
)
def test_an_air_attack_is_the_one_air_force_named_before(c, late, first, owner):
    rows = [_FILLER[0], first, *_FILLER, late]
    assert _last(rows, c).actor_id == owner


@pytest.mark.parametrize("c", [",", ""])
def test_the_air_attack_keeps_its_modality(c):
    late = _late("The air raids may have hit a bakery in Saraqeb.", "The air raids")
    events, start = [], 0
    for index, (sentence, actor, action, target) in enumerate(
        [_FILLER[0], _RUSSIAN, *_FILLER, late]
    ):
        text = sentence.format(c=c)
        prov = Provenance("d1", "d1.txt", index, start, start + len(text), text)
        modality = "possible" if actor == late[1] else "asserted"
        events.append(Event(actor, action, target, prov, modality=modality))
        start += len(text) + 1
    last = list(normalize_events(events))[-1]
    assert (last.actor_id, last.modality) == ("russia", "possible")


@pytest.mark.parametrize("c", [",", ""])
@pytest.mark.parametrize(
    "rows",
    [
        # two air forces named before: US warplanes, then Russian jets
        [
            _late("US warplanes struck a depot near Raqqa{c} officials said.", "US warplanes"),
            _FILLER[0],
            _RUSSIAN,
            *_FILLER,
            _LATE[0],
        ],
        # two at once
        [
            _late(
                "Syrian and Russian jets bombed Ariha{c} a monitor said.", "Syrian and Russian jets"
            ),
            *_FILLER,
            _LATE[1],
        ],
        # none named (the source's country is no air force)
        [_late("Warplanes pounded Ariha on Sunday.", "Warplanes", "pound", "Ariha"), *_FILLER]
        + [_LATE[2]],
        # the doer of the attack is doubted in its own sentence
        # two at once, as alternatives told of the air attacks
        [
            _late(
                "Syrian regime or Russian air strikes killed 20 people in Ariha.",
                "Syrian regime or Russian air strikes",
                "kill",
                "20 people",
            ),
            *_FILLER,
            _LATE[0],
        ],
        # the one air force named is a guess, or a victim, not a doer
        [
            _FILLER[0],
            _late(
                "A suspected Russian air raid killed 17 people in Ariha.",
                "A suspected Russian air raid",
                "kill",
                "17 people",
            ),
            *_FILLER,
            _LATE[0],
        ],
        [
            _FILLER[0],
            _late(
                "Rebels shot down a Russian helicopter near Saraqeb.",
                "Rebels",
                "shoot down",
                "a Russian helicopter",
            ),
            *_FILLER,
            _LATE[3],
        ],
        # a dateline, a place or a list of tags names no air force
        [
            _late(
                "BEIRUT Air strikes in Syria killed 20 people.", "Air strikes", "kill", "20 people"
            ),
            *_FILLER,
            _LATE[0],
        ],
        [
            _FILLER[0],
            _late(
                "Aid workers mourned the children killed in Syria raid on Ariha.",
                "Aid workers",
                "mourn",
                "the children",
            ),
            *_FILLER,
            _LATE[0],
        ],
        [
            _FILLER[0],
            _late(
                "Tags Aleppo Russia Airstrikes Doctors counted the dead.",
                "Doctors",
                "count",
                "the dead",
            ),
            *_FILLER,
            _LATE[0],
        ],
        [
            _FILLER[0],
            _late(
                "Aid workers counted the dead of the Aleppo airstrikes.",
                "Aid workers",
                "count",
                "the dead",
            ),
            *_FILLER,
            _LATE[0],
        ],
        # the sentence leaves the doer unnamed
        [
            _SYRIAN,
            *_FILLER,
            _late(
                "Air strikes hit a bakery in Saraqeb{c} the UN said without apportioning blame.",
                "Air strikes",
            ),
        ],
        # the strikes hit the air force's own side
        [
            _SYRIAN,
            *_FILLER,
            _late(
                "The strikes hit the Syrian army near Saraqeb.",
                "The strikes",
                "hit",
                "the Syrian army",
            ),
        ],
        [
            _SYRIAN,
            *_FILLER,
            _late("It was unclear who carried out the strikes on Saraqeb.", "the strikes"),
        ],
        [
            _SYRIAN,
            *_FILLER,
            _late("The regime denied that the raids hit a bakery in Saraqeb.", "the raids"),
        ],
    ],
)
def test_an_air_attack_of_two_air_forces_or_none_stays_unowned(c, rows):
    assert _last(rows, c).actor_type == "unresolved"


@pytest.mark.parametrize("c", [",", ""])
@pytest.mark.parametrize(
    "late",
    [
        _late("A car bomb hit a bakery in Saraqeb{c} killing six.", "A car bomb"),
        _late("Rockets hit a bakery in Saraqeb.", "Rockets"),
        _late("The shelling hit a bakery in Saraqeb.", "The shelling"),
        _late("Rocket strikes hit a bakery in Saraqeb.", "Rocket strikes"),
        _late("The blast hit a bakery in Saraqeb.", "The blast"),
        _late("The attack hit a bakery in Saraqeb.", "The attack"),
        _late("Unidentified airstrikes hit a bakery in Saraqeb.", "Unidentified airstrikes"),
    ],
)
def test_a_ground_attack_or_blast_is_no_air_forces(c, late):
    assert _last([_FILLER[0], _RUSSIAN, *_FILLER, late], c).actor_type == "unresolved"


@pytest.mark.parametrize(
    "phrase, mode, air",
    [
        ("the strikes", "", True),
        ("air raids on the town", "", True),
        ("an airstrike", "aerial", True),
        ("barrel bombs", "", True),
        ("the bombing campaign", "", True),
        ("the air campaign", "", True),
        ("seven days of airstrikes", "", True),
        ("aerial bombardment", "", True),
        ("a suicide bombing", "suicide-attack", False),
        ("a similar bombing", "explosives", False),
        ("a bomb", "", False),
        ("the attack", "", False),
        ("bombardment", "", False),
        ("mortar fire", "", False),
        ("drone strikes", "", False),
        ("purported airstrikes", "", False),
        ("the campaign", "", False),
    ],
)
def test_air_attack_phrases(phrase, mode, air):
    assert is_air_attack(phrase, mode) is air


@pytest.mark.xfail(
    reason="an aircraft named outside an attack's doer (seen only) lends no owner", strict=True
)
@pytest.mark.parametrize("c", [",", ""])
def test_an_aircraft_named_only_as_blamed_owns_no_air_attack(c):
    blamed = _late(
        "Activists blamed the deaths on Russian jets{c} a monitor said.",
        "Activists",
        "blame",
        "the deaths",
    )
    assert _last([_FILLER[0], blamed, *_FILLER, _LATE[0]], c).actor_id == "russia"


def _story(told: list[tuple[str, list[tuple[str, str, str]]]], c: str) -> list[Event]:
    events, start = [], 0
    for index, (sentence, acts) in enumerate(told):
        text = sentence.format(c=c)
        prov = Provenance("d1", "d1.txt", index, start, start + len(text), text)
        events += [Event(actor, action, target, prov) for actor, action, target in acts]
        start += len(text) + 1
    return list(normalize_events(events))


_JETS = ("Russian jets bombed a bridge near Palmyra{c} a monitor said.", [_RUSSIAN[1:]])
_FARMERS = [("Air raids", "kill", "nine farmers")]
_DENIED = [("Russia", "deny", "that its jets flew")]
_REBELS = ("Rebels shelled an army post.", [("Rebels", "shell", "an army post")])
# Sentences of no attack, past the two-sentence look-back of graph.normalize.attackers.
_ON = [(s, [(a, v, t)]) for s, a, v, t in _FILLER[:2]]


@pytest.mark.parametrize("c", [",", ""])
@pytest.mark.parametrize(
    "told",
    [  # another story, another side attacking, a denial, one attack told as new, a doubt after
        [_JETS, *_ON, ("Meanwhile{c} air raids killed nine farmers in Ariha.", _FARMERS)],
        [_JETS, *_ON, ("Elsewhere air raids killed nine farmers{c} a monitor said.", _FARMERS)],
        [
            _JETS,
            *_ON,
            _REBELS,
            ("Later air raids killed nine farmers{c} a monitor said.", _FARMERS),
        ],
        [
            (
                "Russian jets bombed Ariha and Turkish troops shelled Tobin{c} a monitor said.",
                [_RUSSIAN[1:], ("Turkish troops", "shell", "Tobin")],
            ),
            *_ON,
            ("The strikes killed 12 civilians.", [("The strikes", "kill", "12 civilians")]),
        ],
        [_JETS, *_ON, ("Russia denied that its jets flew over the valley.", _DENIED)]
        + [_ON[0], ("Air raids killed nine farmers{c} a monitor said.", _FARMERS)],
        [
            _JETS,
            *_ON,
            (
                "An air strike hit a bakery in Saraqeb{c} killing six.",
                [("An air strike", "hit", "a bakery")],
            ),
        ],
        [
            _JETS,
            *_ON,
            (
                "An air raid killed nine farmers{c} a monitor said.",
                [("An air raid", *_FARMERS[0][1:])],
            ),
        ],
        [_JETS, *_ON, ("Air raids killed nine farmers{c} a monitor said.", _FARMERS)]
        + [("It was unclear who carried out the raids.", [("who", "carry out", "the raids")])],
    ],
)
def test_the_story_leaves_the_air_attack_open(c, told):
    last = [e for e in _story(told, c) if e.action in ("kill", "hit")][-1]
    assert last.actor_type == "unresolved", (last.actor, last.actor_id)


@pytest.mark.parametrize("c", [",", ""])
def test_the_same_side_on_the_way_keeps_the_air_force(c):
    told = [
        _JETS,
        *_ON,
        ("Russian troops shelled a post nearby.", [("Russian troops", "shell", "a post")]),
    ]
    told += [_ON[0], ("Later air raids killed nine farmers{c} a monitor said.", _FARMERS)]
    assert [e for e in _story(told, c) if e.action == "kill"][-1].actor_id == "russia"


_TURKS = ("Turkish troops shelled a post nearby.", [("Turkish troops", "shell", "a post")])
_GUESSED = [("Russian jets", "carry out", "the raids")]


@pytest.mark.parametrize("c", [",", ""])
@pytest.mark.parametrize(
    "told, owner",
    [  # an armed group two or more sentences back has no air force; a state anywhere has one
        ([_JETS, _ON[0], _REBELS, _ON[1]], "russia"),
        ([_JETS, _REBELS, *_ON], "russia"),
        ([(_JETS[0], [*_JETS[1], _REBELS[1][0]]), *_ON], "russia"),
        ([_JETS, _TURKS, *_ON], ""),
        ([_JETS, _ON[0], _ON[1], _REBELS], ""),
    ],
)
def test_only_a_side_that_could_fly_the_attack_ends_the_story(c, told, owner):
    told = [*told, ("Later air raids killed nine farmers{c} a monitor said.", _FARMERS)]
    last = [e for e in _story(told, c) if e.action == "kill"][-1]
    assert last.actor_id == owner or (not owner and last.actor_type == "unresolved")


@pytest.mark.parametrize("c", [",", ""])
@pytest.mark.parametrize(
    "offset, doer, modality",
    [(-1, "russia", "possible"), (1, "russia", "possible"), (0, "russia", "possible")]
    + [(1, "turkey", "asserted"), (2, "russia", "asserted")],
)
def test_a_lend_the_story_hedges_stays_a_guess(c, offset, doer, modality):
    gaz = load_gazetteer()
    code = {"russia": "RUS", "turkey": "TUR"}[doer]
    text = f"Activists said{c} the raids were likely carried out by their jets."
    guess = Event("their jets", "carry out", "the raids", _prov(3 + offset, text))
    guess = replace(guess, actor_id=doer, actor_type="country", actor_code=code)
    story = AirStory({}, gaz, [replace(guess, modality="possible")])
    late = Event("Air raids", "kill", "nine farmers", _prov(3, "Air raids killed nine farmers."))
    lent = story.as_told(late, Ref("russia", "Russia", "country", "RUS"))
    assert lent.modality == modality


def _prov(index: int, text: str) -> Provenance:
    return Provenance("d1", "d1.txt", index, 0, len(text), text)
