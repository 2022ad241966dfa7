"""Aid received "from" a giver: the giver's act (private).

"The brigade has received anti-tank missiles from Karvonia", "the rebels pushed back
after receiving ammunition from the coalition", "the front receives backing from the
Gulf": event coders code the giver's aid or support, aimed at the receiver. The
receiver's own clause stays a fact (:func:`graph.extract.emphases.receives_aid`); this
rule adds the giver's event when a "from" phrase names someone, the frame's word the
thing given. What a clause receives that is no aid ("received assurances from the
commanders", "received the information from a lawyer") gives no event.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .agentnouns import is_means_noun, is_someone
from .arguments import agents
from .frames import Frame
from .lexicon import ACTOR_LABELS, word_set
from .negation import is_negated
from .spans import child, conjuncts, join_tokens, np_span, verb_group

__all__ = ["received_frames"]

# Verbs of receiving a thing someone gives.
_RECEIVING = frozenset({"receive", "obtain", "get", "acquire"})
# Things given as support: the giver backs the receiver.
_BACKING = word_set("backing support training cover sponsorship")
# Things given as aid or arms: the giver supplies the receiver.
_SUPPLIES = word_set(
    "aid assistance supplies supply funding funds money cash equipment weapon weapons arms "
    "ammunition munitions missile missiles rocket rockets shipment shipments"
)


def received_frames(thing: Token) -> Iterator[Frame]:
    """Yield the giver's act of a thing received "from" someone.

    "The brigade received missiles from Karvonia" -> Karvonia supply the brigade;
    "receives backing from the Gulf states" -> the Gulf states back it.
    """
    verb = thing.head
    if thing.dep_ != "dobj" or verb.lemma_.lower() not in _RECEIVING:
        return
    giver = _giver(verb, thing)
    if giver is None or is_negated(verb):
        return  # "did not receive any weapons from X": no supply
    action = _given_act(thing)
    receivers, rule = agents(verb)
    # (not a receiver inherited through a passive: "was formed by a merger of factions
    # and receives backing from X" -> the merger did not receive it)
    if action is None or rule not in {"active", "relative", "inherited"}:
        return
    if rule == "inherited" and verb.dep_ == "conj" and child(verb.head, "agent") is not None:
        return
    relation = join_tokens([*verb_group(verb), verb, *verb.doc[thing.left_edge.i : thing.i + 1]])
    for side in conjuncts(giver):
        for receiver in receivers:
            yield Frame(
                np_span(side), thing, np_span(receiver), "active", None, "event",
                f"{relation} from", action,
            )  # fmt: skip


def _given_act(thing: Token) -> str | None:
    """Return the giver's act by the thing given: "backing" -> back, "missiles" -> supply."""
    lemma, word = thing.lemma_.lower(), thing.lower_
    if {lemma, word} & _BACKING:
        return "back"
    if {lemma, word} & _SUPPLIES or is_means_noun(thing.lower_):
        return "supply"
    return None


def _giver(verb: Token, thing: Token) -> Token | None:
    """Return who gave: the object of "from" on the verb or on the thing, if someone."""
    for head in (verb, thing):
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                pobj = child(prep, "pobj")
                if pobj is not None and _names_giver(pobj):
                    return pobj
    return None


def _names_giver(noun: Token) -> bool:
    # "from the US", "from the coalition", "from Saudi Arabia"; not "from a warehouse"
    return noun.ent_type_ in ACTOR_LABELS or noun.ent_type_ == "GPE" or is_someone(noun)
