"""Who says what a gerund of saying tells after a demand: the one who demands (private).

"The envoy urged the council to halt the raids on Hamra, stressing that ..." : the
envoy stresses it, not the council the infinitive is asked of. Without the comma the
parser hangs the gerund on the infinitive ("to halt ... stressing"), whose subject is
the one urged; a gerund of saying is the finite clause's speaker's, so it climbs over
the infinitives to the clause that has a subject of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import SPEECH_VERBS

__all__ = ["speaker_clause"]

# Gerunds of saying besides the speech verbs: "pointing out", "calling for", "urging".
_SAYING = SPEECH_VERBS | frozenset({"point", "call", "urge", "demand", "emphasize", "emphasise"})
# Verbs whose gerund is their own content, not a comment: "asked them to stop saying".
_ASPECT_VERBS = frozenset({"stop", "keep", "continue", "start", "begin", "quit", "avoid", "resume"})
# How an infinitive hangs on what it is asked of or aimed at: "urged X to stop".
_INFINITIVE_DEPS = frozenset({"xcomp", "advcl", "ccomp", "conj"})


def speaker_clause(verb: Token) -> Token | None:
    """Return the finite clause a gerund of saying hung on an infinitive belongs to, or None.

    "appealed to the UN to stop the shelling pointing out that ..." -> appealed;
    None for a gerund on a finite clause ("the envoy spoke, stressing ...").
    """
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _SAYING:
        return None
    head = verb.head
    if verb.dep_ not in {"advcl", "xcomp"} or not _is_infinitive(head):
        return None
    if head.lemma_.lower() in _ASPECT_VERBS:
        return None  # "urged them to stop saying ...": the saying is what is to stop
    for _ in range(4):
        if not _is_infinitive(head) or head.dep_ not in _INFINITIVE_DEPS or head.head.i == head.i:
            break
        head = head.head
    return None if _is_infinitive(head) else head


def _is_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(k.tag_ == "TO" for k in verb.children)
