"""Acts on ground the dictionary does not code by their verb (private to extract).

- regaining a place is retaking it: "the army regained the town", "the rebels recovered
  two villages" are what "retake" is in ``ontology.ttl`` (the dictionary codes "regain"
  only with "control", see :func:`graph.extract.senses.control_taken`);
- breaking through a front, a siege or an encirclement is fighting: "pierced the ring of
  regime-held territory", "breached the army's lines", "broke the siege of the city"
  (CAMEO 190, conventional military force), whatever the verb codes with other objects
  ("breached the agreement" defies it).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .labels import label_class
from .lexicon import GROUND_NOUNS, PLACE_LABELS, PLACE_NOUNS, _words

__all__ = ["broken_through", "place_regained"]

_REGAIN_VERBS = _words("regain reclaim recover")
_BREAK_VERBS = _words("break breach pierce penetrate puncture crack smash")
# What a force breaks through: a front and its defences, a siege and its ring.
_OBSTACLES = _words(
    "line lines front frontline frontlines defence defences defense defenses siege sieges "
    "ring cordon encirclement blockade barrier barriers fortification fortifications "
    "perimeter"
)
_FORCE = Code("190", "FIGHT", "")


def _objects(verb: Token) -> list[Token]:
    found = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        found.append(verb.head)  # "the villages recovered by the army"
    return found


def _is_place(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in PLACE_LABELS or lemma in PLACE_NOUNS | GROUND_NOUNS


def place_regained(verb: Token) -> str:
    """Return the class of retaking for a verb of regaining a place ("regained the town")."""
    back = any(k.lower_ == "back" and k.dep_ in {"prt", "advmod"} for k in verb.children)
    if verb.lemma_.lower() not in _REGAIN_VERBS and not (back and verb.lemma_ in {"take", "win"}):
        return ""  # "took back the hill", "won back two villages" regain too
    if not any(_is_place(o) for o in _objects(verb)):
        return ""  # "recovered the bodies", "regained consciousness"
    return label_class("retake")


def broken_through(verb: Token) -> Code | None:
    """Return conventional force (190) for breaking through lines or a siege."""
    if verb.lemma_.lower() not in _BREAK_VERBS:
        return None
    objects = _objects(verb)
    # "broke through the lines": the obstacle is the object of "through"
    for prep in (k for k in verb.children if k.dep_ in {"prep", "prt"}):
        if prep.lower_ == "through":
            objects += [k for k in prep.children if k.dep_ == "pobj"]
    if any(o.lemma_.lower() in _OBSTACLES or o.lower_ in _OBSTACLES for o in objects):
        return _FORCE
    return None
