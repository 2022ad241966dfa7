"""Speech tags after the clause: "... killed ten people said the Observatory" (private).

News often puts the source last, with the verb first: "Jets struck the market, said
the monitor." Without the comma the parser reads the source as the object of "said"
("X — say — the monitor"), and the clause before as its subject, its complement or a
verb conjoined to it. :func:`tag_speaker` finds such a tag: its object is the speaker,
and the clause before it is what was said (attributed to the speaker, no event of
saying with a target). "The monitor said militants entered the village" is no tag:
nothing before "said" is a clause.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .spans import child, named_head, np_span

# Verbs of a tag: "said the army", "added the statement".
_TAG_VERBS = frozenset({"say", "add"})
# Links by which a misread tag hangs from the clause it reports.
_TAG_LINKS = frozenset({"ROOT", "conj", "parataxis", "advcl", "ccomp"})
# Tags of a verb of the clause before the tag ("killed", "were targeted").
_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})


def tag_speaker(verb: Token) -> Token | None:
    """Return the speaker of a sentence-final speech tag headed by ``verb``, or None.

    "Two shells hit the school said the ministry" -> "ministry"; the object must end
    the sentence (its own relative clause aside) and a verb must come before the tag.
    """
    if verb.lemma_ not in _TAG_VERBS or verb.pos_ != "VERB" or verb.dep_ not in _TAG_LINKS:
        return None
    obj = child(verb, "dobj")
    if obj is None or obj.left_edge.i != verb.i + 1 or obj.pos_ not in {"PROPN", "NOUN"}:
        return None
    sent = verb.sent
    last = max(t.i for t in sent if not (t.is_punct or t.is_space))
    if obj.right_edge.i < last:
        return None
    before = sent.doc[sent.start : verb.i]
    if not any(t.pos_ in {"VERB", "AUX"} and t.tag_ in _CLAUSE_TAGS for t in before):
        return None
    return named_head(obj)


def tag_content(verb: Token) -> Span | None:
    """Return the clause a speech tag reports: the sentence before the tag."""
    sent = verb.sent
    toks = list(sent.doc[sent.start : verb.i])
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    return sent.doc[toks[0].i : toks[-1].i + 1] if toks else None


def tagged_speaker(clause: Token, tag: Token) -> str:
    """Return the speaker of a speech tag other than ``tag`` hanging from ``clause``, or ""."""
    for kid in clause.children:
        if kid.i > clause.i and kid.i != tag.i and kid.dep_ in _TAG_LINKS:
            speaker = tag_speaker(kid)
            if speaker is not None:
                return np_span(speaker).text
    return ""
