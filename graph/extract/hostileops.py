"""Whether an operation or campaign noun is a military one, by what its phrases say (private).

"operations against the terrorists", "a counter-terror operation", "a campaign for Raqqa",
"launched Operation Dawn" are force; "a joint operation", "a campaign against hunger" are not.
Used by :mod:`graph.extract.eventclass` and the class rules that ask about an operation.
"""

from __future__ import annotations

from spacy.tokens import Token

from .halts import HALT_VERBS
from .labels import label_class
from .lexicon import FORCE_CLASSES, PLACE_LABELS, PLACE_NOUNS, word_set

__all__ = ["PERFORMING_VERBS", "is_hostile_operation", "is_named_operation"]

# Frames of an act whose "against" phrase names its enemy: "operations against X", "waged
# war against X".
_HOSTILE_FRAMES = frozenset({"operation", "operations", "war"})
# Words before an operation that make it a military one: "a counter-terror operation".
_MILITARY_MARKS = word_set(
    "military counter-terror counter-terrorism counterterrorism anti-terror anti-terrorism "
    "combat ground offensive"
)
_TOGETHER = word_set("joint combined common shared")
# Campaigns, which alone are appeals (CAMEO "campaign" 020), for a place or to take it.
_CAMPAIGNS = frozenset({"campaign", "drive"})
# Verbs whose passive subject is always an act done: "the raid was carried out".
PERFORMING_VERBS = word_set("carry conduct launch stage mount perpetrate commit perform wage")


def is_hostile_operation(noun: Token) -> bool:
    """Return whether a noun is a military operation or campaign by what its phrases say.

    "operations against terrorists"; "a campaign for Raqqa" (for a place), "its campaign
    to retake the city" (to take it by force), not "a campaign to free the prisoners".
    A phrase may hang on the noun or, for an object, on its verb ("continued its
    operations against terrorists").
    """
    lemma = "operation" if is_named_operation(noun) else noun.lemma_.lower()
    if lemma not in _HOSTILE_FRAMES | _CAMPAIGNS:
        return False
    heads = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    kids = [k for head in heads for k in head.children if k.i != noun.i]
    objects = [(k.lower_, c) for k in kids if k.dep_ == "prep" for c in k.children]
    if is_named_operation(noun):
        return True  # "Turkey launched Operation Olive Branch": a named military operation
    if lemma in _HOSTILE_FRAMES:
        if any(prep == "against" and c.dep_ == "pobj" for prep, c in objects):
            return True
        if lemma != "operation" or any(k.lower_ in _TOGETHER for k in noun.lefts):
            return False  # "a joint operation": the partners' cooperation (COOPERATE)
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in HALT_VERBS:
            return False  # "halted combat operations": a halt of force (halts.py, RETREAT)
        return _military_marked(noun) or _waged_by_arms(noun, [])
    if any(prep == "for" and c.dep_ == "pobj" and _is_place(c) for prep, c in objects):
        return True
    if _waged_by_arms(noun, objects):
        return True
    purposes = [k for k in kids if k.dep_ in {"acl", "advcl", "xcomp"} and k.pos_ == "VERB"]
    return any(
        label_class(k.lemma_) in FORCE_CLASSES and any(t.lower_ == "to" for t in k.lefts)
        for k in purposes
    )


def _military_marked(noun: Token) -> bool:
    """Return whether words before an operation make it military: "a counter-terror operation"."""
    lefts = [k for k in noun.lefts if k.dep_ in {"amod", "compound"}]
    if not lefts:
        return False
    text = noun.doc[lefts[0].left_edge.i : noun.i].text.lower()
    words = text.replace(" - ", "-").replace(" -", "-").replace("- ", "-").split()
    return any(w in _MILITARY_MARKS for w in words)


def is_named_operation(noun: Token) -> bool:
    """Return whether a name is an operation's: "launched Operation Dawn against X"."""
    return noun.pos_ == "PROPN" and any(k.lower_ == "operation" for k in noun.lefts)


def _waged_by_arms(noun: Token, objects: list[tuple[str, Token]]) -> bool:
    """Return whether a campaign is waged by or against an armed party.

    "the army stepped up its campaign", "a campaign against rebel holdouts"; not "the
    charity launched a campaign against hunger".
    """
    from .misfires import is_armed  # misfires -> eventclass (noun_class)

    if any(prep == "against" and c.dep_ == "pobj" and is_armed(c) for prep, c in objects):
        return True
    verb = noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
    verb = verb or _performed_on(noun)  # "operations carried out by the militia"
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head  # "the army embarked on a campaign"
    if verb is None:
        return False
    subjects = [k for k in verb.children if k.dep_ in {"nsubj", "agent"}]
    subjects += [c for k in subjects if k.dep_ == "agent" for c in k.children]
    return any(is_armed(s) for s in subjects)


def _performed_on(noun: Token) -> Token | None:
    """Return the participle of performing hung on a noun: "operations carried out by X"."""
    kids = [k for k in noun.children if k.dep_ == "acl" and k.tag_ == "VBN"]
    return next(
        (k for k in kids if k.lemma_.lower() in PERFORMING_VERBS | {"start", "begin"}), None
    )


def _is_place(noun: Token) -> bool:
    return noun.ent_type_ in PLACE_LABELS or noun.lemma_.lower() in PLACE_NOUNS
