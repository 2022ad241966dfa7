"""Fire and munitions a verb sends at a target: fighting, whatever the verb (private).

The dictionary codes the verbs of firing ("fired rockets at X", "dropped bombs on X"),
but news sends fire with many verbs it leaves uncoded or codes as a deployment: "the
rebels unleashed a barrage of rockets on the western districts", "the army intensified
its fire power against the militant positions", "the jets launched a salvo of missiles
on the market", "the crude barrel bombs the regime has deployed". What the verb sends is
fire or munitions, so the act is the use of force (CAMEO 190, conventional military
force; the ASSAULT mode check that follows still finds "a barrage of chemical rockets").

- the object is fire ("fire", "firepower", "fire power"), munitions ("rockets", "barrel
  bombs", "incendiary weapons") or a volley of them ("a barrage of rockets", "a hail of
  shells");
- a phrase names where it is sent ("on", "onto", "upon", "against", "at"), or the verb
  deploys it (a deployment of munitions is their use: "deployed cluster munitions to
  kill", while "deployed troops", "deployed missile systems" stay a mobilisation);
- not a verb of having, finding or handing over: "seized rockets at the depot", "found
  shells on the road", "supplied missiles to the rebels" send nothing at anyone.
"""

from __future__ import annotations

from spacy.tokens import Token

from .antecedents import relative_object
from .cameo import Code
from .lexicon import word_set

__all__ = ["fire_sent"]

_FORCE = Code("190", "FIGHT", "")
# The classes a verb that sends fire is left with when the dictionary reads it otherwise:
# uncoded ("unleashed"), or a deployment ("deployed", "stepped up" 154).
_MISREAD = frozenset({"OTHER", "MOBILIZE"})
_DEPLOYING = word_set("deploy")
# Words that make fire gunfire: "artillery fire", "rocket fire", "heavy fire".
_GUNFIRE = word_set("artillery rocket mortar tank gun machine-gun sniper heavy intense intensive")
_MUNITIONS = word_set(
    "bomb bombs shell shells rocket rockets missile missiles mortar mortars munition "
    "munitions projectile projectiles grenade grenades"
)
# Weapons named by what they burn or spread: "incendiary weapons", "cluster munitions".
_WEAPON_KINDS = word_set("incendiary cluster chemical vacuum phosphorus")
_VOLLEYS = word_set("barrage barrages salvo salvos volley volleys hail")
_TARGET_PREPS = word_set("on onto upon against at")
_RELATIVES = word_set("that which")
# Verbs of having, finding, moving or handing over munitions, which send nothing at anyone.
_NOT_SENDING = word_set(
    "seize capture confiscate find discover uncover store stockpile hide keep possess "
    "carry transport smuggle ship send deliver supply provide give sell buy receive "
    "acquire obtain produce manufacture make build develop destroy dismantle remove "
    "defuse display show"
)


def fire_sent(verb: Token, cls: str) -> Code | None:
    """Return conventional force for a verb that sends fire or munitions at a target.

    Args:
        verb: The event's verb.
        cls: The class the verb's label, pattern or code gave it.
    """
    if cls not in _MISREAD or verb.lemma_.lower() in _NOT_SENDING:
        return None
    sent = [o for o in _objects(verb) if _is_fire(o)]
    if not sent:
        return None
    if verb.lemma_.lower() in _DEPLOYING and not any(_is_fire_word(o) for o in sent):
        return _FORCE  # "the barrel bombs the regime deployed": munitions, not their fire
    heads = [verb, *sent]
    aimed = any(k.dep_ == "prep" and k.lower_ in _TARGET_PREPS for h in heads for k in h.children)
    return _FORCE if aimed else None


def _objects(verb: Token) -> list[Token]:
    """Return what a verb sends: its object, a passive's subject, a relative's antecedent.

    "the barrel bombs that the regime has deployed", "incendiary weapons and cluster
    munitions": each object and the nouns coordinated with it.
    """
    found = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    antecedent = relative_object(verb)
    if antecedent is None and verb.dep_ == "relcl" and any(o.lower_ in _RELATIVES for o in found):
        antecedent = verb.head  # the tagger reads "that" as a conjunction
    found += [antecedent] if antecedent is not None else []
    return [c for o in found for c in (o, *o.conjuncts)]


def _is_fire_word(noun: Token) -> bool:
    """Return whether a noun is weapons' fire: "firepower", "fire power", "heavy fire".

    Bare "fire" only with a word of weapons or of their fire ("artillery fire", "intense
    fire"): "put out a fire at the depot" is a blaze.
    """
    lemma = noun.lemma_.lower()
    fire_power = lemma == "power" and any(k.lower_ == "fire" for k in noun.lefts)
    if lemma == "fire":
        kinds = {k.lemma_.lower() for k in noun.lefts if k.dep_ in {"amod", "compound"}}
        return bool(kinds & _GUNFIRE)
    return lemma == "firepower" or fire_power


def _is_fire(noun: Token) -> bool:
    """Return whether a sent noun is fire, munitions or a volley of munitions.

    "a barrage of rockets", "an intense barrage of firepower", "incendiary weapons"; not
    "a cache of rockets" (a store), nor "air defence systems".
    """
    if _is_fire_word(noun) or _is_munition(noun):
        return True
    if noun.lemma_.lower() not in _VOLLEYS:
        return False
    pobjs = [c for k in noun.children if k.lower_ == "of" for c in k.children if c.dep_ == "pobj"]
    return any(_is_munition(p) or _is_fire_word(p) for p in pobjs)


def _is_munition(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in _MUNITIONS or noun.lower_ in _MUNITIONS:
        return True
    kinds = {k.lower_ for k in noun.lefts if k.dep_ in {"amod", "compound"}}
    return lemma == "weapon" and bool(kinds & _WEAPON_KINDS)
