"""Parse again a clause whose doer's tie to a group swallowed its verb (private).

"Militants affiliated to the Harbi Front fired mortars at a school", "terrorists linked
with the Tarvan Brigades shelled the town": the small model reads the group's name and
the verb after it as one noun phrase ("Front fired mortars", the verb an adjective), or
the tie as the clause's verb ("terrorists affiliated with ..."), so the clause that
names the act has no doer. Where a noun is followed by a tie ("affiliated to", "linked
with", "loyal to", "belonging to", ...), a name, and a past tense that the noun is not
the subject of, the sentence is parsed again without the tie and the name ("Militants
fired mortars at a school"); the new parse is kept when the noun is the verb's subject
there, and the tie hangs on the noun again ("affiliated" a clause on it, the name the
object of "to"). The doc keeps its words; only its tags and its tree change.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from spacy.attrs import DEP, HEAD, TAG  # type: ignore[import-not-found]  # compiled, no stubs
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

__all__ = ["tie_reparser"]

# Participles and adjectives that tie men to the group they belong to.
_TIES = frozenset(
    {"affiliated", "linked", "loyal", "belonging", "allied", "tied", "attached", "aligned"}
    | {"associated", "connected"}
)
_TIE_PREPS = frozenset({"to", "with"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_NAME_TAGS = frozenset({"NNP", "NNPS", "HYPH"})
_PAST_TAGS = frozenset({"VBD", "VBN"})
# Past tenses of auxiliaries and the copula: "forces loyal to X were behind it" reads well.
_AUXILIARIES = frozenset({"was", "were", "had", "did", "been", "got", "could", "would"})
_STAGES = ("tok2vec", "tagger", "parser")
# A past tense that is no participle, parsed in place of one the model read as a clause
# on the noun ("terrorists targeted with shells the town": "terrorists who were targeted").
_SURROGATE = "took"


def tie_reparser(nlp: Language) -> Callable[[Span], None]:
    """Return a function that parses a sentence again when a tie swallowed its verb."""
    stages = [proc for name, proc in nlp.pipeline if name in _STAGES]

    def parse(doc: Doc) -> Doc:
        for proc in stages:
            doc = proc(doc)
        return doc

    def reparse(sent: Span) -> None:
        for tok in sent:
            cut = _swallowed(tok, sent) if tok.lower_ in _TIES else None
            if cut is None:
                continue
            kept = [t.i for t in sent if not cut[0] <= t.i < cut[1]]
            doer, verb = kept.index(tok.i - 1), kept.index(cut[1])
            parsed = parse(_without(sent, kept))
            if _is_reduced(parsed, doer, verb):
                # "terrorists targeted with shells the town": read as "terrorists (who
                # were) targeted", while no other verb has the terrorists as its subject
                parsed = parse(_without(sent, kept, verb))
            if _reads_doer(parsed, doer, verb):
                _graft(sent, parsed, kept, cut)
                return

    return reparse


def _swallowed(tie: Token, sent: Span) -> tuple[int, int] | None:
    """Return the span [tie, verb) of "N affiliated to NAME Ved" when N is not its subject."""
    doc, at = tie.doc, tie.i
    if tie.lower_ not in _TIES or at == sent.start or at + 3 >= sent.end:
        return None
    if doc[at - 1].tag_ not in _NOUN_TAGS or doc[at + 1].lower_ not in _TIE_PREPS:
        return None
    end = at + 2 + (doc[at + 2].lower_ == "the")
    if not doc[end].text[:1].isupper():
        return None  # "militants linked to the attack": no name
    while end < sent.end and _in_name(doc[end]):
        end += 1
    if end >= sent.end or doc[end].tag_ not in _PAST_TAGS or doc[end].lower_ in _AUXILIARIES:
        return None
    doer = doc[at - 1]
    if doer.head.i == end and doer.dep_.startswith("nsubj"):
        return None  # "Militants linked to al-Qaeda shelled a school": read already
    return at, end


def _in_name(tok: Token) -> bool:
    """Return whether a word continues a group's name: "Jabhat al-Nusra", "ISIS" (read as NN)."""
    return tok.tag_ in _NAME_TAGS or tok.lower_ == "al" or (tok.is_upper and tok.is_alpha)


def _without(sent: Span, kept: list[int], past: int = -1) -> Doc:
    """Return the kept words as a new doc, the word at ``past`` as a plain past tense."""
    doc = sent.doc
    words = [doc[i].text if at != past else _SURROGATE for at, i in enumerate(kept)]
    spaces = [bool(doc[i].whitespace_) for i in kept]
    new = Doc(doc.vocab, words=words, spaces=spaces)
    for tok, i in zip(new, kept, strict=True):
        tok.norm_ = doc[i].norm_ if tok.i != past else _SURROGATE  # possessives, acronyms
    return new


def _is_reduced(parsed: Doc, doer: int, verb: int) -> bool:
    """Return whether the verb was read as a clause on the noun, which is no verb's subject."""
    noun, act = parsed[doer], parsed[verb]
    subject = noun.dep_.startswith("nsubj") and noun.head.tag_.startswith("VB")
    return act.head.i == noun.i and act.dep_ == "acl" and not subject


def _reads_doer(parsed: Doc, doer: int, verb: int) -> bool:
    """Return whether the new parse makes the noun the subject of the verb after the name."""
    if len(list(parsed.sents)) != 1:
        return False
    noun, act = parsed[doer], parsed[verb]
    return act.tag_ in _PAST_TAGS and noun.head.i == act.i and noun.dep_ == "nsubj"


def _graft(sent: Span, parsed: Doc, kept: list[int], cut: tuple[int, int]) -> None:
    """Put the new parse on the kept words and hang the tie and the name on the noun."""
    doc = sent.doc
    tags = [t.tag_ for t in doc]
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for tok, i in zip(parsed, kept, strict=True):
        tags[i], heads[i], deps[i] = tok.tag_, kept[tok.head.i], tok.dep_
    tie, prep, last = cut[0], cut[0] + 1, cut[1] - 1
    tags[tie] = "VBN" if tags[tie] == "VBD" else tags[tie]  # "terrorists affiliated": no tense
    heads[tie], deps[tie] = tie - 1, "acl" if tags[tie].startswith("VB") else "amod"
    heads[prep], deps[prep] = tie, "prep"
    for i in range(prep + 1, last):
        if not prep < heads[i] <= last or heads[i] == i:
            heads[i], deps[i] = last, "det" if doc[i].lower_ == "the" else "compound"
    heads[last], deps[last] = prep, "pobj"
    _set(doc, sent, tags, heads, deps)


def _set(doc: Doc, sent: Span, tags: list[str], heads: list[int], deps: list[str]) -> None:
    attrs = [TAG, HEAD, DEP]
    array = doc.to_array(attrs).astype(np.uint64)
    for i in range(sent.start, sent.end):
        array[i, 0] = doc.vocab.strings.add(tags[i])
        array[i, 1] = np.int64(heads[i] - i).astype(np.uint64)  # a relative head
        array[i, 2] = doc.vocab.strings.add(deps[i])
    doc.from_array(attrs, array)  # type: ignore[arg-type]  # thinc's Ints2d is an ndarray
