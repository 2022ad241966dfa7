"""A gerund of effect the parser gave a subject of its own: "hit the bus killing four" (private).

News tells an attack's toll with a bare gerund after it ("jets hit the bus, killing
four and wounding nine"). Without the comma the small model may take the attack's
object for the gerund's subject ("hit [the bus killing four]", a clause whose
subject is "the bus") or the place after the object for it ("ambushed a convoy
near Salma [killing six]", a gerund inside the place phrase). A bus or a town kills
no one: the attack's subject does (:func:`effect_governor`), and the misread subject
is the attack's object (:func:`misread_object`) or stays its place.
"""

from __future__ import annotations

from spacy.tokens import Token

from .agentnouns import in_place_phrase, is_someone
from .clauses import governor
from .eventnouns import is_event_noun
from .gerunds import can_act, clause_verb
from .labels import default_class, label_class
from .lexicon import FORCE_CLASSES, HURT_VERBS, REPORT_ONLY, SPEECH_VERBS
from .spans import child

__all__ = ["circumstance_governor", "effect_governor", "misread_object"]

# How the parser hangs "the bus killing four" on "hit": a complement or an adverbial clause.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl"})
# Verbs whose object may be followed by a gerund the object itself does: "saw gunmen
# firing", "left the town burning", "found the convoy waiting", "kept fighters guarding".
_OBJECT_GERUND_VERBS = frozenset(
    {"see", "watch", "hear", "show", "film", "find", "leave", "keep", "catch", "spot"}
    | {"notice", "observe", "picture", "photograph", "describe", "imagine", "want", "need"}
    | {"stop", "prevent", "prohibit", "ban", "bar", "accuse", "blame", "condemn", "get"}
)


def effect_governor(verb: Token, subj: Token) -> Token | None:
    """Return the attack whose effect ``verb`` tells when ``subj`` is a misread subject.

    "jets hit the bus killing four" -> hit ("the bus" read as the subject of
    "killing"); "struck depots in Tell Hassan killing three" -> struck ("Tell Hassan"
    read as its subject inside "in"); None for a gerund with a subject of its own
    ("they saw gunmen firing").
    """
    if verb.tag_ != "VBG" or subj.dep_ != "nsubj":
        return None
    if verb.dep_ in _CLAUSE_DEPS:
        misread = misread_object(verb.head)
        if misread is None or misread.i != subj.i:
            return None
        hurt = verb.lemma_.lower() in HURT_VERBS  # "as the crowd watched the match killing six"
        return (_past_scene(verb.head) if hurt else None) or verb.head
    if verb.dep_ != "pcomp" or not in_place_phrase(subj) or is_someone(subj):
        return None
    head = governor(verb)
    if head is not None and head.pos_ in {"NOUN", "PROPN"}:
        # "ambushed a convoy near Salma killing six": "near" hangs on the convoy.
        return clause_verb(head)
    return head


# Conjunctions of a circumstance clause: "as the guests arrived", "while families slept".
_CIRCUMSTANCES = frozenset({"as", "while", "whilst", "when"})


def circumstance_governor(verb: Token) -> Token | None:
    """Return the attack a toll gerund tells the effect of, past a circumstance clause.

    "The bomber struck the wedding as the guests danced killing 30": the parser hangs
    "killing" on "danced", and the guests would kill their own; the bomber's act did.
    A circumstance that is an attack itself keeps its toll ("as jets bombed the town,
    killing nine": the jets).
    """
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp"}:
        return None
    return _past_scene(verb.head) if verb.lemma_.lower() in HURT_VERBS else None


def _past_scene(scene: Token) -> Token | None:
    """Return the clause a circumstance clause ("as the guests danced") hangs on, or None.

    None when ``scene`` is no such clause, or is an attack or a hurt of its own.
    """
    if scene.dep_ != "advcl" or scene.head.pos_ not in {"VERB", "AUX"}:
        return None
    if not any(k.dep_ == "mark" and k.lower_ in _CIRCUMSTANCES for k in scene.children):
        return None
    lemma = scene.lemma_.lower()
    code = default_class(lemma)
    hostile = label_class(lemma) in FORCE_CLASSES or (
        code is not None and code.plover in FORCE_CLASSES
    )
    return None if hostile or lemma in HURT_VERBS else scene.head


def misread_object(verb: Token) -> Token | None:
    """Return the object of ``verb`` that the parser made the subject of a gerund after it.

    "jets hit the bus killing four": "hit" has no object and a clausal complement
    "the bus killing four" whose subject follows the verb; a thing, a place or a
    vehicle does not kill, so it is the verb's object. Someone keeps the gerund
    ("police arrested men smuggling arms"), as does a verb whose object may do the
    gerund ("saw the town burning") or a report ("said the convoy was moving").
    """
    if verb.pos_ != "VERB" or child(verb, "dobj") is not None:
        return None
    lemma = verb.lemma_.lower()
    if lemma in _OBJECT_GERUND_VERBS | SPEECH_VERBS | REPORT_ONLY:
        return None
    for kid in verb.rights:
        subj = child(kid, "nsubj") if kid.dep_ in _CLAUSE_DEPS and kid.tag_ == "VBG" else None
        if subj is not None and _follows(verb, subj) and _is_patient(subj):
            return subj
    return None


def _follows(verb: Token, subj: Token) -> bool:
    # only a particle may stand between: "shot down the drone killing its crew".
    between = verb.doc[verb.i + 1 : subj.left_edge.i]
    return all(tok.head.i == verb.i and tok.dep_ == "prt" for tok in between)


def _is_patient(noun: Token) -> bool:
    # an event is no patient ("condemned the raid killing five": the raid killed them).
    if noun.pos_ not in {"NOUN", "PROPN"} or is_event_noun(noun):
        return False
    return not (can_act(noun) and is_someone(noun))
