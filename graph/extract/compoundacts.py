"""An act named by a compound participle's noun is no side (private to extract).

"a UN-brokered truce", "a US-Russian brokered ceasefire", "Russian-sponsored talks", "a
Turkish-backed offensive": the participle's noun is the act the maker brokered or backed,
not whom it was aimed at (only verbs done to another's act count: "a militia-orchestrated
bombing" is the militia's own act). As with "a truce brokered by Moscow" (see
:func:`graph.extract.eventtargets.act_targets`), the act moves into the relation
("brokered truce") and the target is the side the phrase names:

- the sides of a two-sided act: "a UN-brokered truce between the army and the rebels" ->
  the army, the rebels;
- the doer of the act: after a "by" right after it that the parser hangs higher up
  ("faced a Turkish-backed offensive by the rebels"), or the subject of a light verb
  that carries it out ("the rebels launched a Turkish-backed offensive") -> Turkey
  backs the rebels;
- else, for a deal brokered ("a US-Russian brokered truce collapsed"), the deal itself, as
  event coders code it (the old path: relation "brokered", target "truce"); for an act
  backed or funded, no one: "a Gulf-backed offensive stalled" names no side.

A "by" the parser hangs on the act itself ("a US-backed offensive by Kurdish militias")
stays with :mod:`graph.extract.compoundframes`, and so do weapons ("US-supplied missiles": a thing
given) and standing relations ("the Saudi-led coalition", "rebel-held towns").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .eventnouns import is_event_noun, noun_lemma
from .eventtargets import between_sides
from .lexicon import EVENT_NOUNS, INSTRUMENT_NOUNS, LIGHT_EVENT_VERBS
from .spans import child, np_span

__all__ = ["compound_act_targets"]

# Acts done to another's act: brokering a truce, backing an offensive, funding talks.
# A deal brokered with no side named is coded with the deal as what was brokered.
_BROKERING = frozenset({"broker", "sponsor", "mediate", "negotiate", "host", "propose"})
_SPONSORING = frozenset(
    {"broker", "sponsor", "mediate", "negotiate", "back", "support", "fund", "finance"}
    | {"endorse", "propose", "host"}
)


def compound_act_targets(part: Token, noun: Token) -> tuple[list[Span], str] | None:
    """Return the sides and the relation of a compound participle done to an act, or None.

    Args:
        part: The participle ("brokered" of "a UN-brokered truce").
        noun: The noun it modifies; None is returned unless it names an act.
    """
    if part.lemma_.lower() not in _SPONSORING or not is_event_noun(noun) or _is_weapon(noun):
        # "Iranian-backed militias", "US-supplied missiles": a side, a thing; "a
        # militia-orchestrated bombing" is the militia's own act, not one it sponsors
        return None
    # "US-backed air strikes" -> "backed air strikes": the act's whole name
    relation = f"{part.text} {part.doc[part.i + 1 : noun.i + 1].text}"
    sides = between_sides(noun)
    if sides:
        return sides, relation
    carrier = _carrying_verb(noun)
    doer = _late_agent(noun) or (child(carrier, "nsubj") if carrier is not None else None)
    if doer is None and part.lemma_.lower() in _BROKERING:
        return None  # "a US-Russian brokered truce collapsed": the truce is what they brokered
    return ([np_span(doer)] if doer is not None else []), relation


def _late_agent(noun: Token) -> Token | None:
    """Return the act's doer after a "by" right after it that the parser hung higher up.

    "The town faced a Gulf-backed offensive by Kurdish fighters", "has been the target of
    a Gulf-backed offensive by the alliance" -> the fighters, the alliance. A passive
    verb's own agent is not the act's: "a Gulf-backed offensive was halted by the army".
    """
    at = noun.right_edge.i + 1
    if at < len(noun.doc) and noun.doc[at].text == ",":
        at += 1  # "a Gulf-backed offensive, by the rebels"
    if at >= len(noun.doc) or noun.doc[at].lower_ != "by" or noun.doc[at].dep_ != "prep":
        return None
    by, ancestors = noun.doc[at], {t.i for t in noun.ancestors}
    if by.head.i not in ancestors or any(k.dep_ == "auxpass" for k in by.head.children):
        return None
    return child(by, "pobj")


def _is_weapon(noun: Token) -> bool:
    lemma = noun_lemma(noun)
    return lemma in INSTRUMENT_NOUNS and not {lemma, noun.lower_} & EVENT_NOUNS


def _carrying_verb(noun: Token) -> Token | None:
    """Return the light verb whose object the act is: "launched a Turkish-backed offensive"."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in LIGHT_EVENT_VERBS:
        return head
    return None
