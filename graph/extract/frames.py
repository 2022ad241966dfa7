"""Predicate-argument frames and their conversion to events (private to extract)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..model import UNRESOLVED, Event, Provenance
from .actorspan import actor_span, before_target
from .appositions import named_role
from .assaultmodes import by_doer_means
from .brackets import through_brackets
from .classify import classify
from .clauses import modality
from .counttags import after_count_tag
from .eventkinds import event_kind
from .lightattacks import light_attack_action
from .modalwords import CONTENT_VERBS
from .naryargs import adjunct_phrases
from .negation import is_negated
from .rolenames import role_name
from .setting import DocContext
from .spans import (
    child,
    clause_head,
    join_tokens,
    verb_group,
)
from .stolensubjects import stolen_subject
from .tailspeakers import without_tail_speaker
from .tense import has_own_tense
from .tolltags import without_speaker
from .verbspelling import split_compound

_BASE_CONFIDENCE = {
    "active": 0.8,
    "passive": 0.75,
    "relative": 0.7,
    "participle": 0.65,
    "inherited": 0.65,
    "compound": 0.6,
    "relation": 0.5,
    "speech": 0.6,
}


@dataclass(frozen=True)
class Frame:
    """One predicate-argument reading before it becomes an :class:`Event`."""

    actor: Span
    verb: Token
    target: Span | None
    rule: str
    prep: Token | None = None
    kind: str = "event"
    relation: str = ""
    action: str = ""
    # the actor is a weapon or an attack whose user the text does not name
    unnamed: bool = False
    # the actor is a weapon or an attack (its owner named or not)
    by_means: bool = False


def provenance(doc: Doc, index: int, sent: Span, text: str) -> Provenance:
    """Return where ``sent`` is; ``text`` is ``doc.text``, which spaCy rebuilds per access."""
    data = doc.user_data
    offset = int(data.get("char_offset", 0))
    return Provenance(
        doc_id=str(data.get("doc_id", "")),
        source=str(data.get("source", "")),
        sentence_index=int(data.get("sentence_offset", 0)) + index,
        start_char=sent.start_char + offset,
        end_char=sent.end_char + offset,
        sentence=text[sent.start_char : sent.end_char],
    )


def _relation_text(frame: Frame) -> tuple[str, str]:
    """Return ``(action lemma, surface relation)`` of a frame."""
    verb = frame.verb
    particles = [kid for kid in verb.children if kid.dep_ == "prt"]
    action = " ".join([split_compound(verb.lemma_.lower()), *(p.lower_ for p in particles)])
    if frame.prep is not None:
        action += " " + frame.prep.lower_
    if frame.relation:
        return action, frame.relation
    toks = [verb, *particles, *verb_group(verb)]
    tok = verb
    for _ in range(8):
        if tok.dep_ == "xcomp":
            # xcomp chain: "declined to coordinate with" keeps the governing verbs.
            head = clause_head(tok.head)
            toks.extend(t for t in (tok.head, head) if t.i < verb.i)
        elif (
            tok.dep_ == "conj"
            and tok.head.pos_ in {"VERB", "AUX"}
            and not verb_group(tok)
            and stolen_subject(tok) is None
            and not has_own_tense(tok, tok.head)
        ):
            # a conjoined verb shares the auxiliaries: "will seize and hold" -> "will hold".
            head = tok.head
        else:
            break
        toks.extend(t for t in verb_group(head) if t.i < verb.i)
        tok = head
    if frame.prep is not None:
        toks.append(frame.prep)
    return action, join_tokens(toks)


def _confidence(frame: Frame) -> float:
    score = _BASE_CONFIDENCE[frame.rule]
    if any(t.ent_type_ or t.pos_ == "PROPN" for t in frame.actor):
        score += 0.1
    if frame.actor.root.pos_ == "PRON":
        score -= 0.15
    if frame.target is None:
        score -= 0.1
    elif any(t.ent_type_ for t in frame.target):
        score += 0.05
    length = len(frame.actor) + (len(frame.target) if frame.target is not None else 0)
    score -= min(0.2, 0.02 * max(0, length - 6))
    return round(min(0.99, max(0.05, score)), 3)


def to_event(frame: Frame, sent: Span, prov: Provenance, ctx: DocContext) -> Event:
    """Turn a frame into an ``Event`` with its setting, polarity, modality and attribution."""
    frame = _cleaned(frame)
    action, relation = _relation_text(frame)
    clause = frame.verb if frame.verb.pos_ in {"VERB", "AUX"} else frame.verb.head
    place, place_phrase, when, when_phrase = ctx.setting(clause)
    action = frame.action or action
    mood = modality(frame.verb)
    code = _act_class(frame, action, mood) if _is_act(frame) else ("", "", "")
    kind, unresolved, (cls, cameo, mode) = event_kind(frame, action, code)
    if not frame.action:
        # "launched an assault on X": the act is the assault (see lightattacks).
        action = light_attack_action(frame.verb, cls) or action
    return Event(
        actor=frame.actor.text,
        action=action,
        target=frame.target.text if frame.target is not None else "",
        provenance=prov,
        relation=relation,
        location=place,
        time=when,
        polarity="neg" if is_negated(frame.verb) else "pos",
        modality=mood,
        attribution=ctx.credit(frame.verb),
        confidence=_confidence(frame),
        kind=kind,
        actor_type=UNRESOLVED if unresolved else "",
        action_class=cls,
        cameo_code=cameo,
        mode=mode,
        extras=adjunct_phrases(
            frame.verb,
            frame.target,
            frame.prep,
            (place_phrase, when_phrase),
            ctx.text,
            sent.start_char,
        ),
    )


def _cleaned(frame: Frame) -> Frame:
    """Return the frame with its actor and target cut to the party they name."""
    # "terrorists on the Camp neighbourhood": where, when, on whose word is not who.
    frame = replace(frame, actor=before_target(actor_span(frame.actor), frame.target))
    # "struck a Kurdish militia, the YPG": the name is whom the event is about;
    # so is it in "brokered by junta ally Ruritania" (see rolenames).
    target = role_name(frame.target, frame.verb) if frame.target is not None else None
    if target is not None:  # "Monitors 15" (killed): a headline's source before its count
        target = target.doc[after_count_tag(target) : target.end]
    return replace(
        frame,
        actor=named_role(role_name(frame.actor, frame.verb), frame.verb),
        # "some 40 Nusra (banned in X) fighters": the phrase goes on after the aside.
        # "30 people including children local activists (said)": the speaker is cut off.
        target=through_brackets(
            without_tail_speaker(without_speaker(named_role(target, frame.verb)))
        )
        if target is not None
        else None,
    )


def _act_class(frame: Frame, action: str, mood: str) -> tuple[str, str, str]:
    """Return the class, CAMEO code and mode of an act's verb."""
    # an agentless passive's action is "be destroyed": classify the verb's lemma
    # a fact that names its act ("the blast left 30 injured": injure) is classed by it.
    named = frame.action and not frame.action.startswith("be ")
    verb_action = (
        action.removeprefix("be ").split()[1:] if frame.kind != "event" and not named else None
    )
    own = " ".join([frame.verb.lemma_.lower(), *verb_action]) if verb_action is not None else action
    return by_doer_means(_classify(frame, own, mood), frame.actor)  # "a car bomb killed"


def _is_act(frame: Frame) -> bool:
    # an event, or an agentless passive ("the bridge was destroyed"): a relation fact
    # without an actor, but still an act of its verb's class; copulas are states.
    passive = frame.verb.tag_ == "VBN" and frame.action.startswith("be ")
    # a clause demoted to a fact ("a car bomb killed ten": no actor named) is an act too.
    return frame.kind == "event" or passive or frame.rule != "relation"


def _classify(frame: Frame, action: str, mood: str) -> tuple[str, str, str]:
    """Classify an event; a threat, vow or agreement by its content in its governor's light.

    "the militia vowed to attack the convoy" is one event, the vow, classed by what was
    vowed (THREATEN, mode violence); "agreed to release" is CONCEDE.
    """
    verb = frame.verb
    comp = child(verb, "xcomp") if verb.lemma_.lower() in CONTENT_VERBS else None
    if comp is None:
        return classify(verb, action, mood)
    particles = [k.lower_ for k in comp.children if k.dep_ == "prt"]
    return classify(comp, " ".join([comp.lemma_.lower(), *particles]), mood)
