"""Talks named in an adjunct of the clause: "In a phone call with X, Y said ..." (private).

News often tells a consultation only in the setting of another act: "In a phone call
with Erdogan, Putin stressed the need for a truce", "Zarif spoke during talks with the
EU's envoy". The noun of talks with its "with X" phrase, in a "during/in/at/after"
adjunct of a clause, makes the clause's subject consult X: Putin talk Erdogan. Talks
that did not happen ("plans for talks with X", "refused talks with X") are no adjunct
of this kind.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .clauses import is_negated, modality
from .frames import Frame
from .lexicon import NOUN_VERBS
from .spans import child, conjuncts, np_span

# Nouns of a consultation between two sides.
_TALK_NOUNS = frozenset(
    {"talk", "talks", "meeting", "call", "conversation", "discussion", "consultation"}
    | {"negotiation", "summit", "contact"}
)
# Prepositions of an adjunct that sets a clause in talks.
_SETTING = frozenset({"during", "in", "at", "after", "on"})


def meeting_frames(noun: Token) -> Iterator[Frame]:
    """Yield the clause subject's talks with the "with" side of a talks noun in an adjunct.

    "In a phone call with Macron, Rouhani said ..." -> Rouhani talk Macron.
    """
    lemma = noun.lemma_.lower()
    prep = noun.head
    if lemma not in _TALK_NOUNS or noun.dep_ != "pobj" or prep.lower_ not in _SETTING:
        return
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or is_negated(verb) or modality(verb) != "asserted":
        return
    subj = child(verb, "nsubj")
    with_ = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "with"), None)
    side = child(with_, "pobj") if with_ is not None else None
    if subj is None or side is None or subj.pos_ == "PRON" and subj.lower_ == "it":
        return
    action = NOUN_VERBS.get(lemma, "talk")
    relation = f"{noun.text} with"
    for one in conjuncts(subj):
        for other in conjuncts(side):
            yield Frame(
                np_span(one), noun, np_span(other), "active", None, "event", relation, action
            )
