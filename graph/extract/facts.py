"""Relation facts and passives: appositions, copulas, passives without an agent (private).

"Mosul, Iraq's second city" and "Aleppo is the largest city" state facts; "the bridge
was destroyed" says what happened to the bridge without saying who did it. They are
kept as relation-kind frames (``ng:RelationEvent``), out of the event count. Each rule
has an example sentence; :mod:`graph.extract.rules` calls them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from .agentnouns import is_someone
from .amongvictims import among_victims
from .arguments import agents
from .causes import harm_frames, reduced_fact
from .frames import Frame
from .fronted import participle_patient
from .gappedpassives import (
    agent_frames,
    gapped_harm,
    gapped_noun_participles,
    gapped_passive,
    gapped_victims,
    is_gapped_passive,
    shared_agent,
)
from .noise import is_report_formula
from .nounframes import fire_agent_frames
from .passives import undergoer
from .patients import prepositional_target
from .reduced import reduced_subject
from .series import is_series_apposition
from .spans import (
    antecedent,
    child,
    conjuncts,
    is_region_apposition,
    is_relative,
    join_tokens,
    np_span,
    verb_group,
)
from .stolensubjects import stolen_subject
from .unownedcauses import unowned_cause_frames


def appositive(appos: Token) -> Iterator[Frame]:
    """Yield the fact an apposition states (X is Y)."""
    # appositive fact: "Mosul, Iraq's second city, fell" -> Mosul is Iraq's second city.
    head = appos.head
    if head.pos_ not in {"NOUN", "PROPN"} or appos.pos_ not in {"NOUN", "PROPN"}:
        return
    if is_series_apposition(appos):
        return  # "killed a guard a driver and two boys": a list, no "a guard is a driver"
    if is_region_apposition(appos):
        # "Hoboken, New Jersey" is one place name, not two things said to be one.
        return
    if appos.i > 0 and appos.doc[appos.left_edge.i - 1].text == "(":
        return
    yield Frame(
        np_span(head),
        appos,
        np_span(appos),
        "relation",
        kind="relation",
        relation="is",
        action="be",
    )


def copula(verb: Token) -> Iterator[Frame]:
    """Yield the fact of a copular clause (X is Y, X is close to Y)."""
    # copular fact: "Aleppo is the largest city in Syria" -> relation be.
    attr = child(verb, "attr", "acomp")
    actors, _ = agents(verb)
    if attr is None or attr.pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return
    if child(verb, "ccomp") is not None and any(a.lower_ == "it" for a in actors):
        # "it is likely that ...": "it" stands for the clause, which is the event.
        return
    prep = child(attr, "prep") if attr.pos_ == "ADJ" else None
    pobj = child(prep, "pobj") if prep is not None else None
    if prep is not None and pobj is not None:
        # "the town is close to the border" -> relation "is close to", target "the border".
        relation = join_tokens([verb, *verb_group(verb), attr, prep])
        target, action = np_span(pobj), f"be {attr.lower_} {prep.lower_}"
    else:
        relation, target, action = "", np_span(attr), "be"
    for actor in actors:
        yield Frame(np_span(actor), verb, target, "relation", None, "relation", relation, action)


def agentless_passive(verb: Token) -> Iterator[Frame]:
    """Yield a passive without an agent: a fact, or an event when "in X fire" names one."""
    # agentless passive: "the bridge was destroyed in May" states something about the
    # bridge without saying who did it: a relation-kind fact, never an actor -> target event.
    # ("Russian helicopter downed near the border", "Besieged for years, the villagers":
    # a passive without its auxiliary, see reduced and fronted.)
    subj = child(verb, "nsubjpass") or reduced_subject(verb) or participle_patient(verb)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        # a reduced relative: "12 people killed in army shelling" (see fire_agent_frames);
        # only people are hurt ("reports ... killed" is a misparse of glued text).
        victims = _can_be_hurt(verb.head)
        hurt = among_victims(verb) or verb.head
        found = harm_frames(verb, hurt, passive=True) if victims else []
        # "12 people killed in the strikes": the strikes' fact (see unowned_cause_frames)
        found = found or (unowned_cause_frames(verb, hurt, passive=True) if victims else [])
        yield from found or reduced_fact(verb, victims=victims)
        return
    if subj is None:
        subj = _unparsed_subject(verb)
    if subj is None and verb.dep_ == "conj" and verb.tag_ == "VBN":
        gap = gapped_victims(verb)
        if gap is not None:
            yield from gapped_harm(verb, gap)
            return
        subj = child(verb.head, "nsubjpass")
    if subj is None or child(verb, "agent") is not None or is_report_formula(verb):
        return
    yield from _passive_frames(verb, subj)


def _unparsed_subject(verb: Token) -> Token | None:
    """Return the subject of a passive the parser gave none, if the clause names it."""
    subj = None
    if child(verb, "auxpass") is not None:
        # "... including women and 107 others were wounded": the parser lists the subject.
        subj = stolen_subject(verb)
    if subj is None:
        # "ten soldiers were reported killed in the raid": the soldiers were killed.
        subj = undergoer(verb)
    return subj


def _passive_frames(verb: Token, subj: Token) -> Iterator[Frame]:
    """Yield an agentless passive's frames: an agent shared or fired, else a fact."""
    shared = shared_agent(verb)
    if shared is not None:
        # "four soldiers were killed and six wounded by the militia": the agent of the
        # second participle is the first one's too.
        for actor in conjuncts(shared):
            for victim in conjuncts(subj):
                yield from agent_frames(actor, verb, victim)
        return
    if is_relative(subj) and verb.dep_ == "relcl":
        subj = antecedent(verb)
    fired = _fired(verb, subj)
    if fired:
        # "eight civilians were killed in rebel fire" names who fired.
        yield from fired
        return
    targets, prep = prepositional_target(verb)
    action = " ".join(["be", verb.lower_, *(k.lower_ for k in verb.children if k.dep_ == "prt")])
    action += f" {prep.lower_}" if prep is not None else ""
    spans: list[Span | None] = [np_span(tok) for tok in targets] or [None]
    for actor in conjuncts(subj):
        for target in spans:
            yield Frame(np_span(actor), verb, target, "relation", prep, "relation", action=action)
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ != "VERB" and is_gapped_passive(conj):
            # "thirty were killed and forty hurt", "hurt" read as a noun (no clause of its own).
            yield from gapped_passive(conj)


def _can_be_hurt(noun: Token) -> bool:
    if noun.pos_ in {"PRON", "NUM"} or noun.ent_type_ == "CARDINAL" or is_someone(noun):
        return True
    if noun.lower_ == "others":
        return True  # "Two killed others injured in X": the rest of the victims
    return any(k.dep_ == "nummod" for k in noun.children)  # "three of the wounded"


def _fired(verb: Token, subj: Token) -> list[Frame]:
    """Return the frames of a passive hurt "in X fire", the phrase on it or a conjoined one."""
    fired = harm_frames(verb, subj, passive=verb.tag_ == "VBN")
    for conj in verb.children if not fired else ():
        if conj.dep_ == "conj" and conj.tag_ == "VBN":
            # "ten were killed and dozens were wounded in rebel shelling": the phrase
            # hangs on the second participle but says who did both.
            fired += fire_agent_frames(verb, subj, phrase_of=conj)
    for victims, part in gapped_noun_participles(verb) if not fired else ():
        # "were killed and hundreds more injured in X strikes", read as a noun "hundreds"
        # with a participle: the phrase says who did both.
        fired += fire_agent_frames(verb, subj, phrase_of=part)
        named = verb.doc[victims.left_edge.i : part.i]
        fired += (replace(f, target=named) for f in fire_agent_frames(part, victims, passive=True))
    # "forty were killed in the strikes": the strikes' fact (see unowned_cause_frames)
    return fired or unowned_cause_frames(verb, subj, passive=verb.tag_ == "VBN")
