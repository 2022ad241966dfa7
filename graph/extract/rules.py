"""Dependency-rule event extraction: spaCy ``Doc`` -> :class:`~graph.model.Event`.

Each grammatical construction has one small rule function, commented with an
example sentence: the clause-level rules (appositions, copulas, agentless
passives) are here, the subject and object rules and agent compounds in
:mod:`graph.extract.arguments`. Private helpers keep each module small: modality and
negation in :mod:`graph.extract.clauses`, attribution in :mod:`graph.extract.credit`,
place and time in
:mod:`graph.extract.setting`, surface spans in :mod:`graph.extract.spans`, frame -> event
assembly and confidence in :mod:`graph.extract.frames`, word lists in
:mod:`graph.extract.lexicon`.
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
from ..model import Event
from ..parse import iter_sentences
from .agenthood import counted, is_whole_conflict, names_no_one
from .agentnouns import is_means_noun
from .aims import aimed_target, settled_targets
from .alternatives import is_alternative, with_alternatives
from .arguments import (
    agent_compound,
    agents,
    is_agentive,
    misread_participle,
    patients,
)
from .cameodata import mend_lemmas
from .causes import harm_frames
from .clauses import is_hedged
from .complements import (
    asks_someone,
    content_targets,
    is_content_complement,
    is_content_verb,
)
from .compounds import is_listed_participle
from .coordination import is_mutual, mutual_frames
from .eventnouns import (
    attacker,
    between_frames,
    control_target,
    is_event_noun,
    light_verb_target,
    nominal_frames,
    resolve_instrument,
)
from .eventtargets import (
    act_object,
    act_targets,
    exchange_frames,
    is_clause_subject,
    names_act,
)
from .facts import (
    agentless_passive,
    appositive,
    copula,
    gapped_passive,
    is_gapped_passive,
)
from .frames import Frame, provenance, to_event
from .headlines import headline_frames, is_headline_harm
from .idioms import lives_taken
from .intents import intent_frames
from .lexicon import (
    CONTENT_VERBS,
    HARM_INTRANSITIVE,
    OCCURRENCE_VERBS,
    RECIPROCAL_VERBS,
    RELATIONAL_VERBS,
    REPORT_ONLY,
    SYMMETRIC_VERBS,
)
from .locatives import aimed_past_agent, hit_by, struck_place
from .meetings import meeting_frames
from .noise import furniture_in, noise_spans
from .nominals import attack_frames
from .recipients import (
    called_for,
    condition_side,
    demanded_of,
    is_thing,
    recipient_target,
    thing_side,
)
from .residue import is_caption, is_caption_verb
from .results import adjunct_attack_frames, is_result_state, result_pairs, stated_by_adjuncts
from .screen import screen
from .senders import owners
from .setting import DocContext
from .spans import (
    child,
    is_relative,
    np_span,
)
from .speech import is_speech, reports_event, speech
from .speechtags import tag_speaker
from .unasserted import is_wh_pronoun
from .undergone import undergone_frames

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
    candidates = ctx.candidates
    # A modifier such as "US-backed" states a standing relation, not a new event: it is
    # an event at its first mention in the document; later "US-backed fighters", "US-backed
    # forces" restate the same sponsorship and are kept as relation facts (an identical
    # one is dropped).
    standing: set[tuple[str, str, str]] = set()
    title = str(doc.user_data.get("title", ""))
    for index, sent in iter_sentences(doc):
        prov = provenance(doc, index, sent, ctx.text)
        best: dict[tuple[str, str, str, str], Event] = {}
        stated: set[tuple[str, str, str]] = set()
        lo, hi = bisect_left(candidates, sent.start), bisect_left(candidates, sent.end)
        told: list[tuple[int, int]] = []
        noise = noise_spans(sent, title, told)
        furniture = furniture_in(sent)
        caption = is_caption(sent)
        frames = _sentence_frames(sent, [doc[i] for i in candidates[lo:hi]])
        for frame in itertools.chain(frames, _noun_frames(sent)):
            # page residue states no event (see screen)
            screened = screen(frame, noise, told, furniture)
            if screened is None:
                continue
            frame = screened
            if caption and is_caption_verb(frame.verb):
                # "Residents inspect the damage June 5 2016": a photo's scene, no event.
                frame = replace(frame, kind="relation")
            found: Event | None = to_event(frame, sent, prov, ctx)
            if frame.rule == "compound":
                found = _restated(found, standing, stated)
            if found is None:
                continue
            event = found
            key = (event.actor, event.action, event.target, event.kind)
            if key not in best or best[key].confidence < event.confidence:
                best[key] = event
        standing |= stated
        yield from best.values()


def _noun_frames(sent: Span) -> Iterator[Frame]:
    for tok in sent:
        if tok.lower_ == "between" and tok.dep_ == "prep":
            # "clashes between X and Y": an event noun of two sides (see between_frames).
            yield from between_frames(tok)
        elif tok.lower_ == "by" and tok.dep_ == "prep" and is_event_noun(tok.head):
            # "an attack by X on Y" (see nominal_frames).
            yield from nominal_frames(tok)
        elif tok.dep_ == "pobj" and tok.pos_ == "NOUN":
            # "killed in an attack on a checkpoint" (see adjunct_attack_frames).
            yield from adjunct_attack_frames(tok)
        if tok.pos_ in {"NOUN", "VERB"}:
            # "Russian air strikes on the city intensified" (see attack_frames); "In a
            # phone call with X, Y said" (see meeting_frames).
            yield from itertools.chain(attack_frames(tok), meeting_frames(tok), intent_frames(tok))


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
            yield from _clause(tok)
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
    kids = {kid.dep_ for kid in verb.children}
    if is_content_complement(verb):
        # "Iran threatened to cut off electricity": the cut is the threat's content.
        return False
    if "dobj" not in kids and (is_content_verb(verb) or asks_someone(verb)):
        # "Iran vowed to retaliate", "the UN called on both sides to stop": the matrix
        # verb is the event (a threat, a demand).
        return True
    if "dobj" not in kids and ("xcomp" in kids or "ccomp" in kids):
        # "declined to coordinate", "believe (that) ...": the complement is the event,
        # except for a speech act that proposes something ("the envoy proposed that ...").
        return "ccomp" in kids and verb.lemma_ not in REPORT_ONLY and "xcomp" not in kids
    if verb.lemma_ in REPORT_ONLY and (not kids & {"dobj", "nsubjpass"} or tag_speaker(verb)):
        return False
    # "a proposal to coordinate": an infinitive modifying a noun has no agent;
    # "struck depots to cut supplies": a purpose is intended, not reported.
    return not (verb.dep_ in {"acl", "advcl"} and any(k.tag_ == "TO" for k in verb.children))


def _clause(verb: Token) -> Iterator[Frame]:
    if is_gapped_passive(verb) or is_headline_harm(verb):
        # "thirty were killed and forty hurt"; "Five killed 20 injured in X attacks".
        yield from gapped_passive(verb) if is_gapped_passive(verb) else headline_frames(verb)
        return
    if is_result_state(verb):
        # "left nine dead and 30 wounded": the 30 are victims (see result_frames).
        return
    undergone = undergone_frames(verb)
    if undergone is not None:
        # "the convoy came under attack by militants": the militants attacked it.
        yield from undergone
        return
    actors, rule = agents(verb)
    if not actors:
        yield from agentless_passive(verb)
        return
    traded = exchange_frames(verb, actors, rule, _argument_spans)
    if traded is not None:
        # "Israel and Hezbollah exchanged fire": each side fired at the other.
        yield from traded
        return
    # "X left 20 dead" (X kill 20), "X struck Y in support of Z" (X support Z).
    yield from stated_by_adjuncts(verb, actors, rule, _argument_spans)
    if result_pairs(verb):
        return
    subj = child(verb, "nsubj")
    if subj is not None and verb.lemma_ in HARM_INTRANSITIVE:
        # "eight people died in army shelling" -> army shell eight people; "... died when
        # regime jets bombed the town" -> the regime killed them (see harm_frames).
        fired = harm_frames(verb, subj)
        if fired:
            yield from fired
            return
    targets, prep = patients(verb)
    # a state or a link between events is a relation fact: "the group has 3,000 fighters";
    # so is a death: "650 people died" is no act of the dead.
    stative = verb.lemma_ in RELATIONAL_VERBS | HARM_INTRANSITIVE
    kind = "relation" if stative or reports_event(verb) else "event"
    target_spans, relation = settled_targets(*_targets(verb, targets), verb, prep)
    if not target_spans and is_mutual(verb) and len(actors) > 1:
        yield from mutual_frames(verb, actors, rule, relation)
        return
    for actor in (a for a in actors if not is_alternative(a)):  # (kept in the first's span)
        # "a car bomb killed ten people": a weapon is no actor (see resolve_instrument);
        # nor are "six of the raids" (a count of them).
        means = counted(actor)
        # ("a number of shells fired by X": the parser may hang "fired by" on the count.)
        by = attacker(actor) if means.i != actor.i else None
        head, resolved = (by, True) if by is not None else resolve_instrument(means)
        head = actor if head.i == means.i else head
        if head.i != actor.i and not target_spans:
            # "a shell fired by X fell": the shell fell; X did not.
            head, resolved = actor, False
        # "clashes took place", "the war began": the noun is the event, said to occur.
        occurs = is_event_noun(means) and verb.lemma_ in OCCURRENCE_VERBS
        # "the lull in the bombing should bring relief": a thing acts for no one.
        own = kind if resolved and not occurs and not names_no_one(head) else "relation"
        # "a missile hit the school": an attack by someone the text does not name.
        unnamed = not resolved and not occurs and not is_whole_conflict(means)
        # "the terrorist explosions caused damage": a weapon's uncoded effect is a fact.
        tool = rule in {"active", "inherited"} and head.i == actor.i and is_means_noun(means.lower_)
        for actor_span in (s for one in owners(head) for s in _argument_spans(one, verb)):
            if not target_spans:
                yield Frame(
                    actor_span,
                    verb,
                    None,
                    rule,
                    prep,
                    own,
                    relation,
                    unnamed=unnamed,
                    by_means=tool,
                )
            for target_span in target_spans:
                if target_span != actor_span:
                    yield Frame(
                        *(actor_span, verb, target_span, rule, prep, own, relation),
                        unnamed=unnamed,
                        by_means=tool,
                    )
                    if verb.lemma_ in SYMMETRIC_VERBS and prep is not None and own == "event":
                        # "the rebels clashed with troops": the troops clashed with them too.
                        yield Frame(target_span, verb, actor_span, rule, prep, own, relation)


def _targets(verb: Token, targets: list[Token]) -> tuple[list[Span], str]:
    """Return the target spans of a clause and its surface relation ("" for the default)."""
    # "what planes carried out the raids", "the road which troops cut": a wh- or relative
    # pronoun is no second object.
    objs = [kid for kid in verb.children if kid.dep_ == "dobj" and not is_wh_pronoun(kid)]
    if objs and _has_stray_that(verb):
        # "said that the gunmen tried to seize the depot": the parser may read
        # the "that" of a reported clause as an object of its verb.
        return [np_span(objs[0])], ""
    if len(objs) > 1:
        # two objects next to each other are a misparse of one phrase ("much of it
        # leadership"); a first one that ends at a place or a time, or apart from the
        # second, is the object: "targeted the base in the region with surface to
        # surface missiles" -> the base.
        first = np_span(objs[0])
        if first.end <= objs[0].right_edge.i or objs[1].left_edge.i > first.end:
            return [first], ""
        return [verb.doc[objs[0].left_edge.i : np_span(objs[-1]).end]], ""
    killed = lives_taken(verb) if objs else None
    if killed:
        # "claimed the lives of two boys and a nurse" -> the boys and the nurse.
        return [np_span(tok) for tok in killed], ""
    if objs and is_clause_subject(objs[0]):
        # "Russia denied Damascus carried out the attack": the content is a clause.
        return [], ""
    if objs:
        # light verb + event noun: "launched an air strike against X" -> target X;
        # a thing aimed at someone: "froze funding for X", "praised X's election" -> X.
        found = (
            light_verb_target(verb, objs[0])
            or aimed_target(verb, objs[0])
            or control_target(verb, objs[0])
            or recipient_target(verb, objs[0])
        )
        if found is not None:
            return [np_span(tok) for tok in found[0]], found[1]
        if verb.lemma_.lower() in CONTENT_VERBS and is_thing(objs[0]):
            # "threatened a strike unless the company raised wages" -> aimed at the company.
            aimed = condition_side(verb)
            if aimed:
                return aimed, ""
        acted = act_targets(verb, objs[0])
        if acted is not None:
            # "jets carried out raids", "the UN condemned the attack": the act is no side;
            # "fired shells which fell near X": where they fell (see hit_by).
            return acted[0] or hit_by(objs[0]), acted[1]
    elif is_content_verb(verb):
        # "Iran vowed to retaliate against Israel" -> a vow, target Israel.
        spans, relation = content_targets(verb)
        if all(is_thing(span.root) for span in spans):
            # "threatened a strike unless Israel withdrew" -> aimed at Israel.
            return condition_side(verb) or spans, relation
        return spans, relation
    elif (noun := act_object(verb)) is not None and names_act(verb, noun):
        # "the raid on the camp was carried out by jets" -> the camp (passive light verb);
        # "the raid was carried out by jets", "a truce brokered by Moscow" name no side.
        found = light_verb_target(verb, noun)
        if found is None:
            # "rockets fired by X hit a school": X fired at the school (see hit_by).
            spans, relation = act_targets(verb, noun) or ([], "")
            return spans or hit_by(noun) or aimed_past_agent(verb), relation
        return [np_span(tok) for tok in found[0]], ""
    elif not targets and (demanded_of(verb) or condition_side(verb)):
        # "Canada demanded that Russia free the sailors" -> a demand on Russia.
        return demanded_of(verb) or condition_side(verb), ""
    # "protested against X's decision", "called for sanctions on X", "struck around X" -> X.
    targets = [thing_side(tok) or tok for tok in targets] or called_for(verb) or struck_place(verb)
    return [span for tok in targets for span in _argument_spans(tok, verb)], ""


def _has_stray_that(verb: Token) -> bool:
    first = child(verb, "dobj")
    return first is not None and first.tag_ == "WDT" and first.i < verb.i and not is_relative(first)


def _is_naming(mod: Token) -> bool:
    # "Iraqi and Kurdish officers" name two groups; "first and only airdrops" do not.
    return mod.pos_ in {"PROPN", "NOUN"} or mod.ent_type_ in {"NORP", "GPE", "ORG"}


def _argument_spans(noun: Token, verb: Token) -> list[Span]:
    # coordinated modifiers: "Russian and Turkish patrols used the highway" -> the whole
    # phrase for the first conjunct, "Turkish patrols" for the next (spans stay contiguous);
    # with a reciprocal verb the phrase is one joint actor: "American and Russian air
    # power synchronize their support" is one event, not the same event twice.
    span = with_alternatives(np_span(noun), noun)  # "Russia or the regime": one actor
    if noun.dep_ == "pobj" and noun.head.i == noun.sent.start and noun.head.head.dep_ == "ROOT":
        # a subject read into a fronted phrase ("On the eastern front Kurdish fighters
        # made advances"): the subject starts at its first name, nationality or group word.
        start = next((t.i for t in span[:-1] if is_agentive(t)), span.start)
        span = noun.doc[start : span.end]
    if len(span) > 1 and is_hedged(noun):
        # "it is possible ISIS could withdraw": the adjective is the matrix predicate.
        return [span[1:]]
    if verb.lemma_ in RECIPROCAL_VERBS and noun.dep_ in {"nsubj", "nsubjpass"}:
        return [span]
    spans = [span]
    for mod in noun.lefts:
        if mod.dep_ in {"amod", "compound", "nmod"} and mod.i >= span.start:
            spans.extend(
                noun.doc[kid.i : span.end]
                for kid in mod.children
                if kid.dep_ == "conj"
                and kid.i < noun.i
                and _is_naming(kid)
                and not is_alternative(kid)  # "Syrian or Russian jets": one side, unknown
            )
    return spans


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
