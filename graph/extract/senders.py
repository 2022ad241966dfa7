"""Who sent a weapon or owns an attack that a clause goes on to tell of (private).

"Gunmen fired a rocket that fell on the bazaar, wounding four": the round
landed and injured, and whoever fired it did. A weapon that is the object of a verb
that sends it (fire, launch, drop, plant ...) stands for that verb's subject. An attack
"by" several owners ("raids by the junta and its militias") is each owner's.
"""

from __future__ import annotations

from spacy.tokens import Token

from .alternatives import is_alternative
from .lexicon import EVENT_NOUNS, INSTRUMENT_NOUNS, WEAPON_VERBS
from .spans import child, conjuncts

__all__ = ["fired_weapon", "is_lone_side", "owners", "sender", "sent_munition"]

# Verbs besides the firing ones whose subject puts a weapon where it strikes.
_PLACING_VERBS = frozenset({"plant", "detonate", "set", "place", "leave", "hurl", "lob"})


def sender(weapon: Token) -> Token | None:
    """Return who fired, dropped or planted ``weapon``, named as the subject of that verb.

    "Rebels fired a shell that hit the school" -> Rebels (for "the shell hit ..."); "a bomb
    that was planted by the militia", "the militia claimed an attack that ..." -> the militia.
    """
    if weapon.dep_ == "nsubj" and _is_weapon(weapon) and _is_misread_passive(weapon.head):
        # "Rockets fired by the militia struck the port": the parser made "fired" the root
        return child(child(weapon.head, "agent"), "pobj")  # type: ignore[arg-type]
    for clause in weapon.rights:
        agent = child(clause, "agent") if clause.dep_ == "relcl" else None
        if agent is not None:
            return child(agent, "pobj")  # "a bomb that was planted by the militia exploded"
    if weapon.dep_ != "dobj" or weapon.head.pos_ != "VERB":
        return None
    verb = weapon.head
    claimed = verb.lemma_.lower() == "claim" and weapon.lemma_.lower() in EVENT_NOUNS
    if verb.lemma_.lower() not in WEAPON_VERBS | _PLACING_VERBS and not claimed:
        return None  # ("the group claimed an attack that killed ten": its attack)
    subj = child(verb, "nsubj")
    if subj is None or subj.pos_ in {"PRON", "NUM"} or subj.tag_ in {"WDT", "WP"}:
        return None
    return subj


def sent_munition(verb: Token) -> Token | None:
    """Return the munition a sending verb right after it is done to, misread as a clause.

    "eight were injured by bombs dropped from a helicopter": the parser may give "dropped"
    another subject ("eight") or the one of the clause before; the bombs were dropped,
    by whoever the "by" phrase names, and the injured dropped nothing. A munition that is
    the verb's own subject ("rockets fired from launchers hit ...") is left to the rules
    of weapons as subjects, and so is one listed with it.
    """
    if verb.lemma_.lower() not in WEAPON_VERBS or verb.tag_ not in {"VBD", "VBN"} or verb.i == 0:
        return None
    if child(verb, "dobj", "aux", "auxpass", "nsubjpass") is not None:
        return None  # "rebels fired rockets", "bombs were dropped": a clause of its own
    before = verb.doc[verb.i - 1]
    if before.pos_ not in {"NOUN", "PROPN"} or not _is_weapon(before):
        return None
    own = child(verb, "nsubj")
    # ("air strikes and missiles fired at X killed ten": the munition is one of its subjects)
    return before if own is None or before.i not in {t.i for t in conjuncts(own)} else None


def owners(head: Token) -> list[Token]:
    """Return every owner an attack's "by" ("from") phrase lists, else ``[head]``.

    "The raids by the junta and its militias killed nine" -> the junta, its militias:
    each of them raided (alternatives joined by "or" stay one uncertain owner).
    """
    if head.dep_ != "pobj" or head.head.lower_ not in {"by", "from"}:
        return [head]
    listed = _listed(head)
    if len(listed) > 1 and is_lone_side(head.head.head):
        listed = listed[:-1]  # "between X backed by tanks and Y": Y is a side (agentlists)
    return [owner for owner in listed if not is_alternative(owner)]


def _listed(head: Token) -> list[Token]:
    # (every conjunct: "by X and Y struck the port" lists Y, whatever verb follows it)
    found = [head]
    for kid in head.children:
        if kid.dep_ == "conj" and kid.pos_ in {"NOUN", "PROPN"}:
            found += _listed(kid)
    return found


def fired_weapon(verb: Token) -> Token | None:
    """Return the weapon a subjectless verb tells of, fired "by" someone in a misread root.

    "Rockets fired by the militia struck the port": the parser reads "fired" as the main
    verb and "struck" as its conjunct; what struck is the rockets (whose sender is the
    militia: see :func:`sender`).
    """
    if verb.dep_ != "conj" or child(verb, "nsubj", "nsubjpass") is not None:
        return None
    head = verb.head
    weapon = child(head, "nsubj")
    return (
        weapon if weapon is not None and _is_weapon(weapon) and _is_misread_passive(head) else None
    )


def _is_weapon(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in INSTRUMENT_NOUNS or lemma in EVENT_NOUNS


def _is_misread_passive(verb: Token) -> bool:
    """Return whether a participle with a "by" agent was read as a main verb with a subject."""
    if verb.tag_ not in {"VBN", "VBD"} or child(verb, "agent") is None:
        return False
    return not any(k.dep_ in {"aux", "auxpass"} for k in verb.children)


def is_lone_side(verb: Token) -> bool:
    """Return whether a participle modifies the one party "between" has: "between X backed by"."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "between"
        and not any(k.dep_ == "conj" for k in noun.children)
    )
