"""Events stated by a result or an adjunct, not by a verb of their own (private).

News reports casualties as the state an attack leaves people in ("the blast left
nine dead and 30 wounded"), says whom an act helps in a phrase ("struck the town in
support of the army"), and names an attack's target inside a noun phrase that only
says where people died ("killed in an attack on a checkpoint"). Each rule has an
example sentence; :mod:`graph.extract` calls them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from .adjunctdoers import clause_doers
from .agentnouns import is_someone
from .attacknouns import is_attack_noun
from .backing import help_frames, helped_side
from .eventnouns import is_event_noun, noun_lemma, owned_spans, owner
from .frames import Frame
from .gerunds import can_act
from .lexicon import NOUN_VERBS
from .nounagents import attacker, late_by, resolve_instrument
from .nountargets import noun_target, targeting_target
from .spans import child, conjuncts, join_tokens, np_span, verb_group
from .verbspelling import gerund_lemma

# The state a harm leaves its victims in -> the act that caused it.
RESULT_STATES = {
    "dead": "kill",
    "killed": "kill",
    "wounded": "wound",
    "injured": "injure",
    "hurt": "injure",
}
_RESULT_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "advcl"})
# Prepositions of an adjunct naming where or when people were hurt: "killed in an
# attack on X", "wounded during a raid on X".
_SETTING_PREPS = frozenset({"in", "during", "after", "amid"})


def result_pairs(verb: Token) -> list[tuple[Token, Token]]:
    """Return ``(victim, state)`` pairs of "X left N dead" ([] for any other clause).

    "the bombing left 14 people dead and dozens wounded" -> (people, dead),
    (dozens, wounded); the parser hangs the state on the verb or on the victim.
    """
    if verb.lemma_.lower() != "leave":
        return []
    state = next(
        (k for k in verb.children if k.dep_ in _RESULT_DEPS and k.lower_ in RESULT_STATES),
        None,
    )
    # "left 60 villagers killed" may be parsed as a clause with its own subject.
    obj = child(verb, "dobj") or (_gapped_victim(state, "ccomp") if state is not None else None)
    if obj is None and state is not None:
        obj = child(state, "nummod")  # "left at least 37 dead": the count hangs on the state
    elif obj is not None and state is None and obj.lower_ in RESULT_STATES:
        # "left 12 dead" read as the object "12 dead": the count is the victims.
        count = child(obj, "nummod")
        obj, state = (count, obj) if count is not None else (obj, None)
    if obj is not None and state is None:
        state = _state_of(obj)
        if state is None:
            return _trailing_pairs(obj)  # "leaving 12 people dead a source said"
    if obj is None or state is None:
        return []
    pairs = [(victim, state) for victim in conjuncts(obj)]
    for conj in verb.children:
        # "... and dozens wounded": a second victim and state, gapped.
        victim = _gapped_victim(conj)
        if victim is not None:
            pairs.append((victim, conj))
        elif (counted := _counted_state(conj)) is not None:
            pairs.append((conj, counted))
    return pairs


def _counted_state(conj: Token) -> Token | None:
    """Return the state of a gapped count the parser made the conjunct, else None.

    "left 75 civilians dead and another 150 wounded": "150" is the verb's conjunct and
    "wounded" hangs on it; not a state with its own agent ("150 wounded by snipers").
    """
    if conj.dep_ != "conj" or not (conj.like_num or child(conj, "nummod") is not None):
        return None
    state = next((k for k in conj.rights if k.dep_ in {"acl", "amod"}), None)
    if state is None or state.lower_ not in RESULT_STATES or child(state, "agent") is not None:
        return None
    return state


def _state_of(obj: Token) -> Token | None:
    """Return the state hung on the victims, or on the people a count of them counts.

    "left 14 people dead" -> dead; "left dozens of civilians wounded" -> wounded (the
    parser hangs it on "civilians"); not a state with its own agent ("left hundreds
    injured by the bombardment": the bombardment hurt them).
    """
    of = next((k for k in obj.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    counted = child(of, "pobj") if of is not None else None
    for noun in [obj] if counted is None else [obj, counted]:
        for kid in noun.rights:
            if kid.dep_ in {"acl", "amod"} and kid.lower_ in RESULT_STATES:
                return kid if child(kid, "agent") is None else None
    return None


def _trailing_pairs(obj: Token) -> list[tuple[Token, Token]]:
    """Return the victims and a state right after them that the parser hung elsewhere.

    Without commas, a speech tag after the state takes it: "leaving 12 people dead a
    source said" ("dead" read as a preposition of "source"), "leaving eight people
    injured a source said in a statement" ("injured" read as a clause of its own). The
    state is the last victims' ("leaving 50 dead and 200 others wounded": the 200).
    """
    last = list(conjuncts(obj))[-1]
    state = _trailing_state(last)
    return [(last, state)] if state is not None else []


def _trailing_state(obj: Token) -> Token | None:
    after = obj.right_edge.i + 1
    if after >= len(obj.doc) or obj.doc[after].lower_ not in RESULT_STATES:
        return None
    state = obj.doc[after]
    if state.head.i > state.i:
        return None  # "left the town dead quiet": the word modifies what follows
    return state if child(state, "agent", "aux", "auxpass", "nsubj") is None else None


def _leaver(state: Token) -> Token | None:
    """Return the "leave" whose object the state follows: "leaving eight people injured"."""
    if state.i == 0:
        return None
    before = state.doc[state.i - 1]
    for tok in [before, *before.ancestors]:
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "leave":
            return tok.head
    return None


def _gapped_victim(conj: Token, dep: str = "conj") -> Token | None:
    if conj.dep_ != dep or conj.lower_ not in RESULT_STATES:
        return None
    if child(conj, "aux", "auxpass") is not None:
        return None
    return child(conj, "nsubj", "nsubjpass", "nummod")


def is_result_state(verb: Token) -> bool:
    """Return whether ``verb`` is a state of "left 9 dead and 30 wounded" (no clause)."""
    if verb.lower_ not in RESULT_STATES:
        return False
    leaver = _leaver(verb)
    if leaver is not None and not leaver.left_edge.i <= verb.head.i <= leaver.right_edge.i:
        # "leaving eight people injured a source said": the parse hangs it apart
        return any(state.i == verb.i for _, state in result_pairs(leaver))
    if not result_pairs(verb.head):
        return False
    return verb.dep_ in _RESULT_DEPS or _gapped_victim(verb) is not None


def stated_by_adjuncts(
    verb: Token,
    actors: list[Token],
    rule: str,
    spans_of: Callable[[Token, Token], list[Span]],
) -> Iterator[Frame]:
    """Yield "X left N dead" (X kill N) and "X V ... in support of Y" (X support Y).

    ``actors`` are the heads of who does ``verb``; ``spans_of(head, verb)`` their spans.
    """
    # "in support of Y" on the verb; "with the help of Y" on it, its object or subject.
    heads = [verb, *(k for k in verb.children if k.dep_ == "dobj"), *actors]
    near = [kid for head in heads for kid in head.children]
    helps = [k for k in near if k.dep_ == "prep" and k.lower_ in {"in", "with", "under"}]
    if not helps and not result_pairs(verb):
        return
    for actor in actors:
        # a weapon or an attack with no one named is a fact (see resolve_instrument).
        head, resolved = resolve_instrument(actor)
        spans = spans_of(head, verb)
        for span in spans:
            kind = "event" if resolved and _acts(head) else "relation"
            yield from result_frames(span, verb, kind, rule)
        if resolved:
            for prep in helps:
                yield from support_frames(prep, spans, "event")
                yield from help_frames(prep, spans)


def _acts(head: Token) -> bool:
    # "an attack on a village that left 30 dead": a place leaves no one dead; a state
    # or an attack with an owner does ("Turkish shelling": see resolve_instrument).
    if head.ent_type_ == "GPE" or is_event_noun(head):
        return True
    return can_act(head) and is_someone(head)


def result_frames(actor: Span, verb: Token, kind: str, rule: str) -> Iterator[Frame]:
    """Yield the harm a clause "X left N dead" states: X kill N.

    "Israeli shelling left 40 people dead" -> Israeli shelling kill 40 people (whom
    normalisation resolves); "the blast left 30 injured" is a fact: no one is named.
    """
    for victim, state in result_pairs(verb):
        relation = join_tokens([*verb_group(verb), verb, state])
        action = RESULT_STATES[state.lower_]
        yield Frame(actor, verb, np_span(victim), rule, None, kind, relation, action)


def support_frames(prep: Token, actors: list[Span], kind: str) -> Iterator[Frame]:
    """Yield "X support Y" for an act done "in support of Y".

    "Jets struck rebel lines in support of the army" -> jets support the army.
    """
    noun = child(prep, "pobj")
    if noun is None or noun.lemma_.lower() != "support" or prep.lower_ != "in":
        return
    of = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    helped = child(of, "pobj") if of is not None else None
    if helped is not None and not (helped.ent_type_ == "GPE" or is_someone(helped)):
        # "in support of an offensive by the army": the army is helped; "in support
        # of this push": an operation no one is named behind.
        helped = helped_side(helped)
    if helped is None:
        return
    relation = f"{prep.text} {noun.text} of"
    for actor in actors:
        for side in conjuncts(helped):
            yield Frame(actor, noun, np_span(side), "active", None, kind, relation, "support")


def adjunct_attack_frames(noun: Token) -> Iterator[Frame]:
    """Yield the target of an event noun in an adjunct: "killed in an attack on X".

    "Two guards died in a raid on the prison" -> the raid's target is the prison. The
    attacker is its owner ("a Russian strike on X"), the doer of the attack clause it
    hangs on ("the militia killed ten in a raid on X", see :mod:`graph.extract.adjunctdoers`)
    or stays unresolved: a fact whose subject is the attack itself, as for "a car bomb
    killed ten".
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _SETTING_PREPS or prep.head.pos_ != "VERB":
        return
    late = is_attack_noun(noun) and late_by(noun) is not None
    if not is_event_noun(noun) or attacker(noun) is not None or late:
        # "an attack by X on Y" is nominal_frames', "the shelling of X by Y" late_agent_frames'
        # ("protests against abuses by the police" keep their own frame here)
        return
    found = noun_target(noun) or targeting_target(noun)  # "in raids targeting X"
    if found is None or found[1].lower_ in {"with", "from"}:
        return
    target, on = found
    who = owner(noun)
    lemma = noun_lemma(noun)
    action = NOUN_VERBS.get(lemma, gerund_lemma(noun.text) if lemma.endswith("ing") else lemma)
    relation = f"{noun.text} {on.text}"
    doers = clause_doers(noun, target) if who is None else []
    if who is not None:
        # "in Russian and regime strikes on X", "in Syrian army raids on X" (its compounds)
        actors, kind = owned_spans(noun, who), "event"
    elif doers:
        actors, kind = doers, "event"  # "the militia killed ten in an attack on X"
    else:
        actors, kind = [noun.doc[noun.left_edge.i : noun.i + 1]], "relation"
    for actor in actors:
        for patient in conjuncts(target):
            yield Frame(actor, noun, np_span(patient), "active", None, kind, relation, action)
