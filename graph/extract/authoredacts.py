"""A text issued with its act: "issued a statement demanding X" (private to extract).

When a party issues, releases or approves a text and a participle says what the text
does, the participle is the party's act and the issuing is only how it was done:
"the rebels issued a statement asking civilians to leave" is the rebels' demand on the
civilians (:mod:`graph.extract.gerunds` gives the participle the issuer as its doer),
"the assembly approved a motion condemning the junta" its disapproval of the junta. The
issuing stays a fact of the graph, not a second event of the same party.

Not: "released footage showing the raid", "published a report stating that ..." (the
participle says what the text shows or states, no act of its own); "vetoed a resolution
calling for a truce" (the text's author is someone else: the veto is the event).
"""

from __future__ import annotations

from spacy.tokens import Token

from .classify import classify
from .gerunds import TEXT_NOUNS, gerund_doer
from .spans import child

__all__ = ["issued_with_act"]

# Classes that name no act of their own: a participle of these only says what a text says.
_NO_ACT = frozenset({"", "STATEMENT", "OTHER", "RELATION"})


def issued_with_act(verb: Token) -> bool:
    """Return whether ``verb`` issues a text whose participle is the issuer's own act.

    "The rebels issued a statement asking civilians to leave" -> True (the asking is
    the event); "the army released footage showing the raid" -> False.
    """
    text = child(verb, "dobj")
    if text is None or text.lemma_.lower() not in TEXT_NOUNS:
        return False
    for part in text.children:
        if part.dep_ != "acl" or part.tag_ != "VBG":
            continue
        doer = gerund_doer(part)
        if doer is not None and doer.i == verb.i:
            return classify(part, part.lemma_.lower())[0] not in _NO_ACT
    return False
