"""A participle clause with its own "by" agent: the main clause's subject undergoes it (private).

"Backed by Iranian militias, the army retook the valley" -> the militias back the army;
"Surrounded by rebels, the garrison surrendered" -> the rebels surround the garrison.
The small model hangs such a clause on the main verb as an adverbial participle with
an agent and no subject of its own; without a rule the participle inherits the main
subject as its doer ("the army backed"), and the doer named in its "by" phrase is lost.
A participle with a subject of its own ("the town captured by X, the rebels fled") is
an absolute clause and is left alone, and so is one whose "by" phrase names no one
("Encouraged by the gains, the rebels pushed on") and one after the subject, which
may be an aside on another noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from .agentnouns import is_someone
from .spans import child

__all__ = ["participle_patient"]


def participle_patient(verb: Token) -> Token | None:
    """Return the main clause's subject that an agentive participle clause is done to.

    "Backed by X, the army took Y": for "Backed", the army; None for any other verb.
    """
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or child(verb, "agent") is None:
        return None
    if any(k.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for k in verb.children):
        return None  # "the town captured by X, ...", "after being shelled by X", "as ..."
    agent = child(verb, "agent")
    doer = child(agent, "pobj") if agent is not None else None
    if doer is None or not (is_someone(doer) or doer.pos_ == "PROPN"):
        return None  # "Encouraged by the gains, the rebels ...": no one did it
    subject = child(verb.head, "nsubj")
    # only before its subject: a participle after it may be an aside on another noun the
    # parser hung on the verb ("the zone falls within areas - endorsed by X - where").
    return subject if subject is not None and verb.i < subject.i else None
