"""Acts a clause names as promised, not as done (private).

"The militia vowed to keep shelling the port" and "the envoy pledged to devote his term
to rebuilding the schools" promise the shelling and the rebuilding: what is promised
lies ahead, however often the content is chained ("keep shelling", "devote X to
rebuilding"). The promise itself is one event, classed by its content
(:mod:`graph.extract.complements`); the acts told inside it are "future"
(:func:`promised_modality`), read by :func:`graph.extract.clauses.modality` as the
modality of a "to" complement.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import word_set

__all__ = ["promised_modality"]

# Verbs of promising and threatening whose "to" complement is what is promised.
_PROMISING = word_set("vow pledge promise swear threaten")


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
