"""Where a fired munition came down, told after its firing: the firing's target (private).

A report often tells the firing first and where the munition fell after it, in the same
clause: "a shell was fired by the gunmen and landed in the clinic", "two shells fired by
the gunmen and fell near the school", "the gunmen fired four shells with the shells
landing in the market". The place the munition fell on is whom the firing hit, as in
"shells fired by the gunmen hit the clinic" (see :func:`graph.extract.locatives.hit_by`);
the weapon itself is never the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from .landings import is_munition, place_fallen
from .lexicon import WEAPON_VERBS
from .spans import child

__all__ = ["fell_after"]


def fell_after(weapon: Token) -> list[Token]:
    """Return the place a fired ``weapon`` came down on, told after its firing, else ``[]``.

    "A shell was fired by the gunmen and landed in the clinic" -> the clinic (the landing
    shares the shell with "was fired"); "shells fired by the gunmen and landed near the
    school" -> the school; "fired four shells with the shells landing in the market" ->
    the market. "The gunmen fired shells and fled" names no place.
    """
    if not is_munition(weapon):
        return []
    # a second verb shares the munition only with a passive or a participle: "the gunmen
    # fired shells and fell back" is the gunmen falling back.
    shared = weapon.dep_ != "dobj"
    senders = [weapon.head] if weapon.dep_ in {"dobj", "nsubjpass"} else []
    senders += [k for k in weapon.children if k.dep_ == "acl"]
    for sender in senders:
        if sender.lemma_.lower() not in WEAPON_VERBS:
            continue
        # ("fired four rounds with one falling on X": the phrase may hang on the rounds)
        for kid in [*sender.rights, *weapon.rights]:
            found = (_conjoined_fall(kid) if shared else []) or _fall_with(kid)
            if found:
                return found
    return []


def _conjoined_fall(kid: Token) -> list[Token]:
    # "was fired by X and landed in Y": a second verb without a subject of its own.
    if kid.dep_ != "conj" or child(kid, "nsubj", "nsubjpass") is not None:
        return []
    return place_fallen(kid)


def _fall_with(prep: Token) -> list[Token]:
    # "with the shells landing in Y": the landing hangs on the munition (acl) or is the
    # clause of the preposition with the munition its subject (pcomp).
    if prep.dep_ != "prep" or prep.lower_ != "with":
        return []
    pobj = child(prep, "pobj")
    clause = child(pobj, "acl") if pobj is not None and is_munition(pobj) else None
    if clause is None:
        clause = child(prep, "pcomp")
        subj = child(clause, "nsubj") if clause is not None else None
        if subj is None or not is_munition(subj):
            return []
    return place_fallen(clause) if clause is not None and clause.tag_ == "VBG" else []
