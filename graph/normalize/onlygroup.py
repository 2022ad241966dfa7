"""A generic armed noun is the one armed group the story names close by (issue 14).

Copy names a group once and then calls its men by a generic noun: "Ahrar al-Sham
fighters stormed Kafr Nabl. Terrorists then burned the school", "dozens of terrorists
were killed" after a lead about the Tarvan Front, "the army killed 17 militants at a
Harbi Brigades camp". The noun ("terrorists", "militants", "jihadists", "Takfiris"),
bare, counted ("17", "dozens of", "a number of") or definite ("the terrorists"), is
that group when the story names exactly one armed group the noun can mean in the
sentence or the two before. Nothing is guessed when it names two (rivals, or a group
and its victims: judges count one of several wrong), none close enough, or only one
that fights on a state's side ("Army units and Hezbollah fighters"). "Rebels" and
"insurgents" are left alone: a story naming the Islamic State and calling the enemy
"rebels" means other groups. A doer looks only at what is written before it ("Tarvan
Front positions" after "terrorists shelled" are the terrorists' target, not their
name); a target looks at its whole sentence ("killed 17 militants at a Harbi camp"),
never at the clause's doer ("the Harbi Brigades killed 17 militants").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .kinds import description_fits, is_loyalist
from .phrase import Ref, words_of

if TYPE_CHECKING:
    from .coref import Document

__all__ = ["only_group"]

# Plural nouns of armed men that name no group of their own.
_GENERIC_NOUNS = frozenset(words_of("terrorists militants jihadists takfiris"))
_WINDOW = 2
# A group named right after a state force, acting with it: "Army units and Hezbollah fighters".
_BESIDE_STATE = re.compile(
    r"\b(?:army|armed\s+forces|forces|troops|soldiers|units|military|police)\s+"
    r"(?:and|alongside|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def only_group(
    doc: Document, words: list[str], sent: int, pos: int, *, exclude: str = "", agent: bool
) -> Ref | None:
    """Return the one armed group a generic armed noun means, or None.

    Args:
        doc: The document's state (its mentions).
        words: The phrase's cleaned words (["terrorists"] for "Dozens of terrorists").
        sent: Sentence index of the phrase.
        pos: Character offset of the phrase in its sentence.
        exclude: The clause's other participant, never the group meant.
        agent: The phrase is a doer (only groups written before it count).

    Returns:
        "Ahrar al-Sham fighters stormed the village. Terrorists burned the school" ->
        Ahrar al-Sham for "Terrorists"; None with two groups or none in reach.
    """
    if len(words) != 1 or words[0].lower() not in _GENERIC_NOUNS:
        return None
    end = pos if agent else len(doc.sentence(sent)) + 1
    refs = doc.mentions.named_refs(
        lambda m: (
            m.ref is not None
            and _is_named_group(doc, m.ref)
            and m.ref.actor_id != exclude
            and description_fits(doc.gaz, words, m.ref)
            and not is_loyalist(m.ref.actor_id)
            and not _BESIDE_STATE.search(doc.sentence(m.sent)[: m.start])
        ),
        sent,
        end,
        window=_WINDOW,
    )
    return next(iter(refs.values())) if len(refs) == 1 else None


def _is_named_group(doc: Document, ref: Ref) -> bool:
    """Return whether an actor is an armed group the dictionary names, not "rebels".

    (A name the dictionary lacks may be a misread body: "the Army and Armed Forces".)
    """
    actor = doc.gaz.get(ref.actor_id)
    return actor is not None and actor.actor_type == "armed-group"
