"""Coordinated passives that share one auxiliary or agent (private to extract).

"20 were killed and 25 injured by the militia": the second participle has no
auxiliary of its own, and the agent or the "in X fire" phrase on either participle
says who did both. :mod:`graph.extract.facts` reads agentless passives with them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from .causes import harm_frames
from .frames import Frame
from .jointdoers import each_doer
from .nounagents import resolve_instrument
from .nounframes import fire_agent_frames
from .spans import child, np_span
from .tolls import later_toll_agent
from .unownedcauses import unowned_cause_frames


def gapped_victims(verb: Token) -> Span | None:
    """Return the victims of "... and many more injured" that the parser left subjectless."""
    words = verb.doc[verb.left_edge.i : verb.i]
    if not any(t.pos_ in {"ADJ", "NUM", "NOUN", "PRON"} for t in words):
        return None
    return words


def gapped_harm(verb: Token, victims: Span) -> Iterator[Frame]:
    """Yield the harm of gapped victims, by whoever the phrase on either participle names."""
    # "six were killed and several more hurt in raids by the militia": the phrase on
    # either participle names who hurt "several more".
    head, root = verb.head, victims.root
    fired = [*fire_agent_frames(verb, root, passive=True)] or [
        *fire_agent_frames(verb, root, phrase_of=head, passive=True)
    ]
    fired = fired or unowned_cause_frames(verb, root, passive=True)  # "... in the strikes"
    seen: set[str] = set()
    for frame in fired:
        if frame.actor.text not in seen:
            seen.add(frame.actor.text)
            yield replace(frame, target=victims)
    if not fired:
        action = f"be {verb.lower_}"
        yield Frame(victims, verb, None, "relation", None, "relation", action=action)


def gapped_noun_participles(verb: Token) -> Iterator[tuple[Token, Token]]:
    """Yield ``(victims, participle)`` of "... and hundreds more injured" parsed as a noun."""
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ in {"NOUN", "NUM", "PRON"}:
            part = next(
                (k for k in conj.rights if k.dep_ in {"amod", "acl"} and k.tag_ == "VBN"), None
            )
            if part is not None:
                yield conj, part


def agent_frames(agent: Token, verb: Token, subj: Token) -> list[Frame]:
    """Return a passive's frames with each doer its agent names."""
    # "... by a car bomb": a weapon with no one named is a fact (see resolve_instrument);
    # "... by X jets and Y helicopters": each doer did it (see jointdoers).
    head, resolved = resolve_instrument(agent)
    kind = "event" if resolved else "relation"
    doers = each_doer(head, np_span(head))
    return [Frame(doer, verb, np_span(subj), "passive", kind=kind) for doer in doers]


def shared_agent(verb: Token) -> Token | None:
    """Return the agent a conjoined participle shares with ``verb``, if any."""
    for conj in verb.children:
        if conj.dep_ != "conj":
            continue
        # "... and six wounded by X" is parsed either as a participle with its subject
        # or as "six" modified by "wounded by X".
        # or, when a later verb takes "six" as its subject ("... six wounded by X, a
        # medic said"), as that subject's participle.
        subject = child(conj, "nsubj")
        part = (
            conj
            if is_gapped_passive(conj)
            else child(conj, "acl") or (child(subject, "acl") if subject is not None else None)
        )
        agent = child(part, "agent") if part is not None and part.tag_ == "VBN" else None
        if agent is not None:
            return child(agent, "pobj")
    return later_toll_agent(verb)  # "... and six others were wounded by X" (tolls.py)


def is_gapped_passive(verb: Token) -> bool:
    """Return whether ``verb`` is a participle sharing the passive auxiliary before it."""
    # "20 were killed and 25 injured": the second participle shares "were".
    # the tagger may read the bare participle as a noun with a number ("forty hurt").
    head = verb.head
    return (
        verb.dep_ == "conj"
        and (verb.tag_ == "VBN" or verb.tag_ in {"NN", "JJ"} and _gapped_subject(verb) is not None)
        and child(verb, "aux", "auxpass") is None
        and child(head, "auxpass") is not None
        and _gapped_subject(verb) is not None
    )


def _gapped_subject(verb: Token) -> Token | None:
    subj = child(verb, "nsubj", "nsubjpass")
    if subj is None and verb.tag_ != "VBN":
        # a number right before the word: "forty hurt" (not "20 ... sect").
        subj = child(verb, "nummod")
        return subj if subj is not None and subj.i == verb.i - 1 else None
    return subj


def gapped_passive(verb: Token) -> Iterator[Frame]:
    """Yield the second of coordinated passives with the first one's agent, if any."""
    subj = _gapped_subject(verb)
    # "... and 14 wounded by the militants": the agent may hang on either participle.
    agent = child(verb, "agent") or child(verb.head, "agent")
    by = child(agent, "pobj") if agent is not None else None
    if subj is None:
        return
    if by is not None:
        # "20 were killed and 25 injured by the militia" -> the militia injured 25.
        yield from agent_frames(by, verb, subj)
        return
    # "... and 25 injured in army shelling", "were killed in X shelling and 25 injured":
    # the phrase on either participle says who did both.
    # "... and 14 injured as troops stormed X": its own time clause says who (tolls.py).
    fired = (
        list(fire_agent_frames(verb, subj, passive=True))
        or list(fire_agent_frames(verb, subj, phrase_of=verb.head, passive=True))
        or harm_frames(verb, subj, passive=True)
        or unowned_cause_frames(verb, subj, passive=True)  # "... and 25 injured in the raids"
        or unowned_cause_frames(verb, subj, passive=True, phrase_of=verb.head)
    )
    if fired:
        yield from fired
        return
    action = f"be {verb.lower_}"
    yield Frame(np_span(subj), verb, None, "relation", None, "relation", action=action)
