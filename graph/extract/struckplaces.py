"""Victims hurt where an attack hit: "jets struck the village where six were killed" (private).

"Government jets struck the village of Kessa, where six civilians were killed": the
relative clause of "where" hangs on the place the attack hit, so its victims died of
that attack, and an event coder codes "the government kill six civilians" as for
"were killed when jets struck the village" (see :mod:`graph.extract.causes`). The
place must be what the attack verb hit (its object, a place inside its object, "the
village of Kessa", or the place its phrase names, "bombed the market in Kessa",
"dropped barrel bombs on the town"), the attack stated and not denied, its doer someone
or a weapon whose owner the text names; a place no attack hit ("visited the town
where the treaty was signed"), a weapon with no one named ("the bombardment hit the
town where"), a doer the parser gives as a pronoun, victims of the attacker's own side
("rebels stormed the base where three rebels were killed") or a harm with a cause of its
own ("where hundreds died of cholera", "in a road accident") leave the fact as it is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .agenthood import counted
from .edges import subject
from .frames import Frame
from .lexicon import word_set
from .negation import is_negated
from .nounagents import resolve_instrument
from .spans import child, conjuncts, join_tokens, np_span, verb_group
from .tolls import may_share

__all__ = ["ATTACK_VERBS", "attacker_span", "struck_place_frames"]

# Verbs of an attack that hurts whoever it reaches.
ATTACK_VERBS = word_set(
    "hit strike bomb bombard shell attack target pound raid storm shoot fire drop explode "
    "detonate ambush blow rain slam ram open"
)
# Prepositions of the place an attack verb's phrase says it hit: "bombed X in Kessa".
_AT_PLACE = word_set("in on at near into inside outside around across")
# Prepositions of a harm's own cause: "died of hunger", "died from the cold".
_OWN_CAUSES = word_set("of from")
# Mishaps that kill with no attack: "were killed in a road accident".
_MISHAPS = word_set("accident crash collapse flood earthquake stampede")
# Links from a place up to the noun or verb it hangs on: "the village of Kessa".
_INSIDE = frozenset({"appos", "conj", "compound"})


def struck_place_frames(verb: Token, victims: Token, action: str) -> list[Frame]:
    """Return the attacker's harm of ``victims`` hurt in a "where" clause on a place it hit.

    Args:
        verb: The harm verb of the relative clause ("were killed", "died").
        victims: The head of who was hurt.
        action: The harm the attacker did ("kill" for "died").
    """
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head  # "where six were killed and ten were wounded"
    where = next((k for k in clause.lefts if k.dep_ == "advmod" and k.lower_ == "where"), None)
    if clause.dep_ != "relcl" or where is None:
        return []
    if _own_cause(verb) or _own_cause(clause):
        return []  # "where hundreds died of cholera": not the attack's dead
    attack = _attack_on(clause.head)
    if attack is None or is_negated(attack):
        return []
    doer = _doer(attack)
    if doer is None:
        return []
    relation = join_tokens([*verb_group(verb), verb])
    return [
        Frame(doer, verb, np_span(patient), "passive", None, "event", relation, action)
        for patient in conjuncts(victims)
        if may_share(patient, None, doer.root)
    ]


def _own_cause(verb: Token) -> bool:
    """Return whether a harm clause names a cause of its own: "died of hunger", "in a crash"."""
    for prep in (k for k in verb.children if k.dep_ == "prep"):
        pobj = child(prep, "pobj")
        if prep.lower_ in _OWN_CAUSES or (pobj is not None and pobj.lemma_.lower() in _MISHAPS):
            return True
    return False


def _attack_on(place: Token) -> Token | None:
    """Return the attack verb that hit ``place``, its object or a place its phrase names."""
    tok = place
    for _ in range(4):
        head = tok.head
        if tok.dep_ in {"dobj", "nsubjpass"}:
            return head if head.lemma_.lower() in ATTACK_VERBS else None
        if tok.dep_ == "pobj" and head.dep_ == "prep":
            if head.head.pos_ in {"VERB", "AUX"}:
                hits = head.lower_ in _AT_PLACE and head.head.lemma_.lower() in ATTACK_VERBS
                return head.head if hits else None
            tok = head.head  # "the village of Kessa", "the market in Kessa"
        elif tok.dep_ in _INSIDE:
            tok = head
        else:
            return None
    return None


def attacker_span(subj: Token | None) -> Span | None:
    """Return the span of who did an attack, from its subject or agent, else None.

    "Russian jets" -> Russian jets; "they" (coref's work) or a weapon with no one named
    ("a shell hit the school") -> None.
    """
    if subj is None or subj.pos_ == "PRON":
        return None
    means = counted(subj)
    head, resolved = resolve_instrument(means)
    if not resolved:
        return None
    return np_span(head if head.i != means.i else subj)


def _doer(attack: Token) -> Span | None:
    """Return who did an attack verb: "jets believed to be X struck the town" -> the jets."""
    subj = subject(attack)
    agent = child(attack, "agent")
    if subj is None and agent is not None:
        subj = child(agent, "pobj")  # "the market was hit by Russian jets"
    if subj is None and attack.dep_ == "conj":
        subj = subject(attack.head)
    return attacker_span(subj)
