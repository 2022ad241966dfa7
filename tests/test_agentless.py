"""Attack facts whose doer the story named just before (graph/normalize/agentless.py).

Stories of our own: an attack kept as a fact for want of a doer in its clause ("mortar
shells fell on a school", "killed in attacks on the orchards") becomes an event of the
one side the story has just named as attacking, its span kept as the instrument; it stays a
fact when two sides attacked, when another verb of its sentence takes it ("repelled an
attack"), when it is a passive, and when the place attacked is held by the side named;
an attack that did not happen ("a halt to the bombing") is no event (nor a fact).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event, Provenance
from graph.normalize import normalize_events
from graph.normalize.agentless import is_unowned_fact
from graph.normalize.attackers import owned_by_context

Parse = Callable[..., Doc]


def _kinds(parse: Parse, text: str) -> dict[tuple[str, str], tuple[str, str]]:
    """Return (actor text, action) -> (kind, actor label) of a story's normalised events."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.instrument or e.actor, e.action): (e.kind, e.actor_label) for e in normalised}


_HELICOPTERS = "Government helicopters pounded the village of Kafr Sama on Sunday."
_MORTARS = "Militants fired mortars at the Velmora district"
_JETS = "Turkish jets bombed the hill town of Beit Nour overnight."
_BRIGADE = "The Falcon Brigade shelled the port of Marsa on Monday."
_TWO_SIDES = "The Falcon Brigade shelled Marsa on Monday while government jets bombed Tel Sour."


@pytest.mark.parametrize(
    "text, actor, action, label",
    [
        # an attack noun in the victims' phrase: the side just named made it
        (f"{_HELICOPTERS} Four farmers were killed in attacks on the orchards.", "attacks",
         "attack", "government (unknown)"),
        (f"{_HELICOPTERS} Four farmers were killed in attacks on the orchards, a monitor "
         "said.", "attacks", "attack", "government (unknown)"),
        # a weapon that fell on a place, with and without commas
        (f"{_MORTARS}. Mortar shells later fell on a school in the district wounding two "
         "pupils.", "Mortar shells", "fall on", "gunmen (unknown)"),
        (f"{_MORTARS}, the police said. Mortar shells later fell on a school in the "
         "district, wounding two pupils.", "Mortar shells", "fall on", "gunmen (unknown)"),
        # "the strikes on X left N dead": the strikes on X are the jets' strikes
        (f"{_JETS} The strikes on the town left nine people dead.", "The strikes", "strike",
         "Turkey"),
        (f"{_JETS} The strikes on the town left nine people dead, residents said.",
         "The strikes", "strike", "Turkey"),
        (f"{_BRIGADE} The shelling of the harbour damaged three boats.", "The shelling",
         "shell", "Falcon Brigade"),
        # a target that names no side, and no one blamed: the side named before
        (f"{_BRIGADE} Mortar shells fell on a school in Marsa on Tuesday.", "Mortar shells",
         "fall on", "Falcon Brigade"),
        ("Rebels shelled the army base in Tamra. Three soldiers died in attacks on the base "
         "the next day.", "attacks", "attack", "rebels (unknown)"),
        # a speaker's demand (its whole clause) does not take the attack it mentions
        (f"{_BRIGADE} At the council the envoy said the brigade should be investigated for war "
         "crimes following an attack on a fishing fleet that claimed ten lives.", "an attack",
         "attack", "Falcon Brigade"),
        (f"{_BRIGADE} At the council, the envoy said the brigade should be investigated for war "
         "crimes following an attack on a fishing fleet that claimed ten lives.", "an attack",
         "attack", "Falcon Brigade"),
    ],
)  # fmt: skip
def test_an_attack_fact_takes_the_side_just_named(parse, text, actor, action, label):
    assert _kinds(parse, text).get((actor, action)) == ("event", label)


@pytest.mark.parametrize(
    "text, actor, action",
    [
        # two sides attacked just before: whose were the attacks?
        (f"{_TWO_SIDES} Four farmers were killed in attacks on the orchards.", "attacks",
         "attack"),
        (f"{_TWO_SIDES.replace(' while', ', while')} Four farmers were killed in attacks on the "
         "orchards.", "attacks", "attack"),
        # another verb takes the attack: the army repelled it, it did not make it
        (f"{_HELICOPTERS} The army repelled an attack on its checkpoint near the village.",
         "an attack", "attack"),
        (f"{_HELICOPTERS} The army, backed by tanks, repelled an attack on its checkpoint.",
         "an attack", "attack"),
        # a passive: the shells are what was fired
        (f"{_BRIGADE} Mortar shells were fired at the harbour.", "Mortar shells",
         "be fired at"),
        # an armed group does not bombard the ground the rebels hold
        (f"{_BRIGADE} Heavy bombardment of rebel-held parts of the old town followed.",
         "Heavy bombardment", "bombard"),
        # the attack's own sentence blames someone: not the side named before
        ("Rebels shelled the army base in Tamra. Three soldiers died in attacks on the base "
         "the next day, but the army blamed a Borduvian militia.", "attacks", "attack"),
        ("Rebels shelled the army base in Tamra. Three soldiers died in attacks on the base "
         "the next day but the army blamed a Borduvian militia.", "attacks", "attack"),
        ("Rebels shelled the army base in Tamra. Three soldiers died in attacks on the base, "
         "and officials held a Borduvian militia responsible.", "attacks", "attack"),
    ],
)  # fmt: skip
def test_an_attack_fact_stays_a_fact_when_its_doer_is_open(parse, text, actor, action):
    assert _kinds(parse, text)[(actor, action)][0] == "relation"


def test_an_attack_someone_wants_halted_is_no_event(parse):
    # a bombing someone wants halted is no bombing that happened (nor a fact of one)
    text = f"{_HELICOPTERS} Rebels called for a halt to the bombing of the orchards."
    assert _kinds(parse, text).get(("the bombing", "bomb"), ("none", ""))[0] != "event"


@pytest.mark.parametrize(
    "text",
    [
        # a side does not shell its own ground: the target names it. A munition that came
        # down on a place is an attack by someone unnamed (see graph/extract/landings.py),
        # as "mortar shells hit X" is: an event whose doer stays open.
        "Tarvan fighters raided a police post in Dorra, killing three guards. Mortar shells "
        "later fell on Tarvan positions near the village.",
        "Tarvan fighters raided a police post in Dorra killing three guards. Mortar shells "
        "later fell on Tarvan positions near the village.",
        f"{_BRIGADE} Mortar shells fell on the headquarters of the Falcon Brigade on Tuesday.",
    ],
)
def test_shells_on_the_named_sides_ground_keep_their_doer_open(parse, text):
    assert _kinds(parse, text)[("Mortar shells", "fall on")] == ("event", "")


def _fact(
    actor: str,
    action: str,
    target: str,
    sentence: str,
    *,
    kind: str = "relation",
    relation: str = "",
) -> Event:
    prov = Provenance("d", "d.txt", 1, 100, 100 + len(sentence), sentence)
    return Event(
        actor,
        action,
        target,
        prov,
        kind=kind,
        action_class="FIGHT",
        actor_type="unresolved",
        relation=relation or action,
    )


@pytest.mark.parametrize(
    "event, unowned",
    [
        (_fact("Rockets", "hit", "a school", "Rockets hit a school."), True),
        (_fact("the raids", "raid", "the market", "They fled the raids on the market.",
               relation="raids on"), True),
        # a happening with no target, a war or a clash, alternatives, a pointer
        (_fact("the raids", "intensify", "", "The raids intensified."), False),
        (_fact("The war", "kill", "thousands", "The war killed thousands."), False),
        (_fact("Clashes", "kill", "six", "Clashes killed six."), False),
        (_fact("Russian or Syrian jets", "hit", "a bakery", "Russian or Syrian jets hit a bakery."),
         False),
        (_fact("artillery", "target", "which", "the town which artillery targets"), False),
        # what a glued headline makes of fighters is no weapon
        (_fact("Assault on Tel Sour Kurdish fighters", "continue", "the push",
               "Assault on Tel Sour Kurdish fighters continue the push."), False),
        # the actor after its verb: "mines planted by X and suicide attacks"
        (_fact("suicide attacks", "plant", "mines", "mines planted by them and suicide attacks"),
         False),
        # a stated event, not a fact
        (_fact("Rockets", "hit", "a school", "Rockets hit a school.", kind="event"), False),
    ],
)  # fmt: skip
def test_which_facts_may_take_a_doer_from_context(event, unowned):
    assert is_unowned_fact(event) is unowned


@pytest.mark.parametrize(
    "sentence, owner",
    [
        ("Nine died in raids carried out by the Ruritanian army.", "Ruritania"),
        # the text leaves it open between the army and someone else: no one is guessed
        ("Nine died in raids carried out by the Ruritanian army or Borduvian jets.", ""),
        ("Nine died in raids carried out, by either the Ruritanian army or Borduvian jets.", ""),
    ],
)
def test_an_attacker_named_as_one_of_alternatives_owns_nothing(sentence, owner):
    prov = Provenance("d", "d.txt", 0, 0, len(sentence), sentence)
    army = Event(
        "the Ruritanian army",
        "carry out",
        "raids",
        prov,
        kind="event",
        action_class="ASSAULT",
        actor_id="ruritania",
        actor_label="Ruritania",
        actor_type="military",
        actor_code="RURMIL",
    )
    fact = _fact("attacks", "attack", "the orchards", "Four died in attacks on the orchards.")
    fact = replace(fact, relation="attacks on")
    events = list(owned_by_context([army, fact]))
    assert events[1].actor_label == owner
    assert events[1].kind == ("event" if owner else "relation")
