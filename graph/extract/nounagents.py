"""Who fired, planted or carried out an event noun, named after it (private).

"a missile fired by Russian jets", "a bomb planted by the militia", "an attack by ISIS on
the town", "the bombardment of the district by army jets"; and for a subject that may be a
weapon or an event, whom it stands for ("a missile fired by X" -> X). The noun's owner
before it ("Russian strikes") is read in :mod:`graph.extract.eventnouns`.
"""

from __future__ import annotations

from spacy.tokens import Token

from .eventnouns import is_event_noun, noun_lemma, owner
from .lexicon import EVENT_NOUNS, HOLDING_VERBS, INSTRUMENT_NOUNS
from .responsible import hedged_owner, responsible_party
from .senders import sender
from .spans import child

__all__ = ["attacker", "late_by", "resolve_instrument"]

# Participles that name the attacker of a weapon or an attack: "fired by", "planted by".
_BY_DEPS = frozenset({"acl", "relcl"})


def attacker(noun: Token) -> Token | None:
    """Return who fired, planted or carried out an event noun, named after it.

    "a missile fired by Russian jets", "a bomb planted by the militia", "an attack by
    ISIS on the town", "a shell belonging to rebel forces" -> the agent's head.
    """
    for kid in noun.rights:
        if kid.dep_ == "prep" and kid.lower_ == "by":
            return child(kid, "pobj")
        if kid.dep_ in _BY_DEPS and kid.tag_ in {"VBN", "VBD"}:  # ("aerially dropped by X")
            agent = None if _is_held_place(kid) else child(kid, "agent")
            if agent is not None:
                return child(agent, "pobj")
        if kid.dep_ == "acl" and kid.lemma_ == "belong":
            to = child(kid, "prep")
            return child(to, "pobj") if to is not None and to.lower_ == "to" else None
    return _weapon_agent(noun)


def _is_held_place(clause: Token) -> bool:
    """Return whether a relative clause tells who holds a place: "raids on X which is held by Y".

    The parser may hang it on the attack; no one holds an attack, so Y is no attacker.
    """
    subj = child(clause, "nsubjpass")
    return (
        clause.lemma_.lower() in HOLDING_VERBS
        and subj is not None
        and subj.lower_
        in {
            "which",
            "that",
        }
    )


def _weapon_agent(noun: Token) -> Token | None:
    """Return the agent hung on an attack's weapon: "attacks with shells by X" -> X."""
    with_ = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "with"), None)
    weapon = child(with_, "pobj") if with_ is not None else None
    if weapon is None or noun_lemma(noun) not in EVENT_NOUNS:
        return None
    if weapon.lemma_.lower() not in INSTRUMENT_NOUNS or noun_lemma(weapon) in EVENT_NOUNS:
        return None  # "clashes with rebels by the border", "an attack with an ambush by X"
    by = next((k for k in weapon.rights if k.dep_ == "prep" and k.lower_ == "by"), None)
    return child(by, "pobj") if by is not None else None


# Prepositions of an attack noun's target phrase: "the shelling of X", "a raid on X".
_TARGET_PHRASES = frozenset({"of", "on", "against", "at"})


def late_by(noun: Token) -> tuple[Token, Token] | None:
    """Return the "by" of an event noun's agent hung after its target, and the target.

    "the bombardment of the district by army jets" ("by" on "district"), "died in the
    shelling of the market by rebel gunners" ("by" on "died", right after the phrase:
    in "were killed in the shelling of X by Y" Y is the killing's agent and the shelling's);
    a participle's agent ("a village held by X") is the participle's, not the noun's.
    """
    for prep in noun.rights:
        pobj = child(prep, "pobj") if prep.lower_ in _TARGET_PHRASES else None
        if prep.dep_ != "prep" or pobj is None:
            continue
        by = next((k for k in pobj.rights if k.dep_ == "prep" and k.lower_ == "by"), None)
        if by is not None:
            return by, pobj
        verb = noun.head.head if noun.dep_ == "pobj" else None
        after = pobj.right_edge.i + 1
        if verb is not None and verb.pos_ == "VERB" and after < len(noun.doc):
            by = noun.doc[after]
            late = by.lower_ == "by" and by.dep_ in {"prep", "agent"} and by.head == verb
            return (by, pobj) if late else None
    return None


def resolve_instrument(noun: Token) -> tuple[Token, bool]:
    """Return ``(actor head, is an event)`` for a subject that may be a weapon or an event.

    A person or group acts as is; "a missile fired by X" -> X; "Russian air strikes"
    (an owner in the phrase) stays the actor, whom normalisation resolves; "a car bomb",
    "the war" with no one named -> the role is unresolved: a fact, not an event.
    """
    # (what someone fired is a weapon, whatever the noun: "fired a round that hit X")
    # "jets believed to be Tarvan", "a raid believed to be by X": see responsible
    found = sender(noun) or hedged_owner(noun)
    if not is_event_noun(noun) or found is not None:
        return found or noun, True
    found = attacker(noun) or responsible_party(noun)  # "X was behind the raid that ..."
    if found is not None:
        return found, True
    return noun, owner(noun) is not None
