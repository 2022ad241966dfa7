"""Plain data records that flow between the stages (no spaCy or rdflib here)."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

POLARITIES = ("pos", "neg")
MODALITIES = ("asserted", "future", "possible", "should", "hypothetical")
KINDS = ("event", "relation")
ACTOR_TYPES = (
    "country",
    "government",
    "military",
    "armed-group",
    "organisation",
    "person",
    "civilian",
    "location",
    "other",
)

# The type of a role that names no actor (an unresolved pronoun, a dateline,
# "clashes"): its text stays in the event, but it gets no id and no node.
UNRESOLVED = "unresolved"
# The sentence index of an article's headline, parsed apart when its text does not repeat
# it: its events are context for the first sentences (a doer named only there), never
# output, and it is no sentence of the document (see graph.parse.headline).
TITLE_INDEX = -1


def text_id(text: str) -> str:
    """Return a stable 16-hex-digit id for a document's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    """One input document.

    ``text`` is the decoded file with boilerplate blanked out by spaces, so that
    character offsets still point into the original document.
    """

    doc_id: str
    source: str
    text: str
    title: str = ""
    author: str = ""
    publisher: str = ""
    date: str = ""
    url: str = ""
    meta: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if not self.doc_id:
            raise ValueError("Article.doc_id must not be empty")


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an event was read: document, sentence and its character span."""

    doc_id: str
    source: str
    sentence_index: int
    start_char: int
    end_char: int
    sentence: str

    def __post_init__(self) -> None:
        if self.sentence_index < TITLE_INDEX:
            raise ValueError(f"negative sentence_index {self.sentence_index}")
        if not 0 <= self.start_char <= self.end_char:
            raise ValueError(f"bad sentence span {self.start_char}..{self.end_char}")
        if len(self.sentence) != self.end_char - self.start_char:
            raise ValueError("sentence text does not match its span")


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, where, when, and says who.

    ``actor``/``target`` are surface spans of the sentence; ``action`` is the verb
    lemma with particles ("turn down"; the attack a light verb carries: "carried out
    strikes" -> "strike") and ``relation`` the surface words
    ("has once again turned down"). ``action_class`` (a PLOVER type), ``cameo_code``
    and ``mode`` (PLOVER mode) are set by the extractor from the verb and its
    dependents; the ``*_id``/``*_type`` fields are filled by :mod:`graph.normalize`.

    An attack the sentence tells through its weapon ("The strikes hit a school") whose
    doer the story names elsewhere ("US-led jets bombed the town. The strikes hit a
    school") has the doer's mention as ``actor`` (it may stand in a nearby sentence)
    and the weapon's span as ``instrument``; otherwise ``instrument`` is empty.
    """

    actor: str
    action: str
    target: str
    provenance: Provenance
    relation: str = ""
    location: str = ""
    time: str = ""
    polarity: str = "pos"
    modality: str = "asserted"
    attribution: str = ""
    confidence: float = 1.0
    kind: str = "event"
    extras: tuple[str, ...] = ()
    actor_id: str = ""
    target_id: str = ""
    actor_label: str = ""
    target_label: str = ""
    actor_type: str = ""
    target_type: str = ""
    actor_code: str = ""  # CAMEO-style, on the document's date: "USAGOV", "---REB"
    target_code: str = ""
    action_class: str = ""
    cameo_code: str = ""
    mode: str = ""
    location_id: str = ""
    time_value: str = ""
    instrument: str = ""

    def __post_init__(self) -> None:
        if not self.actor or not self.action:
            raise ValueError("an event needs an actor and an action")
        if self.polarity not in POLARITIES:
            raise ValueError(f"polarity {self.polarity!r} not in {POLARITIES}")
        if self.modality not in MODALITIES:
            raise ValueError(f"modality {self.modality!r} not in {MODALITIES}")
        if self.kind not in KINDS:
            raise ValueError(f"kind {self.kind!r} not in {KINDS}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} outside [0, 1]")

    @property
    def is_factual(self) -> bool:
        """Return whether the event is asserted and not negated."""
        return self.polarity == "pos" and self.modality == "asserted"

    def with_role(self, role: str, node: str, label: str, kind: str, code: str) -> Event:
        """Return the event with its actor or target (``role``) resolved to another actor."""
        if role == "actor":
            return replace(self, actor_id=node, actor_label=label, actor_type=kind, actor_code=code)
        return replace(self, target_id=node, target_label=label, target_type=kind, target_code=code)

    def sort_key(self) -> tuple[str, bool, int, str, str, str]:
        """Return a key that orders events by document position (the headline's first)."""
        p = self.provenance
        body = p.sentence_index != TITLE_INDEX
        return (p.source, body, p.start_char, self.action, self.actor, self.target)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready flat dict (provenance nested, extras as a list)."""
        data = asdict(self)
        data["extras"] = list(self.extras)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """Rebuild an event from :meth:`to_dict` output."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["provenance"] = Provenance(**data["provenance"])
        values["extras"] = tuple(data.get("extras", ()))
        return cls(**values)
