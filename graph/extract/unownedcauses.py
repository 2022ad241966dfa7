"""Victims hurt "in the strikes": a harm by an attack whose doer the story named (private).

"Russian jets bombed Tamra on Monday. At least 40 people were killed in the strikes":
the second sentence names no one, but "the strikes" are the attack the story is telling
of. When the phrase of a harm names a one-sided attack with no owner ("in the strikes",
"in the attack", "during the raids", "in a car bomb blast", "in a series of explosions",
or the harm's cause: "due to the attack", "as a result of the shelling", "following an air
raid"), the attack hurt the victims: the frame is kept as a relation fact whose subject
is the attack itself, and :mod:`graph.normalize.agentless` makes it the named side's event
when the sentences before name one attacker (else it stays a fact). A fight of two sides
("in the clashes", "in the fighting") hurts no one on one side's account: its fact is
kept the same way, "the clashes kill nine", and stays an event of no one side named
(:mod:`graph.normalize.unownedharms`); a war ("in the conflict") is no happening of its
own, and an owned attack ("in Russian strikes") is read by
:func:`graph.extract.nounframes.fire_agent_frames`.
"""

from __future__ import annotations

from spacy.tokens import Token

from .attacknouns import is_attack_noun
from .causephrases import cause_phrase, phrases_of
from .eventnouns import counted_event, noun_lemma, owner
from .frames import Frame
from .lexicon import (
    HARM_INTRANSITIVE,
    HURT_VERBS,
    RECIPROCAL_NOUNS,
    WHOLE_CONFLICT_NOUNS,
    word_set,
)
from .nounagents import attacker
from .spans import child, conjuncts, join_tokens, np_span, verb_group

__all__ = ["FIGHT_NOUNS", "unowned_cause_frames"]

# Prepositions of the attack a harm happened in: "killed in the strikes", "during the raid".
_IN_ATTACK = frozenset({"in", "during"})
# Words opening a harm's cause phrase: "due to the attack", "as a result of the shelling".
_CAUSE_WORDS = word_set("due because owing as after following")
# What goes off and hurts those near it: "killed in the blast", "died in an explosion".
# Told as a subject it is the attack's (an analyst's unknown bomber): "the blast killed 14".
_BLASTS = frozenset({"blast", "explosion", "detonation"})
# Fights of two sides and whole wars: no one side did the harm.
_NOT_ONE_SIDED = RECIPROCAL_NOUNS | WHOLE_CONFLICT_NOUNS
# What a war-long toll counts from: "since then", "since the start of the war".
_WAR_STARTS = word_set("then start beginning outbreak onset")
# Fights of two sides that kill on the spot: "nine were killed in fighting in Kessa".
FIGHT_NOUNS = word_set("clash skirmish fighting battle firefight gunfight infighting")


def unowned_cause_frames(
    verb: Token,
    victims: Token,
    *,
    passive: bool,
    phrase_of: Token | None = None,
    action: str = "",
) -> list[Frame]:
    """Return "the strikes kill N" for victims hurt in an attack no one is named behind.

    Args:
        verb: The harm verb ("were killed", "died", a reduced "killed").
        victims: The head of who was hurt.
        passive: ``verb`` is a passive participle without its own auxiliary.
        phrase_of: The coordinated verb that carries the phrase ("were killed in the
            strikes and dozens injured": "killed" for "injured").
        action: The harm of a toll noun, which is no verb ("among the dead": "kill").

    Returns:
        One relation frame per victim, the attack noun's phrase as subject; [] when the
        verb is no harm, or its phrase names no attack or an owned or two-sided one.
    """
    lemma = verb.lemma_.lower()
    if action:
        pass  # "among the dead in the strikes" (see graph.extract.tollnouns)
    elif lemma in HARM_INTRANSITIVE or (lemma == "martyr" and (passive or _is_passive(verb))):
        action = "kill"  # "died in the strikes", "were martyred in the raids"
    elif lemma in HURT_VERBS and (passive or _is_passive(verb)):
        action = lemma
    else:
        return []
    found = _attack_of(phrase_of if phrase_of is not None else verb)
    own = any(p.dep_ == "prep" and p.lower_ in _IN_ATTACK for p in verb.rights)
    for later in _later_harms(verb) if found is None and not own else ():
        # "ten were killed and dozens injured in the strikes": the phrase on the second
        # participle says what hurt both.
        found = found or _attack_of(later)
    if found is None or (_is_fight(counted_event(found[0])) and _war_long(verb)):
        return []  # "since 2012, thousands were killed in the fighting": the war's toll
    noun, words = found
    # the attack's phrase up to its noun, as :func:`graph.extract.results.adjunct_attack_frames`
    # writes it ("the attacks on X": its target is that rule's)
    attack = noun.doc[noun.left_edge.i : counted_event(noun).i + 1]
    relation = join_tokens([*verb_group(verb), verb, *words, *attack])
    return [
        Frame(attack, verb, np_span(patient), "passive", None, "relation", relation, action)
        for patient in conjuncts(victims)
    ]


def _is_fight(noun: Token) -> bool:
    return noun_lemma(noun) in FIGHT_NOUNS or noun.lower_ in FIGHT_NOUNS


def _war_long(verb: Token) -> bool:
    """Return whether a toll counts from a war's start: "since then", "since 2011"."""
    for prep in (k for k in verb.children if k.dep_ == "prep" and k.lower_ == "since"):
        start = child(prep, "pobj") or child(prep, "pcomp") or child(prep, "advmod")
        words = {start.lower_, start.lemma_.lower()} if start is not None else set()
        if words & _WAR_STARTS or (start is not None and start.shape_ == "dddd"):
            return True
    return False


def _later_harms(verb: Token) -> list[Token]:
    """Return the harm participles conjoined after a verb: "killed and six (others) injured".

    The parser hangs the second either on the verb ("... and dozens injured") or, read
    as a noun with a participle, on its victims ("... and six others injured").
    """
    later = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i:
            continue
        parts = [conj] if conj.tag_ == "VBN" else [k for k in conj.rights if k.dep_ == "acl"]
        later += [p for p in parts if p.tag_ == "VBN" and p.lemma_.lower() in HURT_VERBS]
    return later


def _is_passive(verb: Token) -> bool:
    if child(verb, "auxpass") is not None:
        return True
    # "were killed and dozens injured": the second participle shares the first's "were"
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and child(head, "auxpass") is not None


def _attack_of(verb: Token) -> tuple[Token, list[Token]] | None:
    """Return the unowned one-sided attack noun of the verb's cause phrase, with its words.

    "in the strikes", "during the raids"; a harm's cause phrase too: "due to the attack",
    "as a result of the shelling", "following an attack on X" (see cause_phrase).
    """
    for prep in phrases_of(verb):
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in _IN_ATTACK:
            group, words = child(prep, "pobj"), [prep]
        elif prep.lower_ in _CAUSE_WORDS:
            group, words = cause_phrase(prep, verb) or (None, [])
        else:
            continue
        # "in a series of blasts", "during a wave of raids": the grouped noun is the attack
        noun = counted_event(group) if group is not None else None
        if group is None or noun is None:
            continue
        lemma = noun_lemma(noun)
        fight = _is_fight(noun)
        if not (fight or is_attack_noun(noun) or _is_blast(noun)):
            continue
        if lemma in _NOT_ONE_SIDED and not fight:
            return None
        if attacker(noun) is not None or owner(noun) is not None:
            return None  # "in Russian strikes", "in strikes by X": fire_agent_frames'
        if _tells_doer(noun):
            return None  # "in raids which the monitor said were carried out by X or Y"
        return group, words
    return None


def _tells_doer(noun: Token) -> bool:
    """Return whether a clause on the attack noun tells who made it ("... carried out by X")."""
    return any(
        tok.dep_ == "agent"
        for kid in noun.rights
        if kid.dep_ in {"relcl", "acl"}
        for tok in kid.subtree
    )


def _is_blast(noun: Token) -> bool:
    """Return whether ``noun`` is an explosion that hurt people ("a car bomb blast")."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and noun_lemma(noun) in _BLASTS
