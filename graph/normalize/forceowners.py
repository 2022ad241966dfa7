"""Whose forces a possessive names: "the army's air force", "President Tarvo's troops" (issue 14).

State media write "the army's air force struck ..." and wire copy "President Tarvo's
forces shelled ...": the force belongs to the army, or to the state whose leader or
government is named before the possessive: its army for "forces", "troops" and
"soldiers", the state itself for its aircraft ("Tarvo's air force", as "Tarvan jets"
are the state's). Real copy often drops the apostrophe ("the armys air force", "Tarvos
forces"); a word ending in "s" is read as a possessive only when it is no agent noun
itself ("Democratic Forces fighters" is a name) and, without its "s", names a state,
its government or its army, and the force's head is a state's ("air force", "troops",
"warplanes"; not "militia" nor "fighters"). A leader's rule is read the same way:
"President Tarvos regime" is Tarvo's state's government, not a people "Tarvos".

A leader's possessive pronoun is read the same way (:func:`leader_forces`): "President
Tarvo vowed to win. Rebels attacked his forces" are Tarvo's state's army, "her
government" the state's government. The owner is the one person named just before (in
the possessive's sentence before it, else in the sentence before) and holds a state
office: a person whose code is a state's government or military ("TRVGOV"), or a leader
the gazetteer lists as an alias of his government ("Assad"). Two people there ("Tarvo
met Harbi and praised his troops") or a person of no state ("his wife", "the commander
... his men") leave the phrase to the other steps.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .agents import find_agent
from .agentwords import ARMY_NOUNS
from .countries import country_by_alpha3, country_of
from .gazetteer import Gazetteer
from .phrase import STATE_TYPES, Ref, words_of

if TYPE_CHECKING:
    from .coref import Document
    from .mentions import Mention

__all__ = ["forces_of", "leader_forces", "possessed_force"]

# A force ("President Tarvos troops") or a rule ("Tarvos regime") a state's leader owns.
_OWNED_SECTORS = frozenset({"MIL", "GOV"})


def possessed_force(
    words: list[str], gaz: Gazetteer, resolve_words: Callable[[list[str]], Ref]
) -> Ref | None:
    """Return the armed forces of the state a possessive before a force head names, or None.

    "the armys air force" -> the army's state's armed forces; "Tarvos forces" -> Tarvo's.

    Args:
        words: The phrase's cleaned words ("armys", "air", "force").
        gaz: The actor gazetteer.
        resolve_words: Resolves a shorter run of the phrase's words in its sentence.
    """
    head = words[-1].lower() if words else ""
    for at in range(len(words) - 1, 0, -1):
        owner = _stem(words[at - 1])
        if not owner or find_agent(words[at - 1 : at]) is not None:
            continue  # "Syrian Democratic Forces fighting position": a name, no possessive
        found = find_agent(words[at:])
        # "Russia and Tarvos regime": two owners, the first one's event (see jointdoers)
        joint = "and" in words[: at - 1] and found is not None and found.sector == "GOV"
        owned = found is not None and found.sector in _OWNED_SECTORS and not joint
        if owned and found is not None and found.start == 0 and found.noun == head:
            return forces_of(resolve_words([*words[: at - 1], owner]), head, gaz)
    return None


def _stem(word: str) -> str:
    """Return a possessive's owner ("army's", "armys" -> "army"), "" for another word."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else ""


def forces_of(owner: Ref, head: str, gaz: Gazetteer) -> Ref | None:
    """Return whose forces an owner's are: an army's own, else its state's army or state.

    "Tarvos troops" are Tarvo's state's army; "Tarvos air force" is the state's, as
    "Tarvan jets" are.
    """
    if owner.actor_type not in STATE_TYPES or not owner.actor_id:
        return None
    if owner.actor_type == "military":
        return owner if owner.code[:3].isalpha() else None
    country = country_of(gaz, owner.actor_id)  # a leader is an alias of the government
    if not country:
        return None
    actor_id = gaz.military_actor(country) if head in ARMY_NOUNS else gaz.state_actor(country)
    actor = gaz.get(actor_id) if actor_id else None
    if actor is None:
        return None
    return Ref(actor.actor_id, actor.label, actor.actor_type, gaz.code_at(actor.actor_id))


# What a leader holds: his men ("his troops") or his rule ("his regime").
_RULE = frozenset(words_of("regime government administration"))
_HEADS = (ARMY_NOUNS - {"unit", "units", "armies"}) | _RULE
# Words between the possessive and the head that keep the men the leader's own.
_FILLERS = frozenset(words_of("own armed loyal loyalist elite ground government"))
# Words that make a mention of a government an institution, not the leader's name.
_INSTITUTION = _RULE | frozenset(words_of("the forces army military ministry authorities state"))


def leader_forces(doc: Document, words: list[str], sent: int, pos: int) -> Ref | None:
    """Return the army (or government) of the leader "his forces" ("her regime") means, or None.

    Args:
        doc: The document's state (its mentions so far).
        words: The phrase's words ("his", "forces").
        sent: Sentence index of the phrase.
        pos: Character offset of the phrase in its sentence.
    """
    lowered = [w.lower() for w in words]
    if len(words) < 2 or lowered[0] not in ("his", "her") or lowered[-1] not in _HEADS:
        return None
    if not _FILLERS.issuperset(lowered[1:-1]):
        return None  # "his Russian counterpart", "his former army" name someone else
    window = doc.mentions.window(sent, pos)
    for index in (sent, sent - 1):
        people = [m for m in window if m.sent == index and _is_person(doc, m)]
        if not people:
            continue
        owners = {m.ref.actor_id for m in people if m.ref is not None}
        if len(owners) != 1:
            return None  # "Tarvo met Harbi and praised his troops": whose?
        return _state_force(doc, people[-1], lowered[-1])
    return None


def _is_person(doc: Document, mention: Mention) -> bool:
    """Return whether a mention names a person: a person, or a leader named for his rule."""
    ref = mention.ref
    if ref is None or not ref.actor_id or mention.modifier:
        return False
    if ref.actor_type == "person":
        return True
    # "President Assad", "the Assad regime", "Bashar al-Assads government" name the man;
    # "the Syrian regime", "Damascus", "Syria's Government" name none
    return ref.actor_type == "government" and _led_government(doc, mention) == ref.actor_id


def _led_government(doc: Document, mention: Mention) -> str:
    """Return the government whose leader a mention's words name by an alias, or ""."""
    if mention.end <= mention.start:
        return ""
    text = doc.sentence(mention.sent)[mention.start : mention.end]
    words = [_owner_word(w) for w in text.split() if w.lower().strip(".,") not in _INSTITUTION]
    for start in range(len(words)):
        found = doc.gaz.lookup(" ".join(words[start:]))
        if found is not None and found[1] == "alias" and found[0].actor_type == "government":
            return found[0].actor_id
    return ""


def _owner_word(word: str) -> str:
    """Return a name without its possessive ending ("al-Assads", "Assad's" -> "Assad")."""
    stem = _stem(word)
    return stem if any(c.isupper() for c in stem) else word


def _state_force(doc: Document, owner: Mention, head: str) -> Ref | None:
    """Return the state force a leader's ``head`` is: the army for men, the state for rule."""
    assert owner.ref is not None  # checked by _is_person
    ref = owner.ref
    led = _led_government(doc, owner)  # "Bashar al-Assads" read as an unknown man
    if ref.actor_type == "government" or led:
        country = country_of(doc.gaz, led or ref.actor_id)
    else:
        code = ref.code or doc.gaz.code_at(ref.actor_id)
        state = code[3:6] in _OWNED_SECTORS and code[:3].isalpha()
        country = country_by_alpha3(doc.gaz, code[:3]) if state else ""
    if not country:
        return None
    actor_id = doc.gaz.military_actor(country) if head in ARMY_NOUNS else ""
    actor = doc.gaz.get(actor_id or doc.gaz.state_actor(country))
    if actor is None:
        return None
    return Ref(actor.actor_id, actor.label, actor.actor_type, doc.gaz.code_at(actor.actor_id))
