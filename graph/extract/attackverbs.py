"""The verb an attack noun names: "shelling" -> shell, "air raids" -> strike (private).

A coder codes an attack told by a noun with the verb the noun names, whatever rule read
it: "an airstrike on a clinic" and "air raids on the town" are strikes, "the
bombardment of X" a bombardment (bombard), "an onslaught on X" an attack. A campaign or
an operation is named by its kind of attack: "the bombing campaign" is bombing, "an air
campaign" strikes. One home for every rule that names such an act (light verbs, owned
attacks, noun frames), kept below the frame builder so that it may ask too.
"""

from __future__ import annotations

from spacy.tokens import Token

from .attacknouns import ATTACK_NOUN_VERBS, ATTACK_NOUNS
from .eventnouns import noun_lemma
from .lexicon import NOUN_VERBS, word_set
from .transitives import transitive_verbs
from .verbspelling import gerund_lemma

__all__ = ["ATTACK_ACTS", "CAMPAIGN_NOUNS", "attack_action", "attack_verb"]

# Armed undertakings, named by the kind of attack their words say ("the bombing
# campaign"); one that says none is an attack where the text tells force.
CAMPAIGN_NOUNS = word_set(
    "offensive counteroffensive counter-offensive operation campaign counterattack counter-attack"
)
# Modifiers that make an undertaking or a raid one of air strikes: "an air campaign".
_AIR = word_set("air aerial")
# Raids that are air strikes: "air raids", "bombing raids", "raids by jets".
_AIR_RAIDERS = word_set(
    "air aerial bombing jet jets warplane warplanes plane planes aircraft helicopter "
    "helicopters drone drones bomber bombers"
)
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def attack_action(noun: Token) -> str:
    """Return the verb an event noun names: "the bombardment" -> bombard, "shelling" -> shell."""
    lemma = noun_lemma(noun)
    verbal = noun.tag_ == "VBG" or lemma.endswith("ing")
    action = NOUN_VERBS.get(lemma) or ATTACK_NOUN_VERBS.get(lemma)
    if action or not verbal:
        return action or lemma
    # "shelling" (a gerund) -> shell; "beatings" (a noun whose lemma is "beating") -> beat,
    # where spelling rules alone would guess "beate".
    guess = gerund_lemma(noun.text if noun.tag_ == "VBG" else lemma)
    plain = lemma.removesuffix("ing")
    return plain if guess not in transitive_verbs() and plain in transitive_verbs() else guess


def attack_verb(noun: Token) -> str | None:
    """Return the verb an attack noun names, or None: "bombardment" -> bombard.

    "air raids", "raids by jets" -> strike (PLOVER's aerial attack, as "air strikes"); "a
    police raid" -> raid; "a bombing campaign" -> bomb, "an air campaign" -> strike; "a
    military campaign" and "talks" -> None. Only the words count: each caller says where
    a noun must stand to be one (the tagger may read "strikes" as a verb).
    """
    lemma = noun_lemma(noun)
    if lemma in CAMPAIGN_NOUNS:
        mode = _mode_verb(noun)
        if mode is not None:
            return mode
    if lemma not in ATTACK_NOUNS and noun.lower_ not in ATTACK_NOUNS:
        return None
    if lemma == "raid" and _by_air(noun):
        return "strike"  # "air raids on X", as a coder codes them; "a police raid" stays
    return attack_action(noun)


def _by_air(raid: Token) -> bool:
    # "air raids", "bombing raids", "raids by regime jets" (the agent's head).
    by = next((k for k in raid.rights if k.dep_ == "prep" and k.lower_ == "by"), None)
    agent = next((k for k in by.children if k.dep_ == "pobj"), None) if by is not None else None
    words = [m.lower_ for m in raid.lefts] + ([agent.lower_] if agent is not None else [])
    return any(word in _AIR_RAIDERS for word in words)


def _mode_verb(noun: Token) -> str | None:
    # "bombing campaign" -> bomb, "shelling operation" -> shell, "air campaign" -> strike.
    for mod in noun.lefts:
        if mod.dep_ not in _MODIFIER_DEPS:
            continue
        if mod.lower_ in _AIR:
            return "strike"
        if noun_lemma(mod) in ATTACK_NOUNS or mod.lower_ in ATTACK_NOUNS:
            return attack_action(mod)
    return None


def _lemma_verb(lemma: str) -> str:
    # the verb of an attack noun's lemma, as attack_action gives it ("shelling" -> shell)
    if lemma in ATTACK_NOUN_VERBS:
        return ATTACK_NOUN_VERBS[lemma]
    return gerund_lemma(lemma) if lemma.endswith("ing") else lemma


# Every action an attack noun gives: "carried out raids" -> raid, "an offensive" -> attack.
ATTACK_ACTS = frozenset({"attack", *map(_lemma_verb, ATTACK_NOUNS)})
