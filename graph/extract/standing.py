"""Clauses of standing leadership, cause or exposure: states and links, not acts (private).

News describes who heads a group, what caused what and what someone faces in the words
it uses for acts, but an analyst codes none of them:

- leading a group: "a coalition led by Washington", "a former officer heads the
  council" ("led the assault on the town" is the assault);
- facing something: "the president faces two challengers", "rebels faced a threat"
  (what someone faces at another's hands is that one's act: "faced strikes by X" is X
  striking, see :func:`graph.extract.eventnouns.undergone_frames`);
- causing another event: "the shelling caused damage", "triggering a conflict",
  "prompting objections from Iran", "led to the deaths of ten": a link between two
  events, each told (or not) in its own words.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import EVENT_NOUNS, INSTRUMENT_NOUNS

__all__ = ["is_standing"]

_LEAD = frozenset({"lead", "head", "command", "chair"})
# Verbs that link an event to its effect: "the raids caused damage", "sparking clashes".
CAUSAL_VERBS = frozenset({"cause", "trigger", "prompt", "spark", "fuel"})
# "led his troops into the town": a movement, not a standing command.
_MOVES = frozenset({"into", "to", "toward", "towards", "against", "across", "through"})


def is_standing(verb: Token, action: str) -> bool:
    """Return whether a clause states standing leadership, a cause or exposure, not an act.

    Args:
        verb: The clause's predicate ("led" in "a group led by X").
        action: The event's action ("hold", "lead to").
    """
    lemma = verb.lemma_.lower()
    if lemma in CAUSAL_VERBS or action == "lead to" and _led(verb) is None:
        return True  # "the strikes led to the deaths of ten", no one led
    if lemma == "face":
        return True  # "faces two challengers", "faced a threat" ("faced strikes by X": X's)
    if lemma not in _LEAD or action != lemma:
        return False  # "headed to Geneva"
    if any(k.dep_ == "prep" and k.lower_ in _MOVES for k in verb.children):
        return False  # "led the troops into the town"
    led = _led(verb)
    noun = led.lemma_.lower() if led is not None else ""
    return bool(noun) and noun not in EVENT_NOUNS and noun not in INSTRUMENT_NOUNS


def _led(verb: Token) -> Token | None:
    """Return what the clause's verb leads: its object, or the noun it describes.

    "X led the group" -> group; "the group is led by X" -> group; "a group led by X" -> group.
    """
    for kid in verb.children:
        if kid.dep_ in {"dobj", "nsubjpass"}:
            return kid
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    return None
