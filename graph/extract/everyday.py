"""Clauses of everyday life, questions and abstractions that no coder codes (private).

Whatever class a verb has alone, these uses of it report no act of one party on another:

- a question: "a reporter asked the mayor about the fire", "the boy asked his father
  where the jets came from", "asked about the raid, the envoy had no comment" (asking
  someone *to* act or *for* something is a demand and stays one);
- living with a hardship: "families have to deal with shortages", "farmers cope with
  drought" (dealing with a party is an act: "Kalda dealt with Osterby"); enduring a
  condition with no one acted on: "villagers are struggling through the winter",
  "families sheltered in the basement", "the wounded recovered from their burns"
  ("struggled against the junta", "recovered the hill", "sheltered refugees" act);
- leaving the places of daily life, and the comings and goings of civilians: "as pupils
  were leaving school", "left their homes", "residents returned to the town", "villagers
  fled the valley" (a force leaving a town or a front withdraws, and stays an event;
  PLOVER codes refugees' flight as the expulsion by its cause, never as the fleeing
  party's RETREAT; a doer the parse cannot show to be civilians, "as they fled", "half
  the population fled", is settled once actors are resolved: graph.normalize.displaced);
- moving the hurt or the dead: "medics ferried the wounded to a clinic";
- caring for or looking for the hurt and the dead: "nurses tending the injured",
  "rescuers evacuated the wounded", "crews searched for survivors" (rescue work
  acts on no party: the attack that hurt them is the event);
- a subject that is an idea, not a party: "a strategy which is avenging the deaths of
  Y", "the policy punishes farmers";
- telling or showing "the world" something: rhetoric, not a statement to a party;
- sharing a goal or a value: a state, not cooperation ("shares the US view" endorses it).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import PERSON_NOUNS, word_set
from .spans import child

__all__ = ["is_everyday"]

_WH = word_set("who whom whose what which where when why how whether if")
# Verbs of living with a hardship: "deal with shortages", "cope with the cold".
_COPING = word_set("deal cope contend grapple live")
# Verbs of enduring a condition: with no object and no party, no act of anyone.
_ENDURING = word_set("struggle shelter suffer survive endure languish starve recover")
# Prepositions of a condition endured: "through the winter", "from their wounds".
_CONDITION_PREPS = word_set("through from in inside under amid during for on at")
# Places of daily life: leaving them is no withdrawal.
_DAILY_PLACES = word_set(
    "school schools home homes house houses work office offices mosque church shop shops "
    "market bakery class classes university hospital clinic"
)
# Comings and goings of civilians: no withdrawal of a force.
# (fleeing too: civilians who flee are the displaced, not a force that withdraws)
_GOING = word_set("leave go come return head walk move flee escape")
_CIVILIANS = word_set(
    "pupil student resident civilian family people child worshipper shopper passenger "
    "villager patient commuter inhabitant"
)
_COUNTS = word_set("dozen dozens hundred hundreds thousand thousands score scores")
# Moving the hurt or the dead.
_FERRYING = word_set("ferry transport rush shuttle")
_HURT = word_set(
    "wounded injured casualty casualties body bodies corpse corpses victim victims patient "
    "patients dead child children baby girl boy"
)
# Caring for the hurt, and looking for them: "tended the injured", "searched for survivors".
_CARING = word_set("attend tend treat nurse evacuate")
_SEARCHING = word_set("search look dig")
_CASUALTIES = word_set(
    "wounded injured casualty casualties victim victims patient patients body bodies corpse "
    "corpses survivor survivors dead missing"
)
_RESCUING = _CARING | _SEARCHING
# Whom tending reaches: the hurt and the dead, children too ("nurses tending the children").
_TENDED = _CASUALTIES | _HURT
# Nouns of ideas and plans: as a subject they act on no one.
_IDEAS = word_set(
    "strategy policy approach stance position plan idea decision view tactic doctrine "
    "agenda vision ideology logic mentality"
)
# What parties share without acting together: "the goal they share".
_SHARED_STATES = word_set("goal aim objective vision value belief interest ideology border fate")
_ADDRESSEES = word_set("world public")


def is_everyday(verb: Token, cls: str) -> bool:
    """Return whether a clause asks, copes, leaves home, ferries the hurt or has an idea act.

    Args:
        verb: The clause's predicate.
        cls: The class the classifier gave it.
    """
    lemma = verb.lemma_.lower()
    if lemma == "ask":
        return _is_question(verb)
    if lemma in _COPING:
        return _copes(verb)
    if lemma in _ENDURING:
        return _endures(verb)
    if lemma in _GOING and cls in {"RETREAT", "OTHER", ""} and _civilians(verb):
        return True  # "as pupils were leaving to go home", "residents left the town"
    obj = _object(verb)
    noun = obj.lemma_.lower() if obj is not None else ""
    if lemma == "leave" and (noun in _DAILY_PLACES or _left_from(verb) in _DAILY_PLACES):
        return True  # "as pupils were leaving school"
    if lemma in _FERRYING and (noun in _HURT or obj is not None and obj.lower_ in _HURT):
        return True  # "medics ferried the wounded to a clinic"
    if _cares_for_hurt(verb, lemma, obj):
        return True  # "nurses tending the injured", "crews searched for survivors"
    if lemma == "share" and noun in _SHARED_STATES:
        return True  # "the goal the two allies share"
    if cls in {"STATEMENT", "OTHER", ""} and _addresses_the_world(verb, obj):
        return True  # "showing the world that no one cares"
    subject = _subject(verb)
    return subject is not None and subject.lemma_.lower() in _IDEAS


def _is_question(verb: Token) -> bool:
    """Return whether "ask" asks a question, not for an act or a thing."""
    if any(k.dep_ == "xcomp" for k in verb.children):
        return False  # "asked the rebels to withdraw"
    if any(k.dep_ == "prep" and k.lower_ == "for" for k in verb.children):
        return False  # "asked for help"
    if verb.tag_ == "VBN" and not any(k.dep_ == "auxpass" for k in verb.children):
        return True  # "asked about the raid, the envoy had no comment"
    if any(k.dep_ == "prep" and k.lower_ == "about" for k in verb.children):
        return True  # "asked the mayor about the fire"
    return any(
        k.dep_ == "ccomp" and any(w.lower_ in _WH for w in k.subtree if w.i < k.i)
        for k in verb.children
    )  # "asked his father where the jets came from"


def _cares_for_hurt(verb: Token, lemma: str, obj: Token | None) -> bool:
    """Return whether a clause tends, moves or looks for the hurt or the dead.

    "medics attending the victims", "a man attending to a boy", "rescuers evacuated the
    wounded", "doctors treated residents injured in the raid", "crews searched for
    survivors"; not "the army evacuated the town" nor "troops searched for the gunmen".
    """
    if lemma not in _RESCUING:
        return False
    preps = {"for"} if lemma in _SEARCHING else {"to"}
    cared = [] if obj is None or lemma in _SEARCHING else [obj]
    for prep in (k for k in verb.children if k.dep_ == "prep" and k.lower_ in preps):
        cared.extend(k for k in prep.children if k.dep_ == "pobj")
    hurt = _TENDED if lemma in {"attend", "tend", "nurse"} else _CASUALTIES
    return any(_is_hurt(noun, hurt) for noun in cared)


def _is_hurt(noun: Token, hurt: frozenset[str]) -> bool:
    # "the wounded", "victims", "residents wounded in the raid", "injured children"
    if noun.lemma_.lower() in hurt or noun.lower_ in hurt:
        return True
    return any(k.lower_ in {"wounded", "injured"} for k in noun.children)


def _copes(verb: Token) -> bool:
    """Return whether "deal/cope with X" lives with a hardship, not with a party."""
    for prep in (k for k in verb.children if k.dep_ == "prep" and k.lower_ == "with"):
        pobj = child(prep, "pobj")
        if pobj is None:
            continue
        party = pobj.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} or pobj.pos_ == "PROPN"
        return not party and pobj.lemma_.lower() not in PERSON_NOUNS
    return False


def _endures(verb: Token) -> bool:
    """Return whether a verb of enduring has no object and no party it acts against."""
    for kid in verb.children:
        if kid.dep_ in {"dobj", "dative", "xcomp", "ccomp", "attr", "oprd", "prt"}:
            return False  # "recovered the hill", "sheltered refugees", "struggled to hold"
        if kid.dep_ == "prep" and kid.lower_ not in _CONDITION_PREPS:
            return False  # "struggled against the junta", "struggle over the city"
    return True


def _object(verb: Token) -> Token | None:
    """Return the clause's object, or the noun a relative clause without one describes."""
    found = child(verb, "dobj")
    if found is not None:
        return found
    if verb.dep_ == "relcl" and child(verb, "nsubj") is not None:
        return verb.head  # "the goal the two allies share"
    return None


def _left_from(verb: Token) -> str:
    # "the children left from school"
    for prep in (k for k in verb.children if k.dep_ == "prep" and k.lower_ == "from"):
        pobj = child(prep, "pobj")
        if pobj is not None:
            return pobj.lemma_.lower()
    return ""


def _addresses_the_world(verb: Token, obj: Token | None) -> bool:
    # "showing the world that ...", "told the world", "proved to the world".
    heard = [t for t in (obj, child(verb, "dative")) if t is not None]
    for prep in (k for k in verb.children if k.dep_ == "prep" and k.lower_ == "to"):
        heard.extend(p for p in prep.children if p.dep_ == "pobj")
    return any(
        t.lower_ in _ADDRESSEES
        and child(t, "det") is not None
        and child(t, "amod", "compound", "poss") is None  # "the Western world's support"
        for t in heard
    )


def _civilians(verb: Token) -> bool:
    """Return whether the clause's doer is civilians ("hundreds of residents", "pupils")."""
    subject = _subject(verb)
    while subject is None and verb.dep_ in {"xcomp", "conj"} and verb.head.pos_ == "VERB":
        controller = child(verb.head, "dobj") if verb.dep_ == "xcomp" else None
        verb = verb.head  # "pupils were leaving to go home"
        # "the shelling forced villagers to flee": the object goes
        subject = controller if controller is not None else _subject(verb)
    if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
        subject = verb.head  # "villagers who tried to flee"
    if subject is not None and (subject.pos_ == "NUM" or subject.lemma_.lower() in _COUNTS):
        of = next((k for k in subject.children if k.dep_ == "prep" and k.lower_ == "of"), None)
        subject = child(of, "pobj") if of is not None else subject
    return subject is not None and subject.lemma_.lower() in _CIVILIANS


def _subject(verb: Token) -> Token | None:
    subject = child(verb, "nsubj")
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        return verb.head  # "a strategy which is avenging ..."
    return subject
