"""The act a light verb's attack noun names: "launched an assault on X" is an assault.

News tells most attacks with a light verb and an attack noun: "launched an assault on
the airport", "carried out air strikes on the town", "continued its operations against
rebel positions", "stepped up its shelling of the old city". An event coder codes the
act the noun names, with the same doer and target: "assault", "strike", "shell", the
one verb :mod:`graph.extract.attackverbs` gives every rule ("carried out air raids" ->
strike, "a bombing campaign" -> bomb); any other military operation, offensive or
campaign is an attack. The event's action is that verb; its relation keeps the words of
the text ("carried out air strikes on").

Only an object of the light verb (its object, the act a passive or a relative clause
tells: "strikes were carried out by jets"), and only when the event is one of force:
"launched an investigation", "continued their talks" keep their verb, and so do attack
nouns in other roles ("condemned the assault", "the assault continued").
"""

from __future__ import annotations

from spacy.tokens import Token

from .attackverbs import CAMPAIGN_NOUNS, attack_verb
from .eventclass import verb_objects
from .eventnouns import counted_event, noun_lemma
from .lexicon import FORCE_CLASSES, LIGHT_EVENT_VERBS

__all__ = ["light_attack_action"]

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
    verb = attack_verb(noun)
    if verb is None and noun_lemma(noun) in CAMPAIGN_NOUNS:
        return "attack"  # "launched a military campaign": force names no other kind
    return verb or ""
