"""The verb an attack noun's event names: "an airstrike on X" -> strike (private to extract).

A coder codes an attack told by a noun with the verb the noun names, whatever rule read
it: "an airstrike on a clinic" and "air raids on the town" are strikes, "the
bombardment of X" a bombardment (bombard), "an onslaught on X" an attack. A campaign or
an operation is named by its kind of attack: "the bombing campaign by X on Y" is X
bombing Y, "an air campaign against X" strikes. Frames that name their act already
("killed in an airstrike": kill) keep it, and so does a noun no attack list names.

An attack said to be aimed at someone is an attack on them, as "the offensive targets
X" is: "the rebel assault aims at the district", "the air campaign is aimed at X", "the
raids focus on X" -> the owner attacks X (whom normalisation resolves from the subject:
"the rebel assault" -> the rebels); with no owner named it stays a fact, as an attack
noun with no owner does (see :mod:`graph.extract.nominals`). An aim that is itself an
act ("aimed at the recapture of X", "aimed at forcing X out") is not its target.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .attacknouns import ATTACK_NOUNS, is_attack_noun
from .clauses import modality
from .eventnouns import attacker, is_event_noun, noun_lemma, owner
from .frames import Frame
from .lexicon import word_set
from .negation import is_negated
from .nominals import ATTACK_MODES, agent_adjective, attack_action, attacker_spans
from .spans import conjuncts, join_tokens, np_span, verb_group

__all__ = ["with_noun_verbs"]

# Nouns of an armed undertaking whose own verb is no attack: "the bombing campaign".
_UNDERTAKINGS = word_set("campaign operation offensive")
# Modifiers that make an undertaking or a raid one of air strikes: "an air campaign".
_AIR = word_set("air aerial")
# Raids that are air strikes: "air raids", "bombing raids", "raids by jets".
_AIR_RAIDERS = word_set(
    "air aerial bombing jet jets warplane warplanes plane planes aircraft helicopter "
    "helicopters drone drones bomber bombers"
)
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Heads of a target an attack may hit: a thing, a place, a group ("aimed at the north").
_NAMES = frozenset({"NOUN", "PROPN", "PRON"})
# Verbs that say what an attack is aimed at, with their preposition: "aims at X".
_AIM_VERBS = {
    "aim": {"at"},
    "direct": {"at", "against"},
    "focus": {"on"},
    "concentrate": {"on"},
}


def with_noun_verbs(frame: Frame) -> list[Frame]:
    """Return the frame with the action its attack noun names: "airstrike" -> strike.

    "an airstrike on a clinic" -> strike; "the bombing campaign by jets on X" -> bomb;
    "killed in an airstrike" (action kill) and "talks on X" (no attack) are left alone;
    "the rebel assault aims at X" -> the assault's frame for each owner.
    """
    noun = frame.verb
    if noun.pos_ != "NOUN" or frame.prep is not None:
        return _aimed_attack(frame)
    lemma = noun_lemma(noun)
    if (frame.action or lemma) != lemma:
        return [frame]
    verb = attack_verb(noun)
    return [frame if verb is None or verb == lemma else replace(frame, action=verb)]


def attack_verb(noun: Token) -> str | None:
    """Return the verb an attack noun names, or None: "bombardment" -> bombard."""
    if noun_lemma(noun) in _UNDERTAKINGS:
        mode = _mode_verb(noun)
        if mode is not None:
            return mode
    if noun_lemma(noun) == "raid" and _by_air(noun):
        return "strike"  # "air raids on X", as a coder codes them; "a police raid" stays
    return attack_action(noun) if is_attack_noun(noun) else None


def _by_air(raid: Token) -> bool:
    # "air raids", "bombing raids", "raids by regime jets" (the agent's head).
    by = next((k for k in raid.rights if k.dep_ == "prep" and k.lower_ == "by"), None)
    agent = next((k for k in by.children if k.dep_ == "pobj"), None) if by is not None else None
    words = [m.lower_ for m in raid.lefts] + ([agent.lower_] if agent is not None else [])
    return any(word in _AIR_RAIDERS for word in words)


def _mode_verb(noun: Token) -> str | None:
    # "bombing campaign" -> bomb, "shelling operation" -> shell, "air campaign" -> strike.
    for mod in noun.lefts:
        if mod.dep_ not in _MODIFIER_DEPS:
            continue
        if mod.lower_ in _AIR:
            return "strike"
        if noun_lemma(mod) in ATTACK_NOUNS or mod.lower_ in ATTACK_NOUNS:
            return attack_action(mod)
    return None


def _aimed_attack(frame: Frame) -> list[Frame]:
    """Return "the rebel assault aims at X" as the assault on X, else the frame.

    "the army offensive is aimed at the north" -> army attack the north (an event);
    "the assault aims at X" (no owner) -> a fact with the action assault. An aim not
    told as done ("is not aimed at X", "will aim at X") is left as it is.
    """
    verb, prep, target = frame.verb, frame.prep, frame.target
    if prep is None or target is None or prep.lower_ not in _AIM_VERBS.get(verb.lemma_, ()):
        return [frame]
    noun = frame.actor.root
    act = attack_verb(noun) if noun.dep_ in {"nsubj", "nsubjpass"} else None
    if (
        act is None
        or is_event_noun(target.root)
        or is_attack_noun(target.root)
        or target.root.pos_ not in _NAMES
    ):
        return [frame]  # "aimed at the recapture of X": an act, not whom it hits
    if is_negated(verb) or modality(verb) != "asserted":
        return [frame]
    who = owner(noun) or attacker(noun) or agent_adjective(noun)
    if who is not None and who.lower_ in ATTACK_MODES:
        who = None  # "Air strikes focus on X": a mode, not an owner
    # the clause's words ("were concentrated on"), as the verb's own frame tells them
    relation = join_tokens([*verb_group(verb), verb, prep])
    if who is None:
        actors, kind = [noun.doc[noun.left_edge.i : noun.i + 1]], "relation"
    elif who.i > noun.i:  # "the attacks by X and Y were concentrated on Z": each side's
        actors, kind = [np_span(side) for side in conjuncts(who)], "event"
    else:
        actors, kind = attacker_spans(noun, who), "event"
    return [Frame(actor, noun, target, "active", None, kind, relation, act) for actor in actors]
