"""One attack told twice in a sentence: by its noun's doer, and by what the noun did.

"Rebel positions are being targeted by airstrikes carried out by Russian jets" tells
one attack: the strikes the jets carried out are what targeted the positions. The
rules read it twice, "Russian jets target rebel positions" and, from "airstrikes
carried out by", "Russian jets strike" with no target; an analyst codes one event.
The attack noun a light verb carries out, a weapon fires or a "by" agent owns is the
same token that another frame of the sentence, done by the same doer, reads as its
doer or means ("targeted by N", "N hit X", "N targeting X", "N that killed X", "killed
in N"): the targetless frame takes that frame's target, and where both are then one
event (the same class, polarity and modality, the same target) only the other is kept
("Idlib was hit by raids carried out by X": the hit), its doer the one
the noun's frame names where it read the noun as the doer ("rounds fired by X hurt
Y"), or the noun's frame where only it tells a hedge ("raids probably carried out by
X hit Y": X's raids on Y, possible). Two clauses that tell two attacks
("jets struck the town and shelled a village") share no noun; a denial or a hedge
only one of them tells ("Y was not hit by raids carried out by X") keeps both, and so
does a noun's frame that has a target of its own ("rockets fired by X hit Y", "X carried
out strikes targeting Y": see tolltargets and aims).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..model import Event, Provenance
from .attacknouns import is_attack_noun
from .eventnouns import counted_event
from .frames import Frame, to_event
from .lexicon import (
    FORCE_CLASSES,
    HARM_INTRANSITIVE,
    HURT_VERBS,
    LIGHT_EVENT_VERBS,
    WEAPON_VERBS,
)
from .setting import DocContext

__all__ = ["same_attack_frames"]

_NOUNS = frozenset({"NOUN", "PROPN"})
# Prepositions of the attack someone was hurt in: "killed in raids", "died from strikes".
_IN_ATTACK = frozenset({"in", "during", "from"})
_HARMS = HURT_VERBS | HARM_INTRANSITIVE
# Verbs that carry out or fire what a noun names: "raids carried out by X", "a shell fired".
_CARRYING = LIGHT_EVENT_VERBS | WEAPON_VERBS


def same_attack_frames(
    frames: list[Frame], sent: Span, prov: Provenance, ctx: DocContext
) -> list[Frame]:
    """Return ``frames`` with an attack noun's frame merged into the frame of its act.

    "Idlib was hit by raids carried out by the militia": the raids' frame (no target)
    is dropped, the hit on Idlib kept; with a class of its own it takes Idlib as its
    target. Where the other frame's doer is the noun itself, it takes the doer the
    noun's frame names ("hurt by rounds fired by X": X hurt them), or, the noun's frame
    alone hedged ("a round of raids likely carried out by X targeted Y"), that frame is
    kept with the target instead.
    """
    if len(frames) < 2:
        return frames
    dropped: set[int] = set()
    merged = list(frames)
    for at, frame in enumerate(frames):
        nouns = _attack_nouns(frame.verb) if frame.kind == "event" else []
        found = _same_attack(frame, frames, nouns) if nouns else None
        if found is None or found in dropped or at in dropped:
            continue
        other = frames[found]
        borrowed = replace(frame, target=other.target)
        ours, theirs = to_event(borrowed, sent, prov, ctx), to_event(other, sent, prov, ctx)
        if not _both_force(ours, theirs) or ours.polarity != theirs.polarity:
            continue  # "X was not hit by raids carried out by Y": the raids may be told
        if ours.modality != theirs.modality and not _told_through(other, frame, nouns):
            continue  # "raids carried out by X may have hit Y": the raids are told as done
        if (ours.action_class, ours.target) != (theirs.action_class, theirs.target):
            merged[at] = frame if _own_target(frame, nouns) else borrowed
        elif _told_through(other, frame, nouns) and ours.modality != theirs.modality:
            # "raids likely carried out by X targeted Y": only the raids' frame hedges
            merged[at] = borrowed
            dropped.add(found)
        elif _told_through(other, frame, nouns):
            # "hurt by rounds fired by X": X hurt them, as the raids' frame names X
            merged[found] = replace(other, actor=frame.actor, unnamed=False, by_means=False)
            dropped.add(at)
        else:
            dropped.add(at)
    return [f for at, f in enumerate(merged) if at not in dropped]


def _both_force(ours: Event, theirs: Event) -> bool:
    """Return whether two events are both acts of force (not relation facts)."""
    return all(e.kind == "event" and e.action_class in FORCE_CLASSES for e in (ours, theirs))


def _told_through(other: Frame, frame: Frame, nouns: list[Token]) -> bool:
    """Return whether ``other``'s doer is the attack noun, its owner named by ``frame``.

    "A round of raids likely carried out by X targeted Y": only the raids' frame names
    X, and says how surely.
    """
    if frame.verb.pos_ in _NOUNS or frame.actor.root.i == other.actor.root.i:
        return False  # "hit by Tarvan raids": the other's doer names the owner itself
    return _names_noun(other, nouns)


def _same_attack(frame: Frame, frames: list[Frame], nouns: list[Token]) -> int | None:
    """Return the index of the frame with a target that tells the act of ``nouns``."""
    for at, other in enumerate(frames):
        if other.target is None or other.kind != "event" or other.verb.i == frame.verb.i:
            continue
        if _own_target(frame, nouns):
            continue  # "carried out raids on X that killed five": its own target
        if not _same_doer(frame, other, nouns):
            continue
        if any(_did(noun, other.verb) for noun in nouns):
            return at
    return None


def _own_target(frame: Frame, nouns: list[Token]) -> str:
    """Return a frame's target, "" when it has none or it is the frame's attack noun.

    "The strikes that X carried out hit Y": "carried out" takes "the strikes" as its object.
    """
    target = frame.target
    return "" if target is None or target.root in nouns else target.text


def _attack_nouns(verb: Token) -> list[Token]:
    """Return the nouns an attack frame's verb is read from.

    "raids by X" -> raids; "airstrikes carried out by X" -> airstrikes; "the attack
    believed to have been carried out by X" -> attack; "X carried out a series of strikes"
    -> series, strikes.
    """
    if verb.pos_ in _NOUNS:
        return [verb]
    if verb.lemma_.lower() not in _CARRYING:
        return []  # "the attacks killed 31": the act itself, not its noun's
    head = verb
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head
    if head.dep_ in {"acl", "relcl"} and head.head.pos_ in _NOUNS:
        found = [head.head]
    else:
        # a light verb's object is its attack ("carried out raids"); a weapon verb's is no
        # attack ("shot down a helicopter")
        light = verb.lemma_.lower() in LIGHT_EVENT_VERBS
        found = [k for k in verb.children if light and k.dep_ in {"dobj", "nsubjpass"}]
        # "the attack believed to have been carried out by X": never "X carried out raids"
        if head.i != verb.i:
            found += [k for k in head.children if k.dep_ == "nsubj" and is_attack_noun(k)]
        found = [k for k in found if k.pos_ in _NOUNS]
    counted = [counted_event(n) for n in found]
    return [*found, *(n for n in counted if n not in found), *filter(None, map(_count_of, found))]


def _count_of(noun: Token) -> Token | None:
    """Return the count noun that groups ``noun`` ("a first round of raids" -> round)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ not in _NOUNS:
        return None
    return prep.head if counted_event(prep.head).i == noun.i else None


def _same_doer(frame: Frame, other: Frame, nouns: list[Token]) -> bool:
    """Return whether two frames name the same doer, or the other's doer is the noun."""
    return frame.actor.root.i == other.actor.root.i or _names_noun(other, nouns)


def _names_noun(other: Frame, nouns: list[Token]) -> bool:
    """Return whether a frame's doer is one of the attack nouns ("a round of raids")."""
    return any(other.actor.start <= noun.i < other.actor.end for noun in nouns)


def _did(noun: Token, verb: Token) -> bool:
    """Return whether ``verb`` tells an act ``noun`` did.

    "targeted by N", "killed in N", "N hit X", "N targeting X", "N that killed X", "N
    ... and killed X" (a conjunct with no subject of its own).
    """
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "targeted by both X strikes and raids carried out by Y"
    head = noun.head
    if noun.dep_ == "pobj" and head.head.i == verb.i:
        # "hit by N"; "killed in N" (never "rockets were used in N": no harm)
        in_harm = head.lower_ in _IN_ATTACK and verb.lemma_.lower() in _HARMS
        return head.dep_ == "agent" or in_harm
    if noun.dep_ in {"nsubj", "nsubjpass"} and head.i == verb.i:
        return True
    if verb.dep_ in {"acl", "relcl"} and verb.head.i == noun.i:
        return True
    if noun.dep_ == "nsubj" and verb.dep_ == "conj" and verb.head.i == head.i:
        return not any(k.dep_ in {"nsubj", "nsubjpass"} for k in verb.children)
    return False
