"""Give every event canonical actor ids, labels and types, and an action class.

Actor and target spans resolve, per document, through the actor gazetteer
(:mod:`graph.normalize.gazetteer`: aliases, demonyms, capitals), titled and short person
names, acronyms defined in the text, role and partitive phrases, and pronoun
and definite-description coreference (:mod:`graph.normalize.coref`). Anything else gets a
document-independent id from its normalised name, so the same unknown person
in two articles is one node.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from ..extract.classify import default_class, label_class
from ..extract.lexicon import SPEECH_VERBS
from ..model import Event
from .advancetargets import with_advance_target
from .agency import (
    is_coded_act,
)
from .airattackowners import owned_air_attacks
from .aircraftowners import owned_aircraft
from .attackers import owned_by_context
from .backing import track_backing
from .barecounts import counted_hurt, counted_people
from .campaigntargets import with_campaign_target
from .codes import actor_code, target_code
from .coref import Document
from .displaced import is_civilian_flight
from .doerrefs import event_doer
from .eitherowners import split_alternatives
from .firstside import with_next_owners
from .gazetteer import Gazetteer, load_gazetteer
from .headings import without_glued_places, without_place_headings
from .headlines import headline_context, in_headline, without_headline
from .heads import UNRESOLVED_REF
from .hedgedharms import with_hedged_harms
from .junk import UNRESOLVED
from .measuretargets import without_measure_target
from .modifiedplaces import modified_place
from .namedsites import named_site
from .namelists import split_name_lists
from .ownertargets import owned_target
from .partplaces import with_part_target
from .peopleplurals import people_of_plural
from .placeanaphors import with_place_anaphor
from .placeheads import place_of_part, without_place_slug
from .placelists import split_place_lists
from .placetargets import is_placed, with_place_target
from .pronounowners import owned_by_clause
from .resolver import resolve
from .retoldowners import owned_by_retelling
from .roles import one_type, resolve_roles
from .sitelabels import placed_target
from .storyclaims import claimed_in_story
from .tiedgroups import split_tied_groups, tied_actor, tied_target
from .timex import normalize_time
from .toldroles import settle_told_roles
from .uncertain import names_alternatives

__all__ = [
    "Gazetteer",
    "action_class",
    "actor_code",
    "load_gazetteer",
    "normalize_events",
    "resolve",
]


# A common noun target the town may replace: unresolved, or a bare noun ("a bakery").
_COMMON_TYPES = frozenset({UNRESOLVED, "other"})
# Action classes whose targets are places, not governments: "troops entered Damascus".
PHYSICAL_CLASSES = frozenset({"FIGHT", "ASSAULT", "MOBILIZE", "RETREAT"})


def action_class(action: str, kind: str = "event") -> str:
    """Return the action class of an action read without its sentence.

    The extractor classifies events on the parse (CAMEO phrase patterns first); this is
    the fallback for events that come without a class: the ontology's verb labels, then
    the CAMEO dictionary's code for the verb alone.

    Args:
        action: Verb lemma with particles or a governing preposition.
        kind: ``"relation"`` events are always ``RELATION``.

    Returns:
        The local name of an ``act:`` concept, ``"OTHER"`` when the lexicon lacks the verb.
    """
    if kind == "relation":
        return "RELATION"
    code = default_class(action)
    return label_class(action) or (code.plover if code is not None else "OTHER")


def normalize_events(
    events: Iterable[Event],
    *,
    gazetteer: Gazetteer | None = None,
    dates: Mapping[str, str] | None = None,
    sentences: Mapping[str, Sequence[tuple[int, str]]] | None = None,
) -> Iterator[Event]:
    """Fill canonical ids, labels, types and action classes of events, per document.

    Args:
        events: Events in document order, grouped by ``provenance.doc_id``.
        gazetteer: Actor gazetteer (default: the packaged one).
        dates: Document dates (ISO 8601) by ``doc_id``, the anchors of relative
            times ("Thursday", "last month"); without one only explicit dates resolve.
        sentences: All ``(sentence index, text)`` of each document by ``doc_id``, so
            coreference also sees sentences without events (default: only the
            events' own sentences).

    Events of a document's headline (sentence index :data:`graph.model.TITLE_INDEX`,
    first in its group) are read as context, a doer the first sentences leave unnamed,
    and not yielded.

    Yields:
        The same events, in the same order, with ``actor_id``, ``target_id``,
        ``actor_label``, ``target_label``, ``actor_type``, ``target_type`` and
        ``action_class`` filled (the surface ``actor``/``target`` text is kept),
        and ``location_id`` (GeoNames-linked place) and ``time_value`` (ISO 8601)
        where the place or time can be resolved.
    """
    gaz = gazetteer or load_gazetteer()
    for doc_id, group in itertools.groupby(events, key=lambda e: e.provenance.doc_id):
        batch = list(split_name_lists(group, gaz))  # "Russia Iran" -> two events
        batch = list(split_tied_groups(batch, gaz))  # "fighters of X and Y": X, Y
        batch = list(split_place_lists(batch))  # "the towns of A and B": A, B
        batch = list(with_next_owners(batch))  # "the US and Arab allies": "Arab allies" too
        batch = list(without_place_headings(batch))  # "Tarsk Army units" -> "Army units"
        batch = list(without_glued_places(batch, gaz))  # "Tarsk Syrian jets" -> "Syrian jets"
        texts = (sentences or {}).get(doc_id, ())
        headline = [e for e in batch if in_headline(e)]  # context only (see headlines)
        body = [e for e in batch if not in_headline(e)]
        doc = Document(gaz, body, texts)
        anchor = (dates or {}).get(doc_id, "")
        told = headline_context(headline, Document(gaz, headline, texts), _normalizer(anchor))
        # "Rebels fired shells at X. Two rounds hit a school": the rounds are the rebels'.
        normalised = owned_by_context(
            itertools.chain(told, (_normalize_event(e, doc, anchor) for e in body)),
            day=anchor,
            sentences=dict(texts),
        )
        # "Raids kill 12. Raids killed 12 ... Jets likely carried them out": the first too
        normalised = owned_by_retelling(normalised, day=anchor, sentences=dict(texts))
        normalised = owned_aircraft(normalised, gaz, dict(texts))  # "Tarvan jets ... the jets"
        normalised = owned_air_attacks(normalised, gaz, dict(texts))  # "... the air raids"
        # "A car bomb hit X. ... The Falcon Brigade claimed the attack": the claimant's
        normalised = claimed_in_story(normalised, dict(texts))
        normalised = owned_by_clause(normalised)  # "X returned to their raids on Y": X's
        settled = settle_told_roles(normalised, gaz)
        # "Tarvan or Karvonian jets bombed X": one event per side, each possible; the
        # headline was context for the doers of the first sentences: never output
        settled = with_hedged_harms(settled)  # "killed in raids blamed on X": killed, stated
        yield from without_headline(split_alternatives(settled, doc, anchor))


def _normalizer(anchor: str) -> Callable[[Event, Document], Event]:
    return lambda event, doc: _normalize_event(event, doc, anchor)


def _normalize_event(event: Event, doc: Document, anchor: str) -> Event:
    event = without_measure_target(_classed(event))  # "fought the first time": no target
    event = with_place_target(_demanded_of(event))  # "bombed in Idlib": Idlib
    event = with_advance_target(event)  # "advanced in the Raqqa countryside": Raqqa
    event = with_campaign_target(event)  # "waged an offensive in Douma": Douma
    event = with_part_target(event)  # "strikes in the eastern districts of X": X
    cls = event.action_class
    actor, target = resolve_roles(event, doc, physical=cls in PHYSICAL_CLASSES)
    event, target = with_place_anaphor(event, target, doc)  # "strikes in the province": Idlib
    doc.story.record(event, actor, target)  # who did what to whom so far (storydoers)
    if target.actor_type in _COMMON_TYPES and (town := place_of_part(event)):
        # "shelled residential neighbourhoods in Aleppo city", "hit a bakery in Kessa",
        # "took three villages south of Kessa", "the region of Hass east of Kessa": the
        # town (see placetargets, placeheads), known or a name the gazetteer lacks
        placed = resolve(town, doc, event.provenance.sentence_index, 0, place=True)
        target = placed if is_placed(placed.actor_id, placed.actor_type, town) else target
    target = owned_target(event, target, actor, doc)  # "positions held by X": X's (ownertargets)
    target = modified_place(event, target, doc)  # "rebel-held eastern Kessa": Kessa
    target = tied_target(event, target, actor, doc)  # "operatives tied to X": X
    actor = tied_actor(event, actor, target, doc)  # "gunmen tied to X shelled": X
    target = without_place_slug(event, target)  # "a strategic hill": no strategic-hill
    uncertain = names_alternatives(event.actor, doc.gaz)
    if uncertain:
        actor = UNRESOLVED_REF  # "Syrian or Russian jets": the text does not know whose
    actor, target = one_type(actor, doc.gaz), one_type(target, doc.gaz)
    target = counted_people(event, people_of_plural(event, target, doc), doc)  # "killed five"
    actor = counted_hurt(event, actor, doc)  # "six others were wounded": people
    target = placed_target(event, actor, target, doc)  # "bombed a school in Kessa": Kessa
    target = named_site(event, target, doc)  # "the Dabbit hospital in X": X; "the hospital"
    actor, agentive = event_doer(event, doc, actor, uncertain=uncertain)
    if event.kind == "event" and not agentive:
        # "an amateur video showed the plane", "the siege created shortages", "they" with
        # no antecedent: no one acts; kept as a relation fact with its action class.
        event = replace(event, kind="relation")
    if event.kind == "event" and cls == "OTHER" and not is_coded_act(event, actor, target):
        # a private person's uncoded act on a thing: "a vendor sold bread".
        event = replace(event, kind="relation")
    if is_civilian_flight(event, actor):  # "the population fled their homes": displaced
        event = replace(event, kind="relation")
    target = track_backing(event, actor, target, doc) if event.target else target
    if event.kind == "relation" and (cls == "STATEMENT" or _condemned_as_said(event)):
        # what was said is content, not an actor: no node for "the talks collapsed"
        target = UNRESOLVED_REF
    return replace(
        event,
        actor_id=actor.actor_id,
        actor_label=actor.label,
        actor_type=actor.actor_type,
        actor_code=actor_code(actor, doc.gaz, anchor),
        target_id=target.actor_id,
        target_label=target.label,
        target_type=target.actor_type,
        target_code=target_code(event, target, doc, anchor) if event.target else "",
        location_id=event.location_id or _location_id(event.location, doc),
        time_value=event.time_value or (normalize_time(event.time, anchor) if event.time else ""),
    )


def _condemned_as_said(event: Event) -> bool:
    """Return whether a said clause condemns: "said the raids amount to war crimes" (111)."""
    verb = event.action.split()[0] if event.action else ""
    return event.action_class == "DISAPPROVE" and event.cameo_code == "111" and verb in SPEECH_VERBS


# "Karvonia said [all fighters] should leave": the modal after the party a statement obliges.
_OBLIGED = re.compile(r"^(?:that )?(.+?) (?:must|should)\b")


def _demanded_of(event: Event) -> Event:
    """Return a demanding statement with the obliged party as its target, not its clause.

    "Karvonia said all fighters should leave the port" demands of "all fighters"; the
    clause text is content and must not be given an id ("fighters-should-leave-the-port").
    """
    if event.kind != "relation" or event.action_class != "DEMAND":
        return event
    obliged = _OBLIGED.match(event.target)
    return replace(event, target=obliged.group(1).rstrip(",")) if obliged else event


def _classed(event: Event) -> Event:
    """Return the event with its action class, and a fact where no one acts on anyone."""
    # A relation fact is RELATION, unless classed as an act with no named doer ("the bridge
    # was destroyed", "a mine killed two boys") or a speech fact ("officials said ...").
    acted = event.action_class not in {"", "OTHER", "RELATION"}
    if not event.action_class or (event.kind == "relation" and not acted):
        event = replace(event, action_class=action_class(event.action, event.kind))
        event = replace(event, cameo_code="", mode="")
    if event.kind == "event" and event.action_class == "OTHER" and not event.target:
        # no event verb and no one acted on: "the war began", "she leaned over" state no
        # action of one actor on another; kept in the graph as a relation fact.
        event = replace(event, kind="relation")
    return event


def _location_id(text: str, doc: Document) -> str:
    place = doc.link(text) if text else None
    return place.id if place is not None else ""
