"""Talks and fights named in an adjunct of the clause: "In a call with X, Y said ..." (private).

News often tells a consultation only in the setting of another act: "In a phone call
with Erdogan, Putin stressed the need for a truce", "Zarif spoke during talks with the
EU's envoy". The noun of talks with its "with X" phrase, in a "during/in/at/after"
adjunct of a clause, makes the clause's subject consult X: Putin talk Erdogan. Talks
that did not happen ("plans for talks with X", "refused talks with X") are no adjunct
of this kind. A fight told the same way is the armed subject's fight with the "with"
side: "Rebels took the hill after fierce clashes with the militia" -> the rebels clash
with the militia, "the army made gains in its battle against the rebels" -> the army
fight the rebels (see :func:`fight_frames`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .byagents import grouped_event
from .clauses import modality
from .frames import Frame
from .lexicon import NOUN_VERBS
from .misfires import is_armed
from .negation import is_negated
from .spans import child, conjuncts, np_span

# Nouns of a consultation between two sides.
_TALK_NOUNS = frozenset(
    {"talk", "talks", "meeting", "call", "conversation", "discussion", "consultation"}
    | {"negotiation", "summit", "contact"}
)
# Prepositions of an adjunct that sets a clause in talks.
_SETTING = frozenset({"during", "in", "at", "after", "on"})
# Nouns of a fight between two sides, with the verb of the fight.
_FIGHT_NOUNS = {
    "clash": "clash",
    "fighting": "fight",
    "battle": "fight",
    "confrontation": "clash",
    "skirmish": "clash",
}
# Prepositions that name the other side of talks, and of a fight ("a battle against X").
_TALK_SIDES = frozenset({"with"})
_FIGHT_SIDES = frozenset({"with", "against"})
# Verbs whose passive subject takes part: "X has been involved in clashes with Y".
_ENGAGED = frozenset({"involve", "engage", "embroil", "lock", "bog", "mire"})
# Verbs whose subject suffers the fight or leaves it: "two soldiers died in clashes with X".
_VICTIM_VERBS = frozenset({"die", "perish", "fall", "succumb", "flee"})


def meeting_frames(noun: Token) -> Iterator[Frame]:
    """Yield the clause subject's talks with the "with" side of a talks noun in an adjunct.

    "In a phone call with Macron, Rouhani said ..." -> Rouhani talk Macron.
    """
    lemma = noun.lemma_.lower()
    if lemma in _TALK_NOUNS:
        yield from _adjunct_frames(noun, noun, NOUN_VERBS.get(lemma, "talk"))


def fight_frames(noun: Token) -> Iterator[Frame]:
    """Yield an armed subject's fight with the "with" side of a fight noun in an adjunct.

    "The rebels took the hill after weeks of clashes with the militia" -> the rebels
    clash with the militia; "the army engaged in fierce fighting with the rebels" ->
    the army fight the rebels. "Residents fled after clashes with X" (no armed
    subject) and "two soldiers died in clashes with X" (a victim) give nothing here.
    """
    event = grouped_event(noun)  # "after weeks of clashes with X": the clashes
    action = _FIGHT_NOUNS.get(event.lemma_.lower())
    if action is None or event.pos_ != "NOUN" or noun.head.head.lemma_.lower() in _VICTIM_VERBS:
        return
    frames = list(_adjunct_frames(noun, event, action, sides=_FIGHT_SIDES))
    if frames and _is_armed_side(frames[0].actor.root):
        yield from frames


def takes_part_in_fight(verb: Token) -> bool:
    """Return whether ``verb`` only says its subject takes part in a fight told with its side.

    "The army engaged in fierce clashes with the rebels", "X are locked in fighting with
    Y": the clash is the event (see :func:`fight_frames`); the verb of taking part is no
    second event (nor is "with Y" a passive's doer). Without a side ("engaged in fighting
    near the town") the verb keeps its event.
    """
    if verb.lemma_.lower() not in _ENGAGED:
        return False
    fights = (k for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for k in p.children)
    return any(next(fight_frames(k), None) is not None for k in fights if k.dep_ == "pobj")


def _names_side(prep: Token) -> bool:
    pobj = child(prep, "pobj")
    return pobj is not None and _is_armed_side(pobj)


def _is_armed_side(subj: Token) -> bool:
    return is_armed(subj) or subj.pos_ == "PROPN" or subj.ent_type_ in {"ORG", "NORP", "GPE"}


def _adjunct_frames(
    noun: Token, event: Token, action: str, *, sides: frozenset[str] = _TALK_SIDES
) -> Iterator[Frame]:
    """Yield the clause subject's act with the other side of ``event`` (``noun``: the pobj).

    ``sides``: the prepositions that name the other side ("talks with X", "a battle
    against X").
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _SETTING:
        return
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or is_negated(verb) or modality(verb) != "asserted":
        return
    subj = child(verb, "nsubj")
    if subj is None and verb.lemma_.lower() in _ENGAGED:
        subj = child(verb, "nsubjpass")  # "X has been involved in clashes with Y"
    with_ = next((k for k in event.rights if k.dep_ == "prep" and k.lower_ in sides), None)
    if with_ is None and verb.lemma_.lower() in _ENGAGED:
        # "X has been engaged in battles with Y": the parser may hang "with Y" on the verb
        # (a side that can fight, not a weapon: "engaged in fighting with tanks")
        later = (k for k in verb.rights if k.i > noun.i and k.dep_ == "prep")
        with_ = next((k for k in later if k.lower_ in sides and _names_side(k)), None)
    side = child(with_, "pobj") if with_ is not None else None
    if with_ is None or subj is None or side is None or subj.pos_ == "PRON" and subj.lower_ == "it":
        return
    relation = f"{event.text} {with_.lower_}"
    for one in conjuncts(subj):
        for other in conjuncts(side):
            yield Frame(
                np_span(one), event, np_span(other), "active", None, "event", relation, action
            )
