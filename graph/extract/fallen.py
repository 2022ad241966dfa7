"""Places that fall to a force: the force seized them (private to extract).

"The town fell to the rebels", "the base has fallen into the hands of the militants",
"the airport fell under the control of Kurdish fighters", "the district which fell to
regime forces": the subject is the place lost and the phrase after the verb names who
took it, so the taker is the actor and the place the target of a seizure (the class of
"seize"). Only a place falls so to someone who can take it: "the price fell to 40
dollars", "he fell to the ground", "the task fell to the UN" state no seizure.
"""

from __future__ import annotations

from spacy.tokens import Token

from .agentnouns import is_someone
from .argspans import argument_spans
from .frames import Frame
from .lexicon import ACTOR_LABELS, FACILITY_NOUNS, GROUND_NOUNS, PLACE_LABELS, PLACE_NOUNS, word_set
from .misfires import is_armed
from .spans import child, conjuncts, join_tokens, np_span, verb_group

__all__ = ["fallen_frames"]

# Nouns of ground held that the place lists lack: "large parts of the city fell to",
# "the airbase fell to".
_HELD = word_set(
    "part parts half areas sector sectors quarter quarters enclave pocket airbase outpost "
    "barracks hill hills dam oilfield oilfields headquarters"
)
# "fell into the hands of X", "fell under the control of X", "under X's grip".
_HOLDS = {"into": word_set("hand hands"), "under": word_set("control grip rule sway")}
# Names of a group, not a place, whatever falls to whom: "the Front fell to infighting".
_GROUPS = word_set("ORG NORP")
# Entity types of a name that may take ground ("" when the tagger gave it none).
_NAMES = frozenset({"", "ORG", "NORP", "PERSON", "GPE"})


def fallen_frames(verb: Token, places: list[Token], rule: str) -> list[Frame]:
    """Return the seizures a verb of falling states: "the town fell to the rebels".

    Args:
        verb: A predicate; only "fall" with a taker after it gives frames.
        places: The verb's subject heads (relatives already resolved to their noun).
        rule: How the subject was found ("active", "relative", ...).

    Returns:
        One frame per taker and place, the taker as actor; empty when nothing fell.
    """
    if verb.lemma_.lower() != "fall" or any(k.tag_ == "TO" for k in verb.children):
        return []  # "will not allow the town to fall to X": no seizure stated
    taker = _taker(verb)
    if taker is None:
        return []
    lost = [p for p in places if _is_place(p)]
    relation = join_tokens([*verb_group(verb), verb, taker.head])
    return [
        Frame(np_span(doer), verb, target, rule, None, "event", relation, "seize")
        for doer in conjuncts(taker)
        for place in lost
        for target in argument_spans(place, verb)
    ]


def _taker(verb: Token) -> Token | None:
    """Return who took the place: "to X", "into the hands of X", "under X's control"."""
    for prep in (k for k in verb.children if k.dep_ == "prep"):
        pobj = child(prep, "pobj")
        if pobj is None:
            continue
        word = prep.lower_
        if word == "to":
            found: Token | None = pobj
        elif pobj.lemma_.lower() in _HOLDS.get(word, frozenset()):
            # "the hands of the militants", "their hands", "the control of the army"
            of = next((k for k in pobj.children if k.dep_ == "prep" and k.lower_ == "of"), None)
            found = child(of, "pobj") if of is not None else child(pobj, "poss")
        else:
            continue
        if found is not None and _can_take(found):
            return found
    return None


def _can_take(noun: Token) -> bool:
    # "fell to 40 dollars", "fell to the ground", "fell to the UN (to decide)": only a
    # force, a group or a state takes ground.
    if noun.like_num or noun.pos_ == "NUM":
        return False
    if noun.pos_ == "PRON":
        return noun.lower_ in word_set("them their")
    if noun.pos_ == "PROPN" and noun.ent_type_ in _NAMES:
        return True  # "fell into the hands of Islamic State" (a name the tagger left bare)
    return is_armed(noun) or is_someone(noun) or noun.ent_type_ in ACTOR_LABELS


def _is_place(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if noun.ent_type_ in PLACE_LABELS or lemma in PLACE_NOUNS | FACILITY_NOUNS | GROUND_NOUNS:
        return True
    # an unlabelled name ("Daraya fell to ..."), or ground held ("parts of the city")
    return lemma in _HELD or (noun.pos_ == "PROPN" and noun.ent_type_ not in _GROUPS)
