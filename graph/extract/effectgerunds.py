"""A gerund of effect the parser gave a subject of its own: "hit the bus killing four" (private).

News tells an attack's toll with a bare gerund after it ("jets hit the bus, killing
four and wounding nine"). Without the comma the small model may take the attack's
object for the gerund's subject ("hit [the bus killing four]", a clause whose
subject is "the bus") or the place after the object for it ("ambushed a convoy
near Salma [killing six]", a gerund inside the place phrase). A bus or a town kills
no one: the attack's subject does (:func:`effect_governor`), and the misread subject
is the attack's object (:func:`misread_object`) or stays its place. So for a toll the
parser hangs on a place or a thing as its modifier ("blew himself up at a police station
killing five", :func:`toll_governor`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .agentnouns import in_place_phrase, is_agent_noun, is_someone
from .attacknouns import is_attack_noun
from .clauses import governor
from .eventnouns import is_event_noun, owner
from .gerunds import can_act, clause_verb
from .labels import default_class, label_class
from .lexicon import FORCE_CLASSES, HURT_VERBS, PERSON_NOUNS, REPORT_ONLY, SPEECH_VERBS
from .spans import child

__all__ = [
    "circumstance_governor",
    "effect_governor",
    "misread_object",
    "owned_thing",
    "toll_governor",
]

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
    return None if _hostile(lemma) or lemma in HURT_VERBS else scene.head


def _hostile(lemma: str) -> bool:
    code = default_class(lemma)
    plover = code.plover if code is not None else ""
    return label_class(lemma) in FORCE_CLASSES or plover in FORCE_CLASSES


def toll_governor(verb: Token) -> Token | None:
    """Return the attack a toll gerund hung on a place or a thing tells the effect of.

    "A bomber blew himself up at a police station killing five": the parser hangs
    "killing" on "station" (an "acl"), and a station (or an outpost, a convoy, a
    depot, shells) kills no one: the attack clause's doer does. Not a noun
    naming people ("soldiers killing civilians", "men of the group killing ..."), an
    event ("repelled an attack killing 30": see acts_itself) or a clause of no force
    ("the gas killing people spread").
    """
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.lemma_.lower() not in HURT_VERBS:
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or _names_people(noun) or is_event_noun(noun):
        return None
    head = clause_verb(noun)
    return head if head is not None and _attacks(head) else None


def _attacks(verb: Token) -> bool:
    # "blew up", "shelled", "hit"; a light verb of an attack: "carried out raids on X".
    particle = child(verb, "prt")
    lemma = verb.lemma_.lower() + (f" {particle.lower_}" if particle is not None else "")
    obj = child(verb, "dobj")
    return _hostile(lemma) or obj is not None and is_attack_noun(obj)


def owned_thing(noun: Token) -> bool:
    """Return whether a common noun names a thing or a place of someone's, not people.

    "a police station", "Daesh gun emplacements", "the Hama governorate": the owner makes
    them someone's means (see is_someone), but a station or a position hurts no one.
    """
    return noun.pos_ == "NOUN" and not _names_people(noun) and owner(noun) is not None


def _names_people(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in PERSON_NOUNS or is_agent_noun(noun.lower_) or is_agent_noun(lemma)


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
        if subj is not None and _follows(verb, subj) and _is_patient(subj, kid):
            return subj
    return None


def _follows(verb: Token, subj: Token) -> bool:
    # only a particle may stand between: "shot down the drone killing its crew".
    between = verb.doc[verb.i + 1 : subj.left_edge.i]
    return all(tok.head.i == verb.i and tok.dep_ == "prt" for tok in between)


def _is_patient(noun: Token, gerund: Token) -> bool:
    # an event is no patient ("condemned the raid killing five": the raid killed them).
    if noun.pos_ not in {"NOUN", "PROPN"} or is_event_noun(noun):
        return False
    if gerund.lemma_.lower() in HURT_VERBS and owned_thing(noun):
        return True  # "struck Daesh gun emplacements killing 50": see owned_thing
    return not (can_act(noun) and is_someone(noun))
