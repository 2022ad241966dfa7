"""Resolve one actor phrase of a sentence to its canonical actor, step by step."""

from __future__ import annotations

import re

from .agency import AGENT_TYPES
from .agents import agent_ref, find_agent
from .allies import allied_ref, partner_allies
from .anaphora import resolve_description
from .codes import country_named, located
from .coref import Document
from .counted import counted_group, is_count
from .deixis import pointed
from .described import described_group
from .firstside import first_side
from .forceowners import leader_forces, possessed_force
from .generickinds import generic_kind
from .heads import GENERIC_HEADS, PLACE_HEADS, STATE_HEADS, TRAILING_PP, UNRESOLVED_REF, is_side
from .junk import UNRESOLVED, non_actor
from .memberowners import described_members, member_owner
from .members import member_ref
from .modifiers import (
    lookup_ref,
    modified_ref,
    national_place,
    qualified_ref,
    shared_modifier,
    state_institution,
)
from .national import inhabitants, national_body
from .onlygroup import only_group
from .ownarmy import own_army, own_service
from .phrase import PRONOUNS, Ref, clean, head_word, is_plural
from .phraseparts import bare_description, first_named, relative_ref, without_preamble
from .places import link_place
from .settlements import SETTLEMENT_HEADS, named_settlement, settled_part
from .titlecase import common_cased, is_prose_reading, is_title_sentence, weapon_owner_words
from .unlistedgroups import unlisted_group
from .weaponowners import weapon_owner

_PLACED = re.compile(r"\s(?:in|at|near|inside|outside|across)\s")
# Types a capitalised phrase gets by form alone: unknown name, "Russian Strikes" as people
_NAME_GUESSES = frozenset({"other", "civilian"})
# Heads of a place's part: "parts of Damascus", "the al-Midan district of Damascus"
_PLACE_PARTS = PLACE_HEADS | {"part", "parts", "district", "much", "most", "rest"}
# "most of Damascus", "much of Idlib": a share of a capital is of the city, not its government
_PLACE_SHARE = re.compile(r"^(?i:(?:nearly\s+|almost\s+)?(?:much|most|all|half)\s+of\s+)[A-Z]")
_PARTITIVE = re.compile(r"^(?P<head>.+?)\s+(?:of|for|from|within)\s+(?P<rest>\S.*)$")


def resolve(
    text: str,
    doc: Document,
    sent: int,
    pos: int,
    *,
    place: bool = False,
    exclude: str = "",
    agent: bool = False,
) -> Ref:
    """Return the canonical actor a phrase of sentence ``sent`` at offset ``pos`` refers to.

    Args:
        text: The phrase as written.
        doc: The document's state (mentions so far, names defined in it).
        sent: Sentence index of the phrase.
        pos: Character offset of the phrase in its sentence.
        place: Read a capital as the city ("entered Damascus"), not its government.
        exclude: An actor id a pronoun cannot mean: the clause's other participant
            ("ISIS took large parts of it": "it" is not ISIS).
        agent: The phrase is the doer of an event (a pronoun then never means a place).

    Returns:
        The resolved actor; ``UNRESOLVED_REF`` (no id, type ``unresolved``) for
        phrases that name no actor: a dateline, a date, a number, boilerplate, an
        event noun, or a pronoun with no safe antecedent.
    """
    text, pos = without_preamble(text, doc.sentence(sent), pos)
    place = place or _PLACE_SHARE.match(text) is not None
    words = clean(text)
    if not text or not words:
        return UNRESOLVED_REF
    ref = pointed(text, lambda t: _chain(t, clean(t), doc, sent, pos, place, exclude, agent))
    ref = ref or _chain(text, words, doc, sent, pos, place, exclude, agent)  # "people there"
    if _headline_guess(ref, words) and is_title_sentence(doc.sentence(sent)):
        # "Turkish Shelling Kills Nine": not a name but the words prose writes in lower case
        lowered = common_cased(words, doc)
        prose = (
            _chain(" ".join(lowered), lowered, doc, sent, pos, place, exclude, agent)
            if lowered
            else ref
        )
        ref = prose if _is_headline_reading(ref, prose, lowered) else ref
        if ref.actor_type == UNRESOLVED:
            # "Terrorist Bombing Claims 5": a headline weapon is its owner's, as in prose
            ref = _headline_owner(lowered, doc, sent, pos) or ref
    doc.remember(ref, sent, pos, text, plural=is_plural(words))
    return ref


def _headline_guess(ref: Ref, words: list[str]) -> bool:
    # an unknown name, or a country read off the first word of "Syria Terrorists Strike"
    return ref.actor_type in _NAME_GUESSES or (ref.actor_type == "country" and len(words) > 1)


def _is_headline_reading(ref: Ref, prose: Ref, lowered: list[str] | None) -> bool:
    # "Syria Terrorists" read as "Syria terrorists": the country's gunmen, not the state
    if ref.actor_type == "country":
        return lowered is not None and prose.actor_id.startswith(ref.actor_id + "/")
    return is_prose_reading(prose, lowered)


def _chain(
    text: str,
    words: list[str],
    doc: Document,
    sent: int,
    pos: int,
    place: bool,
    exclude: str,
    agent: bool,
) -> Ref:
    """Return the first step of resolution that knows who a phrase's words name."""
    return (
        doc.known_name(words)
        or allied_ref(words, lambda ws: doc.pronoun(ws, sent, pos, agent=agent), doc.gaz)
        or counted_group(
            text,
            [doc.sentence(sent - back) for back in range(3) if sent - back >= 0],
            pos,
            lambda t, back, at: resolve(t, doc, sent - back, at),
            exclude,
        )
        or leader_forces(doc, words, sent, pos)
        or doc.pronoun(words, sent, pos, exclude=exclude, agent=agent)
        or member_owner(doc, words, sent, pos)
        or described_members(doc, text, sent, pos, exclude=exclude, agent=agent)
        or partner_allies(doc, words, sent, pos)
        or (UNRESOLVED_REF if len(words) == 1 and words[0].lower() in PRONOUNS else None)
        or relative_ref(words, doc, sent, pos)
        or described_group(doc.gaz, words, doc.texts(), doc.setting_country)
        or qualified_ref(words, doc)
        or lookup_ref(words, doc, place)
        or state_institution(words, doc)
        or doc.monitor(words, sent, pos)
        # "Ras al-Ain" is a place, "Jabhat al-Nusra" has a listed group in it
        or unlisted_group(
            words, lambda n: link_place(n) is not None or bool(doc.gaz.find_mentions(n))
        )
        or resolve_description(doc, text, words, sent, pos, exclude=exclude, agent=agent)
        or only_group(doc, words, sent, pos, exclude=exclude, agent=agent)
        or doc.titled_person(words, sent, pos)
        # "Idlib province", "the Waer neighbourhood": the named place (see settlements)
        or named_settlement(words, doc.place_ref, doc.gaz, doc.sentence(sent))
        or _partitive(words, doc, sent, pos, exclude)
        or member_ref(words, lambda rest: doc.lookup(clean(rest)) or first_named(rest, doc))
        or modified_ref(words, doc, sent, pos)
        or _trailing_pp(words, doc, sent, pos, place)
        or possessed_force(words, doc.gaz, lambda ws: resolve(" ".join(ws), doc, sent, pos))
        or own_army(doc, words, sent, pos)
        or agent_ref(  # "Russian and regime jets" (the first owner's event): Russian jets
            doc.gaz,
            first_side(words),
            doc.setting_country,
            STATE_HEADS,
            country=located(doc, sent, pos, text),
        )
        or national_body(doc.gaz, words, doc.main_country, STATE_HEADS)
        or inhabitants(doc.gaz, words, doc.main_country, lambda ws: country_named(ws, doc))
        or weapon_owner(words, lambda ws: resolve(" ".join(ws), doc, sent, pos, place=True))
        or doc.contained(words, STATE_HEADS, PLACE_HEADS)
        or national_place(words, doc)
        or shared_modifier(words, doc, sent, pos)
        or doc.group_modifier(words, sent, pos)
        or generic_kind(words, lambda ws: _agent(ws, doc, sent, pos, text))
        or own_service(doc, words, sent, pos, lambda ws: _agent(ws, doc, sent, pos, text))
        or (UNRESOLVED_REF if non_actor(words) or bare_description(words) else None)
        or doc.unknown(words, text)
    )


def _agent(words: list[str], doc: Document, sent: int, pos: int, text: str) -> Ref | None:
    # a generic agent noun ("rebels") in the phrase's setting: its place, else the story's
    country = located(doc, sent, pos, text)
    return agent_ref(doc.gaz, words, doc.setting_country, STATE_HEADS, country=country)


def _headline_owner(lowered: list[str] | None, doc: Document, sent: int, pos: int) -> Ref | None:
    """Return who the words before a headline weapon name ("terrorist" bombing), or None."""
    for words in weapon_owner_words(lowered):
        ref = _chain(" ".join(words), words, doc, sent, pos, True, "", True)
        if ref.actor_type in AGENT_TYPES:
            return ref
    return None


def _partitive(words: list[str], doc: Document, sent: int, pos: int, exclude: str) -> Ref | None:
    # "a group of SDF fighters" -> SDF; "large parts of it" -> "it"; "the east of X" -> X
    match = _PARTITIVE.match(" ".join(words))
    head, side = (head_word(match["head"]), is_side(match["head"])) if match else ("", False)
    if match is None or (head not in GENERIC_HEADS and head not in SETTLEMENT_HEADS and not side):
        return _counted_part(match, doc, sent, pos, exclude)
    joiner = match[0][len(match["head"]) :].split()[0]
    placed = _PLACED.search(match["head"])
    if placed and find_agent(clean(match["head"][: placed.start()])) is not None:
        return None  # "traders in the border town of X": the traders, placed
    # "the Russian Ministry of Defense": the head names its own actor.
    own = doc.contained(match["head"].split(), STATE_HEADS, PLACE_HEADS)
    if own is not None:
        return own
    # where "his staff" of "ten members of his staff" is written (the words are cleaned);
    # "parts of Damascus", "the capital of Damascus": a place's part is of the city, not
    # of the government its capital stands for
    offset = doc.sentence(sent).find(match["rest"], pos)
    place = head in _PLACE_PARTS or head in SETTLEMENT_HEADS or side
    at = offset if offset >= 0 else pos
    if head not in GENERIC_HEADS:
        # "suburbs of Damascus", "the neighbourhood of al-Mazraa" (see settlements)
        return settled_part(
            joiner,
            match["rest"],
            lambda rest: resolve(rest, doc, sent, at, exclude=exclude, place=place),
            doc.place_ref,
        )
    return resolve(match["rest"], doc, sent, at, exclude=exclude, place=place)


def _counted_part(
    match: re.Match[str] | None, doc: Document, sent: int, pos: int, exclude: str
) -> Ref | None:
    # "two of its fighters", "one of the rebel groups": a count of a group is the group's
    if (
        match is None
        or not is_count(match["head"])
        or not match[0].startswith(match["head"] + " of")
    ):
        return None
    at = max(doc.sentence(sent).find(match["rest"], pos), pos)
    ref = resolve(match["rest"], doc, sent, at, exclude=exclude)
    return ref if ref.actor_type in AGENT_TYPES else None


def _trailing_pp(words: list[str], doc: Document, sent: int, pos: int, place: bool) -> Ref | None:
    # "Raqqa from the north": the head is before the PP; "police in Baghdad": an agent
    # takes the PP's country; "military aid to Yemen": a head that names no actor gives
    # way to the actor in its PP.
    match = TRAILING_PP.match(" ".join(words))
    if match is None:
        return None
    head, rest = clean(match["head"]), clean(match[0][match.end("head") :].split(None, 1)[1])
    country = country_named(rest, doc)
    if country and find_agent(head) is not None:
        located = agent_ref(doc.gaz, head, doc.main_country, STATE_HEADS, country=country)
        if located is not None:
            return located
    ref = resolve(match["head"], doc, sent, pos, place=place)
    if ref.actor_type not in (UNRESOLVED, "other"):
        return ref
    inner = doc.lookup(rest) or doc.contained(rest, STATE_HEADS, PLACE_HEADS)
    return inner if inner is not None and inner.actor_type != "other" else ref
