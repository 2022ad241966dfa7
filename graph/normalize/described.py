"""A description of a listed armed group by its known traits is that group (issue 14).

Copy names a group once and describes it elsewhere: "the Peshmerga-allied YXG ... the
Yazidi-led fighters pushed on", "Hamas ... the Palestinian group said". The description
(determiners, modifiers, a noun of armed men or groups) is the one group the document
names whose traits its modifiers are: the group's ``ng:descriptor`` words in the
gazetteer ("Kurdish-led"), or the demonym of its country when that is not the
country the story happens in ("Lebanese" for a Lebanese group in a story set in Syria,
never "Syrian" there, where "Syrian fighters" are of many sides). Modifiers that say
who backs the group ("US-backed") or its creed ("Shiite") may stand beside the
traits but never make the match alone. Nothing is guessed when two named groups fit,
when none is named, or when a modifier is no trait of the group ("the Kurdish-led
Arab units": "Arab" is not the group's): each such phrase is left to the other steps.
A demonym counts only before a noun of one group ("the Lebanese movement"): "Lebanese
forces" are the Lebanese army's and "Palestinian fighters" may be of many factions,
whatever group the story names.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Literal

from ..vocab import ACTOR, NG
from .gazetteer import Gazetteer
from .phrase import DETERMINERS, Ref, words_of

__all__ = ["described_group"]

# Nouns of armed men or their groups a description ends in.
_GROUP_HEADS = frozenset(
    words_of(
        "group groups movement militia militias alliance faction factions organization "
        "organisation fighters force forces units"
    )
)
# Heads a demonym alone may make a group's: one group, never its men ("Palestinian
# fighters" are of many factions) nor a state's organs ("Lebanese forces").
_ONE_GROUP = frozenset(words_of("group movement militia faction organization organisation"))
# Plural nouns of armed men after "of": "an alliance of fighters".
_MEN = frozenset(words_of("fighters militias militiamen groups factions rebels"))
# Modifiers that may stand beside a trait: a backer ("US-backed") or a creed.
_BACKED = ("-backed", "-supported", "-sponsored", "-allied")
_CREEDS = frozenset(words_of("shiite shia sunni islamist"))
_SO_CALLED = frozenset(words_of("so-called"))


def described_group(
    gaz: Gazetteer, words: list[str], texts: Iterable[str], setting: str
) -> Ref | None:
    """Return the one named armed group a description's traits fit, or None.

    Args:
        gaz: The actor gazetteer (its ``ng:descriptor`` traits and demonyms).
        words: The phrase's words ("the", "Lebanese", "Shiite", "movement").
        texts: The document's sentences (where the groups are named).
        setting: The id of the country the story happens in ("" when unknown).

    Returns:
        The group ("hezbollah" for "the Lebanese Shiite movement" when the story,
        set in Syria, names Hezbollah and no other Lebanese group), else None.
    """
    modifiers, head = _modifiers(words)
    if not modifiers:
        return None
    home = gaz.get(setting) if setting else None
    fits = []
    for actor_id in _named_groups(gaz, texts):
        traits = _traits(gaz, actor_id, home.country if home else "", head in _ONE_GROUP)
        if all(m in traits or _neutral(m) for m in modifiers) and traits & set(modifiers):
            fits.append(actor_id)
    if len(fits) != 1:
        return None
    actor = gaz.get(fits[0])
    return Ref(fits[0], actor.label, actor.actor_type) if actor is not None else None


def _modifiers(words: list[str]) -> tuple[list[str], str]:
    """Return a description's casefolded modifiers and head ([], "" when it is no description)."""
    lowered = [w.casefold() for w in words]
    if len(lowered) > 2 and lowered[-2] == "of" and lowered[-1] in _MEN:
        lowered = lowered[:-2]  # "a Kurdish-Arab alliance of fighters"
    start = 0
    while start < len(lowered) and (lowered[start] in DETERMINERS or lowered[start] in _SO_CALLED):
        start += 1
    if len(lowered) - start < 2 or lowered[-1] not in _GROUP_HEADS:
        return [], ""
    return lowered[start:-1], lowered[-1]


def _neutral(modifier: str) -> bool:
    return modifier.endswith(_BACKED) or modifier in _CREEDS


def _named_groups(gaz: Gazetteer, texts: Iterable[str]) -> list[str]:
    """Return the armed groups the document names (by name, not by demonym), first named first."""
    found: dict[str, None] = {}
    for text in texts:
        for mention in gaz.find_mentions(text):
            actor = gaz.get(mention.actor_id) if mention.via == "alias" else None
            if actor is not None and actor.actor_type == "armed-group":
                found.setdefault(mention.actor_id, None)
    return list(found)


def _traits(gaz: Gazetteer, actor_id: str, home: str, one_group: bool) -> set[str]:
    """Return a group's traits: its descriptors, and its country's demonyms away from home."""
    traits = {str(d).casefold() for d in gaz.kg.objects(ACTOR[actor_id], NG.descriptor)}
    actor = gaz.get(actor_id)
    country = actor.country if actor is not None else ""
    if country and country != home and one_group:
        for state in gaz.kg.subjects(NG.countryCode, Literal(country)):
            if gaz.get(str(state).rsplit("/", 1)[-1]) is not None:
                traits |= {str(d).casefold() for d in gaz.kg.objects(state, NG.demonym)}
    return traits
