"""The frames of one predicate: its actors against its targets, clause by clause.

:func:`clause_frames` reads a verb's clause (its special shapes first: gapped passives,
headlines, results, attacks undergone, exchanges) and pairs each actor span with each
target span; :mod:`graph.extract.rules` calls it for every predicate of a sentence.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from .agenthood import counted, is_whole_conflict, names_no_one
from .agentnouns import is_means_noun
from .aims import settled_targets
from .alternatives import is_alternative
from .argspans import argument_spans
from .arguments import agents
from .causes import harm_frames
from .clausetargets import clause_targets
from .coordination import is_mutual, mutual_frames
from .denials import denies_act
from .eventnouns import is_event_noun
from .eventtargets import exchange_frames
from .facts import agentless_passive
from .fallen import fallen_frames
from .frames import Frame
from .gappedpassives import gapped_passive, is_gapped_passive
from .headlines import headline_frames, is_headline_harm
from .lexicon import HARM_INTRANSITIVE, OCCURRENCE_VERBS, RELATIONAL_VERBS, SYMMETRIC_VERBS
from .nounagents import attacker, resolve_instrument
from .passiveeffects import passive_effect_frames
from .patients import patients
from .pptargets import pp_targets
from .reports import reports_event
from .results import is_result_state, result_pairs, stated_by_adjuncts
from .senders import owners
from .spans import child
from .tollclauses import clause_toll_frames
from .tolllists import own_toll_frames, with_listed_tolls
from .tollrises import toll_frames
from .undergone import undergone_frames
from .unownedcauses import unowned_cause_frames


def clause_frames(verb: Token) -> Iterator[Frame]:
    """Yield the frames of a predicate's clause: each actor against each target."""
    # "attacks kill 4 civilians injure 11": the first verb's doer wounded them, not the
    # 4 (see with_listed_tolls).
    own = own_toll_frames(verb, _clause_frames(verb))
    yield from with_listed_tolls(verb, own, _clause_frames)


def _clause_frames(verb: Token) -> Iterator[Frame]:
    if is_gapped_passive(verb) or is_headline_harm(verb):
        # "thirty were killed and forty hurt"; "Five killed 20 injured in X attacks".
        facts = list(gapped_passive(verb) if is_gapped_passive(verb) else headline_frames(verb))
        # "jets struck X and six were killed and 20 hurt": see clause_toll_frames.
        yield from clause_toll_frames(verb, facts, _clause_frames) or facts
        return
    if is_result_state(verb):
        # "left nine dead and 30 wounded": the 30 are victims (see result_frames).
        return
    undergone = undergone_frames(verb)
    if undergone is not None:
        # "the convoy came under attack by militants": the militants attacked it.
        yield from undergone
        return
    actors, rule = agents(verb)
    if not actors:
        facts = list(agentless_passive(verb))
        # "jets struck the market and six people were killed": see clause_toll_frames.
        told = clause_toll_frames(verb, facts, _clause_frames)
        # "the clinic was hit killing two nurses": see passive_effect_frames.
        yield from told or itertools.chain(facts, passive_effect_frames(verb))
        return
    fallen = fallen_frames(verb, actors, rule)
    if fallen:
        # "the town fell to the rebels": the rebels seized it (see fallen_frames).
        yield from fallen
        return
    # "the death toll from X's raids rose to 42": X killed 42 (see toll_frames).
    yield from toll_frames(verb)
    traded = exchange_frames(verb, actors, rule, argument_spans)
    if traded is not None:
        # "Israel and Hezbollah exchanged fire": each side fired at the other.
        yield from traded
        return
    # "X left 20 dead" (X kill 20), "X struck Y in support of Z" (X support Z).
    yield from stated_by_adjuncts(verb, actors, rule, argument_spans)
    if not result_pairs(verb):
        yield from _agent_frames(verb, actors, rule)


def _agent_frames(verb: Token, actors: list[Token], rule: str) -> Iterator[Frame]:
    subj = child(verb, "nsubj")
    if subj is not None and verb.lemma_ in HARM_INTRANSITIVE:
        # "eight people died in army shelling" -> army shell eight people; "... died when
        # regime jets bombed the town" -> the regime killed them (see harm_frames).
        fired = harm_frames(verb, subj) or unowned_cause_frames(verb, subj, passive=False)
        if fired:
            yield from fired
            return
    # "X denied firing rockets at the border": what follows is the act denied's (see denials).
    denial = denies_act(verb)
    targets, prep = ([], None) if denial else patients(verb)
    # a state or a link between events is a relation fact: "the group has 3,000 fighters";
    # so is a death: "650 people died" is no act of the dead.
    stative = verb.lemma_ in RELATIONAL_VERBS | HARM_INTRANSITIVE
    kind = "relation" if stative or reports_event(verb) else "event"
    found = ([], "") if denial else clause_targets(verb, targets)
    target_spans, relation = settled_targets(*found, verb, prep)
    # "pulled out of X", "used napalm in attacks on X" -> X (see pptargets)
    target_spans = target_spans or ([] if denial or stative else pp_targets(verb, actors))
    if not target_spans and is_mutual(verb) and len(actors) > 1:
        yield from mutual_frames(verb, actors, rule, relation)
        return
    for actor in (a for a in actors if not is_alternative(a)):  # (kept in the first's span)
        yield from _actor_frames(verb, actor, (rule, prep, kind, relation), target_spans)


def _actor_frames(
    verb: Token,
    actor: Token,
    reading: tuple[str, Token | None, str, str],
    target_spans: list[Span],
) -> Iterator[Frame]:
    rule, prep, kind, relation = reading
    # "a car bomb killed ten people": a weapon is no actor (see resolve_instrument);
    # nor are "six of the raids" (a count of them).
    means = counted(actor)
    head, resolved = _doer(actor, means, bool(target_spans))
    # "clashes took place", "the war began": the noun is the event, said to occur.
    occurs = is_event_noun(means) and verb.lemma_ in OCCURRENCE_VERBS
    # "the lull in the bombing should bring relief": a thing acts for no one.
    own = kind if resolved and not occurs and not names_no_one(head) else "relation"
    # "a missile hit the school": an attack by someone the text does not name.
    unnamed = not resolved and not occurs and not is_whole_conflict(means)
    # "the terrorist explosions caused damage": a weapon's uncoded effect is a fact.
    tool = rule in {"active", "inherited"} and head.i == actor.i and is_means_noun(means.lower_)
    for actor_span in (s for one in owners(head) for s in argument_spans(one, verb)):
        frame = Frame(
            actor_span, verb, None, rule, prep, own, relation, unnamed=unnamed, by_means=tool
        )
        if not target_spans:
            yield frame
        for target_span in target_spans:
            if target_span != actor_span:
                yield replace(frame, target=target_span)
                if verb.lemma_ in SYMMETRIC_VERBS and prep is not None and own == "event":
                    # "the rebels clashed with troops": the troops clashed with them too.
                    yield Frame(target_span, verb, actor_span, rule, prep, own, relation)


def _doer(actor: Token, means: Token, has_targets: bool) -> tuple[Token, bool]:
    """Return who does the act of an actor head, and whether the text names them."""
    # ("a number of shells fired by X": the parser may hang "fired by" on the count.)
    by = attacker(actor) if means.i != actor.i else None
    head, resolved = (by, True) if by is not None else resolve_instrument(means)
    head = actor if head.i == means.i else head
    if head.i != actor.i and not has_targets:
        # "a shell fired by X fell": the shell fell; X did not.
        head, resolved = actor, False
    return head, resolved
