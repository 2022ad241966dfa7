"""The PLOVER ASSAULT mode of a use of force told with unconventional means.

The codebook's ASSAULT modes for attacks by unconventional means: "explosives: any
explosive not incorporated in a heavy weapon: mines, IEDs, car bombs"; suicide attacks;
"unconventional: chemical, biological, radiation, and nuclear weapons". A use of force
whose own phrases name one is ASSAULT, not FIGHT: "a suicide bomber struck the checkpoint"
is a suicide attack, "the army fired rockets with chemical heads" an unconventional one,
while "jets dropped bombs" and "struck a chemical plant" name no such means.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import _words
from .warfare import means_phrases

__all__ = ["assault_mode"]

_METHODS = {
    "suicide": "suicide-attack",
    "ied": "explosives",
    "ieds": "explosives",
    "vbied": "explosives",
    "explosive": "explosives",
    "landmine": "explosives",
    "landmines": "explosives",
    "roadside": "explosives",
    "car-bomb": "explosives",
    "booby": "explosives",
    "blast": "explosives",
    "explosion": "explosives",
}
# "unconventional: chemical, biological, radiation, and nuclear weapons": words that make a
# weapon or an attack one ("chemical rockets", "a sarin attack"), not a target ("struck a
# chemical plant").
_UNCONVENTIONAL = _words(
    "chemical chemicals poison poisonous toxic sarin chlorine mustard nerve biological "
    "nuclear radiological"
)


def assault_mode(verb: Token) -> str:
    """Return the ASSAULT mode its subject, object or phrases name ("a suicide bomber")."""
    for kid in means_phrases(verb):  # "destroyed a car bomb": the object is no means
        for tok in kid.subtree:
            mode = _METHODS.get(tok.lower_)
            if mode:
                return mode
            if tok.lemma_ == "bomb" and (
                tok.dep_ == "compound" or (tok.i > 0 and tok.nbor(-1).lower_ == "car")
            ):
                # "a bomb attack", "a car bomb"; not "jets dropped bombs"
                return "explosives"
    return "unconventional" if _unconventional(verb) else ""


def _unconventional(verb: Token) -> bool:
    """Return whether the act's means or its event noun is a weapon of mass destruction."""
    from .agentnouns import is_means_noun  # agentnouns -> eventnouns -> classify
    from .eventnouns import is_event_noun

    for kid in verb.children:
        heads = [kid] if kid.dep_ in {"nsubj", "nsubjpass", "dobj"} else []
        if kid.dep_ in {"prep", "agent"}:
            heads = [k for k in kid.children if k.dep_ == "pobj"]
        for head in heads:
            means = kid.lower_ in {"with", "using"}  # "fired rockets with gas heads"
            if not (means or is_means_noun(head.lower_) or is_event_noun(head)):
                continue  # "struck a chemical plant": the target, not the means
            if any(t.lower_ in _UNCONVENTIONAL for t in head.subtree):
                return True
    return False
