"""Tag a present-tense verb the tagger read as a noun, where the parse makes it one (private).

"Russian jets pound rebel town in Idlib", "Air raids on the stronghold kill 22": a
headline's present tense is also a noun ("pound", "raids kill" read as "kills"), and
the small model tags it a noun while its parser makes it the clause's head, with a
subject before it and an object after it. No noun heads a clause with a subject and an
object: such a word, when it is a verb or its -s form (the lemmatizer's verbs) that
agrees with its subject as a present tense does ("jets pound", "attack kills"), is tagged a
verb (VBP, VBZ) after the parser, so the attribute ruler and the lemmatizer read it as
one. A form that does not agree ("World Follow World", a share bar's words) and a
subject that is a date ("Mon Apr 4 2016 Attack Kills ...") keep the noun tag.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

from .commawords import MONTHS, WEEKDAYS
from .nounreparse import noun_reparser
from .recase import verb_forms
from .reparse import reparser
from .ties import tie_reparser

__all__ = ["VERB_TAGS"]

# The component's name, and where it goes: after the parser, before the attribute ruler
# (which maps the tag to the part of speech the lemmatizer reads).
VERB_TAGS = "newsgraph_verbtags"
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# A clause's head: the sentence's, or a reported one ("jets pound the town, activists say").
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp"})


@Language.factory(VERB_TAGS)
def _make_verb_tags(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    lemmas = verb_forms(nlp).index  # the lemmatizer's verbs: "pound", "kill"
    reparse = reparser(nlp, lemmas)
    untie = tie_reparser(nlp)
    renoun = noun_reparser(nlp)

    def tag_verbs(doc: Doc) -> Doc:
        for sent in list(doc.sents):
            reparse(sent)  # "forces pound rebel positions" read as one noun phrase
            untie(sent)  # "militants affiliated to X fired mortars": "X fired" misread
            renoun(sent)  # "in renewed government airstrikes": "airstrikes" read as a verb
        for tok in doc:
            tag = _present_tag(tok, lemmas)
            if tag:
                tok.tag_ = tag
        return doc

    return tag_verbs


def _present_tag(tok: Token, lemmas: set[str]) -> str:
    """Return VBZ or VBP when ``tok`` is a noun-tagged present tense heading its clause."""
    if tok.tag_ not in _NOUN_TAGS or tok.dep_ not in _CLAUSE_DEPS or not tok.is_alpha:
        return ""
    subj = next((k for k in tok.lefts if k.dep_ == "nsubj"), None)
    if subj is None or not any(k.dep_ == "dobj" for k in tok.rights):
        return ""
    # (the part of speech is not set yet: the tags tell nouns)
    if subj.tag_ not in _NOUN_TAGS or subj.lower_ in MONTHS | WEEKDAYS or subj.like_num:
        return ""  # "Mon Apr 4 2016 Attack Kills ...": a dateline read as the subject
    word = tok.lower_
    plural = subj.tag_ in _PLURAL_TAGS or any(k.dep_ == "conj" for k in subj.rights)
    if word.endswith("s") and not word.endswith("ss"):
        # "attack kills": the -s form of a verb, after one doer
        stems = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
        return "VBZ" if not plural and stems & lemmas else ""
    # "jets pound", "the army and its ally control"; never "workers training hoses"
    return "VBP" if plural and word in lemmas else ""
