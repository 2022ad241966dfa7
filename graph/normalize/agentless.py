"""Attack facts told without their doer, whose doer the story has just named (issue 14).

The extractor keeps an attack whose subject is only its weapon or its own name as a
relation fact when nothing in the clause says whose it was: "Barrel bombs hit the
bakery", "the strikes on the clinic". When the sentences before name one side that
attacks ("Government helicopters pounded the suburb overnight."), event coders code
the fact as that side's act, the span kept as written and the id of its owner, as the
user's gold file does ("its bombing" -> the state). :mod:`graph.normalize.attackers`
finds that owner under the same rules as for a weapon-subject event; this module says
which facts may take one:

- an active attack verb or an attack noun with its own target ("shells hit a school",
  "raids on the market"), or the attack victims were hurt in ("40 people were killed in
  the strikes": the strikes kill them), not a passive ("barrel bombs were dropped": the
  bombs are the patient) nor a happening without a target ("the raids intensified");
- whose actor is a weapon or a one-sided attack ("the raids", "a car bomb"), not a
  clash or a war (both sides fight it), nor alternatives ("Syrian or Russian jets");
- stated, not denied, feared or asked for ("calls to halt the bombing of X").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..extract.agentnouns import is_means_noun
from ..extract.lexicon import RECIPROCAL_NOUNS, SPEECH_VERBS, WHOLE_CONFLICT_NOUNS
from ..model import UNRESOLVED, Event
from .agency import head_words, is_attack_head
from .agents import find_agent

__all__ = ["is_told_cause", "is_unowned_fact"]

# Classes of an attack one side makes.
_ATTACKS = frozenset({"ASSAULT", "FIGHT"})
# Words of a phrase that leaves its doer open: "Syrian or Russian jets".
_ALTERNATIVES = frozenset({"or", "nor", "either"})
# A target that only points back: "... which is shelled daily by artillery".
_POINTERS = frozenset({"which", "that", "who", "whom", "it", "them", "this", "these", "those"})
# What a clause says of an attack that has not happened or is being stopped: "a halt to
# the shelling of X", "efforts to end the raids on X", "fears of strikes on X".
_UNREAL = frozenset(
    {"halt", "end", "stop", "prevent", "avoid", "fear", "fears", "threat", "risk", "possible"}
    | {"potential", "future", "planned", "any", "no", "ban", "cessation", "suspension"}
)


def is_unowned_fact(event: Event, batch: Sequence[Event] = ()) -> bool:
    """Return whether a relation fact is an attack whose doer context may name.

    "Rockets hit a school", "strikes on the market" (their doer unnamed in the clause)
    may; "barrel bombs were dropped", "the raids intensified", "the war killed
    thousands", "clashes killed ten" may not, nor an attack noun that another verb of
    its sentence takes as object ("the garrison beat back an assault on its wall", "the
    group mounted an attack on X": that clause tells whose attack it was, or that it was
    not the subject's).

    Args:
        event: A normalised event.
        batch: The document's events (those of its sentence tell the verbs there).
    """
    if not (
        event.kind == "relation"
        and event.action_class in _ATTACKS
        and event.polarity == "pos"
        and event.modality == "asserted"
        and event.actor_type == UNRESOLVED
        and event.target
        and not event.action.startswith("be ")
    ):
        return False
    words = [w.lower() for w in event.actor.split()]
    if _ALTERNATIVES & set(words) or event.target.lower() in _POINTERS:
        return False  # "either Russian or regime planes": the text leaves it open
    if find_agent(words[-1:]) is not None and not is_means_noun(words[-1]):
        return False  # "Assault on the town Kurdish fighters ...": a headline glued on
    if not (_precedes_verb(event) or is_told_cause(event)):
        return False  # "mines planted by the militia and suicide attacks": no subject
    if _is_taken_by_other(event, batch):
        return False  # "the garrison beat back a night assault on its wall"
    return _is_one_sided_attack(event.actor) and not _is_unreal(event)


def _is_taken_by_other(event: Event, batch: Sequence[Event]) -> bool:
    """Return whether another clause of the sentence takes the attack as its object.

    "The garrison beat back an assault on its wall", "the band mounted one of its biggest
    attacks on X": the attack is in that event's verb group or object. What a speaker
    says (its whole clause) does not count.
    """
    here, actor = event.provenance.sentence_index, event.actor
    return any(
        e.provenance.sentence_index == here
        and e.actor != actor
        and e.instrument != actor  # the attack itself, told through its doer
        and e.action_class != "STATEMENT"
        and e.action not in SPEECH_VERBS  # "said X must be tried for the attack": a demand
        and (actor in e.relation or actor in e.target)
        for e in batch
    )


def _precedes_verb(event: Event) -> bool:
    """Return whether the actor comes before its verb, as a subject or a noun's owner does."""
    text = event.provenance.sentence
    verb = event.relation.split()[:1]
    found = re.search(rf"\b{re.escape(verb[0])}\b", text) if verb else None
    return found is not None and 0 <= text.find(event.actor) <= found.start()


# The last word of a harm's cause phrase before its attack: "killed in", "during",
# "due to", "as a result of", "following", "after" (see graph.extract.unownedcauses).
_CAUSE_ENDS = frozenset({"in", "during", "to", "of", "after", "following"})


def is_told_cause(event: Event) -> bool:
    """Return whether the actor is the attack a harm happened in: "killed in the strikes".

    The extractor keeps "40 people were killed in the strikes" as the strikes' fact
    (see :mod:`graph.extract.unownedcauses`): its relation ends with the attack's phrase,
    or opens with it when the phrase opens the sentence ("During the raids, six were
    killed").
    """
    words, actor = event.relation.split(), event.actor.split()
    cut = len(words) - len(actor)
    if cut > 0 and words[cut:] == actor and words[cut - 1].lower() in _CAUSE_ENDS:
        return True
    # (the actor may have lost a word the phrase has: "During the night raids" -> "raids")
    opening = " ".join(words[1 : len(actor) + 3])
    opens = f" {' '.join(actor)} " in f" {opening} " and event.provenance.sentence.startswith(
        words[0]
    )
    return cut > 0 and opens and words[0].lower() in {"in", "during"}


def _is_one_sided_attack(actor: str) -> bool:
    """Return whether a phrase's head is a weapon or an attack of one side ("the raids")."""
    words = [w.lower() for w in head_words(actor)]
    head = words[-1] if words else ""
    single = head.rstrip("s")
    if {head, single} & (RECIPROCAL_NOUNS | WHOLE_CONFLICT_NOUNS):
        return False  # "the fighting killed 20", "the war has killed thousands": two sides
    return is_attack_head(head)


def _is_unreal(event: Event) -> bool:
    """Return whether the words just before the actor say the attack did not happen."""
    text = event.provenance.sentence
    at = text.find(event.actor)
    before = text[:at].split()[-3:] if at >= 0 else []
    return any(w.lower().strip("\"'(") in _UNREAL for w in [*before, *event.actor.split()[:1]])
