"""A generic armed description means the group the story just told acting, never its victim.

Copy names the doer and the victim of an attack and then goes on with a generic
description of the doer: "Islamic State fighters attacked the SDF near the town. The
militants planted mines and shelled SDF posts". The nearest group the description can
mean is the victim (the SDF), which the next sentence would make the doer of the
attack on itself. Here the events read so far are kept by sentence (who acted, who was
acted on, where the target is written), and a generic armed description doing
something ("the militants", "the group", "the jihadists", "the insurgents") whose
nearest antecedent is written as the target of a named group's act takes that group
instead: the description goes on with the act's doer. With several such doers no
antecedent is guessed (an empty label beats a wrong one). An antecedent written as a
doer, as a state's target ("Russian jets struck ISIS. The militants ..."), or in no
act, stays what it was, as does a description that is acted on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Event
from .heads import position
from .mentions import Mention
from .phrase import Ref

__all__ = ["StoryRoles", "story_group"]


@dataclass(frozen=True, slots=True)
class _Act:
    doer: Ref
    target: str  # the target's actor id
    start: int  # the target's span in its sentence
    end: int


@dataclass
class StoryRoles:
    """The doers and targets of the events of one document read so far, by sentence."""

    acts: dict[int, list[_Act]] = field(default_factory=dict)

    def record(self, event: Event, actor: Ref, target: Ref) -> None:
        """Record one resolved event: its doer, its target and where the target is written."""
        if actor.actor_id and target.actor_id and event.target:
            at = position(event.provenance.sentence, event.target)
            act = _Act(actor, target.actor_id, at, at + len(event.target))
            self.acts.setdefault(event.provenance.sentence_index, []).append(act)

    def doers_on(self, mention: Mention) -> dict[str, Ref]:
        """Return the doers of the acts whose target is this mention, by id."""
        assert mention.ref is not None  # checked by the caller
        return {
            act.doer.actor_id: act.doer
            for act in self.acts.get(mention.sent, [])
            if act.target == mention.ref.actor_id and act.start <= mention.start < act.end
        }


def story_group(
    found: Mention | None, roles: StoryRoles, fits: Callable[[Ref], bool], exclude: str
) -> Ref | None:
    """Return the group a generic armed description means, given its nearest antecedent.

    Args:
        found: The nearest earlier mention the description can mean, or None.
        roles: The events of the document read so far.
        fits: Whether a group is of the description's kind ("the jihadists": not Hezbollah).
        exclude: The clause's other participant (never the description's group).

    Returns:
        The mention's actor, unless that mention is the target of an act by named
        groups of the description's kind; then the one such group, or None when
        several acted on it.
    """
    ref = found.ref if found is not None else None
    if found is None or ref is None or not _named(ref):
        return ref
    rivals = {
        key: doer
        for key, doer in roles.doers_on(found).items()
        if key not in (ref.actor_id, exclude) and _named(doer) and fits(doer)
    }
    if not rivals:
        return ref  # acted on by a state or no one: still the group the story means
    return next(iter(rivals.values())) if len(rivals) == 1 else None


def _named(ref: Ref) -> bool:
    """Return whether a ref is a named actor, not a generic one ("unknown/gunmen")."""
    return "/" not in ref.actor_id
