"""Verb labels of ontology.ttl whose class fits only some doers or objects (private).

- "prop up", "shore up" (SUPPORT) back a party: "Moscow propped up the junta", not
  "workers shored up the levee";
- "batter" (FIGHT) is an attack by arms: "air strikes battered the town", "rebel
  fighters battered the base", not "the man battered his cousin" or "a gale battered
  the shore".

Such uses take no class from the label, as the verbs had none before it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .lexicon import PERSON_NOUNS, word_set

__all__ = ["label_misfired"]

_NONE = Code("", "OTHER", "")
_PROPPING = word_set("prop shore")
_UP = word_set("up")
# Parties that can be propped up: "the junta", "the cabinet", "its allies".
_PARTIES = word_set(
    "government regime junta cabinet administration army military group party leader "
    "president ruler ally coalition militia force rebel authority state"
)
# Nouns of attacks that batter: "strikes", "shelling", "bombardment".
_ATTACKS = word_set("strike airstrike raid shelling bombardment barrage attack offensive fire")


def label_misfired(verb: Token, cls: str) -> Code | None:
    """Return an empty code when a label's class does not fit this use of the verb, if so."""
    from .agentnouns import is_means_noun  # agentnouns -> ... -> classify -> here
    from .misfires import clause_subject, is_armed  # misfires -> classify

    lemma = verb.lemma_.lower()
    if cls == "SUPPORT" and lemma in _PROPPING and any(k.lower_ in _UP for k in verb.children):
        objects = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
        return None if any(map(_is_party, objects)) else _NONE
    if cls == "FIGHT" and lemma == "batter":
        doer = clause_subject(verb)
        if doer is None or doer.ent_type_ in {"GPE", "NORP"}:
            return None  # "Russia battered Idlib"
        if is_armed(doer) or is_means_noun(doer.lower_) or doer.lemma_.lower() in _ATTACKS:
            return None
        return _NONE
    return None


def _is_party(noun: Token) -> bool:
    """Return whether a propped-up object is a party: "the junta", "Assad", "its allies"."""
    from .misfires import is_armed  # misfires -> classify

    if noun.pos_ == "PROPN" or noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    return noun.lemma_.lower() in _PARTIES | PERSON_NOUNS or is_armed(noun)
