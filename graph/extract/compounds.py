"""Lists of agent compounds: "the Kurdish-led and US-backed militia" (private).

An agent compound ("US-backed") names who acts on the noun it modifies; news lists them
("Kurdish-led and US-backed", "Russian- and Iranian-backed"), and the parser hangs the
second participle on the first or the first modifier on the noun.
"""

from __future__ import annotations

from spacy.tokens import Token


def is_listed_participle(tok: Token) -> bool:
    """Return whether ``tok`` is the second of listed compound participles ("and US-backed")."""
    head = tok.head
    return tok.dep_ == "conj" and tok.tag_ == "VBN" and head.tag_ == "VBN" and head.dep_ == "amod"


def compound_noun(part: Token) -> Token:
    """Return the noun a listed participle modifies: "Kurdish-led and US-backed militia"."""
    while part.dep_ == "conj" and part.head.i != part.i:
        part = part.head
    return part.head


def list_end(part: Token) -> int:
    """Return the index of the last participle listed with ``part`` (the noun follows it)."""
    last = part.i
    for kid in part.rights:
        if kid.dep_ == "conj" and kid.tag_ == "VBN":
            last = max(last, list_end(kid))
    return last


def suspended_modifiers(part: Token, noun: Token) -> list[Token]:
    """Return the modifiers sharing ``part`` by a suspended hyphen: "Russian- and Iranian-backed".

    "Russian-" is hung on the noun, not on "backed"; it backs the forces too.
    """
    return [
        mod
        for mod in noun.lefts
        if mod.i < part.i
        and len(mod.text) > 1
        and mod.text.endswith("-")
        and (mod.pos_ == "PROPN" or mod.ent_type_ in {"NORP", "GPE", "ORG"})
    ]
