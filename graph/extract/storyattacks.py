"""An attack told again keeps the means its story told (private to extract).

PLOVER codes an attack by its means: a car bomb or a suicide bombing is ASSAULT
("explosives", "suicide-attack"), a gas attack ASSAULT ("unconventional"). A story that
has told its attack so ("a car bomb exploded at the gate", "a suspected chemical attack
killed dozens") goes on with a bare attack noun: "four were killed in the attack", "the
attack also wounded 30", "a similar bombing last month killed seven", "the group has
carried out similar attacks before". The bare noun is the attack the story told, or one
of its kind, and keeps its means.

Only when the story is unambiguous: every means it names before the noun is of one kind
of unconventional violence, and it names no conventional force (air strikes, shelling,
missiles, jets, clashes). "Cruise missiles struck the airbase; six were killed in the
attack" after a lead on a chemical attack is the missile strike, and stays FIGHT. A noun
with words of its own ("an air attack", "the regime's attack") or no mark of a retelling
("an attack", "attacks"), and an act whose own phrases name conventional means ("the
bombing of the town by jets"), are left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .lexicon import word_set

__all__ = ["retold_mode"]

# Attack nouns a story retells its attack by ("the attack", "the bombing"); a blast or an
# explosion names its own means (explosives).
_RETOLD = word_set("attack attacks bombing bombings")
# Words that mark a noun as told again: "the attack", "similar attacks", "a second attack".
_DEFINITE = word_set("the this that these those")
_ANAPHORIC = word_set("similar second third latest last previous earlier initial same such")
_ARTICLES = word_set("a an another")
# Verbs whose object or passive subject is the act they carry out: "carried out the attack".
_PERFORMING = word_set("carry conduct launch stage mount perpetrate commit")
# Prepositions of a phrase in which an act happened: "killed in the attack".
_SETTINGS = word_set("in during by")
# Means of conventional force: a story naming any of them is not unambiguous.
_CONVENTIONAL = word_set(
    "airstrike airstrikes strike strikes raid raids shelling shell shells bombardment "
    "missile missiles rocket rockets mortar mortars artillery warplane warplanes jet jets "
    "aircraft helicopter helicopters drone drones plane planes tank tanks barrel barrels "
    "clash clashes battle battles fighting offensive gunfire"
)
# Poisons that name the means of the story's attack ("gas" alone may be tear gas or fuel;
# "chemical" and "toxic" only on a weapon, an agent or an attack, not "a chemical plant").
_POISONS = word_set("sarin chlorine")
_POISON_WORDS = word_set("chemical chemicals toxic poison poisonous nerve mustard biological")
_POISON_HEADS = word_set(
    "weapon weapons agent agents gas gases substance substances attack attacks munition "
    "munitions bomb bombs shell shells rocket rockets canister canisters strike"
)


def retold_mode(verb: Token, above: list[Token], words_mode: Callable[[list[Token]], str]) -> str:
    """Return the ASSAULT mode of the story's attack an act is told by, if it retells it.

    Args:
        verb: The act (a verb, or an attack noun told as an event).
        above: Attack nouns the act is told by elsewhere: the one a clause on the act hangs
            on ("the attack, which killed"), one in a phrase it shares ("one was killed
            and six hurt in the attack").
        words_mode: The mode a word names in its phrase ("car" + "bomb" -> explosives).
    """
    for noun in _told_by(verb, above):
        if not _retold(noun):
            continue
        own = [*noun.subtree, *(t for k in verb.children for t in k.subtree)]
        if any(_conventional(t) for t in own):
            return ""  # "the bombing of the town by jets", "jets killed 9 in the attack"
        return _story_mode(noun, words_mode)
    return ""


def _told_by(verb: Token, above: list[Token]) -> list[Token]:
    """Return the attack nouns an act is told by: itself, its doer, its setting."""
    nouns = [verb] if verb.pos_ == "NOUN" else []
    nouns += above
    performing = verb.lemma_.lower() in _PERFORMING
    for kid in verb.children:
        if kid.dep_ == "nsubj" or (kid.dep_ in {"dobj", "nsubjpass"} and performing):
            nouns.append(kid)  # "the attack killed", "carried out the attack"
        if kid.dep_ in {"prep", "agent"} and kid.lower_ in _SETTINGS:
            nouns += [k for k in kid.children if k.dep_ == "pobj"]  # "killed in the attack"
    return [n for n in nouns if n.lower_ in _RETOLD]


def _retold(noun: Token) -> bool:
    """Return whether a noun tells an attack again: "the attack", "similar attacks"."""
    marks = list(noun.lefts)
    allowed = _DEFINITE | _ANAPHORIC | _ARTICLES
    if not marks or any(m.lower_ not in allowed for m in marks):
        return False  # "attacks", "an air attack", "the regime's attack"
    return any(m.lower_ in _DEFINITE | _ANAPHORIC for m in marks)  # not "an attack"


def _story_mode(noun: Token, words_mode: Callable[[list[Token]], str]) -> str:
    """Return the one unconventional mode the story names before a noun, if it names one."""
    modes = []
    for tok in noun.doc[: noun.left_edge.i]:
        if _conventional(tok):
            return ""  # the story tells of conventional force too
        mode = words_mode([tok]) or _poison_mode(tok)
        modes += [mode] if mode else []
    kinds = {"unconventional" if m == "unconventional" else "explosives" for m in modes}
    return modes[0] if len(kinds) == 1 else ""


def _conventional(tok: Token) -> bool:
    return tok.lemma_.lower() in _CONVENTIONAL and tok.pos_ in {"NOUN", "PROPN"}


def _poison_mode(tok: Token) -> str:
    """Return "unconventional" for a poison the story names: "sarin", "chemical weapons"."""
    if tok.lower_ in _POISONS:
        return "unconventional"
    poisoned = tok.lower_ in _POISON_WORDS and tok.head.lower_ in _POISON_HEADS
    return "unconventional" if poisoned else ""
