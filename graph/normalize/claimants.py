"""What the sentences around an unowned attack say of its doer (issue 14).

An attack told through its weapon ("A car bomb tore through the bus depot") often gets
its doer one sentence later, by a claim or a plain statement:

- "The Falcon Brigade claimed responsibility for the bombing." / "... claimed the attack";
- "The attack was carried out by the Falcon Brigade." / "... said the brigade carried
  out the raids" (or "carried them out").

That sentence's doer owns the attack (event coders code a claimed attack as the
claimer's). A denial, a claim nobody made ("no group claimed the attack") or a guess
("the navy is thought to have fired it") names no one: the extractor gives
those no stated attack, so only a stated one counts here.

And a story that says it does not know who attacked ("It was not clear who fired the
rockets", "no group has claimed it so far") must not get its attacker
guessed from the sentences before: :func:`doubts_doer` tells such a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Mapping, Sequence
from functools import lru_cache

from ..model import Event
from .phrase import STATE_TYPES

__all__ = [
    "AHEAD",
    "BOMBING",
    "CLAIMING",
    "NEW_STORY",
    "claimed_by",
    "doubted",
    "doubts_bombing",
    "doubts_doer",
    "names_planted_bomb",
    "names_doer_after",
    "position_of",
    "side_of",
    "telling_sentences",
]


# "It was unclear who fired", "not immediately known which jets", "could not say whose
# planes", "was not able to determine who" (not "who was in the car": the question must
# be about the doer).
_NOT_KNOWING = (
    r"\b(?:unclear|not\s+(?:\w+ly\s+)?(?:clear|known)|unknown|(?:(?:could|can)\s?not|"
    r"not\s+(?:\w+ly\s+)?able\s+to)\s+(?:\w+ly\s+)?"
    r"(?:determine|confirm|say|tell|identify|establish)|did\s+not\s+(?:say|specify|identify|"
    r"name)|without\s+(?:saying|naming|specifying))\s+"
)
_DOER_WORDS = (
    r"carr(?:ied|y|ies)\s+out|behind|responsib\w*|fired|launched|conducted|planted|bombed|"
    r"attacked|planes?|jets?|aircraft|warplanes?|side|party|group|forces|country|government"
)
# "could not say whether the raid was Syrian or Russian": whose the attack was.
_ATTACK_WORDS = r"raids?|(?:air)?strikes?|bomb(?:s|ing)?|shell(?:s|ing)|rockets?|missiles?"
_UNKNOWN_DOER = re.compile(
    rf"{_NOT_KNOWING}(?:whose\b|(?:who|which)\b(?=[^.]{{0,50}}?\b(?:{_DOER_WORDS})\b)|"
    rf"whether\b(?=[^.]{{0,80}}?\b(?:{_DOER_WORDS}|by|attack|{_ATTACK_WORDS})\b))",
    re.IGNORECASE,
)
# "No group has claimed the blast", "with no claim of responsibility", "was not claimed".
_NO_CLAIM = re.compile(
    r"\bno\s+(?:\w+\s+)?claims?\s+of\s+responsibility\b|\bno\s+(?:one|group|faction|side|party)\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:claimed|taken|took|accepted)\b|"
    r"\b(?:has|had|have|was|were)\s+not\s+(?:yet\s+|been\s+|yet\s+been\s+)*claimed\b",
    re.IGNORECASE,
)
# What a claim owns: the attack itself ("the bombing", "both blasts", "it"), not another
# act with its own object ("the killing of a guard", "the capture of a hamlet"), and
# not an assertion ("claimed that the navy fired").
_ATTACK_NOUN = (
    r"(?:attacks?|bombings?|blasts?|explosions?|(?:air)?strikes?|raids?|assaults?|ambush(?:es)?|"
    r"shelling|operations?|shootings?|killings?|massacre)"
)
_CLAIMED = (
    rf"(?:(?:the|this|these|those|both|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_ATTACK_NOUN}\b"
    r"(?!\s+of\b)|(?:it|them|both)(?=\s*(?:[.,;]|$|\s+(?:in|on|through|via|and)\b)))"
)
# "X claimed (took, assumed) responsibility for ...", "X claimed the attack", "the attack
# was carried out by X", "X carried out the attack": a sentence naming who did an attack
# told just before.
_CLAIMING = (
    r"\b(?:claim(?:ed|s)?|t(?:ook|akes|aken)|assum(?:ed|es)|accept(?:ed|s)?)\s+(?:full\s+)?"
    r"(?:responsibility|credit)\b(?!\s+for\s+(?:[\w-]+\s+){1,3}of\b)|"
    rf"\bclaim(?:ed|s)?\s+{_CLAIMED}"
)
# The claim itself, its claimer before it: "X claimed the attack", "X took responsibility".
CLAIMING = re.compile(_CLAIMING, re.IGNORECASE)
_OWNING = re.compile(
    rf"{_CLAIMING}|"
    r"\bclaimed\s+by\b|\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+carried\s+out\s+by\b|"
    # "Activists said regime jets carried out the raids" / "carried them out" (not "accused
    # X of carrying out", a blame: see blamed)
    rf"\b(?:carried|carries|carry)\s+out\s+{_CLAIMED}|\b(?:carried|carries|carry)\s+(?:it|them)\s+out\b",
    re.IGNORECASE,
)
# The sentences that may name an attack's doer: its own, the next, the one after.
AHEAD = (0, 1, 2)
# Bombers and bombs: "a suicide bomber", "the car bomb", "the blast", "a VBIED".
BOMBING = re.compile(
    r"\b(?:suicide|bombers?|bomb(?:s|ing|ings)?|blasts?|explosions?|vbieds?|ieds?)\b", re.I
)
_AIR_BOMBING = frozenset({"bombing", "bombings", "bomber", "bombers"})
_ATTACK_WORD = re.compile(r"\battacks?\b", re.I)
# Openers of another story: "Meanwhile ...", "Elsewhere ...", "In other news ...".
NEW_STORY = re.compile(
    r"\W*(?:meanwhile|elsewhere|separately|in other news|in another development|on another "
    r"front|in a separate)\b",
    re.I,
)


@lru_cache(maxsize=4096)
def doubts_doer(text: str) -> bool:
    """Return whether a sentence says no one knows (or claims) who did an attack.

    Cached: the rules of a document ask it of the same sentences for every attack.
    """
    return bool(_UNKNOWN_DOER.search(text) or _NO_CLAIM.search(text))


def names_doer_after(text: str) -> bool:
    """Return whether a sentence names the doer of an attack told before it.

    "The Falcon Brigade claimed responsibility for the blast", "the brigade claimed the
    raid", "the raid was carried out by the brigade" (the doer itself is the stated
    attack the extractor found in that sentence).
    """
    return bool(_OWNING.search(text)) and not doubts_doer(text)


def doubted(event: Event, texts: Mapping[int, str], gap: int) -> bool:
    """Return whether the story says no one knows who did an attack, ``gap`` sentences back.

    A sentence saying so between the attacker named ``gap`` sentences before and the
    attack, or the sentence after it, leaves the attack unnamed.

    Args:
        event: The attack.
        texts: The document's sentences by index.
        gap: How many sentences back the attacker would be named.
    """
    here = event.provenance.sentence_index
    if any(doubts_doer(texts.get(i, "")) for i in range(here - gap, here + 2)):
        return True
    # "A car bomb hit X ... There was no immediate claim": a bombing the story says no
    # one claimed takes no side from the sentences around it, however far the doubt
    return names_planted_bomb(event.actor) and any(map(doubts_bombing, texts.values()))


def names_planted_bomb(text: str) -> bool:
    """Return whether words name a planted bomb: "a car bomb", "the blast", "a suicide bombing".

    A bare "bombing" or "bombers" may be an air raid's, and names none.
    """
    words = {m.group(0).lower() for m in BOMBING.finditer(text)}
    return bool(words - _AIR_BOMBING)


def doubts_bombing(text: str) -> bool:
    """Return whether a sentence says no one claimed (or knows who did) a bombing.

    "No group has claimed the attack", "it was unclear who was behind the blast"; not
    "it was unclear who fired the rockets", nor a sentence opening another story.
    """
    if NEW_STORY.match(text) or not doubts_doer(text):
        return False
    return bool(_NO_CLAIM.search(text) or BOMBING.search(text) or _ATTACK_WORD.search(text))


def claimed_by(
    event: Event,
    named: Sequence[Event],
    texts: Mapping[int, str],
    closed: Container[int] = (),
    *,
    gaps: Sequence[int] = (0, 1),
) -> Event | None:
    """Return who its own sentence or the next claims (or says) did an attack, or None.

    "A car bomb hit the depot. The Falcon Brigade claimed the attack." -> the brigade.

    Args:
        event: The attack, told through its weapon.
        named: The document's stated attacks of a named doer.
        texts: The document's sentences by index.
        closed: Sentences a claim two sentences on is not looked for past (see
            :func:`telling_sentences`).
        gaps: How many sentences after the attack's a claim is looked for.
    """
    here = event.provenance.sentence_index
    at = position_of(event.provenance.sentence, event.actor)
    for gap, text in telling_sentences(event, texts, gaps, closed):
        if not names_doer_after(text):
            continue
        found = [
            e
            for e in named
            if e.provenance.sentence_index == here + gap
            and (gap or position_of(e.provenance.sentence, e.actor) > at)
            and e.actor_id != event.target_id  # "... claimed the attack on its own post"
        ]
        if len({side_of(e) for e in found}) == 1:
            return found[-1]
    return None


def telling_sentences(
    event: Event,
    texts: Mapping[int, str],
    gaps: Sequence[int] = (0, 1),
    closed: Container[int] = (),
) -> Iterator[tuple[int, str]]:
    """Yield ``(gap, text)`` for the sentences that may name an attack's doer, in order.

    Its own sentence and the next by default; a sentence after it that opens another
    story ("Separately, X claimed ...", "Meanwhile ...") names another attack's doer.
    A gap of two passes over the next sentence only when that one leaves the story
    where it was (a photo caption, a toll: "Rockets hit X. Six died. The brigade
    claimed the attack"): not when it opens another story, says no one knows the doer,
    or is in ``closed`` (it tells an attack of a named doer: "... Rebels shelled Y").
    """
    here = event.provenance.sentence_index
    for gap in gaps:
        text = texts.get(here + gap, "")
        if gap > 1 and not _passable(here, gap, texts, closed):
            return
        if not (gap and NEW_STORY.match(text)):
            yield gap, text


def _passable(here: int, gap: int, texts: Mapping[int, str], closed: Container[int]) -> bool:
    """Return whether a look ``gap`` sentences ahead may pass over the ones between."""
    between = range(here + 1, here + gap)
    return not any(
        i in closed or NEW_STORY.match(texts.get(i, "")) or doubts_doer(texts.get(i, ""))
        for i in between
    )


def position_of(sentence: str, span: str) -> int:
    """Return where ``span`` starts in ``sentence`` (its end when it is not there)."""
    at = sentence.find(span)
    return at if at >= 0 else len(sentence)


def side_of(event: Event) -> str:
    """Return the side an attacker fights for: a state's organs are one side, "USA"."""
    country = event.actor_code[:3]
    if event.actor_type in STATE_TYPES and country.isalpha():
        return country
    return event.actor_id
