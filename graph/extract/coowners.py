"""Coordinated owners of one doer noun: "Russian and Syrian jets" (private).

"Russian and Turkish patrols", "Russian and Syrian regime jets" name two sides, each
with the same kind of doer: the caller gives the whole phrase for the first owner and
"Turkish patrols" for the next (spans stay contiguous; normalisation reads the first
as "Russian patrols", see ``normalize.firstside``). The parser hangs the later owner
on the first ("Turkish" a conj of "Russian"), on a compound ("Russian" on "regime"),
or, in text that lost its commas, right on the noun beside the first owner ("Syrian"
and "Russian" both modifiers of "jets").
"""

from __future__ import annotations

from spacy.tokens import Token

from .agentnouns import is_means_noun
from .lexicon import AGENT_NOUNS, EVENT_NOUNS

__all__ = ["coordinated_owners", "coordinated_sides"]

# How a modifier before a noun hangs on it: "Russian jets", "army jets", "Syria's jets".
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def coordinated_owners(noun: Token, start: int) -> list[Token]:
    """Return the second and later of coordinated modifiers that name owners of ``noun``.

    "Russian and Turkish patrols" -> Turkish. The parser may hang the conjuncts on a
    compound modifier: "Russian and Syrian regime jets" ("Russian" on "regime"),
    "Syrian and Russian fighter jets" (on "fighter"); there each must name a side
    ("Oil and gas company workers" are one body of workers).
    """
    found = []
    for mod in noun.lefts:
        if mod.dep_ not in _MODIFIER_DEPS or mod.i < start:
            continue
        found += [kid for kid in mod.children if kid.dep_ == "conj" and _is_naming(kid)]
        if _is_sibling_owner(noun, mod, start):
            found.append(mod)
        if mod.dep_ != "compound" or not _is_force_or_weapon(noun):
            continue  # ("Russian and Syrian strikes death toll": no one's toll)
        for inner in mod.lefts:
            if inner.dep_ in _MODIFIER_DEPS and inner.i >= start:
                found += [k for k in inner.children if k.dep_ == "conj" and _names_side(k)]
    return [kid for kid in found if kid.i < noun.i]


def coordinated_sides(noun: Token, start: int) -> list[Token]:
    """Return the coordinated owners of ``noun`` (see above) where both owners name a side.

    "by Russian and Syrian jets" -> Syrian; "by rocket and sniper attacks" (weapons of one
    attack, not owners) -> none.
    """
    owners = coordinated_owners(noun, start)
    return [k for k in owners if _names_side(k) and (k.dep_ != "conj" or _names_side(k.head))]


def _is_sibling_owner(noun: Token, mod: Token, start: int) -> bool:
    """Return whether ``mod`` is an owner after "and" that the parser hung on ``noun``.

    "Syrian and Russian jets" read as two modifiers of "jets": "Russian" is the second
    owner when the word before "and" names a side too and hangs on the same noun. "Syrian
    or Russian jets" (one side, not known) and "old and Russian jets" are not.
    """
    doc = noun.doc
    if mod.i - 2 < start or doc[mod.i - 1].lower_ != "and" or not _names_side(mod):
        return False
    first = doc[mod.i - 2]
    return first.head == noun and first.dep_ in _MODIFIER_DEPS and _names_side(first)


def _is_naming(mod: Token) -> bool:
    # "Iraqi and Kurdish officers" name two groups; "first and only airdrops" do not.
    return mod.pos_ in {"PROPN", "NOUN"} or mod.ent_type_ in {"NORP", "GPE", "ORG"}


def _names_side(mod: Token) -> bool:
    # "Syrian", "Assad", "regime" name a side; "gas" (in "oil and gas company") does not.
    return _is_naming(mod) and (mod.pos_ == "PROPN" or mod.ent_type_ != "" or _is_agent(mod))


def _is_force_or_weapon(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return is_means_noun(lemma) or lemma in AGENT_NOUNS or lemma in EVENT_NOUNS


def _is_agent(mod: Token) -> bool:
    return mod.lemma_.lower() in AGENT_NOUNS
