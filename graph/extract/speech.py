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
from .frames import Frame
from .lexicon import REPORT_ONLY
from .spans import child, join_tokens, np_span, verb_group
from .speechtags import tag_content, tag_speaker


def is_speech(verb: Token) -> bool:
    """Return whether ``verb`` only reports a clause ("the ministry said (that) ...")."""
    if verb.lemma_ not in REPORT_ONLY or verb.pos_ != "VERB":
        return False
    kids = {k.dep_ for k in verb.children}
    # "Jets struck the market said the monitor": a tag after the clause (see speechtags).
    return "ccomp" in kids and not kids & {"dobj", "nsubjpass", "xcomp"} or bool(tag_speaker(verb))


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
