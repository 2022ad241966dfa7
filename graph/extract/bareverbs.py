"""When a verb's own CAMEO code applies to this use of the verb (private to extract).

PETRARCH codes a verb's own code only when both its subject and its object are actors; a
clause whose object is a thing is no event for it. newsgraph extracts every clause, so
the same check is made here for the verbs of talk and cooperation the dictionary codes
alone: "Iran called the envoy" is a phone call (041), "people heard the blast" and "the
rebels arrived in the town" consult no one (040 alone). Verbs of force, protest, demand or
refusal keep their code whatever their object ("shelled the airport", "demanded reforms").

Two senses of such verbs are named by their complements instead:

- a verb with an object complement names or judges its object: "called the raid an
  outrage", "considers the group a threat" state a view (CAMEO 01), they phone or consult
  no one;
- "called X to V" asks X to act: a demand (CAMEO 02), like "called on X to V".

And a giving verb gives aid only when it gives something material: "did not provide a
number", "provided no evidence" give information, not aid.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .cameodata import load_lexicon
from .characterisations import condemning_content
from .lexicon import RELIEF_GOODS, word_set
from .modalwords import CONTENT_NOUNS, EVIDENCE_NOUNS, MODALS

__all__ = ["deployed_goods", "gives_information", "named_sense", "reaches_a_party", "warned_sense"]

# Classes of talk and cooperation: their verbs act with or for someone, or on an event.
_WITH_PARTY = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE", "INVESTIGATE"})
# Pronouns that stand for things: "considers it inappropriate", "which they heard".
_THING_PRONOUNS = word_set("it its this that these those which what something nothing")
_MEASURES = word_set("DATE TIME CARDINAL ORDINAL QUANTITY PERCENT MONEY")
# Verbs whose object complement is a name or a judgement of the object.
_NAMING_VERBS = word_set("call term dub label describe consider deem regard")
_STATEMENT = Code("010", "STATEMENT", "")
_APPEAL = Code("020", "DEMAND", "")
_PESSIMISM = Code("012", "STATEMENT", "")
_CONDEMNATION = Code("111", "DISAPPROVE", "")
_ANNOUNCING = frozenset(m for m, mood in MODALS.items() if mood in {"future", "hypothetical"})
# What a warning of an act threatens: force, coercion, sanctions ("warned of a response").
_THREATS = frozenset({"ASSAULT", "FIGHT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
# What a deployment delivers or fires: relief (CAMEO 073), munitions (190).
_MUNITIONS = word_set("bomb munition missile rocket shell mine explosive gas chemical")
_RELIEF = Code("073", "AID", "")
_FORCE = Code("190", "FIGHT", "")
# Nouns of information: what is provided or given is told, not given.
INFORMATION_NOUNS = (
    word_set(
        "number figure figures toll tally count estimate statistic statistics detail details "
        "information data account explanation reason answer name names identity date "
        "breakdown update comment comments statement photo photos photograph image images "
        "picture pictures video videos footage recording testimony insight assurance "
        "assurances guarantee guarantees"
    )
    | EVIDENCE_NOUNS
    | CONTENT_NOUNS
)


def _objects(verb: Token) -> list[Token]:
    """Return the verb's objects: direct, passive subject, dative, a preposition's object."""
    found = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass", "dative"}]
    for prep in (k for k in verb.children if k.dep_ == "prep"):
        found += [k for k in prep.children if k.dep_ == "pobj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        found.append(verb.head)  # "the truce brokered by Moscow": the truce is its object
    return [k for k in found if k.ent_type_ not in _MEASURES]  # "convened on Tuesday"


def _names_a_party(noun: Token) -> bool:
    """Return whether an object names someone or an event (not a thing or a place)."""
    from .agenthood import names_no_one  # agenthood -> agentnouns -> classify -> here

    if noun.pos_ == "PRON":
        return noun.lower_ not in _THING_PRONOUNS
    if noun.ent_type_ in {"GPE", "LOC", "FAC"}:
        return noun.ent_type_ == "GPE"  # "arrived in Damascus" visits the state
    return not names_no_one(noun)


def _names_someone(noun: Token) -> bool:
    from .eventnouns import is_event_noun  # eventnouns -> classify -> here

    return _names_a_party(noun) and (noun.pos_ == "PRON" or not is_event_noun(noun))


def reaches_a_party(verb: Token, code: Code) -> bool:
    """Return whether a verb's own code applies: an object, if any, is someone or an event.

    "Iran called the envoy", "the council convened": yes; "people heard the blast", "the
    rebels arrived in rebel-held territory", "searched the houses": no. Other classes
    apply to anything ("shelled the airport", "boycotted the talks", "demanded reforms").
    """
    if code.plover not in _WITH_PARTY:
        return True
    objects = _objects(verb)
    if code.plover == "CONSULT" and code.cameo != "045":
        # one consults someone: "heard the blast" consults no one; a mediator (045)
        # brokers an event ("the truce brokered by Moscow")
        return not objects or any(_names_someone(o) for o in objects)
    return not objects or any(_names_a_party(o) for o in objects)


def named_sense(verb: Token) -> Code | None:
    """Return the code a verb's complement gives it: a naming or judgement, a call to act.

    "called the raid an outrage", "considers the group a threat" -> 010 (a statement);
    "the UN calls both sides to stop the fighting" -> 020 (an appeal).
    """
    lemma = verb.lemma_.lower()
    if lemma not in _NAMING_VERBS:
        return None
    for kid in verb.children:
        # "called the raid an outrage" (oprd); "considers the group a threat" (a verbless
        # small clause the parser reads as a complement clause)
        small = kid.dep_ in {"ccomp", "xcomp"} and kid.pos_ in {"NOUN", "PROPN", "ADJ"}
        if kid.dep_ == "oprd" or small:
            return _STATEMENT
    asked = any(k.dep_ == "dobj" for k in verb.children)
    for comp in (k for k in verb.children if k.dep_ in {"xcomp", "advcl"} and asked):
        # the parser may read the infinitive as a purpose clause ("called X to resume")
        if lemma == "call" and any(k.lower_ == "to" for k in comp.lefts):
            return _APPEAL
    return None


def warned_sense(verb: Token) -> Code | None:
    """Return a pessimistic comment (012) for a warning of what others do or what may come.

    "warned that the killings undermine the talks", "warned of a humanitarian disaster"
    threaten no one; "warned that it would respond", "warned of a military response",
    "warned the rebels to leave" are threats.
    """
    from .eventclass import noun_class  # eventclass -> classify -> here

    if verb.lemma_.lower() != "warn" or any(k.dep_ == "xcomp" for k in verb.children):
        return None
    clauses = [k for k in verb.children if k.dep_ == "ccomp" and k.pos_ in {"VERB", "AUX"}]
    if any(k.dep_ == "dobj" for k in verb.children) and not any(
        # "warned the shelling could amount to a crime": the parser takes the clause's
        # subject for the one warned
        not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
        for clause in clauses
    ):
        return None
    if load_lexicon().match(verb) is not None:
        return None  # the dictionary's own warnings: "(OF RESPONSE) [130]", "(OF RISK) [012]"
    if condemning_content(verb):
        return _CONDEMNATION  # "warned that the raid could amount to a war crime"
    for kid in verb.children:
        if kid.dep_ == "ccomp" and kid.pos_ in {"VERB", "AUX"}:
            # "warned that it would retaliate" announces; "warned that civilians are at
            # risk" does not
            modal = any(k.dep_ == "aux" and k.lower_ in _ANNOUNCING for k in kid.children)
            return None if modal else _PESSIMISM
        if kid.dep_ == "prep" and kid.lower_ in {"of", "about"}:
            nouns = [k for k in kid.children if k.dep_ == "pobj"]
            force = any(noun_class(n)[0] in _THREATS for n in nouns)
            return None if force or not nouns else _PESSIMISM
    return None


def deployed_goods(verb: Token, label: str) -> Code | None:
    """Return the class of a deployment by what is deployed: aid is aid, munitions are force.

    "dispatched ambulances", "dispatched humanitarian aid to Houla" (073); "deployed
    barrel bombs", "deployed cluster munitions against the town" (190); troops, tanks and
    warplanes deployed are mobilised (the label's MOBILIZE).
    """
    if label != "MOBILIZE":
        return None
    for obj in (k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}):
        words = {t.lemma_.lower() for t in obj.subtree if t.i <= obj.i or t.dep_ == "compound"}
        if words & RELIEF_GOODS:
            return _RELIEF
        if obj.lemma_.lower() in _MUNITIONS:
            return _FORCE
    return None


def gives_information(verb: Token) -> bool:
    """Return whether a giving verb's object is information: "did not provide a number"."""
    objects = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lemma_.lower() in INFORMATION_NOUNS for o in objects)
