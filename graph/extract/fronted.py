"""A bare past participle clause on the main subject: the subject undergoes it (private).

"Backed by Iranian militias, the army retook the valley" -> the militias back the army;
"Surrounded by rebels, the garrison surrendered" -> the rebels surround the garrison.
The small model hangs such a clause on the main verb as an adverbial participle with
no subject of its own; without a rule the participle inherits the main subject as its
doer ("the army backed"), and the doer named in its "by" phrase is lost. Without a "by"
phrase the participle names no doer at all: "Besieged for two years, the villagers live
on lentils" and "Families displaced from the city have found shelter" tell of no one
besieging or displacing, and the villagers and the families did neither.
A participle with a subject of its own ("the town captured by X, the rebels fled") is
an absolute clause and is left alone, and so is one whose "by" phrase names no one
("Encouraged by the gains, the rebels pushed on") and one after the subject that does
not follow it at once, which may be an aside on another noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from .agentnouns import is_someone
from .spans import child
from .transitives import transitive_verbs

__all__ = ["participle_patient"]

# Dependents of a clause of its own, or of a participle that has its object.
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "mark", "aux", "auxpass", "dobj", "ccomp"})


def participle_patient(verb: Token) -> Token | None:
    """Return the main clause's subject that a bare participle clause is done to.

    "Backed by X, the army took Y", "Besieged for years the villagers live on bread",
    "families displaced from Homs have found shelter": for the participle, the army,
    the villagers, the families; None for any other verb.
    """
    if verb.dep_ != "advcl" or any(k.dep_ in _OWN_CLAUSE for k in verb.children):
        return None  # "the town captured by X, ...", "after being shelled by X", "as ..."
    subject = child(verb.head, "nsubj")
    if subject is None or not _bare_participle(verb, subject):
        return None
    agent = child(verb, "agent")
    if agent is None:
        return subject  # "Besieged for years, the villagers ...": no doer named
    doer = child(agent, "pobj")
    if doer is None or not (is_someone(doer) or doer.pos_ == "PROPN"):
        return None  # "Encouraged by the gains, the rebels ...": no one did it
    return subject


def _bare_participle(verb: Token, subject: Token) -> bool:
    """Return whether ``verb`` is a past participle before its head's subject or right after it.

    Only before the subject, or right after it and before its verb ("families displaced
    from Homs have found"): a participle elsewhere may be an aside on another noun the
    parser hung on the verb ("the zone falls within areas - endorsed by X - where").
    """
    if verb.i < subject.i:
        return verb.tag_ == "VBN"
    if not subject.right_edge.i < verb.i < verb.head.i or verb.tag_ not in {"VBN", "VBD"}:
        return False
    # (the tagger reads "displaced" after its noun as a past tense; a verb that needs an
    # object and has none there is the participle of a passive)
    after = verb.left_edge.i == subject.right_edge.i + 1
    return after and verb.lemma_.lower() in transitive_verbs()
