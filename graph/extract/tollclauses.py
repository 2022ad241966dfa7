"""The toll of an attack told in its own clause: "X struck the town and six were killed" (private).

A sentence often tells an attack, then its toll in a second clause with no doer of its
own: "jets struck the market and at least six people were killed", "rebels shelled the
town, the monitor said, adding that 14 civilians were injured", "... the agency said,
with a monitor saying 17 people were killed", "troops raided the village and the group
said that two men had been killed". The passive's victims were a fact with no doer,
while an event coder codes the attack's doer killing or wounding them.
:func:`clause_toll_frames` gives a plain harm passive (killed, wounded, injured; no
agent, no "in X fire", no "when ..." of its own: see :mod:`graph.extract.facts`) the
doers of the one-sided attack it follows: the clause it is joined to, or the clause a
report tells when the toll is what the reporter adds. A toll told in two clauses, one of
them naming its attack ("four were killed in army shelling while 12 others were hurt",
"one was killed and 16 others were injured in rebel attacks"), is all that attack's.
Nothing for a fight of two sides ("clashed"), an attack denied or not stated as done,
or victims of the attacker's own kind ("rebels stormed the base and six rebels were
killed").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from .agentnouns import load_agents
from .clauses import modality
from .frames import Frame
from .lexicon import HURT_VERBS, word_set
from .locatives import ATTACK_NOUNS
from .negation import is_negated
from .spans import child
from .tolls import may_share

__all__ = ["clause_toll_frames"]

# Verbs of an attack one side makes on whatever it reaches (not "clash", "fight").
_ATTACKS = word_set(
    "strike hit bomb bombard shell attack target pound pummel raid storm shoot fire ambush "
    "blast strafe rocket explode detonate"
)
# Verbs that wage the attack their object names: "carried out air strikes".
_WAGING = word_set("carry launch conduct mount stage")
# Attacks of one side such verbs wage (not "an offensive", which is fought).
_ATTACK_NOUNS = ATTACK_NOUNS - {"offensive"}
# Verbs of a report whose added clause tells the toll: "adding that", "saying".
_REPORTS = word_set("say add report note state tell confirm")
# How a reporting verb hangs on the report it adds to: "said, adding", "said and noted".
_ADDED = frozenset({"xcomp", "advcl", "conj"})
# Entities a harm's phrase may name without a cause of its own: "in Kessa", "on Friday".
_SETTINGS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
# Prepositions that tell who among the victims were: "among them", "including".
_PARTS = word_set("among including")
# How a report's clause hangs on its verb: "said jets struck", "jets struck, it said".
_TOLD = frozenset({"ccomp", "parataxis"})


def clause_toll_frames(
    verb: Token, facts: list[Frame], read: Callable[[Token], Iterable[Frame]]
) -> list[Frame]:
    """Return the attack's doers harming a plain passive's victims, else [].

    "Jets struck the market and six people were killed" -> the jets kill six people.
    ``facts`` are the passive's own frames (see :func:`graph.extract.facts.agentless_passive`);
    ``read`` gives a verb's frames (the attack's, whose doers are taken).
    """
    if verb.lemma_.lower() not in HURT_VERBS or is_negated(verb):
        return []
    victims = _plain_victims(verb, facts)
    if not victims:
        return []
    # "six were killed in army shelling while 20 others were wounded": the other harm's
    other = _other_harm(verb)
    attack = other or _attack_of(verb)
    if attack is None or is_negated(attack) or modality(attack) != "asserted":
        return []
    doers, lemma = _doers(attack, read), verb.lemma_.lower()
    return [
        replace(
            doer, verb=verb, target=victim, rule="inherited", prep=None, relation="", action=lemma
        )
        for doer in doers
        for victim in victims
        if not _own_side(victim, doer.actor)
        # "three policemen were killed, while a militant was hurt in army shelling": a clash
        and (other is None or may_share(victim.root, _subject(other), doer.actor.root))
    ]


def _plain_victims(verb: Token, frames: list[Frame]) -> list[Span]:
    """Return the victims of a passive that names no doer nor cause, else []."""
    harm = f"be {verb.lower_}"
    if not frames or any(f.kind != "relation" or f.action != harm for f in frames):
        return []  # "were killed in the strikes", "by a sniper": told there
    return [f.actor for f in frames] if _bare(verb) else []


def _bare(verb: Token) -> bool:
    """Return whether a harm tells no cause: not "when the roof fell", "in a road accident"."""
    clauses = [k for k in verb.children if k.dep_ in {"advcl", "agent"} and not _paired(k)]
    return not clauses and all(map(_setting, verb.children))


def _setting(kid: Token) -> bool:
    """Return whether a dependent of the harm tells only where, when or whom ("in Kessa")."""
    if kid.dep_ != "prep" or kid.lower_ in _PARTS:
        return True  # ("killed, among them two children": who the victims were)
    pobj = child(kid, "pobj")
    return pobj is not None and pobj.ent_type_ in _SETTINGS


def _other_harm(verb: Token) -> Token | None:
    """Return the harm the passive's toll goes on from, told with its cause, else None.

    "six were killed in army shelling and (while) 20 others were wounded", "one was
    killed while 16 others were injured in rebel attacks": the toll of one attack in
    two clauses, one of them naming it.
    """
    if any(map(_own_setting, verb.children)):
        return None  # "a farmer was killed on Sunday, and a nurse hurt by X": another day's
    linked = [verb.head] if _paired(verb) else []
    linked += [k for k in verb.children if _paired(k)]
    harms = [t for t in linked if t.lemma_.lower() in HURT_VERBS and t.tag_ == "VBN"]
    if len(harms) != 1 or _bare(harms[0]):
        return None
    # "two were wounded by a sniper, and four were killed": the agent before is its own
    # passive's only (see graph.extract.tolls)
    return harms[0] if harms[0].i > verb.i or child(harms[0], "agent") is None else None


def _own_setting(kid: Token) -> bool:
    """Return whether a harm's dependent tells its own place or time ("on Sunday", "Monday")."""
    if kid.dep_ == "npadvmod":
        return kid.ent_type_ in {"DATE", "TIME"}  # not "killed, among them two boys"
    return kid.dep_ == "prep" and kid.lower_ not in _PARTS


def _subject(verb: Token) -> Token | None:
    return child(verb, "nsubjpass") or (
        child(verb.head, "nsubjpass") if verb.dep_ == "conj" else None
    )


def _paired(clause: Token) -> bool:
    """Return whether a clause goes on from its head's: "and ...", "while ..."."""
    if clause.dep_ == "conj":
        return True
    return clause.dep_ == "advcl" and any(
        k.dep_ == "mark" and k.lower_ == "while" for k in clause.children
    )


def _attack_of(verb: Token) -> Token | None:
    """Return the one-sided attack whose toll the passive clause tells, else None."""
    head = verb.head
    if _paired(verb) and head.lemma_.lower() in HURT_VERBS and head.tag_ == "VBN":
        # "six were killed and (while) 20 (others were) wounded": the first harm's attack
        return _attack_of(head) if _bare(head) else None
    if verb.dep_ == "conj" and head.i < verb.i:
        if any(t.tag_ == "WRB" for t in verb.doc[head.i : verb.i]):
            return None  # "shelled X where a woman was killed and ...": a linked toll
        found = head if _is_attack(head) else _told(head)
    elif verb.dep_ == "ccomp" and head.lemma_.lower() in _REPORTS:
        found = _added_to(head)
    else:
        return None
    return found if found is not None and _is_attack(found) else None


def _added_to(report: Token) -> Token | None:
    """Return the attack told before the report that adds the toll, else None.

    "bombed the village and the observatory said that ..." (the report joined to the
    attack); "the monitor said jets struck X, adding that ..." and "... said, with a
    monitor saying ..." (the report told before it).
    """
    head = report.head
    if report.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "with":
        head = head.head.head  # "said, with a monitor saying ..."
    elif report.dep_ not in _ADDED or head.i > report.i:
        return None
    if _is_attack(head):
        return head  # (the parser may hang "adding that" on the reported attack)
    return _told(head) if head.lemma_.lower() in _REPORTS else None


def _told(report: Token) -> Token | None:
    """Return the attack a report's clause tells ("said jets struck the town"), else None."""
    if report.lemma_.lower() not in _REPORTS:
        return None
    told = [k for k in report.children if k.dep_ in _TOLD and _is_attack(k)]
    return told[0] if len(told) == 1 else None


def _is_attack(tok: Token) -> bool:
    """Return whether a verb tells one side's attack: "shelled", "carried out raids"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in _ATTACKS | _WAGING:
        return False
    if lemma in _ATTACKS:
        return True
    waged = child(tok, "dobj", "nsubjpass")  # "carried out strikes", "raids were launched"
    return waged is not None and waged.lemma_.lower() in _ATTACK_NOUNS


def _own_side(victims: Span, doer: Span) -> bool:
    """Return whether the victims may be the attacker's own men: "troops ... six soldiers".

    The same noun, the same kind of armed men ("troops", "soldiers"), or the doer's
    name among the victims' words ("six Tarvan Front fighters") say so.
    """
    head, own = victims.root, doer.root
    if head.lemma_.lower() == own.lemma_.lower():
        return True
    agents = load_agents()
    kind = agents.get(head.lower_)
    if kind is not None and kind != "CVL" and kind == agents.get(own.lower_):
        return True
    named = [t.lower_ for t in doer if t.pos_ == "PROPN"]
    return bool(named) and all(w in {t.lower_ for t in victims} for w in named)


def _doers(attack: Token, read: Callable[[Token], Iterable[Frame]]) -> list[Frame]:
    """Return one frame per doer of the attack: its events' actors (a weapon's if unnamed)."""
    seen: dict[tuple[int, int], Frame] = {}
    for frame in read(attack):
        if frame.kind == "event" or frame.unnamed:
            seen.setdefault((frame.actor.start, frame.actor.end), frame)
    return list(seen.values())
