"""Where a fired weapon came down: the place it landed on is whom the attack hit (private).

News tells an attack by its munition more often than by its doer: "two mortar shells
fell in the Old Quarter", "a rocket slammed into a clinic", "a car bomb went off near
the police station". An event coder codes the place (or the crowd) hit as the attack's
target; the doer is whoever fired it, often unnamed (see
:func:`graph.extract.eventnouns.resolve_instrument`). A plane that crashed, a town that
fell to the rebels or an appeal that fell on deaf ears is no munition, so no attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from .agenthood import counted
from .cameo import Code
from .eventnouns import is_event_noun
from .labels import default_class
from .lexicon import TIME_LABELS, WEAPON_VERBS, WEEKDAYS, word_set
from .spans import child, conjuncts

__all__ = [
    "landing_target",
    "is_landing",
    "is_landing_action",
    "is_munition",
    "is_time_phrase",
    "is_timed_munition",
    "landing_place",
    "landing_sense",
    "place_fallen",
]

# Verbs of a munition coming down or going off: "fell on", "slammed into", "went off".
_LANDING_VERBS = word_set("fall land slam crash rain explode detonate")
# "went off", "blew up": the verb is only a landing with its particle.
_PARTICLE_LANDINGS = {"go": "off", "blow": "up"}
# What is fired, dropped or set off; not a plane, which crashes by accident.
_MUNITIONS = word_set(
    "bomb ied vbied missile rocket shell mortar grenade mine landmine projectile munition "
    "device explosive barrel round bullet gas chlorine sarin"
)
_MUNITIONS |= word_set("strike airstrike raid")  # "air strikes fell around the town"
# Prepositions of the place a munition came down on, in or near.
_LANDING_PREPS = word_set(
    "on onto upon into at near around outside inside in over beside among within"
)


def is_time_phrase(noun: Token) -> bool:
    """Return whether a preposition's object says when: "on Friday", "on Friday police".

    Without the comma the speaker after a day may join its phrase ("exploded on Friday
    police said"): a day before the head makes it a time as well.
    """
    words = [tok for tok in noun.subtree if tok.i <= noun.i]
    if noun.lemma_.lower() in _TIME_NOUNS:
        return True  # "at the time", "in the early hours"
    return any(tok.ent_type_ in TIME_LABELS or tok.lower_ in WEEKDAYS for tok in words)


# Nouns of a time, not a place: "at the time when", "in the early hours".
_TIME_NOUNS = word_set(
    "time moment hour dawn night morning evening afternoon day week month year weekend"
)


def is_timed_munition(noun: Token) -> bool:
    """Return whether a time phrase swallowed what a verb fired: "fired on Tuesday rocket shells".

    Without commas the parser reads the day and the munitions as one phrase ("on [Tuesday
    rocket shells]"): the shells are what was fired, never whom or where it was fired on;
    "fired on the convoy" and "fired on Tuesday at the convoy" are left alone.
    """
    return is_munition(noun) and is_time_phrase(noun)


def is_munition(noun: Token) -> bool:
    """Return whether a noun (or what a count of it is of) is a munition: "two of the shells"."""
    noun = counted(noun)
    # ("Rockets" first in a sentence may be tagged a name and keep its plural.)
    forms = {noun.lemma_.lower(), noun.lower_, noun.lower_.removesuffix("s")}
    return bool(forms & _MUNITIONS)


def _is_landing_verb(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _PARTICLE_LANDINGS:
        return any(k.dep_ == "prt" and k.lower_ == _PARTICLE_LANDINGS[lemma] for k in verb.children)
    return lemma in _LANDING_VERBS


def _munition_subject(verb: Token) -> Token | None:
    subj = child(verb, "nsubj")
    if verb.dep_ == "relcl" and (subj is None or subj.tag_ in {"WDT", "WP"}):
        subj = verb.head  # "the rockets that landed on the school"
    return subj if subj is not None and is_munition(subj) else None


def is_landing(verb: Token) -> bool:
    """Return whether ``verb`` says a munition came down without an object.

    "A rocket slammed into the clinic" and "a bomb went off" are; "the plane crashed",
    "the town fell to the rebels" and "the militants fired shells" are not.
    """
    if child(verb, "dobj") is not None or not _is_landing_verb(verb):
        return False
    return _munition_subject(verb) is not None


def landing_target(verb: Token) -> list[Token]:
    """Return the place a munition came down on as the target of its own clause, else ``[]``.

    "Two shells fell in the market" -> the market. A munition whose firing the sentence
    tells ("the gunmen fired shells which fell in the market", "a shell fired by the
    gunmen fell in the market") hits the place in the firing's event (see
    :func:`graph.extract.locatives.hit_by`), not a second time in its landing.
    """
    subj = _munition_subject(verb)
    if subj is None or _is_sent(subj):
        return []
    return landing_place(verb)


def _is_sent(noun: Token) -> bool:
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in WEAPON_VERBS:
        return True  # "fired shells which fell ..."
    # "shells fired by the gunmen fell ...", "shells fired from the east fell ..."
    return any(k.dep_ == "acl" and k.lemma_.lower() in WEAPON_VERBS for k in noun.rights)


def _gerund_subject(prep: Token) -> Token | None:
    # without the comma the parser may read "fell in the X district wounding two" as
    # "in [the X district wounding two]": the place is the subject of the gerund.
    pcomp = child(prep, "pcomp")
    return child(pcomp, "nsubj") if pcomp is not None and pcomp.tag_ == "VBG" else None


# Ground where no one is hit: "landed in an empty field", "fell in the desert".
_OPEN_GROUND = word_set(
    "field fields ground desert wasteland wilderness sea water lake plain plains"
)
_EMPTY = word_set("empty open deserted uninhabited vacant barren unpopulated")


def _is_site(noun: Token) -> bool:
    """Return whether a munition coming down on ``noun`` hit someone's place.

    "fell in the market", "landed on a school" did; "landed in an empty field" hit no one
    (a report tells it to say so), and "went off in a suicide attack" names no place.
    """
    if noun.pos_ not in {"NOUN", "PROPN"} or is_event_noun(noun):
        return False
    if any(k.dep_ == "amod" and k.lower_ in _EMPTY for k in noun.children):
        return False
    return noun.pos_ == "PROPN" or noun.lemma_.lower() not in _OPEN_GROUND


def landing_place(verb: Token) -> list[Token]:
    """Return the place a munition came down on, in or near, else ``[]``.

    "Two mortar shells fell in the Old Quarter" -> the Old Quarter; "a car bomb went off
    near the police station" -> the police station; "the bomb exploded on Sunday" and
    "the shells fell overnight" name when, not where.
    """
    return place_fallen(verb) if is_landing(verb) else []


def place_fallen(verb: Token) -> list[Token]:
    """Return the place a landing verb names, whoever its subject: "landed in the clinic".

    For a munition the sentence names before the verb: "a shell was fired by the gunmen
    and landed in the clinic" (the verb shares the shell with "was fired").
    """
    if child(verb, "dobj") is not None or not _is_landing_verb(verb):
        return []
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _LANDING_PREPS:
            continue
        pobj = child(prep, "pobj") or _gerund_subject(prep)
        if pobj is None or is_time_phrase(pobj):
            continue  # "fell overnight into Thursday morning": when, not where
        if pobj.lower_ == "front":
            # "went off in front of the bakery" -> the bakery
            of = next((k for k in pobj.rights if k.lower_ == "of"), None)
            pobj = child(of, "pobj") if of is not None else None
        if pobj is not None and _is_site(pobj):
            return list(conjuncts(pobj))
    return []


# Verbs of a munition going off where it was set, not fired: classed as "explode" is.
_GOING_OFF = word_set("go blow explode detonate")
_FORCE = Code("190", "FIGHT", "")


def landing_sense(verb: Token) -> Code | None:
    """Return the code of a munition coming down on a place, if ``verb`` says one did.

    "One of the shells landed on a school" is fire (190) like "shells hit a school"; "a
    car bomb went off near the station" is a bombing, as "exploded" is.
    """
    if not landing_place(verb):
        return None
    if verb.lemma_.lower() in _GOING_OFF:
        return default_class("explode") or _FORCE
    return _FORCE


def is_landing_action(action: str) -> bool:
    """Return whether an event's action is a munition coming down: "fall on", "go off"."""
    words = action.split()
    if not words:
        return False
    if words[0] in _PARTICLE_LANDINGS:
        return words[1:2] == [_PARTICLE_LANDINGS[words[0]]]
    return words[0] in _LANDING_VERBS
