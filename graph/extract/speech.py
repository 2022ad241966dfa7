"""Reported speech: the fact that someone said a clause (private).

"Officials said the talks had collapsed" is a fact (officials — say — the clause), not an
event: the clause's own events are the news, credited to the speaker (see
:func:`graph.extract.clauses.attribution`). A speech tag after its clause ("..., said
the monitor") is found in :mod:`graph.extract.speechtags`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .arguments import agents
from .eventclass import noun_class
from .eventnouns import is_event_noun
from .frames import Frame
from .lexicon import FORCE_CLASSES, REPORT_ONLY
from .spans import child, join_tokens, np_span, verb_group
from .speechtags import tag_content, tag_speaker


def is_speech(verb: Token) -> bool:
    """Return whether ``verb`` only reports a clause ("the ministry said (that) ...")."""
    if verb.lemma_ not in REPORT_ONLY or verb.pos_ != "VERB":
        return False
    kids = {k.dep_ for k in verb.children}
    # "Jets struck the market said the monitor": a tag after the clause (see speechtags).
    return "ccomp" in kids and not kids & {"dobj", "nsubjpass", "xcomp"} or bool(tag_speaker(verb))


# What a report tells of besides an event noun: "reported deaths", "confirmed the toll".
_REPORTED = frozenset({"death", "casualty", "toll", "injury", "loss", "violation"})
# Verbs that keep a record of what happened: "the monitor documented the killing of 40"
# ("recorded" is not one of them: "the army recorded advances" made them).
_RECORDING = frozenset({"document"})


def reports_event(verb: Token) -> bool:
    """Return whether a reporting verb's object is what happened: "a witness reported clashes".

    Like a reported clause ("said that clashes erupted"), the event is the content of
    the report, not its target: the report is a fact crediting the reporter. So is the
    event a passive report names ("the raid was reported by state radio") and a gerund
    the parser hangs on the report ("the monitor reported fighting in the east": the
    monitor does not fight).
    """
    if _reported_gerund(verb):
        return True
    if verb.lemma_ not in REPORT_ONLY | _RECORDING or verb.lemma_ == "claim":
        # "the group claimed the bombing" names who did it: a claim of its own.
        return False
    obj = child(verb, "dobj")
    if obj is None:
        return _reported_subject(verb)
    # "said" takes a clause: its object is a misread subject ("said militants sneaked in");
    # "reported a source as saying" quotes the source.
    said = verb.lemma_ == "say" or _quotes(verb)
    return said or _tells_event(obj)


def _tells_event(noun: Token) -> bool:
    """Return whether a reported noun is an event: "clashes", "deaths", "the incursion"."""
    if is_event_noun(noun) or noun.lemma_.lower() in _REPORTED:
        return True
    return noun.pos_ == "NOUN" and noun_class(noun)[0] in FORCE_CLASSES


def _reported_subject(verb: Token) -> bool:
    """Return whether a passive report names its reporter: "the ambush was reported by TV"."""
    subj = child(verb, "nsubjpass")
    return subj is not None and child(verb, "agent") is not None and _tells_event(subj)


def _reported_gerund(verb: Token) -> bool:
    """Return whether a bare gerund is the event a report tells of, not the reporter's act.

    "The monitor reported fighting in the east" (parsed as "reported" + complement
    "fighting"): the fighting is reported, and the monitor is no party to it. A gerund
    with its own object is the reporter's act: "the army reported killing 20 militants".
    """
    if verb.dep_ != "xcomp" or verb.tag_ != "VBG":
        return False
    if verb.head.lemma_ not in REPORT_ONLY | _RECORDING or verb.head.lemma_ == "claim":
        return False
    if any(k.dep_ in {"dobj", "nsubj", "nsubjpass", "ccomp"} for k in verb.children):
        return False
    return is_event_noun(verb)


def _quotes(verb: Token) -> bool:
    as_ = next((k for k in verb.children if k.dep_ == "prep" and k.lower_ == "as"), None)
    return as_ is not None and child(as_, "pcomp") is not None


def speech(verb: Token) -> Iterator[Frame]:
    """Yield the fact that someone said a clause: X said (that) Y.

    "Officials said the talks had collapsed" -> officials | said | the talks had collapsed.
    The clause's own events credit the speaker (attribution); this fact keeps the act of
    saying with its content for Open IE output. The content is no actor.
    """
    comp = child(verb, "ccomp")
    speaker = tag_speaker(verb)
    told = tag_content(verb) if speaker is not None else None
    if told is not None and speaker is not None:
        relation = join_tokens([*verb_group(verb), verb])
        yield Frame(np_span(speaker), verb, told, "speech", None, "relation", relation)
    if comp is None or speaker is not None:
        return
    toks = list(verb.doc[comp.left_edge.i : comp.right_edge.i + 1])
    while toks and (toks[0].dep_ == "mark" or toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    if not toks:
        return
    content = verb.doc[toks[0].i : toks[-1].i + 1]
    relation = join_tokens([*verb_group(verb), verb])
    actors, _ = agents(verb)
    for actor in actors:
        if not (content.start <= actor.i < content.end):
            yield Frame(np_span(actor), verb, content, "speech", None, "relation", relation)
