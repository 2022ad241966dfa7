"""Who made an attack named in an adjunct: the doer of the clause it hangs on (private).

"The militia killed 30 villagers in an attack on two hamlets": the attack on the
hamlets is the militia's, as the analyst codes it (militia - attack - hamlets), not an
act of "an attack" whose doer normalisation must guess. The event noun's actor is the
subject (or the by-agent) of the clause its "in"/"during" phrase hangs on when that
clause is itself an attack done to someone or with something ("killed 30 villagers",
"dropped barrel bombs", "used cluster munitions"), asserted, and its doer names someone
or someone's weapon. Not changed: a clause whose subject is a victim ("two guards died
in a raid on the prison", "the unit lost five men in an attack on its base", "30 killed
in an attack on X"), an adjunct after the act ("medics ran to the site after an
airstrike on X"), a denied or planned act ("denied killing anyone in strikes on X")
and an attack on the doer's own side ("soldiers killed ten militants in an attack on an
army checkpoint": the militants' attack, whose doer no one names).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .arguments import agents
from .clauses import modality
from .eventkinds import is_attack_verb
from .eventnouns import owner
from .gerunds import can_act
from .lexicon import WEAPON_VERBS
from .negation import is_negated
from .nounagents import resolve_instrument
from .spans import child, np_span

__all__ = ["clause_doers"]

# Prepositions of an adjunct that is the attack itself: "killed ten in an attack on X".
_DURING = frozenset({"in", "during"})
# Verbs of using a weapon in an attack: "used cluster munitions in attacks on X".
_USING_VERBS = WEAPON_VERBS | {"use"}
# The rules of :func:`graph.extract.arguments.agents` that name the clause's own doer.
_DOER_RULES = frozenset({"active", "passive", "relative"})


def clause_doers(noun: Token, target: Token | None = None) -> list[Span]:
    """Return the doers of the attack clause an adjunct event noun hangs on, or [].

    "Rebels killed ten soldiers in an attack on the base" -> [Rebels]; "ten soldiers
    were killed by rebels in an attack on the base" -> [rebels]; "ten soldiers died in
    an attack on the base" -> [] (no one named who attacked); so does an attack on
    ``target``, the doer's own side ("soldiers killed ten in an attack on an army post").
    """
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in _DURING or verb.pos_ != "VERB":
        return []
    if not _is_attack_clause(verb):
        return []
    heads, rule = agents(verb)
    if rule not in _DOER_RULES or not heads or not all(_names_doer(h) for h in heads):
        return []
    if target is not None and any(_is_own_side(head, target) for head in heads):
        return []
    return [np_span(head) for head in heads]


def _is_attack_clause(verb: Token) -> bool:
    """Return whether a clause is an asserted attack on someone or with something."""
    lemma = verb.lemma_.lower()
    if not (is_attack_verb(lemma) or lemma in _USING_VERBS):
        return False
    passive = child(verb, "nsubjpass", "auxpass") is not None
    if passive and child(verb, "agent") is None:
        return False  # "ten were killed in an attack on X": no one named
    if not passive and (child(verb, "dobj") is None or verb.tag_ == "VBN" and not _has_aux(verb)):
        return False  # "two guards died in a raid", "Five killed in an attack": victims
    return not is_negated(verb) and modality(verb) == "asserted"


def _has_aux(verb: Token) -> bool:
    return any(k.dep_ == "aux" for k in verb.children)


def _names_doer(head: Token) -> bool:
    """Return whether a clause's doer names someone or someone's weapon, not a count."""
    if head.pos_ == "NUM" or head.tag_ == "CD" or head.pos_ == "PRON":
        return False
    actor, named = resolve_instrument(head)
    if actor.i != head.i:
        return False  # "a shell fired by X killed ten in an attack": read by its own rule
    return named and (can_act(head) or owner(head) is not None)


# Words for a state's own forces: "soldiers" and "an army checkpoint" are one side.
_STATE_SIDE = frozenset({"army", "military", "soldier", "troop", "regime", "government"})
# Words any side's phrase may hold: "Turkish forces" and "Kurdish forces" are two sides.
_GENERIC = frozenset({"force", "fighter", "unit", "member", "man", "group", "people"})


def _is_own_side(doer: Token, target: Token) -> bool:
    """Return whether an attack's target names its doer's own side, its own ground.

    "Soldiers ... an attack on an army checkpoint", "rebels ... an attack on rebel
    positions", "ISIS fighters ... an attack on ISIS positions"; not "rebels ... an
    attack on an army checkpoint".
    """
    mine, aimed = _side_words(np_span(doer)), _side_words(np_span(target))
    if mine & aimed - _GENERIC:
        return True
    return bool(mine & _STATE_SIDE) and bool(aimed & _STATE_SIDE)


def _side_words(span: Span) -> set[str]:
    return {tok.lemma_.lower() for tok in span if tok.pos_ in {"NOUN", "PROPN", "ADJ"}}
