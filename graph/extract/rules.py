"""Dependency-rule event extraction: spaCy ``Doc`` -> :class:`~graph.model.Event`.

Each grammatical construction has one small rule function, commented with an example
sentence: which words head a predicate is decided here, its clause's frames in
:mod:`graph.extract.predicates` (targets in :mod:`graph.extract.clausetargets`), the subject
rules in :mod:`graph.extract.arguments`, the object rules in :mod:`graph.extract.patients`,
agent compounds in :mod:`graph.extract.compoundframes`. Private helpers keep each module
small: modality and negation in :mod:`graph.extract.clauses`, attribution in
:mod:`graph.extract.credit`, place and time in :mod:`graph.extract.setting`, surface spans
in :mod:`graph.extract.spans`, frame -> event assembly and confidence in
:mod:`graph.extract.frames`, word lists in :mod:`graph.extract.lexicon`.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import replace
from importlib.metadata import entry_points
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from ..errors import ExtractorError
from ..model import Event, Provenance
from ..parse import iter_sentences
from .armedaims import armed_aim_frames
from .byagents import grouped_event, late_agent_frames, without_restated
from .cameodata import mend_lemmas
from .casualtynouns import is_casualty_noun
from .causatives import caused_doer
from .clausesubjects import with_clause_subject
from .complements import asks_someone, is_content_complement, is_content_verb
from .compoundframes import agent_compound, misread_participle
from .compounds import is_listed_participle
from .denials import denies_act
from .drives import drive_frames
from .eventnouns import is_event_noun
from .facts import appositive, copula
from .frames import Frame, provenance, to_event
from .intents import intent_frames
from .lexicon import REPORT_ONLY
from .meetings import fight_frames, meeting_frames
from .mutualattacks import mutual_attack_frames
from .noise import furniture_in, noise_spans
from .nominals import attack_frames
from .nounframes import between_frames, nominal_frames, verb_agent_frames
from .nounverbs import with_noun_verbs
from .ownedattacks import owned_attack_frames
from .predicates import clause_frames
from .purposes import fights_for_aim, is_fight_aim
from .receipts import received_frames
from .residue import is_caption, is_caption_verb
from .responses import response_frames
from .results import adjunct_attack_frames
from .screen import screen
from .seizedfrom import with_seized_from
from .setting import DocContext
from .spans import child
from .speakers import with_speaker_subjects
from .speech import is_speech, speech
from .speechtags import tag_speaker
from .strikeplaces import strike_place_frames
from .toldheadlines import stated_fact
from .tollnouns import toll_frames
from .undergone import undergone_frames
from .weaponuse import weapon_use_frames

__all__ = ["Extractor", "available_extractors", "extract_events", "get_extractor"]

ENTRY_POINT_GROUP = "newsgraph.extractors"


class Extractor(Protocol):
    """A callable that turns one parsed document into events."""

    def __call__(self, doc: Doc, /) -> Iterator[Event]:
        """Yield the events of ``doc`` in document order."""
        ...


def extract_events(doc: Doc) -> Iterator[Event]:
    """Yield events read from ``doc`` with the dependency rules, sentence by sentence.

    Args:
        doc: A parsed document whose ``user_data`` carries ``doc_id``, ``source``,
            ``char_offset`` and ``sentence_offset`` (see :mod:`graph.parse`).

    Yields:
        Events in sentence order; actor and target are spans of the sentence.
    """
    mend_lemmas(doc)
    ctx = DocContext(doc)
    # A modifier such as "US-backed" states a standing relation, not a new event: it is
    # an event at its first mention in the document; later "US-backed fighters", "US-backed
    # forces" restate the same sponsorship and are kept as relation facts (an identical
    # one is dropped).
    standing: set[tuple[str, str, str]] = set()
    title = str(doc.user_data.get("title", ""))
    for index, sent in iter_sentences(doc):
        stated: set[tuple[str, str, str]] = set()
        best = _sentence_events(
            sent, provenance(doc, index, sent, ctx.text), ctx, title, standing, stated
        )
        standing |= stated
        yield from best


def _sentence_events(
    sent: Span,
    prov: Provenance,
    ctx: DocContext,
    title: str,
    standing: set[tuple[str, str, str]],
    stated: set[tuple[str, str, str]],
) -> list[Event]:
    """Return the best event of each (actor, action, target, kind) of a sentence."""
    candidates = ctx.candidates
    lo, hi = bisect_left(candidates, sent.start), bisect_left(candidates, sent.end)
    told: list[tuple[int, int]] = []
    headlines: list[tuple[int, int]] = []  # a headline of its own sentence (see noise)
    furniture = furniture_in(sent)
    noise = noise_spans(sent, title, told, furniture, headlines)
    caption = is_caption(sent)
    frames = _sentence_frames(sent, [sent.doc[i] for i in candidates[lo:hi]])
    best: dict[tuple[str, str, str, str], Event] = {}
    told_by = itertools.chain(frames, _noun_frames(sent))
    # "an airstrike on X": strike (see nounverbs); "seized X from IS": IS too (see seizedfrom)
    named = (s for f in told_by for n in with_noun_verbs(f) for s in with_seized_from(n))
    said = (with_speaker_subjects(with_clause_subject(f)) for f in named)
    for frame in itertools.chain.from_iterable(said):
        screened = screen(frame, noise, told, furniture)  # page residue: no event
        if screened is None:
            continue
        frame = screened
        if caption and is_caption_verb(frame.verb):
            # "Residents inspect the damage June 5 2016": a photo's scene, no event.
            frame = replace(frame, kind="relation")
        found: Event | None = to_event(frame, sent, prov, ctx)
        if frame.rule == "compound":
            found = _restated(found, standing, stated)
        if found is None or stated_fact(frame.verb, found.kind, headlines):
            continue
        key = (found.actor, found.action, found.target, found.kind)
        if key not in best or best[key].confidence < found.confidence:
            best[key] = found
    return without_restated(list(best.values()))


def _noun_frames(sent: Span) -> Iterator[Frame]:
    for tok in sent:
        if tok.lower_ == "between" and tok.dep_ == "prep":
            # "clashes between X and Y": an event noun of two sides (see between_frames).
            yield from between_frames(tok)
            # "tit-for-tat attacks between X and Y" (see mutual_attack_frames).
            yield from mutual_attack_frames(tok)
        elif tok.lower_ == "by" and tok.dep_ == "prep" and is_event_noun(grouped_event(tok.head)):
            # "an attack by X on Y", "dozens of raids by X" (see nominal_frames).
            yield from nominal_frames(tok)
        elif tok.lower_ == "by" and tok.head.pos_ == "VERB":
            # "killed in air raids by X on Y" (see verb_agent_frames).
            yield from verb_agent_frames(tok)
        elif tok.dep_ == "pobj" and tok.pos_ == "NOUN":
            # "killed in an attack on a checkpoint" (see adjunct_attack_frames).
            yield from adjunct_attack_frames(tok)
        if tok.pos_ in {"NOUN", "VERB"}:
            # "Russian air strikes on the city intensified" (see attack_frames); "In a
            # phone call with X, Y said" (see meeting_frames).
            yield from itertools.chain(
                attack_frames(tok), meeting_frames(tok), fight_frames(tok), intent_frames(tok)
            )
            # "their offensive was a reply to army shelling" (see owned_attack_frames).
            yield from owned_attack_frames(tok)
            # "the army's push into the valley stalled" (see drive_frames).
            yield from drive_frames(tok)
            # "the bombardment of the district by army jets" (see late_agent_frames).
            yield from late_agent_frames(tok)
            # "the regime's use of sarin" (see weapon_use_frames).
            yield from weapon_use_frames(tok)
            # "the raids around Tadmur killed 20": they struck Tadmur (see strike_place_frames).
            yield from strike_place_frames(tok)
        if tok.dep_ == "pobj" and tok.pos_ == "NOUN":
            # "rallies were met with a police crackdown" (see response_frames).
            yield from response_frames(tok)
        # "the brigade received missiles from Karvonia" (see received_frames).
        yield from received_frames(tok)
        # "three children were among the dead in Russian strikes" (see toll_frames).
        yield from toll_frames(tok)
        if tok.dep_ == "acl" and tok.tag_ in {"VBD", "VBN"}:
            # "gunmen targeted with rocket shells the old quarter" (see armed_aim_frames).
            yield from armed_aim_frames(tok)


def _restated(
    event: Event | None, standing: set[tuple[str, str, str]], stated: set[tuple[str, str, str]]
) -> Event | None:
    """Return an agent-compound event as first reported, as a relation, or None (a repeat)."""
    if event is None or (event.actor, event.action, event.target) in standing:
        return None
    stated |= {(event.actor, event.action, event.target), (event.actor, event.action, "")}
    if (event.actor, event.action, "") in standing:
        return replace(event, kind="relation")
    return event


def _sentence_frames(sent: Span, toks: list[Token]) -> Iterator[Frame]:
    # "according to a statement issued by the ministry" names a source, not an event.
    sourcing = {t.i for acc in toks if acc.lower_ == "according" for t in _source(acc)}
    for tok in toks:
        if tok.i in sourcing:
            continue
        if tok.tag_ == "VBN" and tok.dep_ in {"amod", "acl"} or is_listed_participle(tok):
            yield from agent_compound(tok)
        if tok.dep_ == "appos" and tok.head.i not in sourcing:
            yield from appositive(tok)
        if tok.lemma_ == "be" and tok.dep_ not in {"aux", "auxpass"}:
            # "the town has been under a regime siege since 2012" (see undergone_frames).
            yield from undergone_frames(tok) or copula(tok)
        elif _is_predicate(tok):
            yield from clause_frames(tok)
        elif is_speech(tok):
            # "officials said the talks collapsed": the saying is a fact, its clause the event.
            yield from speech(tok)
        if tok.pos_ in {"VERB", "AUX"}:
            yield from misread_participle(tok)


def _source(according: Token) -> list[Token]:
    # only "according to X" itself: in copy without commas the parser may hang the
    # whole sentence on it ("According to the outlet the coalition bombed a village").
    to = child(according, "prep")
    pobj = child(to, "pobj") if to is not None else None
    clause = child(pobj, "appos") if pobj is not None else None
    cut = {t.i for t in clause.subtree} if clause is not None else set()
    return [t for t in according.subtree if t.i not in cut]


def _is_predicate(verb: Token) -> bool:
    if verb.pos_ != "VERB" or verb.dep_ in {"amod", "aux", "auxpass"}:
        return False
    if verb.tag_ == "VBD" and any(
        k.dep_ == "mark" and k.lower_ in {"with", "without"} for k in verb.children
    ):
        # "with" takes no finite clause: "with summary execution, rape, forced labour"
        # is a list of nouns and "forced" an adjective the parser read as a past tense.
        return False
    if is_casualty_noun(verb):
        return False  # "volunteers carried the dead and wounded": people, not a wounding
    if fights_for_aim(verb) or is_fight_aim(verb):
        # "rebels are fighting to topple the king": the fight is the event (aimed at the
        # king), the toppling its aim, not done (see purposes.is_fight_aim).
        return fights_for_aim(verb)
    kids = {kid.dep_ for kid in verb.children}
    if is_content_complement(verb):
        # "Iran threatened to cut off electricity": the cut is the threat's content.
        return False
    if "dobj" not in kids and (is_content_verb(verb) or asks_someone(verb)):
        # "Iran vowed to retaliate", "the UN called on both sides to stop": the matrix
        # verb is the event (a threat, a demand).
        return True
    if "dobj" not in kids and denies_act(verb):
        # "Damascus denied using such weapons": the denial is an event (the act denied,
        # negated, is another, see negation).
        return True
    if "dobj" not in kids and ("xcomp" in kids or "ccomp" in kids):
        # "declined to coordinate", "believe (that) ...": the complement is the event,
        # except for a speech act that proposes something ("the envoy proposed that ...").
        return "ccomp" in kids and verb.lemma_ not in REPORT_ONLY and "xcomp" not in kids
    if verb.lemma_ in REPORT_ONLY and (not kids & {"dobj", "nsubjpass"} or tag_speaker(verb)):
        return False
    # "a proposal to coordinate" has no agent; a purpose is intended, not reported, unless
    # it is a causative misread as a purpose ("drove them to flee", see causatives).
    purpose = verb.dep_ in {"acl", "advcl"} and any(k.tag_ == "TO" for k in verb.children)
    return not purpose or caused_doer(verb) is not None


def available_extractors() -> list[str]:
    """Return the names registered in the ``newsgraph.extractors`` entry-point group."""
    return sorted({ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)})


def get_extractor(name: str = "dep") -> Extractor:
    """Return the extractor registered under ``name``.

    Raises:
        ExtractorError: No extractor has that name, or its plugin fails to load.
    """
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            try:
                func: Callable[[Doc], Iterator[Event]] = ep.load()
            except Exception as exc:  # a plugin may fail in any way; report which one
                raise ExtractorError(f"cannot load extractor {name!r}: {exc}") from exc
            return func
    known = ", ".join(available_extractors()) or "none"
    raise ExtractorError(
        f"unknown extractor {name!r}: not registered in {ENTRY_POINT_GROUP}. "
        f"Hint: choose one of {known}"
    )
