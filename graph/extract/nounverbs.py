"""The verb an attack noun's event names: "an airstrike on X" -> strike (private to extract).

A coder codes an attack told by a noun with the verb the noun names, whatever rule read
it (see :mod:`graph.extract.attackverbs`): "an airstrike on a clinic" -> strike, "the
bombing campaign by X on Y" is X bombing Y. Frames that name their act already ("killed
in an airstrike": kill) keep it, and so does a noun no attack list names.

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

from .attacknouns import ATTACK_MODES, is_attack_noun
from .attackverbs import CAMPAIGN_NOUNS, attack_verb
from .clauses import modality
from .eventnouns import is_event_noun, noun_lemma, owner
from .frames import Frame
from .negation import is_negated
from .nominals import agent_adjective, attacker_spans
from .nounagents import attacker
from .spans import conjuncts, join_tokens, np_span, verb_group

__all__ = ["with_noun_verbs"]

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
    verb = _named_verb(noun)
    return [frame if verb is None or verb == lemma else replace(frame, action=verb)]


def _named_verb(noun: Token) -> str | None:
    # an attack noun ("strikes"), or a campaign its words name ("the bombing campaign")
    if is_attack_noun(noun) or noun_lemma(noun) in CAMPAIGN_NOUNS:
        return attack_verb(noun)
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
    act = _named_verb(noun) if noun.dep_ in {"nsubj", "nsubjpass"} else None
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
