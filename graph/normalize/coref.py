"""Per-document state for actor resolution: mentions, names defined in the text, coreference.

A :class:`Document` scans the sentences of one article once for gazetteer
actors, places, titled persons ("Col. Ryan Dillon") and acronym definitions
("Free Syrian Army (FSA)") (see :mod:`graph.normalize.scan`), then answers pronouns
and definite descriptions ("it", "their", "the group", "the city") with the most
recent compatible mention (see :mod:`graph.normalize.anaphora`). Descriptions take
the nearest one; pronouns look nearest-first in their own sentence, then read each
earlier sentence from its start (its subject first), and an object pronoun never
means its own clause's subject. Names it meets are typed in :mod:`graph.normalize.naming`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ..model import Event
from .agents import agent_ref, find_agent, is_sector_only
from .agentwords import SECTORS
from .anaphora import resolve_description, resolve_group_modifier, resolve_monitor, resolve_pronoun
from .countries import country_of, document_countries, main_country
from .gazetteer import Gazetteer
from .junk import UNRESOLVED
from .mentions import Mention, MentionList
from .naming import contained_actor, titled_person, unknown_actor
from .owngovernment import places_country
from .phrase import AGENT_SUFFIX, Ref, clean, drop_connective, head_word, slug_of, surnames
from .places import Place, get_place, link_place, link_place_in
from .qualified import document_coalitions
from .scan import scan_document
from .storydoers import StoryRoles


@dataclass
class Document:
    """Resolution state of one document.

    Args:
        gaz: The actor gazetteer.
        events: The document's events (their sentences are scanned once).
        context: More ``(sentence index, text)`` of the document, scanned for antecedents.
    """

    gaz: Gazetteer
    events: Iterable[Event]
    context: Iterable[tuple[int, str]] = ()
    backed: dict[str, str] = field(default_factory=dict)
    names: dict[str, Ref] = field(default_factory=dict)
    places: dict[str, Ref] = field(default_factory=dict)
    place_kinds: dict[str, str] = field(default_factory=dict)
    mentions: MentionList = field(init=False)
    refs: dict[str, Ref] = field(default_factory=dict, init=False)
    story: StoryRoles = field(default_factory=StoryRoles, init=False)  # events read so far
    _sentences: dict[int, str] = field(default_factory=dict)
    _context: tuple[str, dict[str, Ref]] | None = None
    _countries: frozenset[str] = frozenset()
    surname_of: dict[str, str] = field(default_factory=dict, init=False)
    _points: list[tuple[float, float]] = field(default_factory=list)
    _places_country: tuple[int, str] = (-1, "")  # (places seen, their country), see below

    def __post_init__(self) -> None:
        self.mentions = MentionList(self.compatible)
        sentences = dict(self.context)
        sentences.update((e.provenance.sentence_index, e.provenance.sentence) for e in self.events)
        self._sentences = sentences
        self._countries = document_countries(self.gaz, sentences.values())
        self.surname_of = {
            last: name
            for last, name in surnames(sentences.values(), self._is_named).items()
            if not self.is_home_place(last)
        }
        scan_document(self, sentences)

    def link(self, name: str) -> Place | None:
        """Return the place a name refers to in this document (namesakes chosen by context)."""
        place = link_place_in(name, self._countries, self._points)
        if place is not None and place.lat is not None and place.lon is not None:
            self._points.append((place.lat, place.lon))
        return place

    def place_ref(self, name: str) -> Ref:
        """Return the place a name refers to, linked when possible, kept for this document."""
        place = self.link(name)
        if place is None:
            return self.keep(Ref(_unlinked_id(name), name, "location"))
        self.place_kinds[place.id] = place.kind
        return self.keep(Ref(place.id, place.label, "location"))

    def compatible(self, ref: Ref | None, accepts: Collection[str]) -> bool:
        """Return whether a ref can stand for an anaphor accepting these actor types."""
        if ref is None or not ref.actor_id:
            return False
        if ref.actor_type in accepts:
            return True
        return "city" in accepts and self.place_kinds.get(ref.actor_id) == "city"

    def is_home_place(self, name: str) -> bool:
        """Return whether a name is a place in a country the document names.

        "Raqqa" in a story about Syria stays the city after a headline "Forget Raqqa";
        "Mitchell" after "Jennifer Mitchell" is her, as the town is in no country named.
        """
        place = link_place_in(name, self._countries)
        return place is not None and place.country_code in self._countries

    def _is_named(self, name: str) -> bool:
        # a gazetteer actor or a place, not an unknown person's name
        return self.gaz.lookup(name) is not None or link_place(name) is not None

    def generic(self, actor_id: str) -> Ref:
        """Return a gazetteer actor; a generic one ("civilians") with its country as agents get."""
        ref = self.ref(actor_id)
        actor = self.gaz.get(actor_id)
        if actor is None or not is_sector_only(actor.actor_type, actor.country, actor.sector):
            return ref
        return agent_ref(self.gaz, [SECTORS[actor.sector][0]], self.setting_country, ()) or ref

    def person(self, name: str) -> Ref:
        """Return the person a name refers to; its full name and surname now name it here."""
        name = drop_connective(name)
        found = self.gaz.lookup(name)
        if found is not None:
            return self.ref(found[0].actor_id)
        known = self.gaz.person_named(name)  # the dictionary's name spelt otherwise
        ref = self.ref(known.actor_id) if known else self.keep(Ref(slug_of(name), name, "person"))
        self.names.setdefault(name.casefold(), ref)
        last = name.split()[-1]
        if len(last) > 2:
            self.names.setdefault(last.casefold(), ref)
        return ref

    def keep(self, ref: Ref) -> Ref:
        """Record an actor seen in this document (the first Ref of an id wins) and return it."""
        return self.refs.setdefault(ref.actor_id, ref)

    def ref(self, actor_id: str) -> Ref:
        """Return the Ref of a gazetteer actor or of an actor seen in this document."""
        actor = self.gaz.get(actor_id)
        if actor is not None:
            return Ref(actor.actor_id, actor.label, actor.actor_type)
        return self.refs.get(actor_id) or Ref(actor_id, actor_id, "other")

    def remember(self, ref: Ref, sent: int, pos: int, span: str, *, plural: bool = False) -> None:
        """Record a resolved event span as a mention later anaphors can point to.

        Skipped for unresolved roles and for agents inside a compound ("Russian" of
        "Russian-backed troops"), which are modifiers, not noun phrases. Unknown
        ("other") actors are kept: a pronoun whose nearest candidate is one stays unresolved.
        """
        after = self._sentences.get(sent, "")[pos + len(span) :]
        head = head_word(" ".join(clean(span)))
        plural = plural or (head.endswith("s") and find_agent([head]) is not None)  # "Rebels"
        if ref.actor_type != UNRESOLVED and ref.actor_id and not AGENT_SUFFIX.match(after):
            self.mentions.add(
                Mention(
                    sent,
                    pos,
                    ref,
                    plural,
                    head=head_word(" ".join(clean(span))),
                    end=pos + len(span),
                )
            )

    @property
    def main_country(self) -> str:
        """Return the country the document is clearly about ("" when it is not clear)."""
        return self._document_context()[0]

    @property
    def setting_country(self) -> str:
        """Return the country the story happens in: where its places are, else its main country.

        Generic agents of no named country ("civilians", "rebels", "police") are its own.
        """
        return self.places_country() or self.main_country

    def places_country(self) -> str:
        """Return the country most of the document's linked places lie in, or "".

        Computed again only when a place was linked since (places are only ever added).
        """
        seen, country = self._places_country
        if seen != len(self.place_kinds):
            country = places_country(self.gaz, self.place_kinds)
            self._places_country = (len(self.place_kinds), country)
        return country

    @property
    def coalitions(self) -> dict[str, Ref]:
        """Return the coalitions the document names with their leader, by id."""
        return self._document_context()[1]

    def _document_context(self) -> tuple[str, dict[str, Ref]]:
        if self._context is None:
            texts = self.texts()
            self._context = (
                main_country(self.gaz, texts),
                document_coalitions(self.gaz, texts, self.lookup),
            )
        return self._context

    def texts(self) -> list[str]:
        """Return the document's sentences in text order."""
        return [self._sentences[i] for i in sorted(self._sentences)]

    @cached_property
    def named_countries(self) -> tuple[frozenset[str], frozenset[str]]:
        """Return the countries of the names in the text (capitals apart) and the capitals named.

        Read once per document: victims are placed by them event after event.
        """
        mentions = [m for text in self.texts() for m in self.gaz.find_mentions(text)]
        named = frozenset(country_of(self.gaz, m.actor_id) for m in mentions if m.via != "capital")
        capitals = frozenset(m.actor_id for m in mentions if m.via == "capital")
        return named, capitals

    def sentence(self, sent: int) -> str:
        """Return the text of a sentence of the document ("" when unknown)."""
        return self._sentences.get(sent, "")

    def known_name(self, words: list[str]) -> Ref | None:
        """Return the actor a name defined earlier in the document stands for ("Dillon", "FSA")."""
        return self.names.get(" ".join(words).casefold())

    def lookup(self, words: list[str], *, place: bool = False) -> Ref | None:
        """Return the gazetteer actor a phrase names exactly: alias, demonym or capital."""
        phrase = " ".join(words)
        found = self.gaz.lookup(phrase)
        if found is None:
            return None
        actor, via = found
        if via == "capital":
            if place:
                return self.place_ref(phrase)
            return self.ref(self.gaz.state_actor(actor.actor_id))
        return self.ref(actor.actor_id)

    def titled_person(self, words: list[str], sent: int, pos: int) -> Ref | None:
        """Return the person a titled name refers to ("US Army Col. Ryan Dillon" -> ryan-dillon)."""
        return titled_person(self, words)

    def pronoun(
        self, words: list[str], sent: int, pos: int, *, exclude: str = "", agent: bool = False
    ) -> Ref | None:
        """Resolve a pronoun or a possessive phrase ("its bombing") when its antecedent is clear.

        The antecedent agrees in number and kind: "it" never means a plural mention,
        "they" only a plural mention or an armed group, "he"/"she" only a person, and
        an ``agent`` (the doer of an event) is never a place. ``exclude`` is an actor a
        bare pronoun cannot mean (its clause's other participant); possessives may mean
        it ("the coalition carried out its own airstrikes"). See
        :func:`graph.normalize.pronouns.choose_antecedent` for when it is clear.
        """
        return resolve_pronoun(self, words, sent, pos, exclude=exclude, agent=agent)

    def description(self, text: str, words: list[str], sent: int, pos: int) -> Ref | None:
        """Resolve a definite description ("the group", "the Syrian city") to an earlier mention."""
        return resolve_description(self, text, words, sent, pos)

    def monitor(self, words: list[str], sent: int, pos: int) -> Ref | None:
        """Resolve "the monitor", "a Britain-based monitoring group" to the body it is.

        The monitoring body (a non-governmental organisation) named before, else named
        right after it ("a monitoring group, the Syrian Observatory, said"); a monitor
        the document never names is no node (unresolved), not an actor called "monitor".
        """
        return resolve_monitor(self, words, sent, pos)

    def group_modifier(self, words: list[str], sent: int, pos: int) -> Ref | None:
        """Resolve "militant targets", "rebel positions" to the armed group just mentioned."""
        return resolve_group_modifier(self, words, sent, pos)

    def contained(
        self, words: list[str], state_heads: Collection[str], place_heads: Collection[str]
    ) -> Ref | None:
        """Return the first actor named inside a phrase ("ISIS positions", "US warplanes").

        A country in front of a state head (``state_heads``: "Syrian jets") gives the
        country's government when it has one; a phrase with a place head gives None.
        """
        return contained_actor(self, words, state_heads, place_heads)

    def unknown(self, words: list[str], text: str) -> Ref:
        """Return an id made from the phrase's own name, typed by its form when possible."""
        return unknown_actor(self, words, text)


def _unlinked_id(name: str) -> str:
    """Return the id of a place name left unlinked: its slug, unless a known place has it.

    A Syrian "Madaya" the linker leaves unlinked (a small town abroad shares the name) must
    not take the id, and so the country and coordinates, of Myanmar's: "madaya-unlinked".
    """
    slug = slug_of(name)
    return f"{slug}-unlinked" if get_place(slug) is not None else slug
