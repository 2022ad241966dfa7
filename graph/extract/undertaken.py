"""The event a light verb undertakes when its object does not name it (private to extract).

- A pronoun object of a verb whose object is always an act stands for the event named
  just before: "air raids hit the market; the monitor said they were carried out by
  jets", "the group claimed the bombing, saying it was carried out by two fighters".
- A verb of undertaking joined to its event by a preposition: "embarked on a bombing
  campaign", "engaged in clashes", "launched on Sunday rocket attacks" (the parser may
  read the day as the verb's object).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import counted_nouns, framed_event
from .eventclass import noun_class
from .hostileops import is_hostile_operation
from .lexicon import word_set
from .senses import names_an_event

__all__ = ["antecedent_event", "prepositional_event"]

# Pronouns that may stand for an event, and whether they are plural.
_EVENT_PRONOUNS = {"it": False, "this": False, "they": True, "them": True, "these": True}
# Verbs whose object is always an act, so a pronoun object stands for one.
_PERFORMING = word_set("carry conduct launch stage mount perpetrate commit perform")
# Roles only a noun fills: a verb form found in one is a noun the tagger mistook.
_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# Prepositions that join a verb to the event it undertakes: "embark on", "engage in".
_EVENT_PREPOSITIONS = frozenset({"on", "upon", "in", "into"})
_UNDERTAKING = word_set("embark engage launch plunge")
# Heads that only frame what is undertaken: "a bombing campaign", "a campaign of shelling".
_GENERIC_HEADS = word_set(
    "campaign operation drive effort programme program initiative activity bid attempt"
)


def antecedent_event(verb: Token) -> tuple[str, str, str]:
    """Return the event a pronoun object of a light verb stands for, named just before.

    "Air raids hit the market. The monitor said they were carried out by jets" -> the
    raids; "the group claimed the bombing, saying it was carried out by two
    fighters" -> the bombing. The nearest event noun of the same number, in the
    sentence or the one before, is the antecedent.
    """
    if verb.lemma_.lower() not in _PERFORMING:
        return "", "", ""  # "used it", "made it inside", "put it at odds": no event named
    pronouns = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    pronoun = next((p for p in pronouns if p.lower_ in _EVENT_PRONOUNS), None)
    if pronoun is None:
        return "", "", ""
    plural = _EVENT_PRONOUNS[pronoun.lower_]
    start = verb.sent.start
    if start > 0:
        start = verb.doc[start - 1].sent.start
    for tok in reversed(verb.doc[start : pronoun.i]):
        if _is_noun(tok) and (tok.tag_ in {"NNS", "VBZ"}) == plural and names_an_event(tok):
            found = noun_class(tok)
            if found[0]:
                return found
    return "", "", ""


def _is_noun(tok: Token) -> bool:
    """Return whether a token is a noun, or a plural the tagger took for a verb.

    "the air strikes on the town killed 20": "strikes" tagged VBZ, in a noun's role.
    """
    return tok.pos_ == "NOUN" or (tok.tag_ == "VBZ" and tok.dep_ in _NOUN_ROLES)


def prepositional_event(verb: Token, words: list[str]) -> tuple[str, str, str]:
    """Return the event a verb with no code of its own takes through its preposition.

    "embarked on a bombing campaign", "launched on Sunday rocket attacks", "engaged in
    clashes": the predicate is the verb and its preposition ("embark on"), whose object
    names what was done.
    """
    if len(words) != 2 or words[1] not in _EVENT_PREPOSITIONS or words[0] not in _UNDERTAKING:
        return "", "", ""  # "focused on attacks", "capitalised on the offensive": not doing it
    for prep in (k for k in verb.children if k.dep_ == "prep" and k.lower_ == words[1]):
        for pobj in (k for k in prep.children if k.dep_ == "pobj"):
            if names_an_event(pobj) or any(map(names_an_event, counted_nouns(pobj))):
                found = _framed_class(pobj)  # "a bombing campaign", "a new round of talks"
                if found[0]:
                    return found
    return "", "", ""


def _framed_class(noun: Token) -> tuple[str, str, str]:
    """Return the class of an undertaken noun, a generic head's from what it frames.

    "a bombing campaign", "a campaign of shelling", "a campaign to retake the valley" ->
    the bombing, the shelling, the fighting; "a campaign of vaccination" names no event,
    so nothing (the bare head's own code, an appeal, is not what was undertaken).
    """
    if noun.lemma_.lower() not in _GENERIC_HEADS:
        return noun_class(noun)
    if framed_event(noun) is not None or is_hostile_operation(noun):
        return noun_class(noun)
    for prep in (k for k in noun.children if k.dep_ == "prep" and k.lower_ == "of"):
        for framed in (k for k in prep.children if k.dep_ == "pobj"):
            found = noun_class(framed)
            if found[0]:
                return found
    return "", "", ""
