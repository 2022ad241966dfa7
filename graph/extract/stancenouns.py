"""A stance carried by the noun of a light verb: "voiced anger at X", "renewed calls" (private).

When a verb only expresses, issues or repeats, its object noun says what is done, and
the phrase after the noun says at whom:

- disapproval: "the ministers voiced anger at the shelling of Vell", "the council
  reiterated its condemnation of the junta" are DISAPPROVE (CAMEO 111) aimed at what the
  phrase names (the doer of an act, as for "condemned Russian air strikes": Russian);
- doubt about what another party says or plans: "Moscow voiced scepticism about the
  plan", "the envoy cast doubt on the findings" disapprove of it (PLOVER DISAPPROVE
  "express disapproval"), aimed at what the phrase names; doubt with no such phrase
  ("expressed doubt that the truce would hold") stays a pessimistic comment (CAMEO 012);
- a call or an appeal with its complement: "Germany renewed its calls for an inquiry",
  "the envoy issued an appeal to the rebels to free the hostages" are DEMAND (CAMEO 100)
  aimed at the party asked ("on X", "to X"), else at the side of what is called for.

- concern raised: "the agency raised concerns over the shelling" voices a worry, as
  "expressed concern" does (CAMEO 012, a comment), not a consultation (the dictionary's
  "RAISE * CONCERN" 040 reads a matter raised with someone).

Not: "made the call during a phone conversation" (a call without "for", "on" or "to" is
a telephone call), "expressed concern over the fighting" (CAMEO codes concern as a
comment, 012), "rejected calls for a truce" (the verb is no light one: it rejects).
:mod:`graph.extract.ownsenses` asks for the class, :mod:`graph.extract.clausetargets`
for the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .eventnouns import is_event_noun, owner
from .lexicon import word_set
from .modalwords import CONTENT_NOUNS
from .nounagents import attacker
from .recipients import is_actor_noun, thing_side
from .spans import child, conjuncts, join_tokens, verb_group

__all__ = ["stance_sense", "stance_target"]

# Verbs that only voice, issue or repeat what their object noun says.
_CARRYING = word_set(
    "express voice register convey reiterate repeat renew issue make lodge echo cast"
)
# Nouns of disapproval the compiled noun classes miss ("condemnation" is coded only as the
# object of some verbs); "outrage", "displeasure" and "disapproval" the dictionary codes.
_DISAPPROVING = word_set(
    "outrage condemnation anger indignation disgust displeasure disapproval criticism revulsion"
)
# Nouns of doubt, which disapprove only of something named: "scepticism about the plan".
_DOUBTING = word_set("doubt scepticism skepticism reservation")
_CALLS = word_set("call appeal plea demand")
# What a disapproval is aimed at: "anger at X", "condemnation of X", "outrage over X".
_AT = word_set("at over against of about toward towards on with regarding concerning")
# Whom a call is made to: "a call on X to withdraw", "an appeal to X".
_ASKED = word_set("on to")
_DISAPPROVE = Code("111", "DISAPPROVE", "")
_COMMENT = Code("012", "STATEMENT", "")
_CONCERNS = word_set("concern")
_DEMAND = Code("100", "DEMAND", "")


def stance_sense(verb: Token) -> Code | None:
    """Return the class a light verb's object noun gives it (DISAPPROVE, DEMAND, a comment).

    "voiced anger at the shelling" -> DISAPPROVE; "renewed its calls for a truce" ->
    DEMAND; "made the call during a phone conversation" -> None.
    """
    obj = child(verb, "dobj")
    if verb.lemma_.lower() == "raise" and obj is not None and obj.lemma_.lower() in _CONCERNS:
        return _COMMENT  # "raised concerns over the shelling": a worry voiced
    noun = _stance_noun(verb)
    if noun is None:
        return None
    return _DEMAND if noun.lemma_.lower() in _CALLS else _DISAPPROVE


def stance_target(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return the targets and surface relation of a stance noun's complement, else None.

    "The ministers voiced anger at the junta" -> (the junta, "voiced anger at");
    "Karvo renewed its call on Tarvan to withdraw" -> (Tarvan, "renewed its call on");
    the noun itself is never the target: "renewed its calls to end the siege" -> none.
    """
    noun = _stance_noun(verb)
    if noun is None or noun.i != obj.i:
        return None
    calls = obj.lemma_.lower() in _CALLS
    said = [*verb_group(verb), verb, *verb.doc[obj.left_edge.i : obj.i + 1]]
    for prep in _complements(verb, obj):
        pobj = child(prep, "pobj")
        if pobj is None:
            continue
        relation = join_tokens([*said, prep])
        if calls and prep.lower_ in _ASKED and is_actor_noun(pobj):
            return list(conjuncts(pobj)), relation
        if calls and prep.lower_ == "for":
            side = thing_side(pobj)
            return (list(conjuncts(side)) if side is not None else []), relation
        if not calls:
            return _disapproved(pobj), relation
    return [], join_tokens(said)


def _disapproved(pobj: Token) -> list[Token]:
    """Return whom a disapproval is aimed at: the doer of an act, else what it names.

    "anger at the junta" -> the junta; "outrage at the militia's raids" -> the militia;
    "outrage at the attack" -> nobody named (the act is no side).
    """
    if not is_event_noun(pobj):
        return list(conjuncts(pobj))
    doer = attacker(pobj) or owner(pobj)
    return [doer] if doer is not None and doer.pos_ != "PRON" else []


def _stance_noun(verb: Token) -> Token | None:
    """Return the object noun that carries the act of a light verb, else None."""
    if verb.lemma_.lower() not in _CARRYING:
        return None
    obj = child(verb, "dobj")
    if obj is None or obj.pos_ != "NOUN":
        return None
    lemma = obj.lemma_.lower()
    if lemma in _DISAPPROVING or (lemma in _DOUBTING and _doubted_by_someone(verb, obj)):
        return obj
    if lemma in _CALLS and (_complements(verb, obj) or _asked_to_act(verb, obj)):
        return obj  # "calls for a truce", "a call on X", "renewed its calls to end the war"
    return None


def _doubted_by_someone(verb: Token, obj: Token) -> bool:
    """Return whether a party voices doubt about something named: "X voiced scepticism about Y".

    An event or a report casts doubt without disapproving: "the attack cast doubt on the
    talks", "reports raise doubts about the raid".
    """
    subject = child(verb, "nsubj")
    if subject is not None and (is_event_noun(subject) or subject.lemma_.lower() in CONTENT_NOUNS):
        return False
    return bool(_complements(verb, obj))


def _complements(verb: Token, obj: Token) -> list[Token]:
    """Return the prepositions after the noun, on it or hung on the verb right after it."""
    preps = [k for k in obj.rights if k.dep_ == "prep"]
    preps += [k for k in verb.rights if k.dep_ == "prep" and k.i == obj.right_edge.i + 1]
    wanted = _ASKED | {"for"} if obj.lemma_.lower() in _CALLS else _AT
    return [p for p in preps if p.lower_ in wanted]


def _asked_to_act(verb: Token, noun: Token) -> bool:
    """Return whether a call says what is to be done: "its calls to end the siege".

    The parser hangs the infinitive on the noun or on the verb right after the noun.
    """
    after = noun.right_edge.i + 1
    on_verb = [k for k in verb.children if k.dep_ in {"advcl", "xcomp"} and k.left_edge.i == after]
    acts = [k for k in noun.children if k.dep_ in {"acl", "relcl"}] + on_verb
    return any(k.tag_ == "VB" and any(a.lower_ == "to" for a in k.lefts) for k in acts)
