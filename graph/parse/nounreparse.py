"""Parse again a sentence whose plural noun the model read as a verb (private).

"Twelve people were killed in renewed government airstrikes on the town": the small
model tags a plural it does not know ("airstrikes") as a present tense (VBZ) and hangs
it on the clause as a second verb, so the preposition before it has no object and the
attack, with its owner ("government"), is lost. A verb never takes a noun compound
before it: a word tagged VBZ whose own child right before it is a ``compound`` is such
a misread noun. The sentence is parsed again with an unambiguous plural noun in its
place ("... in renewed government bombardments on the town"), and the new parse is
kept when that word is a preposition's plural object there ("in", "by", "of" ... the
attack) that still owns the compound before it, and that preposition had no object of
its own before (the misread word had taken it: "in" has none in the first parse). A
word with a verb's own dependents ("the US claims to have taken X", "ISIS attacks the
city") keeps its parse.

The doc keeps its words; only its tags and its tree change.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .reparse import graft, stage_parser, with_word

__all__ = ["noun_reparser"]

# The plural parsed in the word's place: a noun that is no verb.
_SURROGATE = "bombardments"
# Dependents only a verb takes: a word that has one was read as a verb with reason.
_VERB_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "xcomp", "ccomp", "aux", "auxpass"})


def noun_reparser(nlp: Language) -> Callable[[Span], None]:
    """Return a function that parses a sentence again when a plural noun was read as a verb."""
    parse = stage_parser(nlp)

    def reparse(sent: Span) -> None:
        for tok in sent:
            if _misread(tok, sent):
                at = tok.i - sent.start
                parsed = parse(with_word(sent, tok, _SURROGATE))
                if _reads_noun(parsed, at) and _took_no_object(sent, parsed[at].head.i, tok):
                    graft(sent, parsed)
                return  # one try per sentence: the parse is its cost

    return reparse


def _misread(tok: Token, sent: Span) -> bool:
    """Return whether ``tok`` is a plural tagged VBZ that owns the noun compound before it."""
    if tok.tag_ != "VBZ" or tok.i == sent.start or not tok.is_alpha:
        return False
    before = tok.doc[tok.i - 1]
    if before.head.i != tok.i or before.dep_ != "compound":
        return False
    # "the US claims to have taken X", "ISIS attacks the city": a verb's own arguments,
    # or an infinitive or a "that" clause right after it that the parser hung elsewhere
    after = tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if after is not None and (after.tag_ == "TO" or after.lower_ == "that"):
        return False
    return not any(k.dep_ in _VERB_DEPS for k in tok.children)


def _reads_noun(parsed: Doc, at: int) -> bool:
    """Return whether the surrogate is a preposition's plural object owning its compound."""
    noun = parsed[at]
    if noun.tag_ != "NNS" or noun.dep_ != "pobj" or len(list(parsed.sents)) != 1:
        return False
    before = parsed[at - 1]
    return before.head.i == at and before.dep_ in {"compound", "amod", "nmod"}


def _took_no_object(sent: Span, at: int, tok: Token) -> bool:
    """Return whether the preposition at ``at`` had no object but ``tok`` before the reparse.

    "killed in renewed X airstrikes": "in" lost its object to the misread word; "targeted
    by a rebel group Tarvan TV reports": "by" has its object, and "reports" is no part of it.
    """
    prep = sent[at]
    return all(k.i == tok.i for k in prep.children if k.dep_ == "pobj")
