"""Whose bare aircraft a story means: the one air force it named before (issue 14).

News names the owner of its aircraft once ("Tarvan warplanes pound rebel towns") and then
tells of "the warplanes", "jets", "a helicopter" or "the air force" for paragraphs. The
look-back of :mod:`graph.normalize.attackers` reaches two sentences and the lead; a bare
aircraft left no one's ("unknown/military") after it takes the air force of the one state
(or coalition) whose aircraft the story named before it, headline included: "Tarvan jets",
"regime helicopters", "coalition aircraft", "the Tarvan army's fighter jets". Nothing is
guessed when

- the story named aircraft of two owners before ("Tarvan jets" and later "Karvonian
  warplanes"), or of two at once ("Tarvan and Karvonian jets", "Tarvan or Karvonian jets",
  "jets believed to be Tarvan or Karvonian");
- it named no owner's aircraft at all (the source's country is no owner);
- the phrase says it is someone else's or no one knows whose ("unidentified aircraft",
  "another plane", "its jets"), or its sentence does ("it was unclear if the planes
  ...", "jets believed to be Tarvan", "which planes");
- the owner was told only as a guess ("strikes likely carried out by Tarvan jets").

A "bomber" is first read by :mod:`graph.normalize.suicidebombers`: a man who carries his
bomb is no air force's; the story's suicide bombers are not its aircraft either.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping

from ..model import Event
from .agents import agent_ref
from .claimants import position_of
from .countries import country_by_alpha3, country_of
from .gazetteer import Gazetteer
from .heads import STATE_HEADS
from .namedattacks import NAMELESS_MILITARY
from .phrase import STATE_TYPES, Ref, words_of
from .suicidebombers import bomber_ref, carries_bomb, is_bomber, names_bombers

__all__ = ["owned_aircraft"]

# Nouns of a state's aircraft ("air force" is read as its last word after "air").
AIRCRAFT_NOUNS = frozenset(
    words_of(
        "warplane warplanes jet jets plane planes aircraft helicopter helicopters gunship "
        "gunships bomber bombers fighter-jets"
    )
)
# Words that make a bare aircraft someone else's or no one's known: "unidentified jets".
_OTHER = frozenset(
    words_of(
        "unidentified unknown unmarked foreign another other its their his her our enemy "
        "hostile civilian passenger cargo commercial whose which what"
    )
)
_JOINT = frozenset(words_of("and or nor &"))
# Owners told after the noun as alternatives: "jets believed to be Tarvan or Karvonian".
_OPEN_AFTER = re.compile(
    r"^\s+(?:\S+\s+){0,2}?(?:believed|thought|said|suspected|either|belonging|possibly)\b"
    r"(?:\s+\S+){0,5}?\s+(?:or|nor)\s",
    re.I,
)
# A sentence that says no one knows whose aircraft it was: "it was unclear if the planes ...".
_DOUBT = re.compile(
    r"\b(?:unclear|not\s+(?:immediately\s+)?(?:clear|known)|unknown)\b"
    r"|\b(?:believed|thought|suspected)\s+to\s+be\b|\b(?:which|whose)\s+(?:\w+\s+)?"
    r"(?:war)?(?:planes?|jets?|aircraft|helicopters?)\b",
    re.I,
)
# An owner told as a guess: "strikes likely carried out by Tarvan jets" (open to another).
_HEDGE = frozenset(words_of("likely probably possibly apparently believed suspected thought"))
_HEDGE_WORDS = 5
# Lower-case words between an owner's name and its aircraft: "Tarvan army fighter jets".
_KIND_WORDS = frozenset(
    words_of(
        "regime government army military air force coalition fighter war attack combat "
        "transport strategic long-range stealth reconnaissance"
    )
)
_WORD = re.compile(r"[\w'’-]+")
# How many words before an aircraft noun may name its owner ("the Tarvan army's fighter").
_OWNER_WORDS = 4
_AIR = "air"

# A target that is its doer: "three bombers blew themselves up".
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


def owned_aircraft(
    events: Iterable[Event], gaz: Gazetteer, texts: Mapping[int, str]
) -> Iterator[Event]:
    """Yield one document's events, a bare aircraft taking the one owner the story named.

    Args:
        events: The normalised events of one document, in document order.
        gaz: The actor gazetteer.
        texts: The document's sentence texts by index (headline included).
    """
    batch = list(events)
    texts = {**texts, **{e.provenance.sentence_index: e.provenance.sentence for e in batch}}
    for event in batch:
        for role in ("actor", "target"):
            if getattr(event, f"{role}_id") == NAMELESS_MILITARY:
                event = _with_owner(event, role, gaz, texts)
        yield _reflexive_kept(event)


def _reflexive_kept(event: Event) -> Event:
    """Return the event with a reflexive target ("blew themselves up") its new doer's."""
    if event.target_id != NAMELESS_MILITARY or event.target.lower() not in _REFLEXIVES:
        return event
    return event.with_role(
        "target", event.actor_id, event.actor_label, event.actor_type, event.actor_code
    )


def _with_owner(event: Event, role: str, gaz: Gazetteer, texts: Mapping[int, str]) -> Event:
    """Return the event with a bare aircraft (or a man's bomber) of a role owned, if told."""
    phrase, sentence = getattr(event, role), event.provenance.sentence
    before = _told_before(event, phrase, texts)
    owner = bomber_ref(phrase, sentence, before, gaz, _owns(gaz)) if is_bomber(phrase) else None
    if owner is None and _is_bare(phrase) and not _DOUBT.search(sentence):
        owner = _story_owner(before, gaz)  # "Tarvan jets ... The jets struck X"
    return _owned(event, role, owner, gaz) if owner is not None else event


def _told_before(event: Event, phrase: str, texts: Mapping[int, str]) -> list[str]:
    """Return the story's texts before a phrase: its sentences before, then its own start."""
    here = event.provenance.sentence_index
    sentence = event.provenance.sentence
    return [
        *(texts[i] for i in sorted(texts) if i < here),
        sentence[: position_of(sentence, phrase)],
    ]


def _owns(gaz: Gazetteer) -> Callable[[str], bool]:
    return lambda text: any(ref is not None for _, ref in _named_owners(text, gaz))


def _is_bare(phrase: str) -> bool:
    """Return whether a phrase is an aircraft of no owner it states ("the warplanes")."""
    words = [w.lower() for w in _WORD.findall(phrase)]
    if not words or words[-1] not in AIRCRAFT_NOUNS and words[-2:] != [_AIR, "force"]:
        return False
    return not _OTHER.intersection(words) and not _JOINT.intersection(words)


def _story_owner(before: list[str], gaz: Gazetteer) -> Ref | None:
    """Return the one owner of the aircraft the story named before, or None."""
    if any(map(names_bombers, before)) and not any(map(_owns(gaz), before)):
        return None  # "Two suicide bombers ... the bombers": men, not planes
    owners: dict[str, Ref | None] = {}
    for text in before:
        for key, ref in _named_owners(text, gaz):
            owners[key] = ref
    refs = list(owners.values())
    return refs[0] if len(refs) == 1 else None


def _named_owners(text: str, gaz: Gazetteer) -> Iterator[tuple[str, Ref | None]]:
    """Yield (key, owner) of each owned aircraft a text names; two owners yield two keys."""
    for match in _WORD.finditer(text):
        noun = match.group().lower()
        if noun not in AIRCRAFT_NOUNS and not (
            noun == "force" and _ends(text, match.start(), _AIR)
        ):
            continue
        if carries_bomb(text[: match.end()]):
            continue  # "two suicide bombers": men, not planes
        words = _WORD.findall(text[: match.start()])
        if noun == "force":
            words = words[:-1]
        if _OPEN_AFTER.match(text[match.end() :]):
            yield from (("open-1", None), ("open-2", None))
            continue
        found = _owner(words[-_OWNER_WORDS:], noun, gaz)
        hedged = _HEDGE.intersection(w.lower() for w in words[-_OWNER_WORDS - _HEDGE_WORDS :])
        if found is not None and hedged:
            yield from (("open-1", None), ("open-2", None))  # "likely Tarvan jets": a guess
        elif found is not None:
            yield found


def _ends(text: str, at: int, word: str) -> bool:
    before = _WORD.findall(text[:at])
    return bool(before) and before[-1].lower() == word


def _owner(words: list[str], noun: str, gaz: Gazetteer) -> tuple[str, Ref | None] | None:
    """Return (key, owner) the words just before an aircraft noun name, or None.

    The shortest run that names an owner wins ("said Tarvan jets" -> Tarva); a joint run
    ("Tarvan and Karvonian jets") gives a key of its own that stands for a second owner.
    """
    for size in range(1, len(words) + 1):
        run = words[len(words) - size :]
        ref = _run_owner(run, noun, gaz)
        if ref is None:
            continue
        return ("joint", None) if _is_joint(words, noun, gaz) else (ref.actor_id, ref)
    return None


def _is_joint(words: list[str], noun: str, gaz: Gazetteer) -> bool:
    """Return whether the words name a second owner joined by "and"/"or" ("Tarvan and ...")."""
    return any(
        word.lower() in _JOINT and _names_state(words[at - 1 : at], noun, gaz)
        for at, word in enumerate(words)
        if at
    )


def _run_owner(run: list[str], noun: str, gaz: Gazetteer) -> Ref | None:
    """Return the state's (or a coalition's) actor a run before an aircraft noun names."""
    if run[0].lower() in _OTHER or not _names_state(run[:1], noun, gaz):
        return None  # "Khan Shaykhun government jets": the owner's first word names none
    if any(w.islower() and w not in _KIND_WORDS for w in run[1:]):
        return None  # "Syria presidential election bombers": no owner's words
    ref = agent_ref(gaz, [*run, noun], "", STATE_HEADS)
    country = country_by_alpha3(gaz, ref.code[:3]) if ref is not None and ref.code else ""
    if country:
        return _actor_ref(gaz, gaz.state_actor(country))
    found = gaz.lookup(" ".join(run))  # "coalition aircraft", "the US-led coalition jets"
    if found is not None and found[0].actor_type in STATE_TYPES:
        return _actor_ref(
            gaz, gaz.state_actor(country_of(gaz, found[0].actor_id)) or found[0].actor_id
        )
    return None


def _names_state(run: list[str], noun: str, gaz: Gazetteer) -> bool:
    """Return whether a run names a state or coalition ("Tarvan", "regime", "coalition")."""
    ref = agent_ref(gaz, [*run, noun], "", STATE_HEADS)
    if ref is not None and ref.code[:3].isalpha():
        return True
    found = gaz.lookup(" ".join(run))
    return found is not None and found[0].actor_type in STATE_TYPES


def _actor_ref(gaz: Gazetteer, actor_id: str) -> Ref | None:
    actor = gaz.get(actor_id) if actor_id else None
    if actor is None:
        return None
    return Ref(actor.actor_id, actor.label, actor.actor_type, gaz.code_at(actor.actor_id))


def _owned(event: Event, role: str, owner: Ref, gaz: Gazetteer) -> Event:
    """Return the event with a role given the owner's actor (its surface words kept)."""
    code = owner.code or gaz.code_at(owner.actor_id)
    return event.with_role(role, owner.actor_id, owner.label, owner.actor_type, code)
