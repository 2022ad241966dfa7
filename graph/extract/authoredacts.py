"""A text issued with its act: "issued a statement demanding X" (private to extract).

When a party issues, releases or approves a text and a participle says what the text
does, the participle is the party's act and the issuing is only how it was done:
"the rebels issued a statement asking civilians to leave" is the rebels' demand on the
civilians (:mod:`graph.extract.gerunds` gives the participle the issuer as its doer),
"the assembly approved a motion condemning the junta" its disapproval of the junta. The
issuing stays a fact of the graph, not a second event of the same party.

Not: "released footage showing the raid", "issued a statement saying that ..." (the
participle says what the text shows or states, no act of its own); "staged protests
calling for reform", "approved a draft law ratifying the deal" (the protest and the
approval are acts; a law speaks for no one); "vetoed a resolution
calling for a truce" (the text's author is someone else: the veto is the event).
"""

from __future__ import annotations

from spacy.tokens import Token

from .classify import classify
from .gerunds import gerund_doer
from .lexicon import word_set
from .spans import child

__all__ = ["issued_with_act"]

# Verbs that issue a text, and the texts that speak for their issuer ("issued a
# statement", "adopted a resolution"); a draft law, a video or a protest acts for no one
# ("approved a draft law ratifying the deal", "staged protests calling for reform": the
# approval and the protest are the events).
_ISSUING = word_set("issue release publish pass adopt approve send")
_STATEMENTS = word_set("statement communique declaration resolution motion letter message")
# Classes that name no act of their own: a participle of these only says what a text says.
_NO_ACT = frozenset({"", "STATEMENT", "OTHER", "RELATION"})


def issued_with_act(verb: Token) -> bool:
    """Return whether ``verb`` issues a text whose participle is the issuer's own act.

    "The rebels issued a statement asking civilians to leave" -> True (the asking is
    the event); "the army released footage showing the raid" -> False.
    """
    text = child(verb, "dobj")
    if verb.lemma_.lower() not in _ISSUING or text is None:
        return False
    if text.lemma_.lower() not in _STATEMENTS:
        return False
    for part in text.children:
        if part.dep_ != "acl" or part.tag_ != "VBG":
            continue
        doer = gerund_doer(part)
        if doer is not None and doer.i == verb.i:
            return classify(part, part.lemma_.lower())[0] not in _NO_ACT
    return False
