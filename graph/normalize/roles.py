"""Resolve an event's actor and target together: pronouns, speakers, reflexives."""

from __future__ import annotations

from dataclasses import replace

from ..model import Event
from .agents import find_agent
from .coref import Document
from .gazetteer import Gazetteer
from .heads import LOYAL, TRAILING_PP, UNRESOLVED_REF, position
from .junk import UNRESOLVED, is_copula, is_expletive
from .phrase import DESCRIPTIONS, PRONOUNS, Ref, clean, is_plural, words_of
from .pronouns import PERSON_NOUNS, in_quotation, reports_subject
from .resolver import resolve
from .speakerowners import speaker_owner

_REFLEXIVES = frozenset(words_of("itself themselves himself herself each other one another"))


def resolve_roles(event: Event, doc: Document, *, physical: bool) -> tuple[Ref, Ref]:
    """Resolve actor and target so that a pronoun never means its clause's other participant.

    "they are bombing the ISIS targets": the target is read first, so "they" cannot be ISIS.
    An actor acting on itself stays only when the sentence says so ("themselves").
    """
    sent, text = event.provenance.sentence_index, event.provenance.sentence
    at_actor = position(text, event.actor)
    at_target = position(text, event.target) if event.target else 0
    anaphoric_actor = is_anaphor(event.actor)
    target = Ref("", "", "")
    # "X said jets struck one of its centres": the speaker's centres
    owned = speaker_owner(event, event.target, doc) if event.target else None
    if owned is not None:
        target = owned
    elif event.target and anaphoric_actor and not is_anaphor(event.target):
        target = resolve(event.target, doc, sent, at_target, place=physical)
    speaker = _speaker(event, doc) if anaphoric_actor else None
    speaker = speaker or speaker_owner(event, event.actor, doc)  # "X said its men ..."
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
        if is_anaphor(event.target):
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
    at_said, at_pronoun = position(text, event.attribution), position(text, event.actor)
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
    lead = next((m["head"] for p in (LOYAL, TRAILING_PP) if (m := p.match(phrase))), phrase)
    head = lead.split()[-1].lower()
    agent = head.endswith("s") and find_agent([head]) is not None
    people = head.endswith("s") and (head[:-1] in PERSON_NOUNS | _ELDERS or agent)
    plural = is_plural(said) or head in _COLLECTIVE or agent
    return people, plural


def one_type(ref: Ref, gaz: Gazetteer) -> Ref:
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


def is_anaphor(span: str) -> bool:
    """Return whether a span is a pronoun or a bare description ("it", "the group")."""
    words = clean(span)
    first = words[0].lower() if words else ""
    return first in PRONOUNS or (first in DESCRIPTIONS and len(words) == 1)
