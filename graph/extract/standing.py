"""Clauses of standing leadership, cause or exposure: states and links, not acts (private).

News describes who heads a group, what caused what and what someone faces in the words
it uses for acts, but an analyst codes none of them:

- leading a group: "a coalition led by Washington", "a former officer heads the
  council" ("led the assault on the town" is the assault);
- facing something: "the president faces two challengers", "rebels faced a threat"
  (what someone faces at another's hands is that one's act: "faced strikes by X" is X
  striking, see :func:`graph.extract.eventnouns.undergone_frames`);
- sourcing a report: "the agency reported citing a military source", "quoting the
  governor", "an official speaking on condition of anonymity", "footage posted by
  activists" (the report is what happened; its source is told like "according to");
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
# Verbs that name a report's source: "citing a source", "quoting the governor".
_SOURCING = frozenset({"cite", "quote"})
# "footage posted by activists", "a picture provided by the agency", "released a video":
# where a picture comes from, not an act on anyone.
_POSTING = frozenset(
    {"post", "upload", "provide", "release", "distribute", "supply", "publish", "circulate"}
)
_MEDIA = frozenset({"video", "footage", "picture", "photo", "photograph", "image", "clip", "pic"})
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
    if lemma == "face" or lemma in _SOURCING or _is_sourcing(verb):
        return True  # "faces two challengers", "citing a source", "speaking on condition"
    if lemma not in _LEAD or action != lemma:
        return False  # "headed to Geneva"
    if any(k.dep_ == "prep" and k.lower_ in _MOVES for k in verb.children):
        return False  # "led the troops into the town"
    led = _led(verb)
    noun = led.lemma_.lower() if led is not None else ""
    return bool(noun) and noun not in EVENT_NOUNS and noun not in INSTRUMENT_NOUNS


def _is_sourcing(verb: Token) -> bool:
    """Return whether a clause names where a report or a picture comes from."""
    lemma = verb.lemma_.lower()
    if lemma == "speak":
        # "an official speaking on condition of anonymity"
        return any(
            k.dep_ == "prep" and any(p.lower_ == "condition" for p in k.children)
            for k in verb.children
        )
    led = _led(verb)
    return lemma in _POSTING and led is not None and led.lemma_.lower() in _MEDIA


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
