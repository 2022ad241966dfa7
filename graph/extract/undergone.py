"""Events a subject undergoes: "X came under Russian shelling", "X witnessed air raids" (private).

The subject of "came under", "was subjected to", "suffered", "endured" or "faced" an
attack is its target, not its author; so is a place that "witnessed" one. Who made the
attack is named after the noun ("by/from X", "the air strikes of X's jets") or before
it ("Russian air strikes", "regime shelling"); with no one named the subject's
undergoing is a fact about it, not an event of anyone.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .agentnouns import is_someone
from .alternatives import with_alternatives
from .attacknouns import is_attack_noun
from .attackverbs import attack_action
from .eventnouns import is_event_noun, owner
from .frames import Frame
from .lexicon import FACILITY_NOUNS, PLACE_NOUNS
from .nounagents import attacker
from .senders import owners
from .spans import child, np_span
from .stated import is_stated
from .undergoing import undergone_noun

# Verbs whose subject undergoes what their prepositional phrase names ("came under" is
# :func:`graph.extract.undergoing.undergone_noun`'s, with "faced", "suffered" ...).
_UNDERGO_PREP = {"subject": "to", "expose": "to", "be": "under", "remain": "under"}
# Adjectives of a copula that undergo what "to" names: "the town is subject to shelling".
_UNDERGO_ADJECTIVES = frozenset({"subject", "exposed"})
# Verbs whose place subject undergoes the attack their object names.
_PLACE_VERBS = frozenset({"witness", "experience"})
# Labels of names that are places (a place undergoes, it does not act: "Aleppo witnessed").
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def undergone_frames(verb: Token) -> Iterator[Frame] | None:
    """Return the frames of "X came under N (from/by Y)": Y's N on X, or None.

    Also "X faced/suffered N by Y", "X was/remained under N (by Y)" and "X was subjected
    to N by Y"; with no one named see :func:`_unowned`.

    "The convoy came under attack by militants" -> militants attack the convoy; "the
    base came under Russian air strikes" -> Russian strike the base; "the base came
    under heavy shelling" names no one who shelled: a fact about the base. The subject
    undergoes the event; it did not come anywhere.
    """
    found = _undergone(verb)
    if found is None:
        return None
    subj, noun = found
    if is_attack_noun(noun) and not is_stated(noun):
        return None  # "the rebels may soon face an imminent assault": not (yet) done
    action = attack_action(noun)
    agents = _agents(verb, noun)
    if not agents:
        return _unowned(verb, subj, noun, action)
    relation = f"{verb.text} {noun.text}"
    return (
        Frame(agent, noun, np_span(subj), "active", None, "event", relation, action)
        for agent in agents
    )


def _unowned(verb: Token, subj: Token, noun: Token, action: str) -> Iterator[Frame] | None:
    """Return the fact of an event undergone with no one named (or None: as it stands)."""
    lemma = verb.lemma_.lower()
    if lemma in {"be", "remain", "subject", "expose"}:
        return None  # "the camp has been under siege": the clause as it stands
    if not is_attack_noun(noun) or lemma == "come":
        # "came under heavy shelling", "faced growing anger": a fact about the subject.
        said = "come under" if lemma == "come" else lemma
        fact = Frame(
            np_span(subj), verb, None, "relation", None, "relation", "", f"{said} {action}"
        )
        return iter([fact])
    # "Aleppo witnessed air raids", "the town suffered heavy shelling": an attack on the
    # place by no one named, a fact as for "air raids on the town".
    attack = noun.doc[noun.left_edge.i : noun.i + 1]
    return iter([Frame(attack, noun, np_span(subj), "active", None, "relation", "", action)])


def _undergone(verb: Token) -> tuple[Token, Token] | None:
    """Return ``(subject, event noun)`` of a verb whose subject undergoes the event."""
    lemma = verb.lemma_.lower()
    subj = child(verb, "nsubjpass" if lemma in {"subject", "expose"} else "nsubj")
    if subj is None:
        return None
    adj = child(verb, "acomp") if lemma == "be" else None
    if adj is not None and adj.lower_ in _UNDERGO_ADJECTIVES:
        # "the suburb has been subject to shelling by X": the adjective takes the "to".
        to = next((k for k in adj.children if k.dep_ == "prep" and k.lower_ == "to"), None)
        noun = child(to, "pobj") if to is not None else None
        return (subj, noun) if noun is not None else None
    noun, _ = undergone_noun(verb)
    if noun is not None:
        # "came under attack", "faced bombings by X", "suffered Turkish shelling".
        return (subj, noun) if is_event_noun(noun) else None
    if lemma in _UNDERGO_PREP:
        prep = next(
            (k for k in verb.children if k.dep_ == "prep" and k.lower_ == _UNDERGO_PREP[lemma]),
            None,
        )
        noun = child(prep, "pobj") if prep is not None else None
        if noun is None or not (lemma in {"subject", "expose"} or is_event_noun(noun)):
            return None
        return subj, noun  # "were subjected to beatings by X": whatever X did to them
    noun = child(verb, "dobj")
    if lemma not in _PLACE_VERBS or noun is None or not is_attack_noun(noun):
        return None
    # "residents witnessed the raids": they saw them, not underwent them
    return (subj, noun) if _is_place(subj) else None


def _is_place(noun: Token) -> bool:
    if noun.ent_type_ in _PLACE_LABELS or noun.lemma_.lower() in PLACE_NOUNS | FACILITY_NOUNS:
        return True
    # a name the small model does not type at all is mostly a town: "Aleppo witnessed".
    return noun.pos_ == "PROPN" and not noun.ent_type_


def _agents(verb: Token, noun: Token) -> list[Span]:
    """Return who made the attack: "from/by X" on the verb or noun, "of X", or its owner."""
    named = [
        with_alternatives(np_span(one), one)
        for prep in [*verb.children, *noun.children]
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"from", "by"}
        for pobj in [child(prep, "pobj")]
        if pobj is not None
        for one in owners(pobj)  # "under attack by X and Y": each attacked
    ]
    if named:
        return named
    who = attacker(noun)
    if who is not None:
        return [np_span(one) for one in owners(who)]
    of = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    pobj = child(of, "pobj") if of is not None else None
    if pobj is not None and (is_someone(pobj) or owner(pobj) is not None):
        # "the heavy air strikes of the Russian warplanes": the warplanes' owner struck.
        return [np_span(pobj)]
    who = owner(noun)
    if who is not None:
        # "came under Russian air strikes", "faced a rebel counter-offensive".
        start = min([who.i, *(k.i for k in who.lefts if k.dep_ == "compound")])
        return [noun.doc[start : who.i + 1]]
    return []
