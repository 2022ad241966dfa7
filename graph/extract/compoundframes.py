"""Frames read off one word: compound participles and a participle misread as a noun.

"Iranian-backed militias" (Iran backs the militias), "the rebel-held town" (a
standing relation), "a Rome-based bank" (a place relation); "The coalition
fighting ISIS appeared" read as two subjects. :mod:`graph.extract.rules` calls
these for each token.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .compoundacts import compound_act_targets
from .compounds import compound_noun, list_end, suspended_modifiers
from .eventnouns import is_event_noun
from .frames import Frame
from .lexicon import (
    AGENT_NOUNS,
    HOLDING_VERBS,
    LEADERSHIP_VERBS,
    LOCATIVE_PARTICIPLES,
    STANDING_VERBS,
)
from .nounagents import attacker
from .spans import child, np_span
from .verbspelling import gerund_lemma

# Labels of names that can make a joint act: "US-Russian brokered".
_NAME_LABELS = frozenset({"GPE", "NORP", "ORG"})


def agent_compound(part: Token) -> Iterator[Frame]:
    """Yield the frame of a compound participle: "Iranian-backed militias", "Rome-based"."""
    # agent compound: "Iranian-backed militias" -> Iranian back militias;
    # "the rebel-held town" -> rebel hold town.
    mod = _compound_modifier(part)
    if mod is None:
        yield from _joint_compound(part)
        return
    # "the Kurdish-led and US-backed militia": both participles modify the militia.
    noun = compound_noun(part)
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.i < part.i:
        return
    modifier = part.doc[mod.left_edge.i : mod.i + 1]
    target = _compound_target(part, noun)
    if part.lower_ in LOCATIVE_PARTICIPLES:
        # a locative compound: "a Rome-based bank" -> the bank is based in Rome.
        relation = f"{part.text} in"
        yield Frame(
            target, part, modifier, "relation", None, "relation", relation, f"be {relation}"
        )
        return
    if not is_agentive(mod):
        # "mortgage-backed securities", "computer-driven trading": no one acts.
        return
    # "the Saudi-led coalition" names the group by who heads it: a standing attribute.
    # "rebel-held areas" likewise names who holds them: a standing state, not an event.
    # "the Qaeda-linked group", "Russian-made jets": an affiliation or an origin, likewise.
    standing = LEADERSHIP_VERBS | HOLDING_VERBS | STANDING_VERBS
    kind = "relation" if part.lemma_ in standing else "event"
    # "Russian- and Iranian-backed forces": Russia backs them too.
    makers = [modifier, *(part.doc[o.i : o.i + 1] for o in suspended_modifiers(part, noun))]
    yield from _maker_frames(makers, part, noun, target, kind)


def _maker_frames(
    makers: list[Span], part: Token, noun: Token, target: Span, kind: str
) -> Iterator[Frame]:
    """Yield each maker's frame, an act named by the noun moved into the relation.

    "a UN-brokered truce" -> the UN "brokered truce", no target (see compoundacts).
    """
    acted = None
    if kind == "event" and attacker(noun) is None:
        acted = compound_act_targets(part, noun)
    targets: list[Span | None] = [target]
    relation = part.text
    if acted is not None:
        targets, relation = [*acted[0]] or [None], acted[1]
    for maker in makers:
        for side in targets:
            yield Frame(maker, part, side, "compound", kind=kind, relation=relation)


def _joint_compound(part: Token) -> Iterator[Frame]:
    """Yield each maker's act of a participle two hyphened names share: "US-Russian brokered".

    "a US-Russian brokered truce", "a US-Russian-brokered truce" -> the US broker the
    truce, Russian broker the truce (the parser hangs the names on the noun, not on the
    participle); "a rebel-held town" and "the Russian-made jets" are read elsewhere.
    """
    noun = part.head
    if part.dep_ != "amod" or part.tag_ != "VBN" or part.lemma_ in STANDING_VERBS:
        return
    makers = _hyphened_names(part)
    if len(makers) < 2 or noun.pos_ not in {"NOUN", "PROPN"} or not part.i < noun.i <= part.i + 2:
        return  # (the participle's own noun follows it: "brokered (cease) truce")
    target = part.doc[part.i + 1 : noun.i + 1]  # the deal itself, not a phrase after it
    kind = "relation" if part.lemma_ in LEADERSHIP_VERBS | HOLDING_VERBS else "event"
    names = [name.doc[name.i : name.i + 1] for name in makers]
    yield from _maker_frames(names, part, noun, target, kind)


def _hyphened_names(part: Token) -> list[Token]:
    """Return the names joined by hyphens right before ``part``: "US-Russian (-)brokered"."""
    names: list[Token] = []
    i = part.i - 1 - (part.doc[part.i - 1].text == "-")
    while i > part.sent.start and _is_name(part.doc[i]):
        names.append(part.doc[i])
        if part.doc[i - 1].text != "-":
            break
        i -= 2
    return names[::-1]


def _is_name(tok: Token) -> bool:
    # the tagger may leave a nationality unlabelled: "US-Russian-brokered" ("Russian" JJ)
    labelled = tok.ent_type_ in _NAME_LABELS or tok.pos_ in {"PROPN", "ADJ"}
    return labelled and tok.text[:1].isupper()  # not "al" of "Jaish al-Fateh fired"


def _compound_modifier(part: Token) -> Token | None:
    """Return the word before a compound participle's hyphen that modifies it ("Iranian")."""
    mod = part.doc[part.i - 2] if part.i >= 2 else None
    if part.i >= 1 and part.doc[part.i - 1].text != "-":
        mod = part.doc[part.i - 1]
    if mod is None or mod.head.i != part.i or mod.dep_ not in {"npadvmod", "compound", "nmod"}:
        return None
    return mod


def _compound_target(part: Token, noun: Token) -> Span:
    """Return whom a compound participle's act is on: its noun, or the doer of its event."""
    target = np_span(noun, start=list_end(part) + 1)
    if _is_headline_verb(noun) and noun.i > part.i + 1:
        target = part.doc[part.i + 1 : noun.i]
    doer = attacker(noun) if is_event_noun(noun) else None
    if doer is not None:
        # "a US-backed offensive by Kurdish militias": the US backs the militias.
        target = np_span(doer)
    return target


def _is_headline_verb(noun: Token) -> bool:
    # headlines drop determiners, so "Saudi-led coalition signals it will lift the
    # blockade" is parsed as a noun "coalition signals" with a relative clause; a
    # relative clause with both its own subject and object has no gap, so the "noun"
    # is the headline's verb and the phrase ends before it.
    return (
        noun.dep_ == "ROOT"
        and noun.tag_ == "NNS"
        and any(
            kid.dep_ == "relcl"
            and child(kid, "nsubj") is not None
            and child(kid, "dobj") is not None
            for kid in noun.rights
        )
    )


def is_agentive(mod: Token) -> bool:
    """Return whether a compound's modifier can be an agent."""
    # names and nationalities act ("US-backed", "Kurdish-held"); among common nouns only
    # those naming people or organised groups do ("rebel-held", "state-owned").
    if mod.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} or mod.pos_ == "PROPN":
        return True
    return mod.pos_ == "NOUN" and mod.lemma_.lower() in AGENT_NOUNS


def misread_participle(verb: Token) -> Iterator[Frame]:
    """Yield the participle event of "X V-ing NAME VERB" misread as two subjects."""
    # "The coalition fighting ISIS appeared ...": with a bare name as its object, the
    # tagger can read "fighting" as a noun, leaving the verb two subjects; the first is
    # the agent of the participle, the rest of the second its object.
    subjects = [kid for kid in verb.lefts if kid.dep_ == "nsubj"]
    if len(subjects) != 2:
        return
    first, second = subjects
    ing = verb.doc[second.left_edge.i]
    if ing.i != first.right_edge.i + 1 or not ing.lower_.endswith("ing") or ing.i == second.i:
        return
    if ing.pos_ not in {"NOUN", "VERB"} or ing.dep_ not in {"compound", "amod", "nmod"}:
        return
    target = np_span(second, start=ing.i + 1)
    yield Frame(np_span(first), ing, target, "participle", action=gerund_lemma(ing.text))
