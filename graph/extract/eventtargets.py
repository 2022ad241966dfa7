"""Targets of acts named by nouns: the act itself is no target (private).

Event coders code who an act was aimed at, never the act: "jets carried out raids"
names no target (the raids are the event, said in the relation), "the rebels fought
with rifles" names a weapon, not a side. Each rule has an example sentence;
:mod:`graph.extract.rules` calls them when it picks a clause's targets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from .attacknouns import is_attack_noun
from .eventnouns import counted_event, is_event_noun, noun_lemma, owner
from .frames import Frame
from .lexicon import (
    AGENT_NOUNS,
    EVENT_NOUNS,
    INSTRUMENT_NOUNS,
    LIGHT_EVENT_VERBS,
    SPEECH_VERBS,
    WEAPON_VERBS,
)
from .modalwords import DENIAL_VERBS
from .nounagents import attacker
from .protests import repressed_protest
from .recipients import is_actor_noun, is_place
from .spans import (
    child,
    conjuncts,
    is_relative,
    join_tokens,
    np_span,
    raised_passive_subject,
    verb_group,
)
from .usedarms import is_used_arms
from .wrongs import is_wrong, participle_head, wronged

# Verbs that use a weapon: "fired rockets", "used barrel bombs" (a weapon is no side).
_WEAPON_USE = WEAPON_VERBS | {"use", "employ"}


def _is_instrument(noun: Token) -> bool:
    return noun_lemma(noun) in INSTRUMENT_NOUNS and noun_lemma(noun) not in EVENT_NOUNS


def names_act(verb: Token, noun: Token) -> bool:
    """Return whether ``noun``, what ``verb`` is done to, is an act rather than a side.

    "Jets carried out dozens of raids", "the rebels launched an offensive", "the UN
    condemned the attack", "the strikes were conducted by coalition aircraft", "the
    militia fired rockets": the noun names the act (or the weapon sent), not whom it
    was aimed at. A weapon only counts with a verb that uses it: "the courier carried
    a bomb", "troops seized rockets" name a thing; arms named by their kind count when
    used ("the army used chemical weapons": see :mod:`graph.extract.usedarms`).
    """
    if is_used_arms(verb, noun):
        return True
    if repressed_protest(verb, noun):
        return False  # "the army quelled the protests": the protesters (see protests)
    noun = counted_event(noun)
    if not is_event_noun(noun) and not is_wrong(noun):
        return False
    return not _is_instrument(noun) or verb.lemma_.lower() in _WEAPON_USE


# Verbs that stop an enemy's act: "repelled an attack", "thwarted an assault".
_FOILING = frozenset({"foil", "thwart", "repel", "repulse", "frustrate", "fend", "ward"})


def is_foiled_act(verb: Token, noun: Token, target: Token) -> bool:
    """Return whether ``verb`` stops the act ``noun`` and ``target`` is not the act's doer.

    "Troops repelled an ISIS attack on the town" is the troops against ISIS: the town the
    attack was aimed at is the troops' own side, never whom they fought; "repelled an
    attack by the rebels" names the doer after "by", as does "an attack of the rebels".
    """
    if verb.lemma_.lower() not in _FOILING or not names_act(verb, noun):
        return False
    return not (target.dep_ == "pobj" and target.head.lower_ == "by")


def _of_doer(act: Token) -> Token | None:
    """Return the side after "of" that did a stopped act: "an attack of militants" -> militants.

    Only someone counts, never a place (a bare name only when tagged a group, a people
    or a person), and "-ing" acts take whom they hit: "the shelling of Aleppo".
    """
    prep = next((k for k in act.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    found = child(prep, "pobj") if prep is not None else None
    if found is None or act.lower_.endswith("ing") or not is_actor_noun(found):
        return None
    names = {tok.ent_type_ for tok in found.subtree if tok.i <= found.i}
    if is_place(found) or (found.pos_ == "PROPN" and not names & _DOER_NAMES):
        return None
    return found


# Named entities that can do an act: groups, peoples, persons.
_DOER_NAMES = frozenset({"ORG", "NORP", "PERSON"})


# Verbs that do an act named by their passive subject: "the raid was carried out".
_DOING_VERBS = LIGHT_EVENT_VERBS | {"commit", "perpetrate"}


def _does(verb: Token) -> bool:
    # "raids on the region that is controlled by X": the parser may hang the place's
    # clause on the raids; only a verb that does the act makes it the act's clause.
    return verb.lemma_.lower() in _DOING_VERBS


def act_object(verb: Token) -> Token | None:
    """Return the noun a passive or a participle is done to ("the raid was carried out")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return participle_head(verb)  # "a truce brokered by Moscow"
    subject = raised_passive_subject(verb)
    if subject is not None and verb.dep_ == "relcl" and is_relative(subject) and _does(verb):
        # "the raid which was carried out by jets" -> raid (an attack or a wrong only: "the
        # town which was captured", "the deal which was reached" keep their own reading;
        # nor does a place's clause: "raids on the region that is held by X")
        noun = verb.head
        return noun if is_attack_noun(noun) or is_wrong(noun) else subject
    return subject


def act_targets(verb: Token, noun: Token) -> tuple[list[Span], str] | None:
    """Return the sides and the relation of a verb done to an act, or None (``noun`` is no act).

    The act moves from the target into the relation, so the event still says what was
    done ("carried out dozens of raids", "the strikes were conducted"); the sides of a
    two-sided act are the targets: "Moscow brokered a truce between the army and the
    rebels" -> the army, the rebels.
    """
    if not names_act(verb, noun):
        return None
    particles = [kid for kid in verb.children if kid.dep_ == "prt"]
    relation = join_tokens([*verb_group(verb), verb, *particles, *np_span(noun)])
    act = counted_event(noun)
    # "committed war crimes against civilians" -> the civilians (see wronged).
    return wronged(verb, act) or (between_sides(act) or _doer(verb, act), relation)


def _doer(verb: Token, act: Token) -> list[Span]:
    """Return who did an act another side acts on: "condemned Russian air strikes" -> Russian.

    With a light verb the doer is the subject itself ("the coalition conducted its own
    strikes"), and a possessive pronoun names no one by itself.
    """
    lemma = verb.lemma_.lower()
    if lemma in LIGHT_EVENT_VERBS or lemma in WEAPON_VERBS:
        return []
    found = attacker(act) or _agent_on_verb(verb, act)
    if found is None and lemma in _FOILING:
        found = _of_doer(act)  # "repelled an attack of militants on the post"
    if found is not None and found.head.dep_ == "agent" and found.head.head.i == verb.i:
        return []  # "a truce brokered by Moscow": the verb's own agent is its actor
    if found is not None:
        # "repelled an assault by insurgents on the checkpoint" -> the insurgents (the
        # parser may hang the act's own target on its agent).
        span = np_span(found)
        aimed = [k.i for k in found.rights if k.dep_ == "prep" and k.lower_ in _AIM_PREPS]
        return [span.doc[span.start : min([span.end, *aimed])]]
    mod = owner(act) or next(
        # "halted the rebel advance": the tagger may read "rebel" as an adjective.
        (m for m in act.lefts if m.dep_ == "amod" and m.lemma_.lower() in AGENT_NOUNS),
        None,
    )
    if mod is None or mod.pos_ == "PRON":
        return []
    return [act.doc[mod.left_edge.i : mod.i + 1]]


# Prepositions that name whom an act was aimed at: "an assault on X", "strikes against X".
_AIM_PREPS = frozenset({"on", "against", "at", "into", "upon"})


def _agent_on_verb(verb: Token, act: Token) -> Token | None:
    # the parser may hang the act's "by" phrase on an active verb: "repelled an assault
    # by insurgents" (an active verb has no agent of its own).
    if any(k.dep_ == "auxpass" for k in verb.children):
        return None
    for prep in verb.rights:
        if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i > act.i:
            return child(prep, "pobj")
    return None


def between_sides(noun: Token) -> list[Span]:
    """Return the sides of a two-sided act: "a truce between the army and the rebels"."""
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            pobj = child(prep, "pobj")
            sides = [np_span(tok) for tok in conjuncts(pobj)] if pobj is not None else []
            return sides if len(sides) > 1 else []
    return []


def clause_subject(verb: Token) -> Token | None:
    """Return the object of a speech verb that is really the subject of its clause ``verb``.

    "Syria and Russia deny Damascus carried out the attack": without "that" the parser
    may read the clause's subject as the object of "deny"; the denial's content is the
    clause (Damascus carried out the attack), and Damascus is not whom it is aimed at.
    """
    if verb.dep_ != "ccomp" or child(verb, "nsubj", "nsubjpass", "expl") is not None:
        return None
    head = verb.head
    obj = child(head, "dobj")
    if head.lemma_.lower() not in SPEECH_VERBS | DENIAL_VERBS or obj is None:
        return None
    return obj if obj.right_edge.i + 1 == verb.left_edge.i else None


def is_clause_subject(obj: Token) -> bool:
    """Return whether a speech verb's object is the subject of its clause (see above)."""
    return any(
        (found := clause_subject(kid)) is not None and found.i == obj.i
        for kid in obj.head.children
        if kid.dep_ == "ccomp"
    )


def is_means(prep: Token) -> bool:
    """Return whether a "with" phrase names the means of an act, not a side.

    "The militia fought with rockets", "jets targeted the area with air strikes", "the
    rebels advanced with Turkish support": a weapon or an act is how, never whom ("fought
    with the army" names a side).
    """
    pobj = child(prep, "pobj")
    return prep.lower_ == "with" and pobj is not None and is_event_noun(pobj)


# Verbs of give and take between two sides: "exchanged fire", "traded accusations".
EXCHANGE_VERBS = frozenset({"exchange", "trade", "swap"})


def exchange_frames(
    verb: Token, actors: list[Token], rule: str, spans_of: Callable[[Token, Token], list[Span]]
) -> Iterator[Frame] | None:
    """Return the frames of "X and Y exchanged N" / "X exchanged N with Y", or None.

    What is exchanged is no side: "Israel and Hezbollah exchanged fire" is each firing
    at the other, "Ankara traded barbs with Berlin" each side's barbs at the other;
    "The militia exchanged fire" alone names no other side. ``spans_of`` gives the
    argument spans of a head (:func:`graph.extract.rules` passes its own).
    """
    obj = child(verb, "dobj")
    if verb.lemma_.lower() not in EXCHANGE_VERBS or obj is None:
        return None
    with_ = next(
        (
            prep
            for head in (verb, obj)
            for prep in head.rights
            if prep.dep_ == "prep" and prep.lower_ == "with" and child(prep, "pobj") is not None
        ),
        None,
    )
    particles = [kid for kid in verb.children if kid.dep_ == "prt"]
    words = [*verb_group(verb), verb, *particles, *np_span(obj)]
    relation = join_tokens([*words, with_] if with_ is not None else words)
    sides = [span for actor in actors for span in spans_of(actor, verb)]
    partner = child(with_, "pobj") if with_ is not None else None
    partners = [np_span(tok) for tok in conjuncts(partner)] if partner is not None else []
    return _exchange(verb, sides, partners, rule, relation)


def _exchange(
    verb: Token, sides: list[Span], partners: list[Span], rule: str, rel: str
) -> Iterator[Frame]:
    if not partners and len(sides) > 1:
        # "Moscow and Washington traded accusations": each side against each other one.
        partners = sides
    if not partners:
        yield from (Frame(side, verb, None, rule, None, "event", rel) for side in sides)
    for side in sides:
        for other in partners:
            if other != side:
                yield Frame(side, verb, other, rule, None, "event", rel)
                if other not in sides:
                    yield Frame(other, verb, side, rule, None, "event", rel)
