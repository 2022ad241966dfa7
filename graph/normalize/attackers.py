"""Who fired an unowned weapon: the attacker the story has just named (issue 14).

News names the attacker once and then tells the attack through its weapons: "Terrorists
fired rocket shells at the Midan district. Two rounds hit a school, injuring three
pupils." The second sentence names no one, but its rounds are the terrorists'. An
attack event whose actor is a weapon or an attack noun the extractor left unresolved
(or a war machine of no named state: "a helicopter dropped barrels") takes the one side
that attacks in the nearest of its own sentence and the two before (a state, an army,
an armed group; not a monitor, a rescue service or a newspaper).
Stories switch sides, so nothing is guessed when that sentence names attackers of two
sides ("Rebels shelled the town and the army bombed their villages"), across a longer
gap, or against what the sentence says of the attack:

- a clash, a battle, fighting have two sides and lend none, nor take one;
- air strikes, barrel bombs, warplanes are a state's (an armed group has no air force);
- an attack on X's people ("killed three of its fighters") or on a place its own clause
  says X holds ("in the regime-held quarter") is not X's;
- an attack dated in another month or year ("the 2013 gas attack") is another story;
- a sentence that leaves its attacker open ("Syrian or Russian jets") ends the search,
  and a sentence opening another story ("Meanwhile ...", "Elsewhere ...") looks no further
  back than itself;
- a claim or a statement of who did it, in the attack's own sentence or the next ("The
  Falcon Brigade claimed the bombing"), names the doer before any sentence back, so does
  a blame, as a guess ("the army blamed the brigade for the blast": :mod:`graph.normalize.
  blamed`), and a
  sentence saying no one knows ("it was unclear who fired them") leaves it unnamed
  (:mod:`graph.normalize.claimants`).

With no attacker before it, the next sentence may tell the same attack again with its doer
("Shells kill 12. Twelve were killed by the militia": :mod:`graph.normalize.retold`), and
a claim, a hedge or a blame may come one sentence later still, past one that tells no
other attack ("Rockets hit X. Six died. The brigade claimed it": :mod:`graph.normalize.
saiddoers`).
An attack the extractor kept as a fact for want of a doer ("Barrel bombs hit a bakery")
takes its doer the same way and becomes an event (:mod:`graph.normalize.agentless`).
Who counts as a named attacker, and who is ruled out for one attack, is
:mod:`graph.normalize.namedattacks`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from ..extract.agentnouns import is_means_noun
from ..extract.lexicon import RECIPROCAL_NOUNS
from ..model import UNRESOLVED, Event
from .agency import head_words, is_attack_head
from .agentless import is_unowned_fact
from .agents import find_agent
from .behinddoers import credited
from .blamed import charged_with
from .chains import told_on
from .claimants import AHEAD, NEW_STORY, doubted, position_of, side_of
from .eitherdoers import either_doer, guessed_as_either
from .guessedowners import as_guess, hedges_doer, is_guessed_attack, is_new_attack
from .instruments import told_through
from .jointowners import joint_lent, joint_pair
from .leaddoers import lead_owner
from .namedattacks import ATTACKS, NAMELESS_MILITARY, is_named_attack, may_own
from .notdoers import blames_someone
from .restated import retells
from .retold import retold_by
from .saiddoers import is_uncertain_attack, said_doer
from .samekind import of_same_kind

__all__ = ["is_unowned_attack", "owned_by_context", "taken_by"]

# How many sentences back an attacker is still the one the story is telling of.
_REACH = 2
# Sentences whose claim or hedge names the doer before any sentence back does.
_NEAR = AHEAD[:2]
# What an act answers is the other side's: "struck back in retaliation for the shelling".
_REPRISAL = re.compile(r"\b(?:retaliation|response|revenge|reprisal|reply)\s+(?:for|to)\s+$")
# An act told as what another answered: "the strike was a response to the alleged gas use".
_ANSWERED = re.compile(
    r"\b(?:retaliation|response|revenge|reprisal|reply)\s+(?:for|to)\s+(?:\S+\s+){0,3}$", re.I
)
_WH_WORDS = frozenset({"which", "whose", "what", "whether"})
_ALTERNATIVE = re.compile(r"\b(?:or|nor)\b", re.I)


def owned_by_context(
    events: Iterable[Event], *, day: str = "", sentences: Mapping[int, str] | None = None
) -> Iterator[Event]:
    """Yield one document's events, an unowned attack taking the attacker just named.

    Args:
        events: The normalised events of one document, in document order.
        day: The document's date (ISO 8601), the time of an attack told undated.
        sentences: The document's sentence texts by index, also those without events
            ("It was unclear who fired them").
    """
    batch = list(events)
    texts = dict(sentences or {})
    texts.update((e.provenance.sentence_index, e.provenance.sentence) for e in batch)
    named = [e for e in batch if is_named_attack(e) or is_uncertain_attack(e)]
    owned: list[Event] = []  # attacks given a doer from context: a side the story went on with
    guessed = [e for e in batch if is_guessed_attack(e)]  # "most likely carried out by X"
    for event in batch:
        # "Rockets hit the school" kept as a fact: an attack the story may name the doer of
        fact = is_unowned_fact(event, batch)
        unowned = is_unowned_attack(event) or fact
        owner, blame = said_doer(event, batch, named, texts, unowned=unowned, gaps=_NEAR)
        told_before = owner is None and blame is None and unowned  # looked for back
        owners = [owner] if owner is not None else []
        if told_before:
            lenders = named if is_new_attack(event) else _in_order([*guessed, *named])
            owners = _owners(event, lenders, day, texts, owned)
            # else told again next with its doer: "Shells kill 12. Twelve were killed by X"
            owners = owners or [e for e in [retold_by(event, named, texts, day)] if e]
        if told_before and not owners:  # "Rockets hit X. Six died. The brigade claimed it"
            owner, blame = said_doer(event, batch, named, texts, unowned=True, gaps=AHEAD[2:])
            owners, told_before = ([owner], False) if owner is not None else ([], True)
        if told_before and not owners:  # "Tarvan jets strike X" atop, "the air raids" later
            owners = _lead_owners(event, named, texts, day)
        if blame is not None:
            # "X blamed Y for the attack": Y's, a guess
            event = told_through(charged_with(event, blame), blame.target)
            guessed.append(event)
            yield event
            continue
        either = _either(event, batch, named, texts) if not owners and unowned else None
        if either is not None:
            yield guessed_as_either(event, either)  # "... by Tarvan or Karvonian jets"
            continue
        if fact and owners and owners[0].actor_id == NAMELESS_MILITARY:
            owners = []  # "warplanes" of "jets struck X" tell no more whose they were
        # "Tarvan and Karvonian jets bombed X. The strikes ...": one event per doer
        # "Activists said X was behind the blast": X's blast, on the activists' word
        taken = [credited(taken_by(event, o, guess=told_before), o) for o in owners] or [event]
        owned.extend(taken if owners else [])
        yield from taken


def taken_by(event: Event, owner: Event, *, guess: bool) -> Event:
    """Return an unowned attack (or attack fact) as ``owner``'s act, its weapon the instrument.

    "The rockets hit a school" told after "Rebels shelled the town" -> the rebels' act.

    Args:
        event: The attack told without its doer.
        owner: The attack of the doer the story names.
        guess: Whether a doer guessed before ("most likely carried out by X") stays a
            guess here too; a hedged owner always is (see as_guess).
    """
    event = replace(
        event,
        kind="event",
        actor_id=owner.actor_id,
        actor_label=owner.actor_label,
        actor_type=owner.actor_type,
        actor_code=owner.actor_code,
    )
    event = told_through(event, owner.actor)  # "The rockets": the rebels' act
    return as_guess(event, owner) if guess or hedges_doer(owner) else event


def _in_order(events: Iterable[Event]) -> list[Event]:
    """Return events in the order of their sentences, a sentence's stated attacks last.

    The last attacker found in a sentence owns the attack: a stated one before a guess.
    """
    return sorted(events, key=lambda e: e.provenance.sentence_index)


def _either(
    event: Event, batch: Sequence[Event], named: Sequence[Event], texts: Mapping[int, str]
) -> Event | None:
    """Return the attack of alternative doers ("Tarvan or Karvonian jets") told near it."""
    uncertain = [e for e in named if is_uncertain_attack(e)]
    stated = [e for e in named if not is_uncertain_attack(e)]
    if not uncertain:
        return None
    attacks = [e for e in batch if e.action_class in ATTACKS and e.actor != event.actor]
    return either_doer(event, stated, uncertain, texts, attacks)


def _owners(
    event: Event,
    named: Sequence[Event],
    day: str,
    texts: Mapping[int, str],
    owned: Sequence[Event] = (),
) -> list[Event]:
    """Return the attacker of the nearest sentence that names one side only, or none.

    Two sides doing one act there ("Tarvan and Karvonian jets bombed X") are both
    returned (see jointowners).

    An attack of that sentence already given its doer from context counts as a side too
    ("The bombardment hit X where rebels killed a pilot. It was the first bombardment"):
    it owns only an air attack told on as the same (see chains), but a second side there
    leaves the attack unowned.
    """
    here, text = event.provenance.sentence_index, event.provenance.sentence
    at = position_of(text, event.actor)
    if _REPRISAL.search(text[:at]):
        return []  # "struck back in retaliation for rocket fire": the other side's fire
    # "Meanwhile a bombing killed 120": a new story owes nothing to the sentences before,
    # nor an attack whose own sentence blames someone ("..., but the army blamed X")
    reach = 0 if NEW_STORY.match(text) or blames_someone(text) else _REACH
    for gap in range(reach + 1):
        if doubted(event, texts, gap):
            return []  # "... It was unclear who fired them": no one is guessed
        found = [
            e
            for e in named
            if e.provenance.sentence_index == here - gap
            # named before it, not after, unless it retells it (see restated)
            and (gap or position_of(text, e.actor) < at or retells(e, event))
            and may_own(e, event, day)
            and not _is_answered(e)
        ]
        sides = {side_of(e) for e in found} | {
            side_of(e) for e in owned if e.provenance.sentence_index == here - gap and gap
        }
        if any(is_uncertain_attack(e) or _is_alternative(e) for e in found):
            return []  # "Syrian or Russian jets": the text leaves it open
        if len(sides) > 1 and gap and not found:  # "... The raids also hit X" (chains)
            return joint_lent(event, owned, here - gap, day)
        if len(sides) > 1:  # "rebels shelled X and jets bombed Y": whose was the rocket?
            told = sides == {side_of(e) for e in found}
            # "The regime shelled X after rebels executed a pilot. The bombardment ...": the regime
            return (joint_pair(found, event) or of_same_kind(found, event)) if told else []
        if found:
            return [found[-1]]
        lent = told_on(event, owned, here - gap, day) if gap and len(sides) == 1 else None
        if lent is not None:
            return [lent]  # "... The strikes outside the town hit a shelter" (see chains)
    return []


def _lead_owners(
    event: Event, named: Sequence[Event], texts: Mapping[int, str], day: str
) -> list[Event]:
    """Return the headline's or lead's one attacker, unless the sentence answers or blames."""
    text = event.provenance.sentence
    if _REPRISAL.search(text[: position_of(text, event.actor)]) or blames_someone(text):
        return []
    return [o for o in [lead_owner(event, named, texts, day)] if o is not None]


def _is_answered(lender: Event) -> bool:
    """Return whether the lender's act is only a guess, told as what another act answered.

    "Trump said the strike was a response to the alleged gas use which X blames on Y":
    the story's attack is the response; an attack told on after it is not Y's. A stated
    act answered ("its attack was a response to an offensive by the army on X") may be
    the story's fighting still ("... the shelling of X": the army's).
    """
    if lender.modality != "possible":
        return False
    text = lender.provenance.sentence
    at = text.find(lender.relation) if lender.relation else -1
    return at > 0 and bool(_ANSWERED.search(text[:at]))


def _is_alternative(event: Event) -> bool:
    """Return whether an attacker is one of alternatives: "by Syrian or Russian jets"."""
    text, at = event.provenance.sentence, position_of(event.provenance.sentence, event.actor)
    after = text[at + len(event.actor) :].split()[:1]
    return bool(_ALTERNATIVE.fullmatch(after[0]) if after else False) or bool(
        re.search(r"\b(?:either|or)\s+$", text[:at], re.I)
    )


def is_unowned_attack(event: Event) -> bool:
    """Return whether an event is an attack told through its weapon: "Two rounds hit a school"."""
    if not (event.kind == "event" and event.action_class in ATTACKS and event.polarity == "pos"):
        return False
    if event.actor_type != UNRESOLVED:
        return _is_nameless_machine(event)
    if _ALTERNATIVE.search(event.actor):
        return False  # "Syrian or Russian jets": the text leaves it open, and so do we
    words = [w.lower() for w in head_words(event.actor)]
    head = words[-1] if words else ""
    if head in RECIPROCAL_NOUNS or head.rstrip("s") in RECIPROCAL_NOUNS:
        return False  # "the clashes killed 20": both sides fought
    # only a weapon or an attack: "their allies" or a glued headline is no one's weapon
    last = event.actor.split()[-1].lower()
    if find_agent([last]) is not None and not is_means_noun(last) and " by " not in event.actor:
        return False  # "Assault on Manbij Kurdish-led forces": a headline glued to fighters
    return is_attack_head(head)


def _is_nameless_machine(event: Event) -> bool:
    """Return whether the actor is a war machine of no named state: "a helicopter dropped"."""
    words = head_words(event.actor)
    head = words[-1].lower() if words else ""
    nameless = event.actor_id == NAMELESS_MILITARY and not _ALTERNATIVE.search(event.actor)
    text = event.provenance.sentence
    asked = text[: position_of(text, event.actor)].split()[-1:] + event.actor.split()[:1]
    if any(w.lower() in _WH_WORDS for w in asked):
        return False  # "the monitor knows whose jets struck by their paths": no one
    return nameless and is_means_noun(head)
