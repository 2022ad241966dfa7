"""Who does a gerund that modifies a noun: the noun itself or the clause's subject (private).

News hangs a result or a manner on a clause with a bare gerund ("jets struck the
village, killing five"); without the comma the parser makes the gerund a modifier of
the noun before it ("struck the village killing five"). A place or an act does not
kill, so the clause's subject does (:func:`gerund_doer`). But a text or a gathering
says what it says (a resolution calls for a truce, protests demand reforms) unless the
clause's subject issued it ("issued a statement demanding"); a road linking two towns
states a link no one makes; and a gerund whose object counts the noun's own people is
not done by them ("fought militants near the airport killing dozens of them").
"""

from __future__ import annotations

from spacy.tokens import Token

from .agentnouns import is_means_noun, is_someone
from .attacknouns import is_attack_noun
from .classify import default_class, label_class
from .eventgerunds import acts_itself, conveys
from .lexicon import (
    EVENT_NOUNS,
    FACILITY_NOUNS,
    GROUND_NOUNS,
    HURT_VERBS,
    INSTRUMENT_NOUNS,
    PERSON_NOUNS,
    PLACE_LABELS,
    PLACE_NOUNS,
    RELATIONAL_VERBS,
    SPEECH_VERBS,
    WEEKDAYS,
)
from .modalwords import DIRECTIVE_VERBS

__all__ = ["TEXT_NOUNS", "can_act", "clause_verb", "counts_back", "gerund_doer", "names_where"]

# What a road or a place does besides the relational and stative verbs: "a road
# connecting X and Y", "a route leading to X".
_PLACE_VERBS = frozenset({"connect", "link", "lead", "join", "run"})
# States of a thing, an image or a text: "footage showing the ruins".
_THING_STATES = frozenset(
    {"show", "reveal", "depict", "contain", "include", "surround", "house", "lack", "need"}
)
# Classes of saying: a text, a protest or a report can demand, criticise or state.
_SAYING_CLASSES = frozenset({"STATEMENT", "DEMAND", "DISAPPROVE"})
# Texts and gatherings that say or demand something themselves: "a resolution calling
# for", "reports suggesting", "protests demanding".
TEXT_NOUNS = frozenset(
    {"statement", "report", "resolution", "letter", "message", "document", "communique"}
    | {"declaration", "petition", "bill", "draft", "motion", "proposal", "video", "footage"}
    | {"article", "study", "survey", "poll", "banner", "slogan", "leaflet", "post", "tweet"}
    | {"protest", "demonstration", "rally", "march", "sit-in", "movement", "uprising"}
    | {"revolt", "appeal", "plea", "call", "ruling", "decree", "order", "verdict", "law"}
)
# Verbs of the means of an act: "killed ten people using barrel bombs".
_WIELDING_VERBS = frozenset({"use", "employ", "wield", "deploy"})
# Verbs whose subject issues the text it has as object: "issued a statement demanding".
_AUTHORING_VERBS = frozenset(
    {"issue", "release", "publish", "post", "send", "sign", "pass", "adopt", "draft"}
    | {"submit", "table", "present", "deliver", "make", "put", "broadcast", "hold", "stage"}
    | {"organise", "organize", "lead", "launch", "start", "write", "file", "approve"}
    | {"endorse", "enact", "ratify"}
)


def can_act(noun: Token) -> bool:
    """Return whether a noun can name someone (it is no place, time, number or weapon)."""
    if noun.ent_type_ in {"PERSON", "NORP", "ORG"} or noun.lemma_.lower() in PERSON_NOUNS:
        return True
    return not (
        _is_place(noun)
        or noun.ent_type_ in {"DATE", "TIME", "CARDINAL", "QUANTITY"}
        or noun.lemma_.lower() in WEEKDAYS | EVENT_NOUNS | INSTRUMENT_NOUNS
        or noun.lower_ in EVENT_NOUNS
    )


def _is_place(noun: Token) -> bool:
    return noun.ent_type_ in PLACE_LABELS or noun.lemma_.lower() in PLACE_NOUNS


def _hurt_by(verb: Token, noun: Token) -> bool:
    """Return whether ``verb`` hurts people and ``noun`` is a building or ground ("a school")."""
    ground = noun.lemma_.lower() in GROUND_NOUNS | FACILITY_NOUNS | PLACE_NOUNS
    return verb.lemma_.lower() in HURT_VERBS and ground


def names_where(noun: Token) -> bool:
    """Return whether a name says where a place is: "a school in Hamra", "the town of X".

    The tagger often types a town as an organisation; after "in" on a building or a place
    it is a place, and a gerund after it tells what the clause's subject did.
    """
    prep = noun.head
    where = prep.head
    ground = where.lemma_.lower() in GROUND_NOUNS | FACILITY_NOUNS | PLACE_NOUNS
    # ("the town of Hamra": the name of the place itself)
    named = prep.lower_ == "of" and where.lemma_.lower() in PLACE_NOUNS
    return noun.dep_ == "pobj" and (prep.lower_ in {"in", "near", "at"} or named) and ground


def clause_verb(noun: Token) -> Token | None:
    """Return the verb whose object (or object's PP) ``noun`` is ("staging strikes in X")."""
    tok = noun
    for _ in range(6):
        if tok.dep_ not in {"dobj", "pobj", "prep", "conj", "appos", "compound"}:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            return tok
    return None


def gerund_doer(verb: Token) -> Token | None:
    """Return who does the noun-modifying gerund ``verb``: its noun or a clause verb.

    The noun when it does it itself ("militiamen guarding the bridge", "a resolution
    calling for a truce"); the verb of the clause whose subject does it ("struck the
    village killing five" -> struck; "issued a statement demanding" -> issued); None
    when no one does it ("a road linking the towns", "footage showing the damage").
    """
    noun = verb.head
    if _counts_back(verb, noun) or _wields(verb):
        # "clashed with militants killing dozens of them": not the militants; "killed
        # 300 people using chemical weapons": who killed used them.
        return clause_verb(noun)
    if is_someone(noun) and can_act(noun) and not names_where(noun) and not _hurt_by(verb, noun):
        return noun
    if _links(verb, noun):
        # "cut a road connecting the towns", "footage showing the ruins": a state.
        return None
    if _says(verb) and noun.lemma_.lower() in TEXT_NOUNS:
        # "vetoed a resolution calling for a truce", "fired on protests demanding
        # reforms": the text or the protest says it, unless the subject issued it.
        clause = clause_verb(noun)
        authored = clause is not None and clause.lemma_.lower() in _AUTHORING_VERBS
        return clause if noun.dep_ == "dobj" and authored else noun
    if verb.lemma_.lower() == "target" and _attack_of(noun) is not None:
        # "died in raids targeting X", "outrage at attacks targeting X": the attack noun's
        # owner targets X, not the clause's subject (see attack_frames).
        return None
    if acts_itself(verb, clause_verb(noun)) or conveys(verb):
        # "condemned attacks targeting civilians": the attacks did it (see acts_itself);
        # "hit a bus carrying workers": the bus carries them (see conveys).
        return noun
    if not can_act(noun) or noun.dep_ in {"pobj", "dobj"}:
        # "staged air strikes in support of Damascus targeting Daesh", "made advances
        # seizing villages": a place or an event does not act; the clause's subject does.
        return clause_verb(noun)
    return noun


def _attack_of(noun: Token) -> Token | None:
    """Return the attack noun a phrase-final "targeting" belongs to ("in raids targeting X").

    The noun itself when it is an attack in an adjunct, or the attack whose place phrase
    the parser hung the participle on ("attacks in the north targeting X").
    """
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "in" and prep.head.dep_ == "pobj" and is_attack_noun(prep.head):
        return prep.head
    # "unleashed a wave of strikes targeting X": the light verb's subject targets X.
    return noun if is_attack_noun(noun) and prep.lower_ != "of" else None


def _links(verb: Token, noun: Token) -> bool:
    """Return whether ``verb`` states a link or a state of a thing: "a road linking X"."""
    lemma = verb.lemma_.lower()
    if lemma in RELATIONAL_VERBS | _THING_STATES:
        return True
    ground = noun.lemma_.lower() in GROUND_NOUNS or _is_place(noun)
    return lemma in _PLACE_VERBS and ground


def _says(verb: Token) -> bool:
    """Return whether ``verb`` is a verb of saying or demanding ("calling for", "urging")."""
    lemma = verb.lemma_.lower()
    if lemma in SPEECH_VERBS | DIRECTIVE_VERBS | {"call"}:
        return True
    code = default_class(lemma)
    return bool({label_class(lemma), code.plover if code is not None else ""} & _SAYING_CLASSES)


def _wields(verb: Token) -> bool:
    """Return whether ``verb`` says which weapon was used: "using barrel bombs"."""
    if verb.lemma_.lower() not in _WIELDING_VERBS:
        return False
    obj = next((k for k in verb.children if k.dep_ == "dobj"), None)
    return obj is not None and is_means_noun(obj.lower_)


def _counts_back(verb: Token, noun: Token) -> bool:
    """Return whether the gerund's object counts people of ``noun`` ("killing 16 of them").

    A count "of them" picks its victims from the people just named: they are the
    gerund's object, so not its subject.
    """
    return noun.tag_ in {"NNS", "NNPS"} and noun.dep_ in {"pobj", "dobj"} and counts_back(verb)


def counts_back(verb: Token) -> bool:
    """Return whether a gerund (or one coordinated after it) counts its victims back.

    "killing 16 of them", "killing or injuring most of their members", "wounding scores
    of the group's members": the count picks its victims from people just named.
    """
    verbs = [verb, *(k for k in verb.children if k.dep_ == "conj" and k.pos_ == "VERB")]
    for one in verbs:
        for obj in (k for k in one.children if k.dep_ == "dobj"):
            of = next((k for k in obj.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
            if of is not None and any(_names_them(k) for k in of.children):
                return True
    return False


def _names_them(noun: Token) -> bool:
    # "of them", "of their members", "of the group's members" (of the people just named)
    if noun.lower_ == "them":
        return True
    owned = any(k.dep_ in {"poss", "compound"} for k in noun.children)
    return noun.dep_ == "pobj" and noun.lemma_.lower() == "member" and owned
