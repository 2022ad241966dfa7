"""A pronoun target means what the story acted on just before, or no one: never "it".

Coreference (:mod:`graph.normalize.coref`) resolves a pronoun to a known actor or
place only when it is clear. A target pronoun it leaves unresolved gets one more,
narrower look, at the roles of the events told just before it (earlier in its
sentence, or in the sentence before): when exactly one role there agrees with it in
number and kind, and that role is a known node, the pronoun means it:

* "The rebels held Tal Rifaat for years. The army recaptured it on Sunday." -> Tal Rifaat;
* "Gunmen attacked a checkpoint. Soldiers repelled them." -> the gunmen ("a checkpoint"
  is no "them").

Anything else (two candidates, or one the graph has no node for, such as "two
villages") leaves the target empty: the event keeps its actor and act, and no node
or label named "it" enters the graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from ..extract.lexicon import EVENT_NOUNS
from ..model import Event
from .junk import preamble_end
from .phrase import clean, words_of
from .pronouns import PERSON_NOUNS, is_subject_position

# Bare pronouns a target may be written as, by the kind of antecedent they take.
_KINDS = {"it": "sg", "them": "pl", "they": "pl"}
# Pronouns and demonstratives whose antecedent this look does not seek: a person's
# ("he", "her": coreference knows gender, a role does not), the speaker's ("us"), or
# none ("those").
_EMPTY = frozenset(words_of("he him she her us we me you i this that these those one"))
_PEOPLE = frozenset({"person"})
# Plurals without an s ("gunmen", "people") and groups that take "they" ("ISIS ... them").
_PLURALS = frozenset(words_of("men people police personnel children women militia"))
_GROUPS = frozenset({"armed-group"})
# Things said or decided that "it" may mean besides acts ("rejected the plan, calling it").
_THING_ACTS = frozenset(words_of("plan decision proposal resolution statement report claim move"))

# Acts that side with a party: a passive of one ("they are backed by") continues the
# topic; a hostile passive ("they were bombed") may mean whoever was just attacked.
_SIDING = frozenset({"SUPPORT", "AID", "COOPERATE", "CONSULT", "AGREE"})


@dataclass(frozen=True)
class Role:
    """A role an earlier event names: its text, node and where it stands."""

    text: str
    ref: tuple[str, str, str, str]  # id, label, type, code
    sent: int
    pos: int


def settle_pronoun_targets(events: Iterable[Event]) -> Iterator[Event]:
    """Yield one document's events with every bare pronoun target resolved or emptied.

    Args:
        events: A document's normalised events, in document order.

    Yields:
        The same events; an unresolved "it"/"them"/"him" target takes the node of the one
        agreeing role of the events just before it, else becomes "".
    """
    batch = list(events)
    roles = [role for event in batch for role in roles_of(event)]
    texts = {e.provenance.sentence_index: e.provenance.sentence for e in batch}
    for event in batch:
        yield _settled(event, roles, texts)


def _settled(event: Event, roles: list[Role], texts: dict[int, str]) -> Event:
    word = event.target.strip().lower()
    if event.target_id or (word not in _KINDS and word not in _EMPTY):
        return event
    found = _antecedent(event, roles, texts) if word in _KINDS else None
    if found is None:
        return replace(event, target="", target_id="", target_label="", target_type="",
                       target_code="")  # fmt: skip
    node, label, kind, code = found.ref
    return replace(event, target_id=node, target_label=label, target_type=kind, target_code=code)


def roles_of(event: Event) -> Iterator[Role]:
    """Yield the roles an event names that a later pronoun may mean (no pronouns)."""
    sent, text = event.provenance.sentence_index, event.provenance.sentence
    both = [
        (event.actor, event.actor_id, event.actor_label, event.actor_type, event.actor_code),
        (event.target, event.target_id, event.target_label, event.target_type, event.target_code),
    ]
    # a fact's object is a state or a said clause ("the town was quiet"), not a party
    for span, node, label, kind, code in both if event.kind == "event" else both[:1]:
        if span and span.strip().lower() not in _KINDS and span.strip().lower() not in _EMPTY:
            yield Role(span, (node, label, kind, code), sent, max(0, text.find(span)))


def _antecedent(event: Event, roles: list[Role], texts: dict[int, str]) -> Role | None:
    """Return the one role before the pronoun that agrees with it, if it is a node."""
    if event.attribution:
        return None  # "a spokesman for X said the army attacked them": X's side, unnamed
    sent = event.provenance.sentence_index
    pos = event.provenance.sentence.find(event.target)
    kind = _KINDS[event.target.strip().lower()]
    before = [
        r
        for r in roles
        if (r.sent == sent - 1 or (r.sent == sent and r.pos + len(r.text) <= pos))
        and (not event.actor_id or r.ref[0] != event.actor_id)
        and r.text != event.actor
    ]
    agreeing = {(r.ref[0] or r.text.lower()): r for r in before if agrees(r, kind)}
    if _names_act(event, kind, texts):
        return None
    found = next(iter(agreeing.values())) if len(agreeing) == 1 else None
    if found is None and all(r.ref[2] != "location" for r in agreeing.values()):
        found = _kept_subject(event, before, kind, texts.get(event.provenance.sentence_index - 1))
    return found if found and found.ref[0] and found.ref[2] != "unresolved" else None


def _kept_subject(event: Event, before: list[Role], kind: str, previous: str | None) -> Role | None:
    """Return the previous sentence's subject when a backing passive's subject continues it.

    "Kurdish fighters hold the east and are part of an alliance. They are backed by
    coalition jets": the subject stays the topic, so its own objects do not compete.
    """
    text, pos = event.provenance.sentence, event.provenance.sentence.find(event.target)
    if previous is None or event.action_class not in _SIDING:
        return None
    if not is_subject_position(text, pos, preamble_end(text)):
        return None
    if text.find(event.actor) < pos:
        return None  # "the army shelled them": an object, not a passive's subject
    own = sorted((r for r in before if r.sent == event.provenance.sentence_index - 1),
                 key=lambda r: r.pos)  # fmt: skip
    first = own[0] if own else None
    if first is None or not is_subject_position(previous, first.pos, preamble_end(previous)):
        return None
    return first if agrees(first, kind) else None


def _names_act(event: Event, kind: str, texts: dict[int, str]) -> bool:
    """Return whether an act of the pronoun's number is named just before it.

    "The UN condemned the attack, describing it as a crime": "it" is the attack, which
    is no role of an event (an act is no side), so no role may take its place.
    """
    prov = event.provenance
    before = texts.get(prov.sentence_index - 1, "")
    text = f"{before} {prov.sentence[: prov.sentence.find(event.target)]}"
    for word in text.lower().split():
        word = word.strip(".,;:\"'()")
        stems = {word, word[:-1], word[:-2] if word.endswith("es") else word}
        plural = word.endswith("s") and bool(stems & EVENT_NOUNS)
        if plural if kind == "pl" else word in EVENT_NOUNS | _THING_ACTS:
            return True
    return False


def agrees(role: Role, kind: str) -> bool:
    """Return whether a role agrees with a pronoun of ``kind`` ("sg"/"pl") in number."""
    node_type = role.ref[2]
    if node_type in _PEOPLE:
        return False
    words = clean(role.text)
    if " of " in f" {' '.join(words)} ":
        words = " ".join(words).split(" of ")[0].split()  # "the town of X": the town
    head = words[-1].lower() if words else ""
    plural = head.endswith(("s", "men")) and not head.endswith("ss") or head in _PLURALS
    plural = plural and not words[-1].isupper()  # an acronym: "ISIS", "HTS"
    if kind == "pl":
        return plural or node_type in _GROUPS
    # "it" is no person: "a soldier walked in ... after the army took it"
    return not plural and head not in PERSON_NOUNS
