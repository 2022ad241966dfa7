"""Heads that share one "of" phrase: "the depots and trucks of the militia" (private).

The parser hangs an "of" phrase written after two coordinated heads on the first head,
after the second: "shelled depots and trucks of the Lions Brigade" reads as "depots
(and trucks) of the Lions Brigade". A phrase cut at the first "and" (see
:func:`graph.extract.spans.np_span`) then gives two targets with no owner, "depots" and
"trucks", and loses whose they are. Both heads belong to the phrase's owner, so the
heads and the "of" phrase are one span, and the second head is no target of its own.

Heads that name people by no tie, their own owner or a count ("activists and members of X",
"the rebel depots and trucks of X", "two guards and members of X") keep their own
phrase: the "of" phrase is the last head's alone, and counted lists are
:mod:`graph.extract.series`'s.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .lexicon import AGENT_NOUNS, EVENT_NOUNS, QUANTITY_NOUNS, word_set

# What a side holds and an attack hits: "gatherings", "positions", "vehicles".
ASSET_NOUNS = word_set(
    "position post site gathering hideout den lair base bases headquarters vehicle car truck "
    "tank weapon arm ammunition ammo equipment fortification stronghold depot launcher "
    "checkpoint concentration movement supply"
)

# Left dependents by which a head names its own owner ("the army's depots", "rebel
# trucks") or counts its members ("two trucks").
_OWN_DEPS = frozenset({"poss", "compound", "nmod", "amod"})
_NAME_LABELS = frozenset({"NORP", "ORG", "GPE", "PERSON", "FAC"})
# People not named by a tie to anyone: "journalists and members of X", "the driver and
# relatives of X" are two groups, the phrase the last one's alone. Nouns of a tie
# ("the wives and sons of X", "fighters and leaders of X") may share it.
_UNTIED_PEOPLE = word_set(
    "person people man woman child civilian villager protester demonstrator gunman "
    "militiaman bomber medic volunteer rescuer journalist activist refugee driver suspect "
    "victim passerby bystander"
)
_LOST_APOSTROPHE = re.compile(r"[A-Z]{2,}s")
_PARTS = frozenset({"some", "most", "many", "all", "several", "both", "each", "one", "few"})


def shared_of(tok: Token) -> Token | None:
    """Return the "of" preposition ``tok`` shares with the heads after it, else None.

    "depots and trucks of the militia" -> "of" for "depots" (the parser's head);
    "depots of the militia and trucks", "rebel depots and trucks of the militia",
    "accused Ruritania and Ostland of arming X" -> None.
    """
    found = _hung_of(_first_head(tok))
    if found is None or tok.i == found[1][-1].i or _owns_or_counts(found[1], found[0]):
        return None
    return found[0]


def is_shared_conjunct(tok: Token) -> bool:
    """Return whether ``tok`` is a later head of a shared "of" phrase or owner (no target alone)."""
    head = _first_head(tok)
    return head is not tok and (shared_of(head) is not None or shared_owner_end(head) is not None)


def shared_owner_end(tok: Token) -> int | None:
    """Return where the bare holdings that share ``tok``'s owner end, else None.

    "destroyed their weapons and ammunition", "pounded ISIL's positions and bases": the
    owner written before the first head owns the bare heads listed after it, so the
    heads are one phrase ("their weapons and the rebels' cars" are two; so are
    "their homes and schools", which are no holdings of a side).
    """
    if tok.dep_ == "conj" or not any(k.dep_ == "conj" for k in tok.rights):
        return None  # the cheap test first: no list starts here
    members = _coordinated(tok)
    if len(members) < 2 or not _all_assets(members):
        return None
    if any(next(m.lefts, None) is not None for m in members[1:]):
        return None
    owned = any(k.dep_ == "poss" or (k.dep_ in _OWN_DEPS and _is_owner(k)) for k in tok.lefts)
    return members[-1].i if owned else None


def _all_assets(members: list[Token]) -> bool:
    return all(m.lemma_.lower() in ASSET_NOUNS or m.lower_ in ASSET_NOUNS for m in members)


def owned_of(tok: Token) -> Token | None:
    """Return the "of" preposition that is the last head's alone, else None.

    "killed two guards and members of the council": the parser hangs "of the council"
    on "guards", but a counted or owned first head keeps its own phrase, so the
    phrase is the members' (see :func:`graph.extract.spans.np_span`).
    """
    found = _hung_of(_first_head(tok))
    if found is None or tok.i != found[1][-1].i or not _owns_or_counts(found[1], found[0]):
        return None
    return found[0]


def _hung_of(head: Token) -> tuple[Token, list[Token]] | None:
    """Return the "of" phrase hung on a coordination after its last head, and the heads."""
    if head.pos_ != "NOUN":
        return None
    members = _coordinated(head)
    if len(members) < 2:
        return None
    last = members[-1]
    of = next(
        (k for m in members[:-1] for k in m.rights if k.dep_ == "prep" and k.lower_ == "of"),
        None,
    )
    if of is None:
        of = _last_heads_of(members)
    elif of.i < last.i or last.right_edge.i + 1 != of.i:
        return None  # the phrase is not right after the last head
    if of is None or last.pos_ != "NOUN":
        return None
    owner = next((kid for kid in of.children if kid.dep_ == "pobj"), None)
    if owner is None or owner.pos_ not in {"NOUN", "PROPN"} or owner.tag_ == "VBG":
        return None  # "of arming X": a charge, not an owner
    if any(k.dep_ == "prep" and k.i < last.i for m in members[:-1] for k in m.rights):
        return None  # "losses in their ranks and the killing of X": a phrase of its own
    if len({_is_event_noun(m) for m in members}) > 1:
        return None  # "battles with the police and raids of X": a side and an act
    return of, members


def _last_heads_of(members: list[Token]) -> Token | None:
    """Return the "of" the parser hung on the last of coordinated assets, else None.

    "hit the gatherings and sites of the militia": the parser may hang the phrase on
    "sites" alone; holdings of a side ("gatherings", "positions", "vehicles") listed
    with no owner of their own share it, the later ones bare ("tanks and the
    headquarters of X" are two phrases). People keep it the last head's alone
    ("civilians and members of X", see :func:`_owns_or_counts`).
    """
    if not _all_assets(members):
        return None
    if any(next(m.lefts, None) is not None for m in members[1:]):
        return None  # "tanks and the headquarters of X": a phrase of its own
    of = next((k for k in members[-1].rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    return of if of is not None and of.i == members[-1].i + 1 else None


def _first_head(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _coordinated(head: Token) -> list[Token]:
    """Return ``head`` and its coordinated heads, in text order (chains followed)."""
    members = [head]
    for member in members:
        members.extend(kid for kid in member.rights if kid.dep_ == "conj")
    return sorted(members, key=lambda tok: tok.i)


def _owns_or_counts(heads: list[Token], of: Token) -> bool:
    # "executed gunmen and relatives of theirs/their families": the first head's own kin
    owner = next((kid for kid in of.children if kid.dep_ == "pobj"), None)
    if owner is not None and any(k.dep_ == "poss" and k.pos_ == "PRON" for k in owner.lefts):
        return True
    return any(_owns_or_counts_one(head) for head in heads)


def _owns_or_counts_one(head: Token) -> bool:
    if head.lemma_.lower() in _UNTIED_PEOPLE or head.lower_ in _UNTIED_PEOPLE:
        return True  # "journalists and members of X": not the members' owner's
    if head.lemma_.lower() in QUANTITY_NOUNS or head.lower_ in QUANTITY_NOUNS:
        return True  # "dozens and scores of X": counts, see oflists
    if any(tok.dep_ == "nummod" for tok in head.subtree if tok.i < head.i):
        return True  # "two guards", "90 security guards employees"
    for kid in head.lefts:
        if kid.lower_ in _PARTS:
            return True
        if kid.dep_ in _OWN_DEPS and _is_owner(kid):
            return True
    return False


def _is_owner(mod: Token) -> bool:
    # "Ruritanian trucks", "rebel depots": a name or a party owns the head
    if mod.pos_ == "PROPN" or mod.ent_type_ in _NAME_LABELS:
        return True
    if _LOST_APOSTROPHE.fullmatch(mod.text):
        return True  # "ISILs positions": a group's name in capitals, its apostrophe lost
    return mod.lemma_.lower() in AGENT_NOUNS or mod.lower_ in AGENT_NOUNS


def _is_event_noun(head: Token) -> bool:
    return head.lower_ in EVENT_NOUNS or head.lemma_.lower() in EVENT_NOUNS
