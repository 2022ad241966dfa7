"""Owners listed before an attack noun the parser read as the phrase's noun (private).

"Seven civilians were killed in regime and Russian air strikes on Aleppo": the small
model reads "regime" as the object of "in" and "strikes" as its conjunct, with "on
Aleppo" hung on the verb. The phrase is one attack with two owners: each side killed the
victims (see :func:`graph.extract.nounframes.fire_agent_frames`) and struck Aleppo. The
first word must be able to own an attack (a group word or a people's or an
organisation's name), bare (no article, no phrase of its own), and the attack noun
must name an owner itself; "killed in Aleppo and Russian strikes" (a place) and "in
the town and the strikes" are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .attackverbs import attack_action
from .eventnouns import is_event_noun, owned_spans, owner
from .frames import Frame
from .lexicon import AGENT_NOUNS
from .spans import child, conjuncts, np_span

__all__ = ["listed_attack", "listed_strike_frames"]

# Names that can own an attack: a people ("Syrian"), an organisation ("Hezbollah").
_OWNER_LABELS = frozenset({"NORP", "ORG"})
# Words a bare listed owner may carry: "Assad regime", "pro-government".
_BARE_DEPS = frozenset({"compound", "amod", "cc", "conj", "punct"})
# Prepositions of the attack's target, hung on the verb after the misread phrase.
_AIM_PREPS = frozenset({"on", "against"})
_TIME_LABELS = frozenset({"DATE", "TIME"})


def listed_attack(noun: Token) -> tuple[Token, list[Span]] | None:
    """Return the attack noun a misread owner list hides and its owners, else None.

    "in regime and Russian air strikes" (``noun`` "regime") -> (strikes, [regime,
    Russian]); "in regime air strikes" or "in Aleppo and Russian strikes" -> None.
    """
    if noun.dep_ != "pobj" or is_event_noun(noun) or not _can_own(noun):
        return None
    act = next((k for k in noun.rights if k.dep_ == "conj" and is_event_noun(k)), None)
    if act is None or child(act, "det") is not None:
        return None
    if any(k.dep_ not in _BARE_DEPS and _aim(k, act) is None for k in noun.children):
        return None  # ("in regime and Russian strikes on X": "on X" may hang on "regime")
    who = owner(act)
    if who is None:
        return None
    firsts = [side for side in conjuncts(noun) if side.i < who.i]
    return act, [np_span(side) if side.i == noun.i else _bare(side) for side in firsts] + (
        owned_spans(act, who)
    )


def _can_own(noun: Token) -> bool:
    if noun.ent_type_ in {"GPE", "LOC", "FAC", "DATE", "TIME"}:
        return False
    return noun.lemma_.lower() in AGENT_NOUNS or noun.ent_type_ in _OWNER_LABELS


def _aim(prep: Token, act: Token) -> Token | None:
    """Return the target of an "on"/"against" phrase after the attack noun, else None."""
    if prep.dep_ != "prep" or prep.lower_ not in _AIM_PREPS or prep.i < act.i:
        return None
    pobj = child(prep, "pobj")
    return pobj if pobj is not None and pobj.ent_type_ not in _TIME_LABELS else None  # "on Monday"


def _bare(side: Token) -> Span:
    return side.doc[side.left_edge.i : side.i + 1]


def listed_strike_frames(verb: Token, act: Token, owners: list[Span]) -> Iterator[Frame]:
    """Yield each listed owner's attack on the target the parser hung on the verb.

    "killed in regime and Russian air strikes on Aleppo" -> regime strike Aleppo,
    Russian strike Aleppo.
    """
    first = owners[0].root
    kids = sorted([*verb.rights, *act.rights, *first.rights], key=lambda k: k.i)
    aim = next((k for k in kids if _aim(k, act) is not None), None)
    target = _aim(aim, act) if aim is not None else None
    if aim is None or target is None:
        return
    relation = f"{act.text} {aim.text}"
    for who in owners:
        for patient in conjuncts(target):
            yield Frame(
                who, act, np_span(patient), "active", None, "event", relation, attack_action(act)
            )
