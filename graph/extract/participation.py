"""Taking part in an event, sending forces to one, extending credit (private to extract).

- "took part in the offensive", "participated in the protests", "joined the assault on
  the base": taking part in an event is that event (the dictionary codes "take part" as an
  intent to cooperate, 030, whatever the event is);
- "sent reinforcements to the front", "dispatched troops to the border": sending forces
  mobilises them (CAMEO 154), not the military aid of "sent weapons to the rebels"
  (0332, 072) unless they go to someone else;
- "extended the government a line of credit", "granted Damascus billions of dollars in
  loans": economic aid (CAMEO 071), as the dictionary codes "EXTEND * LOAN";
- "joined the convention on mines", "signed the protocol", "acceded to the charter":
  a pact the dictionary's treaty words miss is a treaty ("JOIN/SIGN * &TREATY", 057);
- "formed a coalition with X", "forged a front": forming an alliance ("FORM * ALLIANCE",
  050), whatever the allies call it, when states, governments or armed groups form it
  ("nurses formed a union" allies no one); "a front against X" is left uncoded, as
  its foe would be read as the allies' target.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .cameodata import load_lexicon
from .lexicon import word_set

__all__ = ["participation_sense"]

_JOINING = word_set("participate join engage")
_SENDING = word_set("send dispatch rush deploy move")
_FORCES = word_set(
    "reinforcement reinforcements troop troops soldier soldiers fighter fighters unit units "
    "force forces battalion battalions brigade brigades"
)
_MOBILIZE = Code("154", "MOBILIZE", "troops")
_LENDING = word_set("extend grant give provide")
_CREDIT = word_set("credit credits loan loans")
_ECONOMIC_AID = Code("071", "AID", "")
# Pacts and alliances under names the dictionary's sets lack, with the word of the set
# whose pattern they take ("treaty" of &TREATY, "alliance").
_PACTS = word_set("convention conventions protocol protocols charter memorandum")
_TREATY_VERBS = {"join": "join", "sign": "sign", "ratify": "sign", "accede": "sign"}
_ALLIANCES = word_set("coalition coalitions front bloc axis league union partnership")
_ALLYING = word_set("form forge build create establish")


def participation_sense(verb: Token) -> Code | None:
    """Return the code of taking part in an event, or of sending one's forces."""
    from .eventclass import noun_class  # eventclass -> classify -> here

    lemma = verb.lemma_.lower()
    objects = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    allied = _affiliation(verb, lemma, objects)
    if allied is not None:
        return allied
    takes_part = lemma == "take" and any(o.lower_ == "part" for o in objects)
    if takes_part or lemma in _JOINING:
        events = [c for p in verb.children if p.lower_ == "in" for c in p.children]
        events += [o for o in objects if lemma == "join"]  # "joined the assault"
        for event in (e for e in events if e.dep_ in {"pobj", "dobj"}):
            found = noun_class(event)
            if found[0]:
                return Code(found[1], found[0], found[2])
        return None
    if lemma in _LENDING:
        given = [k for k in verb.children if k.dep_ in {"dobj", "dative", "nsubjpass"}]
        given += [k for k in verb.children if k.dep_ == "prep" and k.lower_ == "in"]
        lent = any(t.lower_ in _CREDIT for o in given for t in o.subtree)
        return _ECONOMIC_AID if lent else None
    if lemma in _SENDING and any(o.lemma_.lower() in _FORCES for o in objects):
        return None if _to_someone(verb) else _MOBILIZE
    return None


def _to_someone(verb: Token) -> bool:
    """Return whether forces go to another party ("sent fighters to the rebels")."""
    from .agentnouns import is_someone  # agentnouns -> eventnouns -> classify -> here

    phrases = [k for k in verb.children if k.dep_ in {"prep", "dative"} and k.lower_ == "to"]
    return any(is_someone(c) for p in phrases for c in p.children if c.dep_ == "pobj")


def _affiliation(verb: Token, lemma: str, objects: list[Token]) -> Code | None:
    """Return the code of joining a pact or forming an alliance ("joined the convention")."""
    if lemma == "accede":  # "acceded to the protocol"
        objects = [c for p in verb.children if p.lower_ == "to" for c in p.children]
    heads = {o.lemma_.lower() for o in objects} | {o.lower_ for o in objects}
    if lemma in _TREATY_VERBS and heads & _PACTS:
        return _set_pattern(_TREATY_VERBS[lemma], "treaty")
    if lemma in _ALLYING and heads & _ALLIANCES and _may_ally(verb, objects):
        return _set_pattern("form", "alliance")
    return None


def _may_ally(verb: Token, objects: list[Token]) -> bool:
    """Return whether a party that may make alliances forms one aimed at no named foe."""
    from .misfires import clause_subject, is_armed  # misfires -> ... -> classify -> here

    heads = [verb, *objects]
    if any(k.dep_ == "prep" and k.lower_ == "against" for h in heads for k in h.children):
        return False  # "formed a front against the militants": the foe is no target
    subject = clause_subject(verb)
    if subject is None:
        return True  # "announced his decision to form a coalition": whose is not parsed here
    if subject.pos_ == "PROPN" or subject.ent_type_ in {"GPE", "NORP"}:
        return True  # "Vardia and Morvia formed a bloc"
    return is_armed(subject) or subject.lemma_.lower() in _STATES


_STATES = word_set("state country nation government regime power ally")


def _set_pattern(verb: str, word: str) -> Code | None:
    """Return the code of the verb's plain pattern whose object set holds ``word``."""
    for pattern in load_lexicon().patterns.get(verb, ()):
        one = len(pattern.obj) == 1 and not pattern.preps and not pattern.particle
        if one and word in pattern.obj[0]:
            return pattern.code
    return None
