"""Actor spans without glue (issue 14): unnamed allies, dates, fronted event nouns.

"X and its allies" where nobody can name the allies (graph/normalize/allyriders.py):
the allies' own event is dropped when X's event in the sentence has the same act and
target; as a target, the allies go when X is the target of the same act. Allies a
name comes with, or a state's allies (its militias), stay. A date glued before the
subject in copy without commas ends with its day and clock time ("on March 14 2019
armed groups", "10:07 Velnian warplanes"); a count after the date stays ("On May 5
20 fighters"). A fronted phrase's event noun read into the subject ("After a two-month
siege militiamen took") is cut (graph/extract/gluedevents.py); a modifier after a name
stays ("Velnian war planes"). Every sentence is our own, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _roles(parse: Parse, text: str, action: str) -> tuple[set[str], set[str]]:
    """Return the actors and the targets of the normalised events of ``text`` with ``action``."""
    found = sorted(set(extract_events(parse(text))), key=lambda e: e.sort_key())
    events = [e for e in normalize_events(found) if e.kind == "event" and e.action == action]
    return {e.actor for e in events}, {e.target for e in events}


ALLIES = [
    ("Rebel units and their allies besieged the town of Qarvel.", "besiege", {"Rebel units"}),
    ("Rebel units, and their allies, besieged the town of Qarvel.", "besiege", {"Rebel units"}),
    ("The militia and its allies captured two hills near Dorvan.", "capture", {"The militia"}),
    (
        "The militia and its local allies captured two hills near Dorvan.",
        "capture",
        {"The militia"},
    ),
    ("The town was besieged by the militia and its powerful allies.", "besiege", {"the militia"}),
    (
        "The town was besieged by the militia, and its powerful allies, for a year.",
        "besiege",
        {"the militia"},
    ),
    ("Turkey and its allies shelled the town of Marsa.", "shell", {"Turkey"}),
    # allies with a name, or a state's allies (its militias), are actors of their own
    (
        "Ruritania and its ally Borduria attacked the port of Kelm.",
        "attack",
        {"Ruritania", "Borduria"},
    ),
    (
        "The militia and its allies including Borduria sent arms to the rebels.",
        "send",
        {"The militia", "its allies including Borduria"},
    ),
    ("The regime and its allies shelled the town of Marsa.", "shell", {"The regime", "its allies"}),
]


@pytest.mark.parametrize("text, action, actors", ALLIES)
def test_unnamed_allies_ride_with_their_group(
    parse: Parse, text: str, action: str, actors: set[str]
) -> None:
    assert _roles(parse, text, action)[0] == actors


NEGATED_PARTNERS = [
    (
        "The militants did not shell the garrison, but their allies shelled the garrison.",
        ("their allies", "shell", "pos"),
    ),
    (
        "The militants did not shell the garrison but their allies shelled the garrison.",
        ("their allies", "shell", "pos"),
    ),
    (
        "The militia and its allies did not reach Tarno, but their allies reached Tarno.",
        ("their allies", "reach", "pos"),
    ),
]


@pytest.mark.parametrize("text, expected", NEGATED_PARTNERS)
def test_a_negated_partner_covers_no_allies_event(
    parse: Parse, text: str, expected: tuple[str, str, str]
) -> None:
    found = sorted(set(extract_events(parse(text))), key=lambda e: e.sort_key())
    kept = {(e.actor, e.action, e.polarity) for e in normalize_events(found) if e.kind == "event"}
    assert expected in kept


TARGET_ALLIES = [
    ("Rebels ambushed the militia and its allies near Tobrin.", "ambush", {"the militia"}),
    ("Rebels ambushed the militia, and its allies, near Tobrin.", "ambush", {"the militia"}),
]


@pytest.mark.parametrize("text, action, targets", TARGET_ALLIES)
def test_unnamed_allies_are_no_target_of_their_own(
    parse: Parse, text: str, action: str, targets: set[str]
) -> None:
    assert _roles(parse, text, action)[1] == targets


DATES = [
    (
        "Since the truce began on March 14 2019 armed groups have shelled Dorvan twice.",
        "shell",
        {"armed groups"},
    ),
    (
        "Since the truce began on March 14, 2019, armed groups have shelled Dorvan twice.",
        "shell",
        {"armed groups"},
    ),
    ("On October 9 2013 Velnian troops stormed the village of Arko.", "storm", {"Velnian troops"}),
    ("On May 5 20 fighters attacked the checkpoint near Tobrin.", "attack", {"20 fighters"}),
    ("On May 5, 20 fighters attacked the checkpoint near Tobrin.", "attack", {"20 fighters"}),
    # a month alone dates the story: the number after it counts the actors
    ("In June 12 gunmen raided the outpost near Selvo.", "raid", {"12 gunmen"}),
    ("In June, 12 gunmen raided the outpost near Selvo.", "raid", {"12 gunmen"}),
    ("In August 15 soldiers stormed the depot at Varn.", "storm", {"15 soldiers"}),
    # a count is no date
    ("Some 300 fighters attacked the checkpoint near Tobrin.", "attack", {"Some 300 fighters"}),
]


@pytest.mark.parametrize("text, action, actors", DATES)
def test_a_dates_day_is_no_part_of_the_actor(
    parse: Parse, text: str, action: str, actors: set[str]
) -> None:
    assert {e.actor for e in extract_events(parse(text)) if e.action == action} == actors


FRONTED_EVENTS = [
    ("After a two-month siege militiamen took the town of Arko.", "take", {"militiamen"}),
    ("After a two-month siege, militiamen took the town of Arko.", "take", {"militiamen"}),
    ("After a long siege militiamen took the town of Arko.", "take", {"militiamen"}),
    ("After the truce rebels shelled the town of Arko.", "shell", {"rebels"}),
    (
        "In the wake of the 2019 raid Gorvan agreed to a deal to hand over his rockets.",
        "agree to",
        {"Gorvan"},
    ),
    (
        "With Dorvan again under siege - Velnian forces fully surrounded the city in March.",
        "surround",
        {"Velnian forces"},
    ),
    # modifiers that name the side, or a compound with no fronted phrase, stay
    ("Velnian war planes bombed the market in Tobrin.", "bomb", {"Velnian war planes"}),
    ("Coalition war planes bombed the market in Tobrin.", "bomb", {"Coalition war planes"}),
    ("The strike crews bombed the bridge at Tobrin.", "bomb", {"The strike crews"}),
]


@pytest.mark.parametrize("text, action, actors", FRONTED_EVENTS)
def test_a_fronted_event_noun_is_no_part_of_the_actor(
    parse: Parse, text: str, action: str, actors: set[str]
) -> None:
    assert {e.actor for e in extract_events(parse(text)) if e.action == action} == actors
