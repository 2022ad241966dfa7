"""Whether a text states an attack it names as done (private to extract).

"Russian strikes on the town went on" states the strikes; "threatened an offensive on
X", "plans for a raid on X", "called for an end to raids on X", "did not order strikes
on X" do not: the noun's own modifiers, the nouns above it and the verb that governs
it say so. An attack that is the subject of a verb of trying or failing was still made
("the assault on X failed to retake it").
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import modality
from .hedges import is_hedged_noun
from .lexicon import word_set
from .modalwords import CONTENT_VERBS, CONTROL_MODALITY, DENIAL_VERBS, NEG_CONTROL, PREVENT_VERBS
from .negation import is_negated

__all__ = ["is_stated"]


# Modifiers that say an attack has not happened: "a planned offensive on X".
_UNREAL = word_set(
    "planned possible potential imminent expected looming threatened future proposed "
    "feared anticipated prospective hypothetical"
)
# Verbs under which a named attack is not stated as done: "threatened", "denied", "plans".
_UNREAL_GOVERNORS = (
    CONTENT_VERBS
    | DENIAL_VERBS
    | PREVENT_VERBS
    | NEG_CONTROL
    | frozenset(CONTROL_MODALITY)
    | frozenset({"fear", "avert", "rule", "consider", "mull", "contemplate", "seek", "try"})
)
# Verbs whose object is an act already under way, whether or not they succeed or are
# done: "an offensive to break the siege of X", "tried to join the offensive on X".
_PRESUPPOSING = word_set("break breach lift end join")
# Passives that say what an attack served: "the raids were aimed at the convoy".
_PURPOSE_VERBS = word_set("aim intend design mean")
# Nouns an attack is the content of, not a done act: "plans for a raid on X".
_UNREAL_NOUNS = word_set(
    "plan threat call demand proposal prospect possibility risk danger fear warning "
    "preparation order request"
)
# Nouns that count attacks ("a series of raids on X": stated as the raids are) or stop
# them ("called for an end to raids on X": the governor says whether they were done).
_COUNTS = frozenset(
    {"series", "wave", "round", "string", "spate", "barrage", "volley", "flurry", "number"}
    | {"end", "halt", "stop", "pause", "cessation", "suspension", "ban", "moratorium"}
)


def is_stated(noun: Token, *, moods: bool = True) -> bool:
    """Return whether the text states the attack as done (not planned, denied or feared).

    With ``moods`` False the governing verb's modality and negation are left to the
    event ("it would be the second raid by X on Y": a hypothetical raid, not none).
    """
    if any(m.lower_ in _UNREAL for m in noun.lefts):
        return False
    if any(k.lower_ in {"no", "any"} and k.dep_ == "det" for k in noun.children):
        return False  # "there was no attack on X", "denied any raid on X"
    verb = noun.head
    for _ in range(6):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        if verb.pos_ in {"NOUN", "PROPN"} and verb.lemma_.lower() not in _COUNTS:
            # "plans for a raid on X" is not done; "an inquiry into the raid on X" was.
            return verb.lemma_.lower() not in _UNREAL_NOUNS
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return True
    lemma = verb.lemma_.lower()
    # "the assault on X failed to retake it", "raids on X were aimed at ...": the verb
    # governs what the attack tried or served, not the attack, its subject.
    subject = noun.dep_ == "nsubj" or (noun.dep_ == "nsubjpass" and lemma in _PURPOSE_VERBS)
    if lemma in _UNREAL_GOVERNORS and not (subject and noun.head.i == verb.i):
        return False
    under_way = noun.dep_ == "dobj" or noun.head.lower_ == "through"  # "break through X"
    if not moods or (lemma in _PRESUPPOSING and under_way):
        return True  # "rebels tried to break the siege of X": the siege was laid
    # "suspected X strikes on Y killed ten": the noun's own hedge leaves it an event (possible).
    hedged = is_hedged_noun(noun) and modality(verb) == "possible"
    return (hedged or modality(verb) == "asserted") and not is_negated(verb)
