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

from .appositions import named_head
from .spans import child, np_span

# Verbs of a tag: "said the army", "added the statement".
_TAG_VERBS = frozenset({"say", "add", "report"})
# Links by which a misread tag hangs from the clause it reports.
_TAG_LINKS = frozenset({"ROOT", "conj", "parataxis", "advcl", "ccomp"})
# Gerunds after a tag that are the speaker's own acts: "said, adding that", "blaming X",
# "citing sources", "using the term".
_SPEAKERS_ACTS = frozenset(
    {"say", "add", "report", "tell", "blame", "accuse", "cite", "quote", "refer", "describe"}
    | {"call", "use", "speak", "note", "stress", "warn", "urge", "insist", "claim", "deny"}
)
# Tags of a verb of the clause before the tag ("killed", "were targeted").
_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})


def tag_speaker(verb: Token) -> Token | None:
    """Return the speaker of a speech tag after its clause headed by ``verb``, or None.

    "Two shells hit the school said the ministry" -> "ministry" (its object must end
    the sentence, its own relative clause aside); "two shells hit the school the
    ministry said" -> "ministry" (a subject, no object and no "and" before it). A verb
    must come before the tag.
    """
    if verb.lemma_ not in _TAG_VERBS or verb.pos_ != "VERB" or verb.dep_ not in _TAG_LINKS:
        return None
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        # "has reported hundreds killed", "an AFP photographer reporting civilians fleeing".
        return None
    sent = verb.sent
    before = [t for t in sent.doc[sent.start : verb.i] if t.head.i != verb.i or t.dep_ == "ccomp"]
    if not any(t.pos_ in {"VERB", "AUX"} and t.tag_ in _CLAUSE_TAGS for t in before):
        return None
    obj = child(verb, "dobj")
    if obj is None:
        return _conjoined_speaker(verb)
    if obj.left_edge.i != verb.i + 1 or obj.pos_ not in {"PROPN", "NOUN"}:
        return None
    last = max(t.i for t in sent if not (t.is_punct or t.is_space))
    return named_head(obj) if obj.right_edge.i >= last else None


def _conjoined_speaker(verb: Token) -> Token | None:
    # "air strikes hit the hospital the correspondent said": the parser conjoins "said"
    # to the clause it reports; a real second clause has its "and"/"but".
    head = verb.head
    if verb.dep_ not in {"conj", "parataxis"} or head.i > verb.i or child(verb, "ccomp"):
        return None
    if any(kid.dep_ == "cc" and head.i < kid.i < verb.i for kid in head.children):
        return None
    subj = child(verb, "nsubj")
    return named_head(subj) if subj is not None and subj.pos_ in {"PROPN", "NOUN"} else None


def tag_clause(tag: Token) -> Token | None:
    """Return the head of the clause a speech tag reports ("hit" in "hit X said Y")."""
    if tag.dep_ != "ROOT":
        return tag.head
    return next((kid for kid in tag.lefts if kid.dep_ == "ccomp"), None)


def reported_gerund(verb: Token) -> Token | None:
    """Return the clause a gerund after a speech tag belongs to, or None.

    "air strikes hit the hospital the correspondent said bringing down rubble": the
    strikes brought the rubble down, not the correspondent ("..., adding that ..." is
    the speaker's own).
    """
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp"} or verb.head.i > verb.i:
        return None
    head = verb.head
    if verb.lemma_ in _SPEAKERS_ACTS or head.lemma_ not in _TAG_VERBS:
        # "..., the ministry said, blaming terrorists": the speaker blames.
        return None
    if tag_speaker(head) is not None:
        return tag_clause(head)
    # "..., the correspondent said, bringing down ...": a reported clause before "said".
    return next((kid for kid in head.lefts if kid.dep_ == "ccomp"), None)


def tag_content(verb: Token) -> Span | None:
    """Return the clause a speech tag reports: the sentence before the tag."""
    sent = verb.sent
    subj = child(verb, "nsubj")
    end = subj.left_edge.i if subj is not None and subj.i < verb.i else verb.i
    toks = list(sent.doc[sent.start : end])
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


def speaker(verb: Token) -> Token | None:
    """Return who says what a speech verb reports, or None.

    Its subject, a tag's speaker ("... said the monitor"), or the one quoted: "the
    agency quoted activists as saying that ..." -> activists.
    """
    found = tag_speaker(verb) or child(verb, "nsubj")
    if found is not None:
        return found
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ == "as":
        # "quoted X as saying", "cited X as saying".
        quoted = child(prep.head, "dobj")
        return named_head(quoted) if quoted is not None else None
    return None
