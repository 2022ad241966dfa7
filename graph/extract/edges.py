"""Where a phrase ends: place phrases, gerund clauses, quotations (private).

Argument spans (:func:`graph.extract.spans.np_span`) stop at these edges; each rule
has an example sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .adjuncts import is_adjunct_phrase
from .lexicon import (
    AGENT_NOUNS,
    FACILITY_NOUNS,
    GROUND_NOUNS,
    LOCATION_PREPS,
    PLACE_LABELS,
    PLACE_NOUNS,
    TIME_LABELS,
    WEEKDAYS,
)
from .modalwords import ACCUSE_VERBS

# Sites a phrase can place an act at: "near the bridge", "at the checkpoint".
SITE_NOUNS = FACILITY_NOUNS | GROUND_NOUNS


def ends_phrase(kid: Token) -> bool:
    """Return whether a right dependent of a noun ends its phrase (see below)."""
    return kid.dep_ == "prep" and (
        is_place_phrase(kid)
        or is_time_phrase(kid)
        or is_gerund_clause(kid)
        or is_means_phrase(kid)
        or is_hand_phrase(kid)
        or companion(kid) is not None
        or joint_partner(kid) is not None
        or is_held_place_of(kid)
        or is_adjunct_phrase(kid)
    )


def is_hand_phrase(prep: Token) -> bool:
    """Return whether ``prep`` opens "on (the) one hand" or "on the other (hand)".

    "clashes between X on one hand and Y on the other": the phrase marks a side's end
    (:mod:`.sides`), it is no part of the party.
    """
    if prep.lower_ != "on" or prep.i + 2 >= len(prep.doc):
        return False
    words = [t.lower_ for t in prep.doc[prep.i + 1 : prep.i + 4]]
    return words[:2] in (["one", "hand"], ["the", "other"]) or words == ["the", "one", "hand"]


# Words before "with" that add a partner: "along with", "together with".
_ALONG = frozenset({"along", "together"})


def companion(kid: Token) -> Token | None:
    """Return the partner a noun's "along with Y" / "together with Y" adds to it, or None.

    "Moscow along with Tehran will talk to Ankara": Tehran acts too, as a conjunct would.
    """
    with_ = (
        kid
        if kid.lower_ == "with"
        else next((k for k in kid.children if k.lower_ == "with" and k.dep_ == "prep"), None)
    )
    if with_ is None or with_.i < 1 or kid.doc[with_.i - 1].lower_ not in _ALONG:
        return None
    return next((k for k in with_.children if k.dep_ == "pobj"), None)


# Nouns of "in cooperation with Y": Y acts together with the phrase's head.
_JOINT = frozenset(
    {"cooperation", "coordination", "conjunction", "collaboration", "partnership", "tandem"}
)


def joint_partner(kid: Token) -> Token | None:
    """Return the partner of a noun's "in cooperation with Y" / "in coordination with Y".

    "Army units in cooperation with the Hawks militia stormed the hill": the militia
    stormed it too, and is no part of the army's phrase. Hung on a target ("seized the
    road in cooperation with Y") the phrase only ends it: the partner is the actor's.
    """
    if kid.dep_ != "prep" or kid.lower_ != "in":
        return None
    joint = next((k for k in kid.children if k.dep_ == "pobj"), None)
    if joint is None or joint.lower_ not in _JOINT:
        return None
    with_ = next((k for k in joint.children if k.dep_ == "prep" and k.lower_ == "with"), None)
    return next((k for k in with_.children if k.dep_ == "pobj"), None) if with_ else None


def partner(kid: Token, head: Token) -> Token | None:
    """Return who a right dependent of ``head`` adds as a partner ("along with Y"), or None."""
    if head.dep_ in {"nsubj", "nsubjpass"} or head.head.lower_ == "by":
        return companion(kid) or joint_partner(kid)
    return companion(kid)


# Prepositions that date an act: "the attack on Sunday", "the raid in March".
_TIME_PREPS = frozenset({"on", "in", "at", "during", "since", "until", "after", "before"})


def is_time_phrase(prep: Token) -> bool:
    """Return whether ``prep`` opens a time phrase: "on Sunday", "in early March".

    "IS claimed the attack on Sunday": when it happened is the event's time, not a part
    of what was attacked or claimed.
    """
    return prep.lower_ in _TIME_PREPS and any(
        k.dep_ == "pobj" and (k.ent_type_ in TIME_LABELS or k.lower_ in WEEKDAYS)
        for k in prep.children
    )


def is_means_phrase(prep: Token) -> bool:
    """Return whether ``prep`` names the event people were hurt in: "in shelling".

    "killed 69 civilians in shelling during the offensive": the shelling is how they
    were killed (the event's own phrase), not a part of who was killed.
    """
    from .eventnouns import is_event_noun  # (these modules import the span modules)
    from .recipients import is_actor_noun

    # only after people: "involvement in the raids", "a halt in the bombing" keep it.
    if prep.lower_ not in {"in", "during", "amid", "under"} or not is_actor_noun(prep.head):
        return False
    # the tagger may read "in shelling" as a gerund clause without an object
    noun = next((k for k in prep.children if k.dep_ in {"pobj", "pcomp"}), None)
    if noun is None or (noun.dep_ == "pcomp" and any(k.dep_ == "dobj" for k in noun.children)):
        return False
    return is_event_noun(noun)


# Parts and sides of a place: "in parts of Idlib", "in the west of the city", "on the
# outskirts of Homs", "on the eastern bank of the river".
REGION_NOUNS = frozenset(
    {"part", "parts", "west", "east", "north", "south", "northwest", "northeast", "southwest"}
    | {"southeast", "vicinity", "surroundings", "environs", "periphery", "heart", "centre"}
    | {"center", "battleground", "battlefield", "governorate", "zone", "sector", "quarter"}
    | {"site", "field", "oilfield", "farm", "farms", "headquarters", "compound", "desert"}
    | {"side", "bank", "edge", "outskirt", "outskirts", "fringe", "fringes", "coast"}
)
# Nouns an "on" phrase places something at: "a hospital on the outskirts of X".
_ON_NOUNS = frozenset({"outskirt", "outskirts", "side", "bank", "edge", "fringe", "fringes"})
# Prepositions whose bare name is a place: "near Mayadeen", "outside Jarablus".
_NEAR_PREPS = frozenset({"near", "outside", "around", "inside", "across", "along"})


def is_place_phrase(prep: Token) -> bool:
    """Return whether ``prep`` opens a place phrase: "in Aleppo", "near the town"."""
    if prep.dep_ != "prep":
        return False
    low = prep.lower_
    for k in prep.children:
        if k.dep_ != "pobj":
            continue
        lemma = k.lemma_.lower()
        if low == "on":
            return lemma in _ON_NOUNS or k.lower_ in _ON_NOUNS
        if low not in LOCATION_PREPS:
            return False
        if k.ent_type_ in PLACE_LABELS or lemma in REGION_NOUNS or k.lower_ in REGION_NOUNS:
            return True
        if not k.ent_type_ and lemma in PLACE_NOUNS | SITE_NOUNS:
            return True
        # a name the tagger left untyped: "near Mayadeen" (a group: "around Nusra Front").
        return low in _NEAR_PREPS and k.pos_ == "PROPN" and k.ent_type_ not in {"ORG", "NORP"}
    return False


# Places a side holds: "the jihadist bastion of Tabqa", "the rebel stronghold of Duma".
_HELD_PLACES = frozenset(
    {"bastion", "stronghold", "base", "hideout", "enclave", "heartland", "den", "lair"}
    | {"redoubt", "fortress", "citadel", "fiefdom", "haven", "pocket"}
)


def is_held_place_of(prep: Token) -> bool:
    """Return whether ``prep`` names where a side's held place is: "the IS bastion of X".

    "Kurdish forces targeted the jihadist bastion of Tabqa": the target is the
    jihadists' bastion (whose owner the modifier names), Tabqa where it is.
    """
    noun = prep.head
    if prep.lower_ != "of" or prep.dep_ != "prep" or noun.lemma_.lower() not in _HELD_PLACES:
        return False
    place = next((k for k in prep.children if k.dep_ == "pobj"), None)
    if place is None or not (place.pos_ == "PROPN" or place.ent_type_ in PLACE_LABELS):
        return False
    return any(
        mod.dep_ in {"compound", "amod", "poss", "nmod"}
        and (
            mod.pos_ == "PROPN"
            or mod.ent_type_ in {"NORP", "ORG", "GPE"}
            or mod.lemma_.lower() in AGENT_NOUNS
        )
        for mod in noun.lefts
    )


def is_side_phrase(prep: Token) -> bool:
    """Return whether an "on" phrase places a thing: "positions on the Syrian side of X".

    Such a phrase says where the thing is, not whom an act on it is aimed at.
    """
    return prep.lower_ == "on" and is_place_phrase(prep) or is_held_place_of(prep)


def is_gerund_clause(prep: Token) -> bool:
    """Return whether ``prep`` holds a gerund clause that is no part of its noun.

    "accused the rebels of shelling the market": people have no "of V-ing" complement,
    so the clause is the accusation's; "the village of X killing two": a gerund with
    its own subject is the parser's reading of an adjunct; "an inquiry after
    describing it as X": an adverbial clause. "The prospect of investigating X",
    "the aim of capturing the city" keep their complement.
    """
    if prep.dep_ != "prep":
        return False
    from .recipients import is_actor_noun  # (recipients imports the span modules)

    noun = prep.head
    # "of" after a thing is its complement; other prepositions ("after describing
    # it", "by shelling X") open an adverbial clause.
    person = prep.lower_ != "of" or noun.pos_ == "PRON" or is_actor_noun(noun)
    if noun.dep_ == "dobj" and noun.head.lemma_ in ACCUSE_VERBS:
        person = True  # "accused Russian aircraft of using napalm"
    # "X is accused by rights groups of killing Y (of being a spy)": the accusation's.
    accuser = noun.dep_ == "pobj" and noun.head.dep_ == "agent"
    accuser = accuser and noun.head.head.lemma_ in ACCUSE_VERBS
    for verb in prep.children:
        if verb.dep_ != "pcomp" or verb.tag_ != "VBG":
            continue
        deps = {g.dep_ for g in verb.children}
        if accuser or "nsubj" in deps or (person and "dobj" in deps):
            return True
    return False


QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def unquoted(doc: Doc, head: int, left: int, right: int) -> tuple[int, int]:
    """Cut ``[left, right]`` at a quotation mark it does not close.

    A phrase never runs through the end of a quotation: "... killing three women" a
    medic told AFP" -> "three women" (the parser may join what follows the closing
    mark); a mark right outside the phrase closes it ("a self-styled "caliphate"").
    """
    marks = [i for i in range(left, right + 1) if doc[i].text in QUOTES]
    if len(marks) % 2 == 0:
        return left, right
    if right + 1 < len(doc) and doc[right + 1].text in QUOTES:
        return left, right
    after = [i for i in marks if i > head]
    if after:
        return left, after[0] - 1
    if doc[head].dep_ not in {"nsubj", "nsubjpass"} and any(
        tok.pos_ in {"NOUN", "PROPN", "NUM"} for tok in doc[left : marks[-1]]
    ):
        # an object that runs out of a quotation ('shelled the market" activist X
        # said'): the quoted verb's object is what the quotation holds.
        return left, marks[-1] - 1
    return marks[-1] + 1, right


def subject(verb: Token) -> Token | None:
    """Return the subject of ``verb``, skipping one quoted before it and closed before it.

    'The siege starves our people' the spokesman told AFP (in double quotes): the parser
    can give "told" both "people" and "spokesman" as subjects; a quotation the verb is
    outside of does not hold its subject.
    """
    subjects = [kid for kid in verb.children if kid.dep_ in {"nsubj", "expl"}]
    for subj in subjects:
        low, high = sorted((subj.left_edge.i, verb.i))
        marks = sum(1 for tok in verb.doc[low:high] if tok.text in QUOTES)
        if marks % 2 == 0 or len(subjects) == 1:
            return subj
    return subjects[0] if subjects else None
