"""Taking part in an event, sending forces to one, extending credit (private to extract).

- "took part in the offensive", "participated in the protests", "joined the assault on
  the base": taking part in an event is that event (the dictionary codes "take part" as an
  intent to cooperate, 030, whatever the event is);
- "sent reinforcements to the front", "dispatched troops to the border": sending forces
  mobilises them (CAMEO 154), not the military aid of "sent weapons to the rebels"
  (0332, 072) unless they go to someone else;
- "extended the government a line of credit", "granted Damascus billions of dollars in
  loans": economic aid (CAMEO 071), as the dictionary codes "EXTEND * LOAN".
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .lexicon import _words

__all__ = ["participation_sense"]

_JOINING = _words("participate join engage")
_SENDING = _words("send dispatch rush deploy move")
_FORCES = _words(
    "reinforcement reinforcements troop troops soldier soldiers fighter fighters unit units "
    "force forces battalion battalions brigade brigades"
)
_MOBILIZE = Code("154", "MOBILIZE", "troops")
_LENDING = _words("extend grant give provide")
_CREDIT = _words("credit credits loan loans")
_ECONOMIC_AID = Code("071", "AID", "")


def participation_sense(verb: Token) -> Code | None:
    """Return the code of taking part in an event, or of sending one's forces."""
    from .eventclass import noun_class  # eventclass -> classify -> here

    lemma = verb.lemma_.lower()
    objects = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
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
