"""The PLOVER ASSAULT mode of a use of force told with unconventional means.

The codebook's ASSAULT modes for attacks by unconventional means: "explosives: any
explosive not incorporated in a heavy weapon: mines, IEDs, car bombs"; suicide attacks;
"unconventional: chemical, biological, radiation, and nuclear weapons". A use of force
whose own phrases name one is ASSAULT, not FIGHT: "a suicide bomber struck the checkpoint"
is a suicide attack, "the army fired rockets with chemical heads" an unconventional one,
while "jets dropped bombs" and "struck a chemical plant" name no such means.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from .lexicon import _words
from .warfare import countering, means_phrases

__all__ = ["assault_mode", "by_doer_means"]

_METHODS = {
    "suicide": "suicide-attack",
    "ied": "explosives",
    "ieds": "explosives",
    "vbied": "explosives",
    "explosive": "explosives",
    "landmine": "explosives",
    "landmines": "explosives",
    "roadside": "explosives",
    "car-bomb": "explosives",
    "booby": "explosives",
    "blast": "explosives",
    "blasts": "explosives",
    "explosion": "explosives",
    "explosions": "explosives",
}
# Words that make a bombing a planted one, not an air raid: "a terrorist bombing", "twin
# bombings" ("regime bombing", "the aerial bombing" stay conventional force).
_PLANTED_BOMBINGS = frozenset({"terrorist", "twin", "double", "triple"})
# Bombs dropped from the air are conventional force (FIGHT, mode aerial), not a bombing.
_DROPPED_BOMBS = frozenset({"barrel", "cluster", "aerial", "vacuum", "incendiary", "phosphorus"})
# "unconventional: chemical, biological, radiation, and nuclear weapons": words that make a
# weapon or an attack one ("chemical rockets", "a sarin attack"), not a target ("struck a
# chemical plant").
_UNCONVENTIONAL = _words(
    "chemical chemicals poison poisonous toxic sarin chlorine mustard nerve biological "
    "nuclear radiological"
)


def assault_mode(verb: Token) -> str:
    """Return the ASSAULT mode its subject, object or phrases name ("a suicide bomber")."""
    for kid in means_phrases(verb):  # "destroyed a car bomb": the object is no means
        mode = _words_mode(kid.subtree)
        if mode:
            return mode
    mode = _words_mode(_attack_words(verb))
    if mode:
        return mode
    return "unconventional" if _unconventional(verb) else ""


def _attack_words(verb: Token) -> list[Token]:
    """Return the words of the attack noun an act is told by, or of the noun it tells.

    "a suicide attack that killed 40", "a suicide bombing carried out by the group": the
    clause hangs on the attack, which names the means; "claimed a car bomb attack": the
    attack noun is the act itself. Not the noun a countering verb acts on ("the car bomb
    that troops defused", "a car bomb defused by the army"), and not a relative clause
    whose pronoun is not its doer ("the bombing that the council condemned"), nor a
    munition's ("explosive shells fired by X": heavy weapons' rounds are no bombing).
    """
    from .attacknouns import ATTACK_NOUNS  # attacknouns -> classify -> here

    head = verb.head
    attack = head.lemma_.lower() in ATTACK_NOUNS or head.lower_ in ATTACK_NOUNS
    if verb.pos_ in {"NOUN", "PROPN"}:
        noun = verb
    elif verb.dep_ in {"relcl", "acl"} and attack and not countering(verb):
        noun = head  # not "explosive shells fired by X": a heavy weapon's munition
        if verb.dep_ == "relcl" and not any(
            k.dep_ in {"nsubj", "nsubjpass"} and k.tag_ in {"WDT", "WP"} for k in verb.children
        ):
            return []
    else:
        return []
    return [t for k in noun.lefts for t in k.subtree] + [noun]


def by_doer_means(code: tuple[str, str, str], actor: Span) -> tuple[str, str, str]:
    """Return a use of force done by a bomb or a bomber as ASSAULT, with its mode.

    "A car bomb blast killed six, injuring 30", "an explosive device went off, killing
    two": whatever the parse made of the clause (a participle, the second of two verbs,
    a verb hung on the blast as a modifier), the doer the event has is the bomb, so each
    of its acts is the codebook's bombing. A doer that names no such means ("jets",
    "barrel bombs", "the army") leaves the class as it is.

    Args:
        code: The act's class, CAMEO code and mode.
        actor: The event's actor phrase.
    """
    cls, cameo, _ = code
    mode = _words_mode(actor) if cls == "FIGHT" else ""
    return ("ASSAULT", cameo, mode) if mode else code


def _words_mode(words: Iterable[Token]) -> str:
    """Return the ASSAULT mode a phrase's words name: "suicide", "IED", "a car bomb"."""
    for tok in words:
        mode = _METHODS.get(tok.lower_)
        if mode:
            return mode
        before = tok.nbor(-1).lower_ if tok.i > 0 else ""
        # "a bomb attack", "a car bomb"; not "jets dropped bombs", "a barrel bomb attack"
        planted = tok.dep_ == "compound" or before == "car"
        if tok.lemma_ == "bomb" and planted and before not in _DROPPED_BOMBS:
            return "explosives"
        if _is_planted_bombing(tok):
            return "explosives"
    return ""


def _is_planted_bombing(tok: Token) -> bool:
    """Return whether a noun is a bombing by planted explosives: "three terrorist bombings"."""
    if tok.lower_ not in {"bombing", "bombings"}:
        return False
    return any(k.lower_ in _PLANTED_BOMBINGS for k in tok.lefts if k.dep_ in {"amod", "compound"})


def _unconventional(verb: Token) -> bool:
    """Return whether the act's means or its event noun is a weapon of mass destruction."""
    from .agentnouns import is_means_noun  # agentnouns -> eventnouns -> classify
    from .eventnouns import is_event_noun

    for kid in verb.children:
        heads = [kid] if kid.dep_ in {"nsubj", "nsubjpass", "dobj"} else []
        if kid.dep_ in {"prep", "agent"}:
            heads = [k for k in kid.children if k.dep_ == "pobj"]
        for head in heads:
            means = kid.lower_ in {"with", "using"}  # "fired rockets with gas heads"
            if not (means or is_means_noun(head.lower_) or is_event_noun(head)):
                continue  # "struck a chemical plant": the target, not the means
            if any(t.lower_ in _UNCONVENTIONAL for t in head.subtree):
                return True
    return False
