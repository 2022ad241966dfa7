"""The senses of their own that a verb's complements give it, before its label or code.

Some verbs mean something else with particular complements than their label or their
CAMEO entry says, and these senses are tried first, in order:

- "the shelling claimed the lives of ten people" is a killing, not a claim;
- a sense the verb's complements select: "took control of the town", "allowed aid
  into the city", "warned of an attack", "waged war on the rebels", "halted its
  advance", "vowed to crush the rebels" (see the modules each sense comes from);
- "expanded its control of the city" takes ground (:mod:`.territory`);
- "the army regained the town" is a retaking of a place;
- "ousted the militants from the town" fights them (:mod:`.expulsions`);
- "described the raid as a massacre" condemns it (:mod:`.characterisations`);
- "pointed the finger at the militia" accuses it (:mod:`.fingers`);
- "the inspectors gathered evidence" investigates (:mod:`.gathering`);
- "planes dropped supplies to the troops" gives aid (:mod:`.relief`);
- "a truce brokered by Lisbon", "Lisbon-sponsored talks" mediate (:mod:`.mediations`);
- a noun's: "the regime's use of sarin" is a chemical attack (:mod:`.weaponuse`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .bareverbs import named_sense, warned_sense
from .cameo import Code
from .characterisations import characterisation_sense
from .combat import combat_sense
from .expulsions import armed_expelled
from .fingers import finger_sense
from .gathering import evidence_gathered
from .halts import force_halted, truce_ended
from .idioms import lives_taken
from .labels import default_class
from .landings import landing_sense
from .mediations import mediation_sense
from .obligations import obliging_statement
from .participation import participation_sense
from .poisonmeans import used_poison
from .proposals import proposal_sense
from .relief import relief_sent
from .requests import told_to_act
from .senses import access_allowed, control_taken
from .stancenouns import stance_sense
from .territory import broken_through, control_tightened, place_regained, place_taken
from .vows import vowed_harm
from .warfare import war_sense

__all__ = ["own_sense"]

_CHEMICAL = Code("2041", "ASSAULT", "unconventional")


def own_sense(verb: Token) -> tuple[str, str, str] | None:
    """Return ``(class, CAMEO code, mode)`` of a verb in a sense of its own, if any.

    Only verbs have these senses; an event noun ("the capture of the town") has none,
    but for the use of unconventional arms ("the regime's use of sarin", CAMEO 2041).
    """
    if used_poison(verb):
        return _CHEMICAL.plover, _CHEMICAL.cameo, _CHEMICAL.mode
    if verb.pos_ != "VERB":
        return None
    if lives_taken(verb) is not None:
        killed = default_class("kill")
        if killed is not None:
            return killed.plover, killed.cameo, killed.mode
    taken = _complement_sense(verb)
    if taken is not None:
        return taken.plover, taken.cameo, taken.mode
    regained = place_regained(verb)
    return (regained, "", "") if regained else None


def _complement_sense(verb: Token) -> Code | None:
    """Return the code a verb's complements give it in a sense of its own, if any."""
    for sense in (
        control_taken,
        access_allowed,
        relief_sent,
        characterisation_sense,
        finger_sense,
        mediation_sense,
        named_sense,
        broken_through,
        place_taken,
        control_tightened,
        warned_sense,
        told_to_act,
        war_sense,
        combat_sense,
        armed_expelled,
        landing_sense,
        proposal_sense,
        participation_sense,
        truce_ended,
        force_halted,
        obliging_statement,
        vowed_harm,
        stance_sense,
        evidence_gathered,
    ):
        code = sense(verb)
        if code is not None:
            return code
    return None
