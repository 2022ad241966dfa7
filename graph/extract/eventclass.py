"""The event a noun names: "held talks", "the bombing campaign", "fighting resumed" (private).

Used by :mod:`graph.extract.classify` for light verbs, statements and occurrence verbs.
"""

from __future__ import annotations

from spacy.tokens import Token

from .antecedents import relative_object
from .attacknouns import ATTACK_NOUN_VERBS
from .cameo import counted_nouns, framed_event
from .cameodata import load_lexicon
from .hostileops import PERFORMING_VERBS, is_hostile_operation, is_named_operation
from .labels import label_class
from .lexicon import (
    FACILITY_NOUNS,
    GROUND_NOUNS,
    LIGHT_EVENT_VERBS,
    OCCURRENCE_VERBS,
    PLACE_NOUNS,
    word_set,
)
from .senses import names_an_event
from .spans import raised_passive_subject
from .wrongs import participle_head

__all__ = ["event_noun", "noun_class", "occurring", "verb_objects"]

_GROUND = PLACE_NOUNS | FACILITY_NOUNS | GROUND_NOUNS
# Verbs and adjectives of belief and seeming that raise the subject of a passive
# infinitive: "the raid appeared to have been carried out", "strikes suspected to be
# carried out", "the raid is likely to have been carried out".
_RAISING = word_set("appear seem believe think suspect say report understand know presume likely")
# Quantifiers the tagger may read as nouns: "most of the raids", "half of the strikes".
_QUANTIFIERS = frozenset({"most", "half", "many", "several", "some", "all", "each", "none"})
# Suffixes that turn an event noun into its verb: "negotiations" -> negotiate.
_NOMINAL = (
    ("ation", "ate"),
    ("nsion", "nd"),
    ("sion", "de"),
    ("ition", ""),
    ("ion", "e"),
    ("ion", ""),
    ("ment", ""),
    ("ing", ""),
    ("ing", "e"),
    ("al", ""),
    ("", ""),
)


def event_noun(verb: Token, *, events_only: bool = False) -> tuple[str, str, str]:
    """Return the class of the verb's object when it names an event ("held talks").

    With ``events_only``, an object that is a thing ("sent rice": AID for a light verb
    of giving) does not count, only an event noun ("undertook a mediation mission").
    """
    for obj in verb_objects(verb):
        if obj.lemma_.lower() == "front" and verb.lemma_.lower() == "open":
            return "FIGHT", "190", ""  # "the rebels opened a new front in the south"
        if obj.pos_ == "NOUN" or is_named_operation(obj):
            if events_only and not names_an_event(obj):
                continue
            found = noun_class(obj)
            if found[0]:
                return found
    return "", "", ""


def verb_objects(verb: Token) -> list[Token]:
    """Return what a verb acts on: its object, or the act a passive or relative tells.

    "carried out raids", "the raid was carried out", "the raid carried out by jets",
    "the raid that jets carried out"; a light verb's counted object is what it counts
    ("carried out two of the raids" -> the raids).
    """
    objects = [k for k in verb.children if k.dep_ == "dobj"]
    passive = raised_passive_subject(verb)  # "the raid was believed to be carried out"
    objects += [passive] if passive is not None else []
    raised = _raised_subject(verb)  # "strikes suspected to be carried out by X"
    objects += [raised] if raised is not None and names_an_event(raised) else []
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        objects.append(participle_head(verb))  # "the raid carried out by jets": the raid
    antecedent = relative_object(verb)
    objects += [antecedent] if antecedent is not None else []
    if verb.lemma_.lower() in LIGHT_EVENT_VERBS:
        objects = [_quantified(o) for o in objects]  # "carried out two of the raids"
    return objects


def _raised_subject(verb: Token) -> Token | None:
    """Return the noun a believing or seeming verb raises as a passive infinitive's subject.

    "The raid appeared to have been carried out by jets", "shelling suspected to be
    carried out by the army", "the raid is likely to have been carried out by
    jets": the raid and the shelling are what was carried out, though the parse makes
    them the subject of "appeared" or "was" (or hangs "suspected" on the noun). Only a
    passive infinitive ("to be carried out") under a verb of belief or seeming; "the
    army tried to carry out raids" keeps its own object. Only verbs of performing an
    act, whose passive subject is always one: "the raids on the district believed to
    be held by X" hold no attack, whatever the parse hangs "believed" on (the caller also
    asks that the noun name an event).
    """
    if verb.dep_ != "xcomp" or verb.lemma_.lower() not in PERFORMING_VERBS:
        return None  # "the raids on the district believed to be held by X": no act held
    if not any(k.dep_ == "auxpass" for k in verb.children):
        return None
    head = verb.head
    if head.lemma_.lower() not in _RAISING:
        return None
    if head.dep_ == "acl" and head.head.pos_ == "NOUN":
        return head.head  # "raids suspected to be carried out by Karvonian jets"
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        head = head.head  # "the raid is likely to have been carried out"
    return next((k for k in head.children if k.dep_ in {"nsubj", "nsubjpass"}), None)


def _quantified(noun: Token) -> Token:
    """Return what a quantifier counts: "both of those raids", "two of the strikes"."""
    if noun.pos_ not in {"DET", "PRON", "NUM"} and noun.lower_ not in _QUANTIFIERS:
        return noun
    for prep in (k for k in noun.children if k.dep_ == "prep" and k.lower_ == "of"):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ == "NOUN":
            return pobj
    return noun


def noun_class(noun: Token) -> tuple[str, str, str]:
    """Return the class of a noun that names an event ("talks", "air strikes"), if any.

    The noun is looked up in the dictionary's event nouns, then as the nominal of a verb
    with a label in the ontology ("negotiations" -> negotiate -> CONSULT).
    """
    if noun.lemma_.lower() in _GROUND:
        # "the positions taken by the army": ground held, not a stance taken (CAMEO's
        # "take a position" 124)
        return "", "", ""
    framed = framed_event(noun)
    if framed is not None:
        # "a mediation mission", "the bombing campaign": the compound names the event; the
        # bare frame's code ("campaign" 020, an appeal) is not that event's
        event = noun_class(framed)
        pair = load_lexicon().nouns.get((framed.lemma_.lower(), noun.lemma_.lower()))
        if not event[0] and pair is not None:
            event = pair.plover, pair.cameo, pair.mode
        if event[0] or not is_hostile_operation(noun):
            return event  # "a large-scale operation against X" is still one
    if is_hostile_operation(noun):
        # "operations against the terrorists": whatever an operation is alone (a
        # mission, a rescue), one against someone or their positions is force
        return "FIGHT", "190", ""
    for counted in counted_nouns(noun):
        # "fresh rounds of attacks", "a series of raids": the events counted
        event = noun_class(counted)
        if event[0]:
            return event
    code = load_lexicon().event_noun(noun)
    if code is not None:
        return code.plover, code.cameo, code.mode
    lemma = noun.lemma_.lower()
    found = _nominal_class(lemma)
    if not found[0] and lemma.startswith("counter") and len(lemma) > 10:
        # "a counterattack", "the counter-offensive": an attack, an offensive in return
        found = _nominal_class(lemma.removeprefix("counter").lstrip("-"))
    return found


def _nominal_class(lemma: str) -> tuple[str, str, str]:
    """Return the class of an event noun's lemma: a dictionary event noun or a labelled verb."""
    code = load_lexicon().nouns.get(("", lemma))
    if code is not None:
        return code.plover, code.cameo, code.mode
    verb = ATTACK_NOUN_VERBS.get(lemma)
    if verb is not None and label_class(verb):
        # "launched an onslaught on X", "the incursion by X into Y": an attack noun whose
        # verb is another word (attack, invade), which no suffix rule below reaches
        return label_class(verb), "", ""
    for suffix, ending in _NOMINAL:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) > 2:
            stem = lemma[: len(lemma) - len(suffix)] + ending
            found = label_class(stem)
            if found not in {"", "STATEMENT", "RELATION"}:
                return found, "", ""
    return "", "", ""


def occurring(verb: Token) -> tuple[str, str, str]:
    """Return the class of an event noun said to happen ("fighting resumed", "talks began").

    The verb only says the event occurs; the noun says which event it is.
    """
    if verb.lemma_.lower() not in OCCURRENCE_VERBS or any(k.dep_ == "dobj" for k in verb.children):
        return "", "", ""
    from .agentnouns import is_someone  # agentnouns -> eventnouns -> classify -> here

    for subj in verb.children:
        if subj.dep_ == "nsubj" and subj.pos_ == "NOUN":
            # "the alliance broke into the town" acts: it is a party, no event happening
            return ("", "", "") if is_someone(subj) else noun_class(subj)
    return "", "", ""
