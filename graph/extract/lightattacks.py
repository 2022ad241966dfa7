"""The act a light verb's attack noun names: "launched an assault on X" is an assault.

News tells most attacks with a light verb and an attack noun: "launched an assault on
the airport", "carried out air strikes on the town", "continued its operations against
rebel positions", "stepped up its shelling of the old city". An event coder codes the
act the noun names, with the same doer and target: "assault", "strike", "shell"; a
military operation, offensive or campaign is an attack. The event's action is that
verb; its relation keeps the words of the text ("carried out air strikes on").

Only an object of the light verb (its object, the act a passive or a relative clause
tells: "strikes were carried out by jets"), and only when the event is one of force:
"launched an investigation", "continued their talks" keep their verb, and so do attack
nouns in other roles ("condemned the assault", "the assault continued").
"""

from __future__ import annotations

from spacy.tokens import Token

from .attacknouns import ATTACK_NOUN_VERBS, ATTACK_NOUNS
from .eventclass import verb_objects
from .eventnouns import counted_event
from .lexicon import FORCE_CLASSES, LIGHT_EVENT_VERBS, word_set
from .verbspelling import gerund_lemma

__all__ = ["ATTACK_ACTS", "light_attack_action"]

# Military campaigns, coded as the attack they are: "launched an offensive on X".
_CAMPAIGN_NOUNS = word_set(
    "offensive counteroffensive counter-offensive operation campaign counterattack counter-attack"
)
# Where a noun stands, whatever the tagger read: "strikes were carried out".
_NOUN_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})


def light_attack_action(verb: Token, action_class: str) -> str:
    """Return the verb of the attack a light verb's object names, else "".

    "Jets carried out dozens of strikes on X" -> "strike"; "the army launched an
    offensive" -> "attack"; "the ministry launched an investigation" -> "".

    Args:
        verb: The event's verb.
        action_class: The class the event was given (only force classes qualify).
    """
    if action_class not in FORCE_CLASSES or verb.lemma_.lower() not in LIGHT_EVENT_VERBS:
        return ""
    # "the raid on the camp was carried out by jets": the raid is what was carried out.
    passive = [k for k in verb.children if k.dep_ == "nsubjpass"]
    for obj in [*verb_objects(verb), *passive]:
        found = _attack_verb(counted_event(obj))  # "dozens of strikes" -> the strikes
        if found:
            return found
    return ""


def _attack_verb(noun: Token) -> str:
    """Return the verb of an attack noun ("shelling" -> shell, "offensive" -> attack)."""
    # the tagger may read a plural as a verb: "the air strikes were carried out".
    nominal = noun.pos_ == "NOUN" or noun.dep_ in _NOUN_DEPS
    if not nominal or noun.ent_type_:
        return ""
    lemma = noun.lemma_.lower()
    if lemma in _CAMPAIGN_NOUNS:
        # "a bombing campaign": the attack its words name; else an attack.
        named = [_attack_verb(k) for k in noun.lefts if k.dep_ == "compound"]
        return next((v for v in named if v and v != "attack"), "attack")
    if lemma not in ATTACK_NOUNS:
        return ""
    return _noun_verb(lemma)


def _noun_verb(lemma: str) -> str:
    if lemma in ATTACK_NOUN_VERBS:
        return ATTACK_NOUN_VERBS[lemma]
    return gerund_lemma(lemma) if lemma.endswith("ing") else lemma


# Every action this module gives: "carried out raids" -> raid, "an offensive" -> attack.
ATTACK_ACTS = frozenset({"attack", *map(_noun_verb, ATTACK_NOUNS)})
