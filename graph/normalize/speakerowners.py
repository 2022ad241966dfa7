"""A possessive in what a party says is its own: "the Front said one of its centres" (issue 14).

"The Tarvan Front said an airstrike killed one of its commanders", "the rescue
service said jets struck two of its centres": the commanders and the centres are
the speaker's, and an attack on them is an attack on the speaker. The general
resolvers often miss this (the speaker's mention is recorded only with its statement,
after the event told inside it) and a generic noun such as "commanders" then takes the
story's government by default. Here the speaker is the event's attribution, which the
parse gave (the subject of the saying verb), and it owns the possessive only when:

* the possessive stands in the reported clause, after "X said (that)", outside quotes;
* its head is a group's men or premises ("members", "volunteers", "centres");
* no other party that could own them is named in the clause before it ("the army
  shelled the Front and destroyed its positions": the Front's, left to other steps;
  aircraft and weapons own nothing: "jets struck one of its centres");
* the speaker is a named non-state body (an armed group, an army, an organisation),
  not a person, a state nor a vague "the ministry" (a state's own forces are
  :mod:`graph.normalize.memberowners`').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Event
from .agents import find_agent
from .heads import position
from .phrase import PRONOUNS, Ref, clean, words_of
from .pronouns import has_quote
from .resolver import resolve

if TYPE_CHECKING:
    from .coref import Document

__all__ = ["speaker_owner"]

# A group's men and premises, which only their group owns.
_OWNED_HEADS = frozenset(
    words_of(
        "fighters fighter militants militant members member commanders commander leaders "
        "leader volunteers volunteer activists activist staff workers worker employees "
        "employee personnel rescuers rescuer medics medic paramedics paramedic correspondents "
        "correspondent reporters reporter journalists journalist officials official officers "
        "officer gunmen militiamen men team teams crew crews "
        "centres centre centers center offices office headquarters bases base positions "
        "position posts post hospitals hospital clinics clinic ambulances ambulance "
        "vehicles vehicle facilities facility branches branch premises"
    )
)
_POSSESSED = re.compile(
    r"^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several|many|most|"
    r"dozens|scores|hundreds|a\s+number)\s+of\s+)?(?P<owner>its|their)\s+(?P<rest>[\w\s'’-]+)$",
    re.IGNORECASE,
)
# Words between the possessive and its head that keep the head the owner's.
_FILLERS = frozenset(words_of("own main local field regional most best well-known senior top"))
# Where the men or premises are: "one of its centres in the town".
_PLACE_PREPS = frozenset(words_of("in at near inside outside around across"))
# The saying verb after the speaker and its apposition ("the service, a rescue group in
# the north, said on Sunday (that)").
_SAYING = re.compile(
    r"^\W*(?:[\w'’-]+\W+){0,20}?(?:(?:has|had|have|also|later|earlier|again|then|on|in|a|an|the|statement|"
    r"[A-Z][a-z]+day)\s+)*(?:said|says|say|announced|announces|reported|reports|stated|"
    r"states|confirmed|confirms|claimed|claims|added|adds|told|tells)\b"
)
# Aircraft and weapons: they own no men and no premises.
_CRAFT = frozenset(
    words_of(
        "jets jet warplanes warplane planes plane aircraft helicopters helicopter drones drone "
        "bombers bomber gunships gunship"
    )
)
_SPEAKER_TYPES = frozenset({"armed-group", "military", "organisation"})
_OWNER_TYPES = _SPEAKER_TYPES | {"government", "country", "person", "civilian"}


def speaker_owner(event: Event, role: str, doc: Document) -> Ref | None:
    """Return the speaker who owns a possessive role ("one of its commanders"), or None.

    Args:
        event: The event whose target or actor ``role`` is.
        role: The role's text as written.
        doc: The document's state.
    """
    if not _is_owned(role) or not event.attribution:
        return None
    said = clean(event.attribution)
    if not said or said[0].lower() in PRONOUNS:
        return None
    text, sent = event.provenance.sentence, event.provenance.sentence_index
    at_said, at_role = position(text, event.attribution), position(text, role)
    saying = _SAYING.match(text[at_said + len(event.attribution) : at_role])
    if at_said >= at_role or saying is None:
        return None
    clause = text[at_said + len(event.attribution) + saying.end() : at_role]
    if has_quote(clause) or _names_party(clause, doc):
        return None
    ref = resolve(event.attribution, doc, sent, at_said, agent=True)
    if ref.actor_type not in _SPEAKER_TYPES or ref.actor_id.startswith("unknown/"):
        return None
    return ref


def _is_owned(role: str) -> bool:
    """Return whether a role is a possessive of a group's men or premises."""
    match = _POSSESSED.match(role.strip())
    if match is None:
        return False
    words = [w.lower() for w in match["rest"].split()]
    placed = [i for i, word in enumerate(words) if word in _PLACE_PREPS]
    words = words[: placed[0]] if placed else words  # "its members near Saraqeb"
    return bool(words) and words[-1] in _OWNED_HEADS and _FILLERS.issuperset(words[:-1])


def _names_party(clause: str, doc: Document) -> bool:
    """Return whether a clause names a party that could own men or premises."""
    for mention in doc.gaz.find_mentions(clause):
        if doc.ref(mention.actor_id).actor_type in _OWNER_TYPES:
            return True
    words = clean(clause)
    return any(find_agent([word]) is not None and word.lower() not in _CRAFT for word in words)
