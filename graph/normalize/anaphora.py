"""Anaphors of one document: pronouns, definite descriptions, "the monitor", "rebel positions".

Each resolver takes the :class:`graph.normalize.coref.Document` of the article and
answers with the most recent compatible mention, or None when the antecedent is not clear.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from .agents import find_agent
from .junk import NON_ACTOR_HEADS, UNRESOLVED, is_copula, is_expletive, preamble_end
from .kinds import description_fits, named_inside
from .mentions import Mention
from .onlygroup import JIHADISTS_FOES
from .owngovernment import own_country
from .phrase import (
    ACCEPTS,
    BARE_ONLY,
    DESCRIPTIONS,
    GROUP_MODIFIERS,
    POSSESSIVES,
    PRONOUNS,
    Ref,
    head_word,
)
from .placedesc import resolve_place_description
from .pronouns import choose_antecedent, in_quotation
from .storydoers import story_group

if TYPE_CHECKING:
    from .coref import Document

# Descriptions of one state's force, never a coalition's: "the army", "the military".
_NATIONAL_FORCES = frozenset({"army", "military"})
_ALLIANCE_WORDS = frozenset({"coalition", "alliance", "nato"})
# Plural group nouns: "extremist groups" name a kind of groups, not the group just mentioned.
_GROUP_CLASSES = frozenset({"groups", "factions", "organizations", "organisations", "militias"})
# Words the Kurdish-led foes of the jihadists are not called when another group fits.
_FOES_NOT_MEANT = frozenset(
    {"militant", "militants", "jihadist", "jihadists", "extremist", "extremists", "terrorist"}
)
# The jihadists' Kurdish-led foes and their kin: never the other group "the militants" mean.
_KURDISH = JIHADISTS_FOES | {"pkk"}
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?$", re.IGNORECASE)


def resolve_pronoun(
    doc: Document, words: list[str], sent: int, pos: int, *, exclude: str, agent: bool
) -> Ref | None:
    """Resolve a pronoun or a possessive phrase; see :meth:`Document.pronoun`."""
    first = words[0].lower() if words else ""
    if first not in PRONOUNS or (len(words) > 1 and first not in POSSESSIVES):
        return None
    if len(words) > 1 and doc.gaz.find_mentions(" ".join(words[1:])):
        return None  # "its NATO allies", "their Kenyan partners" name whom they mean
    kind = PRONOUNS[first]
    text = doc.sentence(sent)
    if len(words) == 1 and (is_expletive(text[pos:]) or is_copula(text[pos:])):
        return None  # "it was unclear whether ...", "they were the latest victims"
    if in_quotation(text, pos):
        return None  # a quotation has its own speaker
    accepts = ACCEPTS[kind] - {"other"} - ({"location"} if agent and len(words) == 1 else set())
    banned = "" if first in POSSESSIVES else exclude
    return choose_antecedent(
        doc.mentions.window(sent, pos),
        _agreement(doc, kind, accepts, banned, agent=agent),
        doc.sentence,
        (sent, pos),
        kind=kind,
        agent=agent,
        preamble=lambda index: preamble_end(doc.sentence(index)),
        source=lambda m: m.ref is not None and bool(m.ref.actor_id) and _is_source(doc, m),
    )


def _agreement(
    doc: Document, kind: str, accepts: Collection[str], banned: str, *, agent: bool
) -> Callable[[Mention], bool]:
    """Return whether a mention agrees with a pronoun of ``kind`` in number and kind."""

    def agrees(m: Mention) -> bool:
        ref = m.ref
        if ref is None or ref.actor_id in ("", banned) or m.modifier or _is_source(doc, m):
            return False
        if m.head in NON_ACTOR_HEADS:
            return False  # "a Turkish convoy" is a thing, not Turkey
        if not doc.compatible(ref, accepts) or (agent and m.locative):
            return False  # "sources inside Syria ... it says": Syria is a place there
        if kind == "sg":
            return not m.plural
        return kind != "pl" or _plural_group(m)

    return agrees


def _is_ngo(doc: Document, ref: Ref) -> bool:
    actor = doc.gaz.get(ref.actor_id)
    return actor is not None and actor.actor_type == "organisation" and actor.sector == "NGO"


def _is_source(doc: Document, m: Mention) -> bool:
    # The agency that reports the story, or whoever "according to" cites, is not
    # what the story's pronouns mean ("told AFP they", "according to the group they").
    assert m.ref is not None  # checked by the caller
    if (m.ref.code or doc.gaz.code_at(m.ref.actor_id)).endswith("MED"):
        return True
    return _ACCORDING.search(doc.sentence(m.sent)[max(0, m.start - 20) : m.start]) is not None


def resolve_description(
    doc: Document,
    text: str,
    words: list[str],
    sent: int,
    pos: int,
    *,
    exclude: str = "",
    agent: bool = False,
) -> Ref | None:
    """Resolve a definite description; see :meth:`Document.description`."""
    article = text.strip().split()[0].lower() if text.strip() else ""
    head = head_word(" ".join(words))
    desc = DESCRIPTIONS.get(head)
    place = resolve_place_description(doc, text, words, sent, pos)
    if place is not None:
        return place  # "the town", "the province": a place of that kind, or no one
    if article not in ("the", "this", "that", "these", "those") or len(words) > 4:
        return None
    if len(text.split()) < 2:
        return None  # "those fighting to oust Assad": a bare "those" is no description
    if not desc:
        return _same_head(doc, words, head, sent, pos)  # else "the terrorists": see onlygroup
    if head in BARE_ONLY and len(words) > 1:
        return None  # "the Russian government" names its country; "the government" refers
    if "armed-group" in desc and named_inside(doc.gaz, words):
        return None  # "the Daesh group" names its group
    mention = _nearest(doc, words, desc, sent, pos)
    if agent and desc == ("armed-group",):  # "the militants" after their victim (storydoers)
        return story_group(mention, doc.story, lambda r: _is_kind(doc, words, r, desc), exclude)
    found = mention.ref if mention is not None else None
    if mention and found and found.actor_type == "country" and "government" in desc:
        # "the regime": Syria's; in a story about Syria, not the last country named
        home = doc.main_country or doc.places_country()
        named = head != "regime" and not mention.modifier
        return doc.ref(doc.gaz.state_actor(own_country(found, home, named=named)))
    return found


def _nearest(
    doc: Document, words: list[str], desc: Collection[str], sent: int, pos: int
) -> Mention | None:
    """Return the nearest mention a description can mean.

    "The militants", "the extremist group" are the jihadists' Kurdish-led foes (see
    onlygroup's JIHADISTS_FOES) only when the story names no other group they can be:
    one named in this sentence or the two before is meant, one named further back
    leaves the description unresolved. "The PYD militant group" writes a name of its own.
    """
    national = head_word(" ".join(words)) in _NATIONAL_FORCES

    def accept(m: Mention) -> bool:
        return (
            doc.compatible(m.ref, desc)
            and _fits(doc, words, m.ref)
            and not (national and _is_other_force(m.ref))
        )

    found = doc.mentions.find(accept, sent, pos, recency=True)
    foe = found is not None and found.ref is not None and found.ref.actor_id in JIHADISTS_FOES
    if not foe or not set(words) & _FOES_NOT_MEANT or not all(w.islower() for w in words):
        return found
    for window in (2, None):
        other = doc.mentions.find(
            lambda m: (
                m.ref is not None
                and accept(m)
                and _named_group(m.ref)
                and m.ref.actor_id not in _KURDISH
            ),
            sent,
            pos,
            recency=True,
            window=window,
        )
        if other is not None:  # close by: that group; further back: no one is sure
            return other if window else None
    return found


def _is_other_force(ref: Ref | None) -> bool:
    """Return whether an actor cannot be "the army": a coalition, an alliance, no one's.

    "The coalition bombed the bridge. Later the army shelled the town": a national
    force ("the army") is one state's, never a coalition's, nor the nameless
    "warplanes" of "Warplanes struck X. The army shelled Y" (whose the story tells).
    """
    if ref is None or _is_vague(ref):
        return True
    words = set(re.findall(r"[a-z]+", f"{ref.actor_id} {ref.label}".lower()))
    return bool(words & _ALLIANCE_WORDS)


def _is_kind(doc: Document, words: list[str], ref: Ref, accepts: Collection[str]) -> bool:
    return doc.compatible(ref, accepts) and _fits(doc, words, ref)


def _fits(doc: Document, words: list[str], ref: Ref | None) -> bool:
    # "the jihadists" is not Hezbollah, "the Syrian rebels" not an Iraqi group (see kinds)
    return ref is None or ref.actor_type != "armed-group" or description_fits(doc.gaz, words, ref)


def _same_head(doc: Document, words: list[str], head: str, sent: int, pos: int) -> Ref | None:
    # "these fighters" after "the US-backed fighters": same head noun, close by;
    # only for plain common nouns ("the ISIS fighters" names its group).
    if not all(w.isalpha() and w.islower() for w in words):
        return None
    named = doc.mentions.antecedent(lambda m: _names_head(m.ref, head), sent, pos, recency=True)
    if named is not None:
        return named  # "the observatory" after "the Syrian Observatory for Human Rights"
    # A generic agent of unknown country ("fighters" -> unknown/gunmen) is no antecedent.
    return doc.mentions.antecedent(
        lambda m: m.head == head and not _is_vague(m.ref), sent, pos, recency=True, window=2
    )


def resolve_monitor(doc: Document, words: list[str], sent: int, pos: int) -> Ref | None:
    """Resolve "the monitor" to the body it is; see :meth:`Document.monitor`."""
    lowered = [w.lower() for w in words]
    if not any(w in ("monitor", "monitors", "monitoring") for w in lowered[-3:]):
        return None
    if any(w[:1].isupper() for w in words if "-" not in w) and lowered[0] != "monitor":
        return None  # "Syrian Human Rights Monitor" is a name of its own
    found = doc.mentions.antecedent(
        lambda m: m.ref is not None and _is_ngo(doc, m.ref), sent, pos, recency=True
    )
    after = doc.sentence(sent)[pos:]
    named = [m for m in doc.gaz.find_mentions(after[:160]) if _is_ngo(doc, doc.ref(m.actor_id))]
    if found is None and named:
        found = doc.ref(named[0].actor_id)
    return found or Ref("", "", UNRESOLVED)


def resolve_group_modifier(doc: Document, words: list[str], sent: int, pos: int) -> Ref | None:
    """Resolve "militant targets", "rebel positions" to the armed group just mentioned."""
    plain = all(w.isalpha() and w.islower() for w in words)
    if not plain or not any(w in GROUP_MODIFIERS for w in words[:-1]):
        return None
    # "fighting rebel factions and extremist groups": groups of a kind, never one named group
    kind_only = words[-1] in _GROUP_CLASSES
    accepts = ("armed-group",)
    return doc.mentions.antecedent(
        lambda m: (
            doc.compatible(m.ref, accepts)
            and _fits(doc, words, m.ref)
            and not (kind_only and m.ref is not None and "/" not in m.ref.actor_id)
        ),
        sent,
        pos,
        recency=True,
        window=2,
    )


def _named_group(ref: Ref | None) -> bool:
    return ref is not None and "/" not in ref.actor_id


def _is_vague(ref: Ref | None) -> bool:
    return ref is not None and ref.actor_id.startswith("unknown/")


def _names_head(ref: Ref | None, head: str) -> bool:
    """Return whether a named actor's name ends in ``head`` before any "of"/"for" part.

    "Syrian Observatory for Human Rights" names an observatory, "Saudi-led coalition"
    a coalition; generic agents ("unknown/gunmen") and unknown names do not count.
    """
    if ref is None or ref.actor_type in ("other", "location") or "/" in ref.actor_id:
        return False
    core = re.split(r"\s+(?:of|for|in|on)\s+", ref.label, maxsplit=1)[0]
    return len(core.split()) > 1 and head_word(core) == head


def _plural_group(m: Mention) -> bool:
    """Return whether a mention can be "they": a group, or people named in the plural."""
    assert m.ref is not None  # checked by the caller
    if m.ref.actor_type == "armed-group":
        return True  # "ISIS ... they"
    if not m.plural:
        return False  # "Russia ... they", "the UN ... they"
    # "UN-brokered talks" are not the UN in the plural; "Russian troops", "the Russians" are
    return m.ref.actor_type in ("military", "civilian") or not m.head or bool(find_agent([m.head]))
