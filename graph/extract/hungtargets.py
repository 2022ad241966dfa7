"""An attack noun's target phrase the parser hung on the clause (private to extract).

In "the army foiled an attack by the militia on an outpost" the small model hangs
"on an outpost" on "foiled", not on "attack": the verb looks like its owner. When the
"on/against" phrase follows the attack noun's whole phrase at once ("an attack by the
militia" ends, "on" starts) and hangs on a word the noun itself hangs on, it is the
attack's target. A verb that takes an "on" phrase of its own ("blamed the attack by
X on Y", "imposed sanctions ... on Y") keeps it; a time ("on Monday") is no target.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .attacknouns import is_attack_noun
from .landings import is_time_phrase
from .lexicon import TIME_LABELS, WEEKDAYS, word_set
from .spans import child

__all__ = ["ON_VERBS", "armed_attack", "hung_target", "prep_object", "weapon_phrase_target"]

# Verbs with an "on" phrase of their own after the object: "pinned the raid on X"; of
# the verbs of blame only "blame" ("condemned the raids on X": the raids' phrase).
ON_VERBS = word_set("blame pin focus impose spend put place lay inflict")
_TARGET_PREPS = word_set("on against")
# Where a statement was made, not what was hit: "condemned the strikes on Twitter".
_CHANNELS = word_set("twitter facebook telegram television tv radio website behalf")


def hung_target(noun: Token) -> tuple[Token, Token] | None:
    """Return the target and preposition of an attack noun hung on the clause, if any.

    "rebels repelled a series of raids by the militia on their trenches" -> (trenches,
    on); "police blamed the raid by the gang on the rival clan" -> None (the blame's);
    "repelled an attack by the militia on Monday" -> None (a time); a time may come
    first: "raids by the jets on Monday on the town", "an attack Sunday on X" -> X.
    """
    after = _past_time(noun.doc, noun.right_edge.i + 1, noun.sent.end)
    if after >= noun.sent.end:
        return None
    prep = noun.doc[after]
    # "condemned the raids on and around X": "on" may be read as the verb's particle
    shared = prep.dep_ == "prt" and child(prep, "conj") is not None
    if (prep.dep_ != "prep" and not shared) or prep.lower_ not in _TARGET_PREPS:
        return None
    if prep.head not in set(noun.ancestors) or prep.head.lemma_.lower() in ON_VERBS:
        return None
    pobj = prep_object(prep)
    # a time, also one a name after it joined: "on April 15 UN envoy X said"
    if pobj is None or is_time_phrase(pobj) or pobj.lower_ in _CHANNELS:
        return None
    return pobj, prep


def prep_object(prep: Token) -> Token | None:
    """Return a preposition's object, or the one it shares: "on and around the town"."""
    pobj = child(prep, "pobj")
    if pobj is None and (other := child(prep, "conj")) is not None:
        pobj = child(other, "pobj")
    return pobj


def _past_time(doc: Doc, at: int, end: int) -> int:
    """Return where the words after a time phrase at ``at`` start ("on Monday", "Sunday")."""
    tok = doc[at] if at < end else None
    pobj = child(tok, "pobj") if tok is not None and tok.dep_ == "prep" else None
    if pobj is not None and _is_time(pobj):
        return pobj.right_edge.i + 1  # "on Monday", "on Sunday morning"
    while at < end and _is_time(doc[at]):
        at += 1  # "Wednesday", "Sunday morning": a bare time
    return at


def _is_time(tok: Token) -> bool:
    return tok.ent_type_ in TIME_LABELS or tok.lower_ in WEEKDAYS


def armed_attack(weapon: Token) -> Token:
    """Return the attack a weapon phrase belongs to, else ``weapon``.

    "an attack with mortars by the militia": the parser hangs the agent on "mortars",
    the weapon of the attack, whose agent it is.
    """
    prep = weapon.head
    if weapon.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return weapon
    return prep.head if is_attack_noun(prep.head) else weapon


def weapon_phrase_target(noun: Token) -> tuple[Token, Token] | None:
    """Return the target and preposition an attack noun's weapon phrase holds, if any.

    "attacks with mortar shells on the market": the parser hangs the attack's own "on"
    phrase on the weapon (or deeper: "with shells carrying gas on Y") -> (market, on).
    """
    weapon = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "with"), None)
    for tok in weapon.subtree if weapon is not None else ():
        if tok.dep_ == "prep" and tok.lower_ in _TARGET_PREPS:
            pobj = child(tok, "pobj")
            if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}:
                return pobj, tok
    return None
