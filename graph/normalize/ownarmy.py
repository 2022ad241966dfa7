"""Bare troops after the story's own army: "the Tarvan army ... troops entered the town" (issue 14).

A state report or a wire story names the army once ("the Syrian army", "army units")
and then writes bare "troops", "25 soldiers", "the supporting forces", "the popular
forces" for the same side. Such a bare noun (no name, no people, no side) is the army
of the story's country when the most recent armed state force mentioned before it
is that army or that state's government; otherwise ("Turkish troops ... troops", or
no army named yet) it stays a military of no known country.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .agents import find_agent
from .agentwords import ARMY_NOUNS
from .countries import country_of
from .phrase import Ref, words_of

if TYPE_CHECKING:
    from .coref import Document
    from .mentions import Mention

__all__ = ["own_army", "own_service"]

# Bare nouns of an army's men ("troops"); "forces" only with a word of support.
# A state's services that state reports capitalise: "the Air Force", "the Armed Forces".
_SERVICES = frozenset({"air force", "armed forces"})
# Words a bare service may follow: "backed by the Air Force", "the Army and Air Force".
_BEFORE_SERVICE = frozenset(words_of("the The and by with of"))
_MEN = frozenset(words_of("troops soldiers"))
_SUPPORT = frozenset(words_of("supporting backing popular auxiliary"))
_FORCES = frozenset(words_of("forces"))
# Words that may stand before the noun and name no side: "the", "25", "at least".
_PLAIN = frozenset(
    words_of(
        "the a an some several many dozens hundreds of at least more than about nearly around "
        "other two three four five six seven eight nine ten"
    )
)


def own_army(doc: Document, words: list[str], sent: int, pos: int) -> Ref | None:
    """Return the story's army for a bare "troops", "two soldiers", "the backing forces".

    Args:
        doc: The document's state (its country, its mentions so far).
        words: The phrase's words ("the", "supporting", "forces").
        sent: Sentence index of the phrase.
        pos: Character offset of the phrase in its sentence.
    """
    if not words or not _is_bare(words):
        return None
    army = _story_army(doc, sent, pos)
    return doc.ref(army) if army else None


def own_service(
    doc: Document, words: list[str], sent: int, pos: int, agent: Callable[[list[str]], Ref | None]
) -> Ref | None:
    """Return the agent a capitalised bare service names: "the Air Force" as "the air force".

    Only after the story's own army, and not after an owner ("the alliances Air Force").

    Args:
        doc: The document's state (its country, its mentions so far).
        words: The phrase's words without determiners ("Air", "Force").
        sent: Sentence index of the phrase.
        pos: Character offset of the phrase in its sentence.
        agent: Resolves a generic agent noun in the phrase's setting.
    """
    if " ".join(words).lower() not in _SERVICES or not all(w.istitle() for w in words):
        return None
    text = doc.sentence(sent)
    before = [] if text[pos:].lower().startswith("the ") else text[:pos].split()[-1:]
    if (before and before[0] not in _BEFORE_SERVICE) or not _story_army(doc, sent, pos):
        return None  # "the coalitions Air Force", a headline's "... Hama The Air Force"
    return agent([w.lower() for w in words])


def _story_army(doc: Document, sent: int, pos: int) -> str:
    """Return the story's army when the last state force named before is it or its state."""
    country = doc.setting_country
    army = doc.gaz.military_actor(country) if country else ""
    if not army:
        return ""
    last = doc.mentions.find(lambda m: _is_state_force(doc, m), sent, pos, recency=True)
    if last is None or last.ref is None:
        return ""
    if last.ref.actor_id not in (army, doc.gaz.state_actor(country)):
        return ""  # "Turkish troops entered ... troops": another state's men
    return army


def _is_bare(words: list[str]) -> bool:
    """Return whether a phrase is a bare noun of an army's men, every other word plain."""
    head = words[-1].lower()
    rest = [w.lower() for w in words[:-1]]
    found = find_agent(words[-1:])
    if found is None or found.sector != "MIL":
        return False
    if head in _FORCES:
        return bool(rest) and rest[-1] in _SUPPORT and _plain(rest[:-1])
    return head in _MEN and _plain(rest)


def _plain(words: list[str]) -> bool:
    return all(w in _PLAIN or w.isdigit() for w in words)


def _is_state_force(doc: Document, mention: Mention) -> bool:
    """Return whether a mention is an armed state force or a government that has one."""
    ref = mention.ref
    if ref is None or not ref.actor_id or ref.actor_id.startswith("unknown/"):
        return False
    if ref.actor_type == "military" or (ref.actor_type == "country" and mention.head in ARMY_NOUNS):
        return True  # "the Tarvan army", "Tarvan troops"
    country = country_of(doc.gaz, ref.actor_id)
    return ref.actor_type == "government" and bool(country and doc.gaz.military_actor(country))
