"""The class of an act that is not done but offered, threatened, demanded or announced.

Used by :mod:`graph.extract.classify` (private to extract). PLOVER codes such an act by
what is done with it:

- an infinitive governed by a threat, demand, refusal or offer is that act's content:
  "vowed to attack" is a threat, "refused to meet" a rejection, "agreed to release the
  prisoners" a concession;
- an attempt or a denial governs nothing: "sought to encircle the town" and "denied
  carrying out strikes" are the encircling and the strikes, tried or denied (their
  modality and polarity say so), not demands or rejections;
- an act announced for the future is an offer, a promise or a threat: "France will send
  aid" AGREE, "Russia will withdraw" CONCEDE, "the army will attack" THREATEN; a
  condition or a wish announces nothing ("it is unclear if the strike was carried out
  by jets", "wants Putin to attack"), nor does a plan, a preparation or a decision
  ("the gang was preparing to raid the depot", "decided to cut ties"): the act keeps its
  class, and its future modality says it is not done;
- an offer, a promise or an agreement said not to be made is a refusal (PLOVER REJECT,
  "all rejections and refusals"): "the militants would not release the hostages",
  "the minister did not agree", "Ankara will not allow the convoy through"; an act
  simply not done ("the guards did not release the prisoners") refuses nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from .labels import label_class
from .modalwords import CONTROL_MODALITY, DENIAL_VERBS, MODALS
from .obligations import is_demanded
from .schedules import is_scheduled
from .tense import has_own_tense

__all__ = ["by_modality", "governed", "governor_class", "refused"]

# Classes whose infinitive complement is their content, not an act of its own: "threatened
# to cut off aid" is a threat, "refused to meet" a rejection, "offered to mediate" an offer.
_GOVERNORS = frozenset({"THREATEN", "DEMAND", "REJECT", "AGREE", "CONCEDE"})
_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE"})
_FORCEFUL = frozenset({"ASSAULT", "FIGHT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
# PLOVER THREATEN modes name the content of the threat.
THREAT_MODES = {
    "ASSAULT": "violence",
    "FIGHT": "violence",
    "MOBILIZE": "violence",
    "COERCE": "restrict",
    "PROTEST": "restrict",
    "SANCTION": "relations",
}
# PLOVER DEMAND modes name what is demanded.
_DEMAND_MODES = {
    "AID": "assist",
    "COOPERATE": "assist",
    "RETREAT": "yield",
    "CONCEDE": "yield",
    "CONSULT": "meet",
}
# Adjectives of willingness whose infinitive is offered: "is ready to mediate".
_WILLING = frozenset({"willing", "ready", "prepared", "eager"})
# Verbs of trying: "sought to encircle the town" tries the encircling, demands nothing.
_ATTEMPTS = frozenset(verb for verb, mood in CONTROL_MODALITY.items() if mood == "possible")
# Verbs of mutual agreement: what is agreed is agreed, whatever it is ("agreed to destroy
# the stockpile", "agreed to step up efforts"); a vow or an offer of force is a threat.
_AGREEMENTS = frozenset({"agree", "accept", "consent"})
_WOULD = frozenset(aux for aux, mood in MODALS.items() if mood == "hypothetical")
_WILL = frozenset(aux for aux, mood in MODALS.items() if mood == "future")
# Verbs of consent, whose negation refuses: "did not agree", "will not allow".
_CONSENTING = frozenset({"agree", "accept", "allow", "permit", "consent", "commit", "approve"})
# PLOVER REJECT modes by the class of what is refused.
_REFUSAL_MODES = {
    "CONCEDE": "yield",
    "RETREAT": "yield",
    "CONSULT": "meet",
    "AID": "assist",
    "COOPERATE": "assist",
    "SUPPORT": "assist",
}
_NEGATIONS = frozenset({"not", "n't", "never"})
# Verbs of planning, preparing and deciding: their infinitive is intended, not announced
# ("waited to enter the city" intends nothing of the kind).
_PLANS = frozenset(
    verb for verb, mood in CONTROL_MODALITY.items() if mood == "future" and verb != "wait"
)


def governor_class(verb: Token) -> tuple[str, str]:
    """Return the class and lemma of the verb whose infinitive ``verb`` is ("vowed to attack").

    ``("", "")`` when no threat, demand, refusal or offer governs it. The second of two
    infinitives shares the first one's governor: "agreed to hand over the stockpile and
    dismantle the plant" agrees to both.
    """
    tok = verb
    if tok.dep_ == "conj" and tok.head.dep_ == "xcomp" and not _is_own_clause(tok):
        tok = tok.head
    for _ in range(4):
        if tok.dep_ != "xcomp" or tok.head is tok:
            return "", ""
        tok = tok.head
        lemma = tok.lemma_.lower()
        if any(k.dep_ == "auxpass" for k in tok.children):
            return "", ""  # "was expected to rise": a forecast, not an offer
        if lemma in _ATTEMPTS or lemma in DENIAL_VERBS:
            return "", ""  # "sought to end his rule", "denied using chemical weapons"
        if tok.lower_ in _WILLING:
            return "AGREE", lemma  # "is ready to send troops": PLOVER "indicate willingness"
        particles = [k.lower_ for k in tok.children if k.dep_ == "prt"]
        cls = label_class(" ".join([lemma, *particles]))
        if cls in _GOVERNORS:
            return cls, lemma
    return "", ""


def _is_own_clause(verb: Token) -> bool:
    # "agreed to a deal to disarm and joined the treaty": its own subject or tense.
    own_subject = any(k.dep_ in {"nsubj", "nsubjpass"} for k in verb.children)
    return own_subject or has_own_tense(verb, verb.head)


def governed(governor: str, lemma: str, cls: str, mode: str) -> tuple[str, str]:
    """Return the class and mode of an act that is the content of an offer, threat or refusal."""
    if governor == "AGREE" and cls == "RETREAT":
        return "CONCEDE", ""
    if governor in {"AGREE", "CONCEDE"} and cls in _FORCEFUL and lemma not in _AGREEMENTS:
        return "THREATEN", THREAT_MODES[cls]
    if governor == "THREATEN":
        return "THREATEN", THREAT_MODES.get(cls, "")
    return governor, ""


def by_modality(verb: Token, cls: str, modality: str) -> tuple[str, str]:
    """Return the class and mode PLOVER gives an act that is announced, not done.

    Cooperation in the future tense is AGREE, a future retreat CONCEDE, future force or
    protest THREATEN; "Y said X must withdraw" is a DEMAND, whatever X is to do, when
    someone demands it (``obligations.is_demanded``). A hypothetical
    act is announced only by "would" ("said it would strike"), not by a condition or a wish.
    """
    if modality == "should" and cls not in {"RELATION", "STATEMENT"}:
        # "the convoy should arrive on Monday" expects; "X said Y must withdraw" demands.
        return ("DEMAND", _DEMAND_MODES.get(cls, "")) if is_demanded(verb) else (cls, "")
    if modality == "hypothetical" and not _would(verb):
        return cls, ""
    if modality not in {"future", "hypothetical"}:
        return cls, ""
    if modality == "future" and _planned(verb):
        return cls, ""  # "were preparing to storm the base": a plan, no threat made
    if cls in _COOPERATIVE - {"AGREE"} and not is_scheduled(verb, cls):
        return "AGREE", ""  # "France will send aid"; not "the council will hold talks"
    if cls == "RETREAT":
        return "CONCEDE", ""
    if cls in _FORCEFUL:
        return "THREATEN", THREAT_MODES[cls]
    return cls, ""


def _would(verb: Token) -> bool:
    """Return whether the clause of ``verb`` (or a clause it completes) says "would"."""
    tok = verb
    for _ in range(4):
        if any(k.dep_ == "aux" and k.lower_ in _WOULD for k in tok.children):
            return True
        if tok.dep_ not in {"xcomp", "conj"} or tok.head is tok:
            return False
        tok = tok.head
    return False


def _planned(verb: Token) -> bool:
    """Return whether a future act is only planned ("planned to attack"), not said to come.

    "will" anywhere on the way up announces it: "the army will prepare to attack".
    """
    tok, planned = verb, False
    for _ in range(4):
        if any(k.dep_ == "aux" and k.lower_ in _WILL for k in tok.children):
            return False
        if tok.dep_ != "xcomp" or tok.head is tok:
            return planned
        tok = tok.head
        planned = planned or tok.lemma_.lower() in _PLANS
    return planned


def refused(verb: Token, kind: str, cls: str) -> tuple[str, str] | None:
    """Return REJECT and its mode for an offer, promise or consent said not to be made.

    Args:
        verb: The predicate token.
        kind: The class the act was given as announced or governed ("would release":
            CONCEDE).
        cls: The class of the act itself (release: RETREAT).

    Returns:
        ``("REJECT", mode)`` for "would not release the hostages" or "did not agree",
        else None; "did not release the prisoners" (no offer, no consent) is None.
    """
    if kind not in {"AGREE", "CONCEDE"} or not _negated(verb):
        return None
    if kind == cls and verb.lemma_.lower() not in _CONSENTING:
        return None
    return "REJECT", _REFUSAL_MODES.get(cls, "")


def _negated(verb: Token) -> bool:
    """Return whether the verb or a verb whose infinitive it is says "not" or "never"."""
    tok = verb
    for _ in range(4):
        if any(k.dep_ == "neg" or k.lower_ in _NEGATIONS for k in tok.children):
            return True
        if tok.dep_ != "xcomp" or tok.head is tok:
            return False
        tok = tok.head
    return False
