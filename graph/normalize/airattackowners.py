"""Whose air attacks a story tells: the one air force it named before (issue 14).

News names the air force once ("Tarvan jets pounded rebel towns", "Tarva carried out air
strikes") and then tells "the strikes", "air raids", "airstrikes" or "barrel bombs" for
paragraphs. An armed group has no air force, so an air attack the text leaves unowned
(an unresolved actor after :mod:`graph.normalize.attackers`) is the doing of the one state
(or coalition) the story, headline included, named before it as flying aircraft
(:mod:`graph.normalize.aircraftowners`) or doing air attacks (an earlier event of a state
told as aerial force, or by its aircraft or air attacks). Nothing is lent when

- the attack is no air attack: a blast, a car bomb, shelling, rockets, mortars or a plain
  "attack" (ground forces and armed groups use these), or a bombing told as planted
  (its mode is explosives or a suicide attack);
- the phrase says it is someone else's, no one knows whose, or guesses ("unidentified
  strikes", "purported airstrikes");
- the story named two air forces before it ("Tarvan and Karvonian jets", "Tarvan jets ...
  Karvonian strikes"), or none;
- the attack's own sentence says the doer is unknown or disputed ("it was unclear who
  carried out the strikes", "Tarva denied its jets carried out the raids");
- its target is the air force's own side, or the story leaves it open between: another
  story, another side attacking, a denial, a doubt, one told as new (:mod:`.airstory`).

Only the actor changes: the sentence's polarity and modality stay (a lend the story
hedges, "likely carried out by Tarva" next to it, is possible: :mod:`.airstory`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from ..extract.assaultmodes import DROPPED_BOMBS
from ..model import TITLE_INDEX, Event
from .aircraftowners import (
    _DOUBT,
    _HEDGE,
    _JOINT,
    _OTHER,
    _OWNER_WORDS,
    _WORD,
    AIRCRAFT_NOUNS,
    _named_owners,
    _owned,
    _owner,
)
from .airstory import AirStory, side_key
from .claimants import position_of
from .gazetteer import Gazetteer
from .junk import UNRESOLVED
from .phrase import STATE_TYPES, Ref, words_of

__all__ = ["owned_air_attacks"]

# Attack nouns that are air attacks on their own ("airstrikes", "the raids", "sorties").
_AIR_ATTACKS = frozenset(
    words_of("airstrike airstrikes air-strike air-strikes airraid airraids sortie sorties")
)
# Attack nouns that are air attacks unless a ground weapon qualifies them ("rocket strikes").
_STRIKES = frozenset(words_of("strike strikes raid raids"))
# Attack nouns that are air attacks only when told so ("air attacks", "aerial bombardment").
_TOLD_AIR = frozenset(words_of("attack attacks bombardment bombardments"))
_AIR = frozenset(words_of("air aerial"))
_BOMBINGS = frozenset(words_of("bombing bombings"))
_BOMBS = frozenset(words_of("bomb bombs"))
# A campaign of air attacks: "the bombing campaign", "the air campaign".
_CAMPAIGN = "campaign"
# Words that make a strike or raid a ground force's or a group's: "rocket strikes".
_GROUND = frozenset(
    words_of(
        "rocket rockets mortar mortars artillery missile missiles drone drones ground "
        "commando commandos police security suicide car truck militant rebel jihadist "
        "terrorist insurgent counter cross-border naval"
    )
)
# Modes of a bombing planted by men, not dropped from aircraft (assaultmodes).
_PLANTED_MODES = frozenset({"explosives", "suicide-attack"})
# Words that make the doer a guess: "purported airstrikes", "suspected raids".
_GUESS = _HEDGE | frozenset(words_of("purported alleged"))
# Words that end an attack's head phrase: "raids on Kessa", "strikes that hit".
_AFTER_HEAD = frozenset(
    words_of(
        "on in at near against by from across over that which who targeting targeted "
        "hitting killing carried launched of"
    )
)
# Counts and spans of attacks whose own noun follows "of": "seven days of airstrikes".
_MEASURES = frozenset(
    words_of("day days night nights week weeks hour hours wave waves series round rounds")
)
# Modifiers between an owner and its air attack: "Tarvan barrel bombs", "regime aerial raids".
_AIR_MODIFIERS = _AIR | DROPPED_BOMBS
# Heads of an owned air attack ("Tarvan air strikes"; "Tarvan attacks" is too general).
_OWNED_HEADS = _AIR_ATTACKS | _STRIKES | _BOMBS | frozenset(words_of("bombardment"))
# The aircraft an air attack's owner words would own: "regime air strikes" -> "regime jets".
_STAND_IN = "jets"
_GUESS_WORDS = 5
_SEEN = "seen:"
# An upper-case word longer than this is a dateline ("KESSA"), not an acronym ("US").
_ACRONYM_LETTERS = 3
_PLACE_PREPOSITIONS = frozenset(words_of("in on at near across over into inside"))
# A sentence that says the doer of its attack is disputed or left unnamed: "Tarva denied
# ...", "the UN said without apportioning blame".
_DISPUTED = re.compile(
    r"\b(?:deny|denies|denied|disputed?|disputes)\b"
    r"|\bwithout\s+(?:apportioning|assigning|naming|saying|specifying)\b",
    re.I,
)


def owned_air_attacks(
    events: Iterable[Event], gaz: Gazetteer, texts: Mapping[int, str]
) -> Iterator[Event]:
    """Yield one document's events, an unowned air attack taking the one air force named.

    Args:
        events: One document's normalised events, in document order.
        gaz: The actor gazetteer, which names the states.
        texts: Its sentence texts by index, the headline's included (the events' own
            sentences are read too).
    """
    batch = list(events)
    if not any(e.actor_type == UNRESOLVED and is_air_attack(e.actor, e.mode) for e in batch):
        yield from batch  # no air attack to own: the texts need no reading
        return
    sentences = {**texts, **{e.provenance.sentence_index: e.provenance.sentence for e in batch}}
    told = _told_owners(batch, gaz, sentences)
    story = AirStory(sentences, gaz, batch)
    pending = sorted(told)
    owners: dict[str, Ref | None] = {}  # the air forces named before the current sentence
    named_at: dict[str, int] = {}  # the sentence each was last named in
    for event in batch:
        here = event.provenance.sentence_index
        while pending and pending[0] < here:
            index = pending.pop(0)
            if story.opens_story(index):  # "Meanwhile ...": nothing is lent past it
                owners.clear()
            owners.update(told[index])
            named_at.update(dict.fromkeys(told[index], index))
        if event.actor_type == UNRESOLVED and is_air_attack(event.actor, event.mode):
            before = {} if story.opens_story(here) else owners
            owner = _story_owner(event, before, gaz)
            if owner is not None and not story.leaves_open(
                event, owner, named_at.get(side_key(gaz, owner), here)
            ):
                event = story.as_told(_owned(event, "actor", owner, gaz), owner)
        story.attacked(event)
        yield event


def is_air_attack(phrase: str, mode: str = "") -> bool:
    """Return whether a phrase tells an air attack of no owner it states ("the raids")."""
    words = _head_words(phrase)
    if not words or mode in _PLANTED_MODES or _GUESS.intersection(words):
        return False
    if (_OTHER - {"another"}).intersection(words) or _GROUND.intersection(words):
        return False
    if _JOINT.intersection(words):
        return False  # "Tarvan or Karvonian air strikes": the text does not know whose
    head, modifiers = words[-1], set(words[:-1])
    if head == _CAMPAIGN:  # "the bombing campaign", "the air campaign"; not "the campaign"
        return bool(_BOMBINGS.union(_AIR).intersection(words[-2:-1]))
    if head in _AIR_ATTACKS or head in _STRIKES:
        return True
    if head in _BOMBS:
        return bool(DROPPED_BOMBS & modifiers)  # "barrel bombs", not "a bomb"
    if head in _TOLD_AIR:
        return bool(_AIR & modifiers)  # "air attacks", not "the attack"
    return head in _BOMBINGS  # "the bombing"; a planted one has its mode


def _head_words(phrase: str) -> list[str]:
    """Return the lower-case words of a phrase up to its head ("seven days of airstrikes")."""
    words = [w.lower() for w in _WORD.findall(phrase)]
    for at, word in enumerate(words):
        if word == "of" and at and words[at - 1] in _MEASURES:
            return words[at + 1 :] and _head_words(" ".join(words[at + 1 :]))
        if word in _AFTER_HEAD and at:
            return words[:at]
    return words


def _told_owners(
    batch: list[Event], gaz: Gazetteer, sentences: Mapping[int, str]
) -> dict[int, dict[str, Ref | None]]:
    """Return the air forces each sentence names (by sentence index), each text read once."""
    told: dict[int, dict[str, Ref | None]] = {}
    for index, text in sentences.items():
        told[index] = _text_owners(text, gaz, titled=index == TITLE_INDEX)
    for event in batch:
        if _flies(event):
            ref = Ref(event.actor_id, event.actor_label, event.actor_type, event.actor_code)
            told.setdefault(event.provenance.sentence_index, {})[side_key(gaz, ref)] = ref
    return told


def _text_owners(text: str, gaz: Gazetteer, *, titled: bool = False) -> dict[str, Ref | None]:
    """Return the air forces a text names: by their aircraft, or their air attacks.

    An aircraft named alone stands only as a second air force ("after a Tarvan helicopter
    was shot down" names no doer): its key is marked ``seen:``.
    """
    owners: dict[str, Ref | None] = {
        f"{_SEEN}{k}": None for k, _ in _keyed(_named_owners(text, gaz), gaz)
    }
    owners.update(_keyed(_attack_owners(text, gaz, titled=titled), gaz))
    return owners


def _attack_owners(text: str, gaz: Gazetteer, *, titled: bool) -> Iterator[tuple[str, Ref | None]]:
    """Yield (key, owner) of each owned air attack a text names ("Tarvan air strikes").

    Outside a headline an attack noun is written in lower case: "Tarva Airstrikes" in
    running text is a list of tags, no owner told. A dateline ("KESSA Air strikes ...")
    names no owner either.
    """
    all_words = _WORD.findall(text)
    for at, noun in enumerate(all_words):
        words = all_words[max(0, at - _OWNER_WORDS - _GUESS_WORDS - 1) : at + 1]
        if noun.lower() not in _OWNED_HEADS or not is_air_attack(" ".join(words[-3:])):
            continue
        if not titled and not all(w.islower() for w in _attack_words(words)):
            continue
        run = [w for w in words[:-1] if w.lower() not in _AIR_MODIFIERS and not _dateline(w)]
        found = _owner(run[-_OWNER_WORDS:], _STAND_IN, gaz)
        if found is not None and (_placed(run, gaz) or not _names(run, found[1], gaz)):
            continue  # "killed in Tarva raid", "Kessa airstrikes": the raid's place
        if found is not None and _GUESS.intersection(w.lower() for w in words):
            yield from (("open-1", None), ("open-2", None))  # "suspected Tarvan raids"
        elif found is not None:
            yield found


def _placed(run: list[str], gaz: Gazetteer) -> bool:
    """Return whether the owner words of a run follow a preposition of place ("in Tarva")."""
    for size in range(1, min(len(run), _OWNER_WORDS) + 1):
        if _owner(run[-size:], _STAND_IN, gaz) is not None:
            return size < len(run) and run[-size - 1].lower() in _PLACE_PREPOSITIONS
    return False


def _attack_words(words: list[str]) -> list[str]:
    """Return the attack noun and the air modifiers just before it ("Air raids")."""
    at = len(words) - 1
    while at and words[at - 1].lower() in _AIR_MODIFIERS:
        at -= 1
    return words[at:]


def _names(run: list[str], owner: Ref | None, gaz: Gazetteer) -> bool:
    """Return whether the run names the owner itself (its name, people or capital)."""
    if owner is None:
        return True  # "Tarvan or Karvonian": two owners, each named
    mentions = gaz.find_mentions(" ".join(run[-_OWNER_WORDS:]))
    return any(side_key(gaz, Ref(m.actor_id, "", "")) == side_key(gaz, owner) for m in mentions)


def _dateline(word: str) -> bool:
    return word.isupper() and len(word) > _ACRONYM_LETTERS


def _keyed(
    owners: Iterable[tuple[str, Ref | None]], gaz: Gazetteer
) -> Iterator[tuple[str, Ref | None]]:
    """Yield owners keyed by their state ("joint" and "open" keys stand for two)."""
    for key, ref in owners:
        yield (side_key(gaz, ref) if ref is not None else key), ref


def _flies(event: Event) -> bool:
    """Return whether an event tells a state's air force at work ("Tarvan jets bombed X")."""
    if event.kind != "event" or event.actor_type not in STATE_TYPES:
        return False
    if event.polarity != "pos" or event.modality != "asserted":
        return False  # "Tarva denied carrying out strikes", "jets may have bombed X"
    if event.actor_id.startswith("unknown/"):
        return False  # "unidentified warplanes": an air force, but no one's known
    words = _head_words(event.actor)
    if not words or _GUESS.intersection(words):
        return False  # "a suspected Tarvan air raid": a guess names no air force
    air = words[-1] in AIRCRAFT_NOUNS or words[-2:] == ["air", "force"]
    return event.mode == "aerial" or air or is_air_attack(" ".join(words[-2:]))


def _story_owner(event: Event, before: Mapping[str, Ref | None], gaz: Gazetteer) -> Ref | None:
    """Return the one air force the story named before an event's attack, or None."""
    sentence = event.provenance.sentence
    if _DOUBT.search(sentence) or _DISPUTED.search(sentence):
        return None  # "it was unclear who carried out the strikes"
    prefix = sentence[: position_of(sentence, event.actor)]
    owners = {**before, **_text_owners(prefix, gaz)}
    seen = {k for k in owners if k.startswith(_SEEN) and k.removeprefix(_SEEN) in owners}
    refs = [r for k, r in owners.items() if k not in seen]  # an aircraft only seen: None
    return refs[0] if len(refs) == 1 else None
