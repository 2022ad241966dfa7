"""Casualties named as people, not hurt in a clause: "the dead and wounded" (private).

Without a noun after them, "the dead and wounded" are people (the adjectives used as a
noun), but the parser reads "wounded" as a verb conjoined to the clause's own verb:
"volunteers carried the dead and wounded" is no wounding by the volunteers, and "the
raids caused dozens dead and wounded" none by the raids (the toll is told elsewhere).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import word_set

# Participles of harm that, after "dead and", name the hurt.
_HURT = word_set("wounded injured")
# Words before "dead" that make "dead and wounded" a noun phrase: "the", "dozens of",
# "several dozen" ("killed two men and wounded four" and "shot two men dead and wounded
# four" are verbs).
_COUNTING = word_set("the of dozen dozens scores tens hundreds numbers")


def is_casualty_noun(verb: Token) -> bool:
    """Return whether ``verb`` is the "wounded" of "the dead and wounded" (no verb at all)."""
    if verb.lower_ not in _HURT or verb.dep_ != "conj":
        return False
    before = verb.doc[verb.i - 3 : verb.i] if verb.i >= 3 else verb.doc[0:0]
    if len(before) < 3 or before[1].lower_ != "dead" or before[2].lower_ not in {"and", "or"}:
        return False
    if before[0].lower_ in _COUNTING:
        # "caused several dozen dead and wounded the monitor said": the parser may take
        # the next clause's subject for an object of "wounded"
        return not _own_object(verb)
    return not any(k.dep_ in {"dobj", "agent", "nsubj", "nsubjpass"} for k in verb.children)


def _own_object(verb: Token) -> bool:
    """Return whether ``verb`` has a direct object that no verb after it takes as subject.

    "left dozens dead and wounded hundreds of people": "wounded" is a verb; in "caused
    dozens dead and wounded the monitor said" its "object" is the speaker of "said".
    """
    for kid in verb.children:
        if kid.dep_ == "dobj" and kid.i > verb.i:
            after = kid.right_edge.i + 1
            if after >= len(verb.doc) or verb.doc[after].pos_ not in {"VERB", "AUX"}:
                return True
    return False
