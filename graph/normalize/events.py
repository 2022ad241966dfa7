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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from ..extract.classify import default_class, label_class
from ..extract.lexicon import LIGHT_EVENT_VERBS, WEAPON_VERBS
from ..model import Event
from .actordict import cameo_code, country_alpha3
from .agency import (
    AGENT_TYPES,
    POLITICAL_TYPES,
    head_words,
    is_agentive,
    is_someone_or_somewhere,
    is_unnamed_attack,
)
from .agents import (
    SECTORS,
    agent_ref,
    country_by_alpha2,
    country_of,
    find_agent,
    is_sector_only,
    modifier_country,
)
from .attackers import owned_by_context
from .coref import Document
from .gazetteer import Gazetteer, load_gazetteer, tokens
from .junk import (
    UNRESOLVED,
    cut_inner,
    is_copula,
    is_expletive,
    non_actor,
    preamble_end,
    strip_date,
)
from .namelists import split_name_lists
from .national import inhabitants, national_body
from .phrase import (
    DESCRIPTIONS,
    PRONOUNS,
    Ref,
    clean,
    head_word,
    is_plural,
    slug_of,
    words_of,
)
from .places import get_place, link_place
from .pronouns import PERSON_NOUNS, in_quotation, reports_subject
from .qualified import allies_of, anti_ref, coalition_ref, mixed_group, pro_ref
from .timex import normalize_time

__all__ = ["Gazetteer", "action_class", "actor_code", "load_gazetteer", "normalize_events"]


# Generic agents' id parts -> their CAMEO sector ("iraq/police" -> COP).
_SECTOR_OF_PART = {part: sector for sector, (part, _) in SECTORS.items()}
# Action classes whose targets are places, not governments: "troops entered Damascus".
PHYSICAL_CLASSES = frozenset({"FIGHT", "ASSAULT", "MOBILIZE", "RETREAT"})
# "X of/for Y" where X is a role, part or quantity: the actor is Y
# ("a spokesman for the US-led coalition", "a majority of the city", "province of Raqqa").
GENERIC_HEADS = frozenset(
    words_of(
        "group groups spokesman spokeswoman spokesperson member members official officials "
        "commander commanders leader leaders leadership head chief majority part parts much most "
        "some rest number hundreds thousands dozens scores province city town village region "
        "district capital representative representatives envoy ambassador minister ministry "
        "contingent unit units battalion elements remnants supporters allies fighters forces "
        "troops soldiers militants positions stronghold territory areas side wing branch faction "
        "remainder half third many all each"
    )
)
# Heads naming a state's organs: "Syrian jets" -> the Syrian government when it has one.
STATE_HEADS = frozenset(
    words_of(
        "force forces troops soldiers army armies military jet jets warplane warplanes aircraft "
        "plane planes drone drones navy officers official officials government authorities "
        "ministry regime administration commanders submarine submarines warship warships "
        "artillery tanks diplomats envoy president"
    )
)
# Heads that make a phrase a place, not its country: "a major Syrian city".
PLACE_HEADS = frozenset(
    words_of(
        "city cities town towns village villages province provinces region capital stronghold "
        "base border area areas territory airport garrison river valley"
    )
)
# "X-backed N", "X-held N": X is an agent, not the head.
_AGENT = re.compile(
    r"^(?P<agent>.*?)[- ](?P<verb>backed|led|held|occupied|controlled|allied|sponsored|supported|"
    r"run|linked|affiliated|aligned|funded|armed|trained|dominated)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_PLACED = re.compile(r"\s(?:in|at|near|inside|outside|across)\s")
_PARTITIVE = re.compile(r"^(?P<head>.+?)\s+(?:of|for|from|within)\s+(?P<rest>\S.*)$")
_TRAILING_PP = re.compile(
    r"^(?P<head>\S.*?)\s+(?:from|in|at|on|along|with|to|into|across|through|over|during|toward|"
    r"towards|against|near|via|inside|outside|around)\s+\S.*$"
)
# "forces allied to the regime", "fighters loyal to Assad": the side they belong to.
_LOYAL = re.compile(
    r"^(?P<head>\S+(?:\s+\S+)?)\s+(?:allied|loyal|linked|affiliated|aligned|close)\s+"
    r"(?:to|with)\s+(?P<rest>\S.*)$"
)
_BACKING = frozenset({"back", "support", "sponsor", "arm", "fund"})
_GROUPISH = frozenset({"armed-group", "military", "government", "organisation"})
GROUP_NOUNS = frozenset(
    words_of("fighters forces troops militia militias militiamen rebels soldiers units groups men")
)
_CONJUNCT = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w.]+)\s+[a-z]+\s+(?:and|or)\s+$")
_PRO = re.compile(r"^pro[- ](?=\w)", re.IGNORECASE)
UNRESOLVED_REF = Ref("", "", UNRESOLVED)
_REFLEXIVES = frozenset(words_of("itself themselves himself herself each other one another"))


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
        doc = Document(gaz, batch, (sentences or {}).get(doc_id, ()))
        anchor = (dates or {}).get(doc_id, "")
        # "Rebels fired shells at X. Two rounds hit a school": the rounds are the rebels'.
        yield from owned_by_context(_normalize_event(event, doc, anchor) for event in batch)


def _normalize_event(event: Event, doc: Document, anchor: str) -> Event:
    # A relation fact is RELATION, unless the extractor classed it as an act whose doer is
    # not named: an agentless passive ("the bridge was destroyed"), a weapon or an event as
    # subject ("a mine killed two boys", "fighting resumed").
    # A speech fact ("officials said the talks collapsed") stays a STATEMENT.
    acted = event.action_class not in {"", "OTHER", "RELATION"}
    if not event.action_class or (event.kind == "relation" and not acted):
        event = replace(event, action_class=action_class(event.action, event.kind))
        event = replace(event, cameo_code="", mode="")
    cls = event.action_class
    if event.kind == "event" and cls == "OTHER" and not event.target:
        # no event verb and no one acted on: "the war began", "she leaned over" state no
        # action of one actor on another; kept in the graph as a relation fact.
        event = replace(event, kind="relation")
    actor, target = _resolve_roles(event, doc, physical=cls in PHYSICAL_CLASSES)
    actor, target = _one_type(actor, doc.gaz), _one_type(target, doc.gaz)
    # "a missile hit the school": the extractor found an attack whose doer is not named.
    unnamed = event.actor_type == UNRESOLVED
    initial = event.provenance.sentence.lstrip().startswith(event.actor)
    agentive = unnamed or is_agentive(actor, event.actor, initial=initial)
    if unnamed or (
        event.kind == "event" and not agentive and is_unnamed_attack(event.actor, event.action, cls)
    ):
        # "mortar rounds hit the school": a weapon nobody is named for; kept, unresolved,
        # unless a word before it names who used it ("Rebel rocket fire").
        actor, agentive = _owner_ref(event, doc) or UNRESOLVED_REF, True
    if event.kind == "event" and not agentive:
        # "an amateur video showed the plane", "the siege created shortages", "they" with
        # no antecedent: no one acts; kept as a relation fact with its action class.
        event = replace(event, kind="relation")
    if event.kind == "event" and cls == "OTHER" and not _is_coded_act(event, actor, target):
        # a private person's uncoded act on a thing: "a vendor sold bread".
        event = replace(event, kind="relation")
    target = _track_backing(event, actor, target, doc) if event.target else target
    if event.kind == "relation" and cls == "STATEMENT":
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
        target_code=_target_code(event, target, doc, anchor) if event.target else "",
        action_class=cls,
        location_id=event.location_id or _location_id(event.location, doc),
        time_value=event.time_value or (normalize_time(event.time, anchor) if event.time else ""),
    )


def _owner_ref(event: Event, doc: Document) -> Ref | None:
    """Return who a weapon or an attack is named after: "Terrorist rocket attacks" -> them.

    Only the words before the phrase's head are read ("the shelling of rebel positions"
    names the rebels as victims, not as owners); the longest run of them that resolves
    to an actor type that acts wins.
    """
    words = head_words(event.actor)
    at = _position(event.provenance.sentence, event.actor)
    for end in range(len(words) - 1, 0, -1):
        ref = resolve(" ".join(words[:end]), doc, event.provenance.sentence_index, at, agent=True)
        if ref.actor_type in AGENT_TYPES:
            return ref
    return None


def _is_coded_act(event: Event, actor: Ref, target: Ref) -> bool:
    """Return whether an uncoded event may still be one an analyst codes.

    A political actor's act is (a state, an army, an armed group, an organisation: "the
    group relocated its leadership"), and so is an act on someone or somewhere, or one
    that sends a weapon or an event ("launched a barrage of rockets on X"). A private
    person's act on a thing is not ("a vendor sold bread"), nor a civilian's on anyone.
    """
    verb = event.action.split()[0]
    if actor.actor_type in POLITICAL_TYPES or verb in LIGHT_EVENT_VERBS | WEAPON_VERBS:
        return True
    private = actor.actor_type in {"civilian", UNRESOLVED}  # "doctors treated the victims"
    return not private and is_someone_or_somewhere(target, event.target)


def _resolve_roles(event: Event, doc: Document, *, physical: bool) -> tuple[Ref, Ref]:
    """Resolve actor and target so that a pronoun never means its clause's other participant.

    "they are bombing the ISIS targets": the target is read first, so "they" cannot be ISIS.
    An actor acting on itself stays only when the sentence says so ("themselves").
    """
    sent, text = event.provenance.sentence_index, event.provenance.sentence
    at_actor = _position(text, event.actor)
    at_target = _position(text, event.target) if event.target else 0
    anaphoric_actor = _is_anaphor(event.actor)
    target = Ref("", "", "")
    if event.target and anaphoric_actor and not _is_anaphor(event.target):
        target = resolve(event.target, doc, sent, at_target, place=physical)
    speaker = _speaker(event, doc) if anaphoric_actor else None
    actor = speaker or resolve(
        event.actor, doc, sent, at_actor, exclude=target.actor_id, agent=True
    )
    if event.target and not target.actor_id and target.actor_type != UNRESOLVED:
        target = resolve(event.target, doc, sent, at_target, place=physical, exclude=actor.actor_id)
    written = event.target.strip().lower()
    reflexive = written in _REFLEXIVES or " ".join(clean(event.target)).lower() in _REFLEXIVES
    if reflexive and actor.actor_id:
        return actor, actor  # "the rebels armed themselves"
    same = actor.actor_id and actor.actor_id == target.actor_id
    if same and not reflexive:
        if _is_anaphor(event.target):
            target = UNRESOLVED_REF
        elif anaphoric_actor:
            actor = UNRESOLVED_REF
    return actor, target


# Collective nouns that take "they" though written in the singular ("police said they").
_COLLECTIVE = frozenset(words_of("police people staff personnel military clergy youth"))


_ELDERS = frozenset(words_of("elder representative delegate notable"))


def _speaker(event: Event, doc: Document) -> Ref | None:
    """Return who a subject pronoun of reported speech means: its speaker, when they agree.

    "Police said they arrested two men", "Kenya said it would reopen the border": the
    subject of what is reported is the one who reports it. "The UN said they had
    broken the truce" (a single body, a plural pronoun) is left to coreference.
    """
    words, said = clean(event.actor), clean(event.attribution)
    kind = PRONOUNS.get(words[0].lower(), "") if len(words) == 1 else ""
    if not kind or not said or said[0].lower() in PRONOUNS or kind == "sg" and words[0] != "it":
        return None
    text, sent = event.provenance.sentence, event.provenance.sentence_index
    at_said, at_pronoun = _position(text, event.attribution), _position(text, event.actor)
    # only the subject of what is said, right after the saying verb ("Rebels say they ...",
    # not "... the blast, saying it also wounded"), not a dummy "it was unclear", not a quote
    between = text[at_said + len(event.attribution) : at_pronoun]
    if not reports_subject(between) or in_quotation(text, at_pronoun):
        return None
    if is_expletive(text[at_pronoun:]) or is_copula(text[at_pronoun:]):
        return None
    ref = resolve(event.attribution, doc, sent, at_said, agent=True)
    if not ref.actor_id or ref.actor_type in (UNRESOLVED, "location", "other"):
        return None
    people, plural = _speaks_as(said)
    named = doc.lookup(said) is not None or people
    if (ref.actor_type == "country" or doc.gaz.code_at(ref.actor_id).endswith("MED")) and not named:
        return None  # a country or an agency named in passing is no speaker ("REUTERS/...")
    if kind == "sg" and (said[-1].lower() in PERSON_NOUNS or ref.actor_id.startswith("unknown/")):
        return None  # "a spokesman said it took place", "the ministry said it" (whose?)
    if kind == "pl":
        return ref if plural else None
    if kind == "sg":
        return ref if not plural and ref.actor_type != "person" else None
    return ref if ref.actor_type == "person" else None


def _speaks_as(said: list[str]) -> tuple[bool, bool]:
    """Return whether a speaker phrase names people (not a state) and is plural.

    Its head is read before a post-modifier: "Fighters loyal to the general" are
    fighters. "Palestinian leaders", "Somali elders", "Iraqi militants" are people of a
    country, who speak for themselves; "Kenya" is a state.
    """
    phrase = " ".join(said)
    lead = next((m["head"] for p in (_LOYAL, _TRAILING_PP) if (m := p.match(phrase))), phrase)
    head = lead.split()[-1].lower()
    agent = head.endswith("s") and find_agent([head]) is not None
    people = head.endswith("s") and (head[:-1] in PERSON_NOUNS | _ELDERS or agent)
    plural = is_plural(said) or head in _COLLECTIVE or agent
    return people, plural


def _one_type(ref: Ref, gaz: Gazetteer) -> Ref:
    """Give a gazetteer actor its own type and label, whatever path named it.

    One id has one type in every document: "ISIS" read as an unknown name, or the
    United States linked as a place, is still the gazetteer's armed group or country;
    a namesake place ("Sana" linked to Saña, Peru; "U.N." to Un, India) is the actor
    the name stands for in news (SANA, the UN).
    """
    actor = gaz.get(ref.actor_id) if ref.actor_id else None
    if actor is None or actor.actor_type == ref.actor_type:
        return ref
    return replace(ref, label=actor.label, actor_type=actor.actor_type)


def _is_anaphor(span: str) -> bool:
    words = clean(span)
    first = words[0].lower() if words else ""
    return first in PRONOUNS or (first in DESCRIPTIONS and len(words) == 1)


def actor_code(ref: Ref, gaz: Gazetteer, day: str = "") -> str:
    """Return the CAMEO-style code of a resolved actor on the document's date.

    The resolver's own code wins; a generic agent is coded by its country and
    sector (``iraq/police`` -> ``IRQCOP``, ``unknown/gunmen`` -> ``---UAF``); else the
    gazetteer's role valid on ``day`` (:meth:`Gazetteer.code_at`); a linked place
    is coded as its country, as CAMEO dictionaries code cities ("Aleppo" -> "SYR").

    Args:
        ref: The resolved actor.
        gaz: The actor gazetteer.
        day: The document's date (ISO 8601), "" when undated (then the latest role).

    Returns:
        The code, "" when unknown.
    """
    if ref.code or not ref.actor_id:
        return ref.code
    qualifier, _, part = ref.actor_id.partition("/")
    if part in _SECTOR_OF_PART:
        country = gaz.get(qualifier)
        code = country.country if country is not None and country.actor_type == "country" else ""
        return cameo_code(code, _SECTOR_OF_PART[part])
    code = gaz.code_at(ref.actor_id, day)
    if code or ref.actor_type != "location":
        return code
    place = get_place(ref.actor_id)
    return country_alpha3(place.country_code) if place is not None else ""


def _track_backing(event: Event, actor: Ref, target: Ref, doc: Document) -> Ref:
    """Remember who backs which group; read "US-backed forces" as the group the US backs.

    "The US backed the SDF" records the pair; a later "US back forces" (from
    "US-backed forces") then gets the SDF as its target.
    """
    if event.action not in _BACKING or not event.is_factual:
        return target
    # A generic agent ("US backed fighters": unknown/gunmen) names no particular group.
    generic = "/" in target.actor_id
    if target.actor_type in _GROUPISH and not generic:
        doc.backed[actor.actor_id] = target.actor_id
        return target
    backee = doc.backed.get(actor.actor_id)
    vague = target.actor_type == "other" or generic
    if backee and vague and head_word(event.target) in GROUP_NOUNS:
        return doc.ref(backee)
    return target


def _location_id(text: str, doc: Document) -> str:
    place = doc.link(text) if text else None
    return place.id if place is not None else ""


def _position(sentence: str, span: str) -> int:
    # The first whole-word occurrence, as re.search(r"(?<!\w)SPAN(?!\w)") finds it
    # (re's \w is str.isalnum() or "_"), without compiling a pattern per span.
    at = sentence.find(span)
    while at >= 0:
        end = at + len(span)
        if not (at and _is_word(sentence[at - 1])) and not (
            end < len(sentence) and _is_word(sentence[end])
        ):
            return at
        at = sentence.find(span, at + 1)
    return 0


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def resolve(
    text: str,
    doc: Document,
    sent: int,
    pos: int,
    *,
    place: bool = False,
    exclude: str = "",
    agent: bool = False,
) -> Ref:
    """Return the canonical actor a phrase of sentence ``sent`` at offset ``pos`` refers to.

    Args:
        text: The phrase as written.
        doc: The document's state (mentions so far, names defined in it).
        sent: Sentence index of the phrase.
        pos: Character offset of the phrase in its sentence.
        place: Read a capital as the city ("entered Damascus"), not its government.
        exclude: An actor id a pronoun cannot mean: the clause's other participant
            ("ISIS took large parts of it": "it" is not ISIS).
        agent: The phrase is the doer of an event (a pronoun then never means a place).

    Returns:
        The resolved actor; ``UNRESOLVED_REF`` (no id, type ``unresolved``) for
        phrases that name no actor: a dateline, a date, a number, boilerplate, an
        event noun, or a pronoun with no safe antecedent.
    """
    text, pos = _without_preamble(text, doc.sentence(sent), pos)
    words = clean(text)
    if not text or not words:
        return UNRESOLVED_REF
    ref = (
        doc.known_name(words)
        or doc.pronoun(words, sent, pos, exclude=exclude, agent=agent)
        or (UNRESOLVED_REF if len(words) == 1 and words[0].lower() in PRONOUNS else None)
        or _relative(words, doc, sent, pos)
        or _qualified(words, doc)
        or _lookup(words, doc, place)
        or _state_institution(words, doc)
        or doc.monitor(words, sent, pos)
        or doc.description(text, words, sent, pos)
        or doc.titled_person(words, sent, pos)
        or _partitive(words, doc, sent, pos, exclude)
        or _modified(words, doc, sent, pos)
        or _trailing_pp(words, doc, sent, pos, place)
        or agent_ref(
            doc.gaz, words, doc.main_country, STATE_HEADS, country=_located(doc, sent, pos, text)
        )
        or national_body(doc.gaz, words, doc.main_country, STATE_HEADS)
        or inhabitants(doc.gaz, words, doc.main_country, lambda ws: _country_named(ws, doc))
        or doc.contained(words, STATE_HEADS, PLACE_HEADS)
        or _national_place(words, doc)
        or _shared_modifier(words, doc, sent, pos)
        or doc.group_modifier(words, sent, pos)
        or (UNRESOLVED_REF if non_actor(words) or _bare_description(words) else None)
        or doc.unknown(words, text)
    )
    doc.remember(ref, sent, pos, text, plural=is_plural(words))
    return ref


def _bare_description(words: list[str]) -> bool:
    # "the group", "the city" with no antecedent: no node called "group"
    return len(words) == 1 and words[0].islower() and words[0] in DESCRIPTIONS


def _without_preamble(text: str, sentence: str, pos: int) -> tuple[str, int]:
    # "MOSCOW (Sputnik) - 24 terrorists were killed": "MOSCOW" is a dateline, not an actor;
    # "12 May 2016 rebel fighters": the date is cut off the span.
    end = preamble_end(sentence)
    if pos < end:
        cut = end - pos
        rest = text[cut:] if cut < len(text) else ""
        pos, text = pos + len(text) - len(rest.lstrip()), rest.lstrip()
    stripped = strip_date(text)
    if stripped != text.strip():
        pos += len(text) - len(stripped)
        text = stripped
    kept, start = cut_inner(text)  # "Aleppo Monday", "Deir ez-Zor Tags murder"
    return kept, pos + start


def _relative(words: list[str], doc: Document, sent: int, pos: int) -> Ref | None:
    # "the Syrian army, which shelled the town": a relative pronoun means the phrase
    # right before it, when that phrase names an actor; otherwise it stays unresolved.
    # ("that" is left alone: more often "said that ..." than a relative pronoun)
    if len(words) != 1 or words[0].lower() not in ("which", "who", "whom"):
        return None
    before = doc.sentence(sent)[:pos].rstrip(" ,")
    tail = before[-80:]
    mentions = [m for m in doc.gaz.find_mentions(tail) if m.end == len(tail)]
    if mentions and mentions[-1].via not in ("capital", "demonym"):
        named = doc.ref(mentions[-1].actor_id)
        return named if (named.actor_type == "person") == (words[0].lower() != "which") else None
    if words[0].lower() == "which":
        return None  # "the downing of the helicopter which ...": a thing, not the agent noun
    near = before.split()[-4:]
    for start in range(len(near)):
        found = agent_ref(doc.gaz, clean(" ".join(near[start:])), doc.main_country, STATE_HEADS)
        if found is not None:
            return found
    return None


def _qualified(words: list[str], doc: Document) -> Ref | None:
    # An exact alias with a name in it wins ("Arab coalition", "anti-ISIS coalition"); a
    # bare "coalition (forces)" is not assumed to be any one coalition.
    named = any(w[:1].isupper() or "-" in w for w in words[1:]) or "-" in words[0]
    if named and doc.gaz.lookup(" ".join(words)) is not None:
        return None

    def name(ws: list[str]) -> Ref | None:
        return doc.lookup(ws) or _state_institution(ws, doc)

    return (
        mixed_group(doc.gaz, words)
        or coalition_ref(doc.gaz, words, name, doc.coalitions)
        or anti_ref(words, name)
        or pro_ref(doc.gaz, words, name)
    )


def _lookup(words: list[str], doc: Document, place: bool) -> Ref | None:
    # A gazetteer entry with only a sector ("civilians": CVL, no country) is a generic
    # agent: it gets its country as other agents do ("Iraqi civilians" -> iraq/civilians).
    ref = doc.lookup(words, place=place)
    actor = doc.gaz.get(ref.actor_id) if ref is not None else None
    if actor is not None and is_sector_only(actor.actor_type, actor.country, actor.sector):
        return agent_ref(doc.gaz, words, doc.main_country, STATE_HEADS) or doc.generic(
            actor.actor_id
        )
    return ref


def _state_institution(words: list[str], doc: Document) -> Ref | None:
    # "the government", "the authorities" in a story about one country: that state's.
    if len(words) != 1 or not words[0].islower() or not doc.main_country:
        return None
    if words[0] not in ("government", "regime", "authorities", "administration"):
        return None
    return agent_ref(doc.gaz, words, doc.main_country, STATE_HEADS)


# "Soldiers in Niger", "rebels in eastern Congo", "militias in north-west Syria"
_IN_PLACE = re.compile(
    r"^\s+(?:in|inside)\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central|"
    r"northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west|"
    r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
    r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)


def _target_code(event: Event, target: Ref, doc: Document, day: str) -> str:
    """Return the target's code; one of no country placed "in X" right after takes X's.

    "extended the mandate of the peacekeeping force in Lebanon": the extractor keeps
    the place as the event's location; the force it names is the one in Lebanon.
    """
    code = actor_code(target, doc.gaz, day)
    if not target.actor_id or code[:3].strip("-") or target.actor_type == "location":
        return code
    text = event.provenance.sentence
    country = _located(doc, event.provenance.sentence_index, _position(text, event.target),
                       event.target)  # fmt: skip
    actor = doc.gaz.get(country) if country else None
    if actor is None or not actor.country:
        return code
    return actor.country + code[3:]


def _located(doc: Document, sent: int, pos: int, text: str) -> str:
    # "Soldiers in Niger detained ...": the extractor leaves the place out of
    # the span (it is where the event is), but it also says whose forces they are.
    match = _IN_PLACE.match(doc.sentence(sent)[pos + len(text) :])
    return _country_named(clean(match[1]), doc) if match else ""


def _national_place(words: list[str], doc: Document) -> Ref | None:
    # "Ukrainian towns", "a Syrian city", "Chadian border villages": places in a country
    # the phrase names, coded as that country (as CAMEO dictionaries code cities).
    if len(words) < 2 or head_word(" ".join(words)) not in PLACE_HEADS:
        return None
    country = modifier_country(doc.gaz, words[:-1])
    actor = doc.gaz.get(country) if country else None
    if actor is None or not actor.country:
        return None
    phrase = " ".join(words)
    return Ref(slug_of(phrase), phrase, "location", actor.country)


def _shared_modifier(words: list[str], doc: Document, sent: int, pos: int) -> Ref | None:
    # "ISIS fighters and vehicles": the second conjunct shares the name in front of the first.
    if not all(w.isalpha() and w.islower() for w in words):
        return None
    match = _CONJUNCT.search(doc.sentence(sent)[:pos])
    return doc.lookup([match["name"]]) if match else None


def _partitive(words: list[str], doc: Document, sent: int, pos: int, exclude: str) -> Ref | None:
    # "a group of SDF fighters" -> SDF; "large parts of it" -> what "it" is.
    match = _PARTITIVE.match(" ".join(words))
    if match is None or head_word(match["head"]) not in GENERIC_HEADS:
        return None
    placed = _PLACED.search(match["head"])
    if placed and find_agent(clean(match["head"][: placed.start()])) is not None:
        return None  # "traders in the border town of X": the traders, placed
    # "the Russian Ministry of Defense": the head names its own actor.
    own = doc.contained(match["head"].split(), STATE_HEADS, PLACE_HEADS)
    if own is not None:
        return own
    # where "his staff" of "ten members of his staff" is written (the words are cleaned)
    offset = doc.sentence(sent).find(match["rest"], pos)
    return resolve(match["rest"], doc, sent, offset if offset >= 0 else pos, exclude=exclude)


def _trailing_pp(words: list[str], doc: Document, sent: int, pos: int, place: bool) -> Ref | None:
    # "Raqqa from the north": the head is before the PP; "police in Baghdad": an agent
    # takes the PP's country; "military aid to Yemen": a head that names no actor gives
    # way to the actor in its PP.
    match = _TRAILING_PP.match(" ".join(words))
    if match is None:
        return None
    head, rest = clean(match["head"]), clean(match[0][match.end("head") :].split(None, 1)[1])
    country = _country_named(rest, doc)
    if country and find_agent(head) is not None:
        located = agent_ref(doc.gaz, head, doc.main_country, STATE_HEADS, country=country)
        if located is not None:
            return located
    ref = resolve(match["head"], doc, sent, pos, place=place)
    if ref.actor_type not in (UNRESOLVED, "other"):
        return ref
    inner = doc.lookup(rest) or doc.contained(rest, STATE_HEADS, PLACE_HEADS)
    return inner if inner is not None and inner.actor_type != "other" else ref


def _country_named(words: list[str], doc: Document) -> str:
    """Return the country a place phrase is in ("Baghdad", "southern Iraq"), or ""."""
    found = doc.lookup(words)
    if found is not None:
        return country_of(doc.gaz, found.actor_id)
    place = link_place(" ".join(words)) if words and words[0][:1].isupper() else None
    return country_by_alpha2(doc.gaz, place.country_code) if place is not None else ""


def _modified(words: list[str], doc: Document, sent: int, pos: int) -> Ref | None:
    phrase = " ".join(words)
    stripped = _PRO.sub("", phrase)
    if stripped != phrase:
        # "pro-regime troops", "Pro-Assad regime forces": a state's own organs; "a
        # pro-regime website" is not the regime (pro-X militias are X's allies: _qualified)
        organ = any(w.lower() in ("regime", "government", "army") for w in words[1:])
        if head_word(phrase) not in STATE_HEADS and not organ:
            return None
        return doc.lookup(clean(stripped)) or doc.contained(clean(stripped), STATE_HEADS, set())
    loyal = _LOYAL.match(phrase)
    if loyal is not None and head_word(loyal["head"]) in GROUP_NOUNS:
        side = clean(loyal["rest"])
        # "fighters loyal to the old warlord": a side not named leaves the fighters as such
        own = agent_ref(doc.gaz, clean(loyal["head"]), "", STATE_HEADS)
        ally = doc.lookup(side) or doc.contained(side, STATE_HEADS, PLACE_HEADS)
        men = find_agent(clean(loyal["head"]))
        # "militiamen loyal to the regime" are its allies; "forces loyal to Assad" its own
        allies = allies_of(doc.gaz, ally, men.sector) if ally and men else None
        return allies or ally or own
    match = _AGENT.match(phrase)
    if match is None or not tokens(match["agent"]):
        return None
    rest = clean(match["rest"])
    found = doc.lookup(rest) or _modified(rest, doc, sent, pos) or doc.contained(rest, set(), set())
    if found is not None:
        return found
    agent = doc.lookup(clean(match["agent"]))
    if agent is not None and match["verb"].lower() in ("backed", "supported", "sponsored"):
        # "US-backed fighters" -> the group the US was said to back in this document.
        backee = doc.backed.get(agent.actor_id)
        return doc.ref(backee) if backee else None
    return None
