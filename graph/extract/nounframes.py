"""Events named by nouns with their sides: "clashes between X and Y", "an attack by X on Y".

And a patient hurt "in X fire", "in X shelling": the fire's owner did it (private to
extract; each rule has an example sentence).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Token

from .asides import without_aside
from .attacknouns import is_attack_noun
from .byagents import agent_attack_frames, grouped_event
from .causephrases import cause_phrase, doer_span, phrases_of
from .edges import is_place_phrase
from .eventnouns import is_event_noun, is_two_sided, noun_lemma, owned_spans, owner, split_gerund
from .frames import Frame
from .hungtargets import ON_VERBS, armed_attack, hung_target, weapon_phrase_target
from .jointdoers import each_doer
from .lexicon import (
    NOUN_VERBS,
)
from .nounagents import attacker
from .nountargets import noun_target
from .ownerlists import listed_attack, listed_strike_frames
from .sides import between_sides, in_group_pairs, side_pairs
from .spans import child, conjuncts, join_tokens, np_span, verb_group
from .stated import is_stated
from .verbspelling import gerund_lemma


def between_frames(prep: Token) -> Iterator[Frame]:
    """Yield both directions of a two-sided event noun: "clashes between X and Y".

    "Clashes between SDF fighters and IS militants took place" -> SDF fighters clash
    with IS militants and IS militants clash with SDF fighters: a reciprocal event is
    two directed events, one per side, so each side's network edges show it. The
    phrase may hang on the clause: "clashes were under way between X and Y".
    """
    noun = prep.head
    if not is_two_sided(noun):
        subj = _clause_subject(_adjunct_verb(noun))
        if subj is None or not is_two_sided(subj):
            return
        noun = subj
    pobj = child(prep, "pobj")
    if pobj is None or pobj.ent_type_ in {"DATE", "TIME"}:
        return  # "fighting between Tuesday and Wednesday": when, not who
    lemma = noun_lemma(noun)
    sides = between_sides(pobj) or [np_span(pobj)]
    action = NOUN_VERBS.get(lemma, NOUN_VERBS.get(noun.lower_, lemma))
    relation = f"{noun.text} between"
    if len(sides) > 1:
        pairs = list(side_pairs(sides, noun.sent, prep.i))
    else:
        # "infighting between rebel groups": the groups fight one another (a deal
        # within one party is no deal).
        pairs = in_group_pairs(pobj) if action in {"fight", "clash"} else []
    for one, other in pairs:
        yield Frame(one, noun, other, "active", None, "event", relation, action)


def _adjunct_verb(noun: Token) -> Token:
    """Return the verb of the adjunct a "between" phrase hangs on, else the noun itself.

    "clashes erupted for the first time between X and Y", "fighting broke out on Monday
    between X and Y": the parser hangs "between" on the adjunct's noun; the clash is the
    verb's subject. A place's phrase is no such adjunct ("in the area between the towns").
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or is_place_phrase(prep):
        return noun
    return prep.head if prep.head.pos_ in {"VERB", "AUX"} else noun


def _clause_subject(verb: Token) -> Token | None:
    subj = child(verb, "nsubj", "nsubjpass")
    if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
        subj = verb.head  # "clashes that broke out between X and Y"
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > verb.sent.start else None
    if subj is None and before is not None and before.dep_ == "pobj":
        # "struck as clashes were under way between X and Y": the parser reads "as" as
        # a preposition, leaving the clause without its subject, the noun before it.
        return before
    return subj or child(verb.head, "nsubj", "nsubjpass")


def nominal_frames(by: Token) -> Iterator[Frame]:
    """Yield the event of an event noun naming both sides: "an attack by X on Y".

    "a terrorist attack by ISIS with shells on the town" -> ISIS attack the town;
    "air strikes by the coalition against IS positions" -> the coalition strike them.
    """
    noun = armed_attack(by.head)  # "an attack with shells by X on Y": the attack's agent
    agent = child(by, "pobj")
    if agent is None or (noun.pos_ != "NOUN" and not is_attack_noun(noun)):
        return  # a gerund read as a verb is a noun only as an attack ("in shelling by X")
    found = noun_target(noun)
    # "a joint attack by X and Y on Z": each side attacked Z (an attack's sides only:
    # the parser may join a later clause's agent to another noun's).
    sides = conjuncts(agent) if is_attack_noun(grouped_event(noun)) else [agent]
    actor_spans = [d for side in sides for d in each_doer(side, np_span(side))]
    if found is None:
        # the parser may hang the target on the agent: "an attack by X on Y", or on
        # its last conjunct: "an offensive by X and Y on Z" (each side's phrase ends there).
        found = _agent_target(agent)
        if found is not None:
            ends = found[1].i
            spans = [d for side in conjuncts(agent) for d in each_doer(side, np_span(side))]
            actor_spans = [agent.doc[sp.start : min(sp.end, ends)] for sp in spans]
        else:
            # or deeper, on the weapon: "an attack by X with shells carrying gas on Y".
            # or on the clause: "foiled an attack by X on Y" (see hungtargets).
            found = weapon_phrase_target(noun) or hung_target(noun)
            if found is None:
                # or none: "amid raids by X", "the shelling of X by Y" (see byagents).
                yield from agent_attack_frames(by)
                return
    target, prep = found
    event = grouped_event(noun)  # "dozens of raids by X on Y": the raids, not the dozens
    if not (is_stated(event, moods=False) and is_stated(noun, moods=False)):
        return  # "feared an attack by X on Y", "called for an end to raids by X on Y"
    lemma = noun_lemma(event)
    action = gerund_lemma(event.text) if lemma.endswith("ing") else lemma
    relation = f"{event.text} by {prep.text}"
    for actor_span, patient in itertools.product(actor_spans, conjuncts(target)):
        yield Frame(actor_span, event, np_span(patient), "active", None, "event", relation, action)


def verb_agent_frames(by: Token) -> Iterator[Frame]:
    """Yield the attack of an agent and a target the parser hung on the clause, not the noun.

    "Ten were killed in air raids by regime jets on the town" -> regime jets raid the
    town ("by" hangs on "killed", "on" on it or on the agent; the killing is read in
    fire_agent_frames). The agent must follow the attack's phrase at once.
    """
    verb = by.head
    if verb.pos_ != "VERB" or by.dep_ not in {"agent", "prep"}:
        return
    for noun in _attack_slots(verb):
        if noun.i < by.i and noun.right_edge.i + 1 == by.i:
            agent = child(by, "pobj")
            found = hung_target(by) or (_agent_target(agent) if agent is not None else None)
            if found is not None and is_attack_noun(grouped_event(noun)):
                yield from agent_attack_frames(by, noun=noun, target=np_span(found[0]))


def _attack_slots(verb: Token) -> Iterator[Token]:
    """Yield the nouns of a clause whose attack's agent the parser may hang on the verb.

    "killed in raids by X on Y"; "repelled an offensive by X on Y", "there were raids
    by X on Y": an active verb's object or attribute (a passive's "by" names its own
    agent; "blamed the raid by X on Y" keeps its "on" phrase, see hungtargets).
    """
    for prep in verb.children:
        noun = child(prep, "pobj") if prep.lower_ in {"in", "during", "amid"} else None
        if noun is not None:
            yield noun
    passive = any(k.dep_ == "auxpass" for k in verb.children)
    if not passive and verb.lemma_.lower() not in ON_VERBS:
        yield from (k for k in verb.children if k.dep_ in {"dobj", "attr"})


def _agent_target(agent: Token) -> tuple[Token, Token] | None:
    for prep in (kid for side in conjuncts(agent) for kid in side.rights):
        if prep.dep_ == "prep" and prep.lower_ in {"on", "against", "at"}:
            pobj = child(prep, "pobj")
            if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}:
                return pobj, prep
    return None


def _opponent(noun: Token) -> Token | None:
    # "soldiers were killed in clashes with the rebels": the other side of a two-sided
    # fight did the killing ("talks with X" harm no one, so only fights count).
    lemma = noun_lemma(noun)
    if NOUN_VERBS.get(lemma, NOUN_VERBS.get(noun.lower_, lemma)) not in {"fight", "clash"}:
        return None
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            return child(prep, "pobj")
    return None


def fire_agent_frames(
    verb: Token, subj: Token, *, phrase_of: Token | None = None, passive: bool = False
) -> Iterator[Frame]:
    """Yield the event of a patient hurt "in X fire", "in X shelling" (a passive agent).

    "Eight civilians were killed in rebel fire" -> rebel kill eight civilians;
    "three people died in Russian air strikes" -> Russian kill three people;
    ``phrase_of``: the coordinated verb that carries the phrase ("were killed and
    others were wounded in clashes with X"); ``passive``: ``verb`` is a passive
    participle without its own auxiliary ("people killed in X shelling").
    """
    for prep in phrase_of.rights if phrase_of is not None else phrases_of(verb):
        cause = _harm_cause(prep, verb)
        if cause is None:
            continue
        noun, who, words = cause
        passive = passive or any(k.dep_ == "auxpass" for k in verb.children)
        action = verb.lemma_.lower() if passive else gerund_lemma(noun.text)
        if not passive and noun.tag_ != "VBG" and not noun.lower_.endswith("ing"):
            action = noun_lemma(noun)
        if verb.lemma_.lower() in _DYING:
            action = "kill"  # "three died in Russian strikes": Russian killed them
        listed = listed_attack(who)
        if listed is not None:  # "in regime and Russian strikes on X" (see ownerlists)
            owners = listed[1]
            yield from listed_strike_frames(verb, noun, owners)
        elif who.dep_ == "pobj":
            # "in strikes by the regime and Russian forces": each side did it.
            owners = [d for side in conjuncts(who) for d in each_doer(side, doer_span(side))]
        else:
            # "in Russian and regime air strikes": each named side did it; "in Syrian
            # army shelling": the owner runs on through the compounds that name it.
            owners = owned_spans(noun, who)
        relation = join_tokens([*verb_group(verb), verb, *words, *np_span(noun)])
        for owner_span in owners:
            for patient in conjuncts(subj):
                target = without_aside(np_span(patient))
                yield Frame(owner_span, verb, target, "passive", None, "event", relation, action)


# Verbs of victims dying, whom the attack's owner killed.
_DYING = frozenset({"die", "perish"})
# Events of a whole conflict, not of one side: "the Syrian war", "the Iraqi conflict".
_GENERAL_NOUNS = frozenset({"war", "conflict", "violence", "hostilities", "unrest", "crisis"})


def _harm_cause(prep: Token, verb: Token) -> tuple[Token, Token, list[Token]] | None:
    """Return the event noun of "in X fire" ("due to X's attack"), who is behind it, the words."""
    # "in fighting with X": the gerund is a clause to the parser (see cause_phrase).
    phrase = cause_phrase(prep, verb)
    if phrase is None:
        return None
    noun, words = phrase
    split = split_gerund(noun) or (listed[0] if (listed := listed_attack(noun)) else None)
    if split is not None:
        # "killed in army shelling": the parser split the owner from its noun.
        return split, noun, words
    if not is_event_noun(noun):
        return None
    # "in shelling and drone attacks by X": the agent of the last is the first's;
    # "killed in the Syrian conflict": a war's adjective names where, not who.
    general = noun_lemma(noun) in _GENERAL_NOUNS
    who = attacker(noun) or (None if general else owner(noun)) or _opponent(noun)
    for other in conjuncts(noun):
        who = who or attacker(other)
    return (noun, who, words) if who is not None else None
