"""The use of chemical or other unconventional arms told as a noun (private to extract).

"The regime's use of sarin", "the use of toxic gas by government forces", "Assad's
deplorable use of chemical weapons against civilians", "chemical weapons use by the
rebels": the owner, the "by" agent or the side a blame is laid on ("the use of sarin,
which X blames on Y", :mod:`graph.extract.responsible`) used the arms, an act an event
coder codes as CAMEO 2041 (PLOVER ASSAULT, mode unconventional) as for "the regime used
sarin" (see :mod:`graph.extract.ownsenses`); whom or where the arms were used on or
against is the target. The arms must name such a weapon ("the use of the airport", "the
use of force", "the use of barrel bombs" are not this rule's; nor is "the use of tear
gas"), and the text must tell the use as done: "the treaty bans the use of chemical
weapons", "the threat of the use of sarin", "denied any use of chemical weapons" tell
none (see :func:`graph.extract.stated.is_stated`). A use named with no one behind it
("the use of chlorine in the province") is left alone. An alleged, suspected or blamed
use, or one that allegations are of, is possible (:mod:`graph.extract.hedges`,
:mod:`graph.extract.unasserted`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .eventnouns import owner, owner_spans
from .frames import Frame
from .lexicon import AGENT_NOUNS, word_set
from .nounagents import attacker, late_by
from .poisonmeans import used_poison, used_poison_word
from .responsible import responsible_party
from .spans import child, conjuncts, join_tokens, np_span
from .stated import is_stated
from .usedarms import used_on_phrase

__all__ = ["weapon_use_frames"]

# Names that may own a use: "Assads use of sarin" (an apostrophe lost).
_PARTY_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# Words of an agent that names no one: "the use of sarin by anyone".
_NO_ONE = word_set("anyone anybody whoever everyone everybody someone somebody nobody")
# Prepositions of where, when or on whom, not of who: "forces in the town".
_SETTING_PREPS = frozenset({"in", "on", "at", "against", "near", "during", "inside", "across"})


def weapon_use_frames(noun: Token) -> Iterator[Frame]:
    """Yield the use of unconventional arms a noun names with its user.

    "The government's use of sarin" -> the government use (relation "use of sarin");
    "the use of chlorine on the town by the army" -> the army use, target the town.
    """
    arms = used_poison(noun)
    if not arms or not is_stated(noun):
        return
    doers = _doers(noun, arms)
    if not doers:
        return
    found = used_on_phrase([noun, *arms], max(noun.i, arms[-1].i))
    if found is not None and any(found[1].i == d.root.i for d in doers):
        found = None  # "blamed the use of sarin on the rebels": the blamed, not the hit
    targets = [np_span(t) for t in conjuncts(found[1])] if found is not None else [None]
    relation = _relation(noun, arms, found[0] if found is not None else None)
    for doer in doers:
        for target in targets:
            yield Frame(doer, noun, target, "active", None, "event", relation, "use")


def _relation(noun: Token, arms: list[Token], prep: Token | None) -> str:
    """Return the words of the use: "use of sarin on", "chemical weapons use against"."""
    doc = noun.doc
    if arms[0].i > noun.i:
        last = max(t.i for t in arms if used_poison_word(t))
        words = list(doc[noun.i : prep.i if prep is not None else last + 1])
    else:
        words = list(doc[arms[0].i : noun.i + 1])
    return join_tokens([*words, *([prep] if prep is not None else [])])


def _doers(noun: Token, arms: list[Token]) -> list[Span]:
    """Return the spans of who used the arms: the owner or the "by" agent."""
    words = {t.i for a in arms for t in a.subtree if t.i < noun.i}
    who = owner(noun) or _lost_owner(noun)
    if who is not None and who.i not in words and not used_poison_word(who):
        return owner_spans(who)
    agent = attacker(noun) or _late_agent(noun) or responsible_party(noun)
    if agent is None or agent.lower_ in _NO_ONE:
        return []  # "the use of chemical weapons by anyone is a crime"
    return [_doer_span(t) for t in conjuncts(agent)]


def _late_agent(noun: Token) -> Token | None:
    """Return the agent hung after the use's phrase: "the use of X by Y", "claims of X use by Y"."""
    late = late_by(noun)
    if late is not None:
        return child(late[0], "pobj")
    after = noun.right_edge.i + 1
    by = noun.doc[after] if after < noun.sent.end else None
    if by is None or by.lower_ != "by" or noun.dep_ != "pobj" or by.head.i != noun.head.head.i:
        return None
    return child(by, "pobj")  # "allegations of chemical weapons use by the government"


def _doer_span(agent: Token) -> Span:
    """Return the agent's words without where or on whom: "forces in the town" -> "forces"."""
    span = np_span(agent)
    cut = [k.i for k in agent.rights if k.dep_ == "prep" and k.lower_ in _SETTING_PREPS]
    return span.doc[span.start : min([span.end, *cut])]


def _lost_owner(noun: Token) -> Token | None:
    """Return the owner whose lost apostrophe hid it: "Assads use", "the governments use".

    Copy without apostrophes ("condemned the governments use of sarin") may be parsed as
    two objects of the verb, or the name as a common noun before the use.
    """
    start = noun.left_edge.i
    before = noun.doc[start - 1] if start > noun.sent.start else None
    if before is not None and before.head.i == noun.head.i and before.dep_ == noun.dep_:
        named = before.ent_type_ in _PARTY_LABELS or before.lemma_.lower() in AGENT_NOUNS
        return before if before.lower_.endswith("s") and named else None
    for mod in noun.lefts:
        if mod.dep_ in {"nmod", "compound"} and mod.text.istitle() and not mod.is_sent_start:
            return mod if mod.lower_.endswith("s") else None
    return None
