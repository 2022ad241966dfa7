"""Acts a clause names as promised or as meant, not as done (private).

"The militia vowed to keep shelling the port" and "the envoy pledged to devote his term
to rebuilding the schools" promise the shelling and the rebuilding: what is promised
lies ahead, however often the content is chained ("keep shelling", "devote X to
rebuilding"). The promise itself is one event, classed by its content
(:mod:`graph.extract.complements`); the acts told inside it are "future"
(:func:`promised_modality`). "The inspectors are meant to visit two depots" and "a
team designed to search the ruins" name a purpose, not a visit or a search that came:
"future" too (:func:`meant_modality`), when who is meant to act is someone; a thing's
purpose ("the truce was meant to ease the talks") says nothing of the talks. Both are
read by :func:`graph.extract.clauses.modality` as the modality of a "to" complement.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import _words
from .recipients import is_actor_noun
from .spans import antecedent, child, is_relative

__all__ = ["meant_modality", "promised_modality"]

# Verbs of promising and threatening whose "to" complement is what is promised.
_PROMISING = _words("vow pledge promise swear threaten")
# Verbs of purpose whose passive says what something is for: "is meant to", "designed to".
_MEANING = _words("mean design")


def promised_modality(clause: Token) -> str:
    """Return "future" when ``clause`` is the "to" complement of a promise, else "".

    "vowed to keep shelling the port": "keep" (and through it "shelling") is promised;
    "threatened to storm the town"; not "vowed revenge" (no complement).
    """
    if clause.dep_ != "xcomp" or clause.head.i == clause.i:
        return ""
    head = clause.head
    if head.pos_ not in {"VERB", "AUX"} or head.lemma_.lower() not in _PROMISING:
        return ""
    return "future" if any(kid.tag_ == "TO" for kid in clause.children) else ""


def meant_modality(clause: Token) -> str:
    """Return "future" when ``clause`` is what a passive "meant/designed to" is for, else "".

    "The inspectors are meant to visit two depots", "a team meant to search the ruins"
    (a reduced passive); not "that means the talks failed" (active, no "to").
    """
    if clause.dep_ != "xcomp" or clause.head.i == clause.i:
        return ""
    head = clause.head
    if head.lemma_.lower() not in _MEANING or head.tag_ != "VBN":
        return ""
    if child(head, "auxpass") is None and head.dep_ != "acl":
        return ""  # "the planners had designed to ..." is no passive
    if not any(kid.tag_ == "TO" for kid in clause.children):
        return ""
    return "future" if _is_meant_doer(head) else ""


def _is_meant_doer(meant: Token) -> bool:
    """Return whether what is "meant to" act is someone: a team, a force, a name.

    "The inspectors are meant to visit two depots" (they have not yet); not "the truce
    was meant to ease the talks" or "raids designed to break the siege": a thing's
    purpose says nothing of whether the talks or the siege went on.
    """
    doer = child(meant, "nsubjpass") if meant.dep_ != "acl" else meant.head
    if doer is not None and is_relative(doer) and meant.dep_ == "relcl":
        doer = antecedent(meant)  # "a team that is meant to visit the depots"
    return doer is not None and is_actor_noun(doer)
