"""The one scan of a document's sentences for mentions and the names they define.

:func:`scan_document` finds gazetteer actors, places, titled persons ("Col. Ryan
Dillon"), persons named by their role, acronym definitions ("Free Syrian Army
(FSA)") and definite descriptions ("the group"), and records them in the
:class:`graph.normalize.coref.Document` of the article.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from .agents import find_agent
from .mentions import Mention
from .national import appositive_roles
from .phrase import (
    ACRONYM_RE,
    AGENT_SUFFIX,
    BODY_WORDS,
    CAPS,
    DESC_RE,
    DESCRIPTIONS,
    NAME_RUN,
    NOT_PLACES,
    PLACE_RES,
    TITLE_RE,
    TITLES,
    clean,
    is_plural,
)
from .places import link_place

if TYPE_CHECKING:
    from .coref import Document

_BEFORE_NOUN = re.compile(r"[-\s]+[a-z]")
# "in Syria", "inside Iraq", "across Turkey": a country named as a place.
_LOCATIVE = re.compile(
    r"\b(?:in|inside|into|across|throughout|within|from|to|toward|towards|near|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _whole_word(name: str) -> re.Pattern[str]:
    """Return a pattern matching ``name`` as whole words (compiled once per name)."""
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")


def scan_document(doc: Document, sentences: dict[int, str]) -> None:
    """Record the places, mentions and names of a document's sentences, in text order."""
    for event in doc.events:
        _add_place(doc, event.location, strict=True)
    for text in sentences.values():
        for pattern in PLACE_RES:
            for match in pattern.finditer(text):
                # "of Kurdish fighters", "in Syrias largest city": an unlinked word
                # before a common noun modifies it; it is no place of its own
                # ("the town of Atareb on Monday": a place noun's name is no modifier)
                after = pattern is PLACE_RES[0] and _BEFORE_NOUN.match(text, match.end(1))
                modifier = bool(after)
                if not modifier or link_place(match[1]) is not None:
                    _add_place(doc, match[1])
    for index, text in sorted(sentences.items()):
        _scan_actors(doc, index, text)
        _scan_place_names(doc, text)
        _scan_places(doc, index, text)
        _scan_names(doc, index, text)


def _add_place(doc: Document, text: str, *, strict: bool = False) -> None:
    # Linked places (GeoNames, via graph.normalize.places) first; a capitalised name after
    # "in", "from" ... or before ", a city" is taken as an unlinked place.
    match = re.search(CAPS, text)
    if match is None or (strict and match.group() != text.strip()):
        return
    name = match.group()
    if name.split()[0] in NOT_PLACES | TITLES or doc.gaz.lookup(name) is not None:
        return
    doc.places.setdefault(name, doc.place_ref(name))


def _scan_actors(doc: Document, sent: int, text: str) -> None:
    for m in doc.gaz.find_mentions(text):
        if _is_armed_groups_coalition(text, m.start, m.end):
            continue  # no mention of the states' coalition for "the army" to find later
        if not AGENT_SUFFIX.match(text[m.end :]):
            locative = _LOCATIVE.search(text[max(0, m.start - 12) : m.start]) is not None
            # "residents" is plural as written, like the demonym "the Russians"
            plural = m.plural or is_plural(text[m.start : m.end].split()[-1:])
            mention = Mention(sent, m.start, doc.generic(m.actor_id), plural)
            mention.locative, mention.end = locative, m.end
            mention.modifier = _is_modifier(m.via, m.plural, text[m.end :])
            doc.mentions.add(mention)


def _scan_place_names(doc: Document, text: str) -> None:
    for match in NAME_RUN.finditer(text):
        first, _, rest = match.group().partition(" ")
        name = rest if first.lower() in STOP_WORDS else match.group()  # "In Aleppo"
        if name.lower() in STOP_WORDS or name in TITLES or len(name) < 4:
            continue  # "But" at a sentence start, "Gen." before a name
        if name.split()[0] in NOT_PLACES:
            continue  # "in March" is the month, not a town called March
        if name in doc.surname_of:
            continue  # "Mitchell" after "Jennifer Mitchell" is her, not a town
        linked = link_place(name)
        if linked is not None and linked.kind != "country":
            doc.places.setdefault(name, doc.place_ref(name))


def _scan_places(doc: Document, sent: int, text: str) -> None:
    for name, ref in doc.places.items():
        if name not in text:  # most places are not in most sentences: skip the regex
            continue
        for match in _whole_word(name).finditer(text):
            doc.mentions.add(Mention(sent, match.start(), ref, end=match.end()))


def _scan_names(doc: Document, sent: int, text: str) -> None:
    for match in TITLE_RE.finditer(text):
        if all(w in BODY_WORDS for w in match[1].split()):
            continue  # "the General Staff", "the General Command": a body
        ref = doc.person(match[1])
        doc.mentions.add(Mention(sent, match.start(1), ref, end=match.end(1)))
    for name, code in appositive_roles(doc.gaz, text, ()):
        ref = doc.person(name)
        if ref.actor_type == "person" and doc.gaz.get(ref.actor_id) is None:
            doc.names[name.casefold()] = doc.refs[ref.actor_id] = replace(ref, code=code)
            doc.names[name.split()[-1].casefold()] = doc.names[name.casefold()]
    for match in ACRONYM_RE.finditer(text):
        long_name = clean(match[1])
        found = doc.gaz.lookup(" ".join(long_name)) or doc.gaz.lookup(match[2])
        ref = doc.ref(found[0].actor_id) if found else doc.unknown(long_name, "")
        doc.names.setdefault(match[2].casefold(), ref)
    for match in DESC_RE.finditer(text):
        accepts = DESCRIPTIONS[match[1]]
        doc.mentions.add(Mention(sent, match.start(), None, accepts=accepts, end=match.end()))


_NON_STATE = frozenset({"OPP", "REB", "UAF"})
_COALITION_WORDS = frozenset({"coalition", "coalitions"})


def _is_armed_groups_coalition(text: str, start: int, end: int) -> bool:
    """Return whether a bare "coalition" is one of non-state groups, not the states'.

    "Vosk Brigade, a rebel coalition", "a coalition of militant groups": the word the
    gazetteer reads as the US-led coalition names an armed group here.
    """
    if text[start:end].lower() not in _COALITION_WORDS:
        return False
    before = re.findall(r"[\w-]+", text[:start])[-1:]
    own = find_agent(before) if before else None
    if own is not None and own.sector in _NON_STATE:
        return True
    after = re.findall(r"[\w-]+|[^\w\s]", text[end:])[:5]
    if after[:1] != ["of"]:
        return False
    words = list(itertools.takewhile(lambda w: w[:1].isalnum(), after[1:]))
    found = (find_agent(words[:k]) for k in range(len(words), 0, -1))
    return any(a is not None and a.sector in _NON_STATE for a in found)


def _is_modifier(via: str, plural: bool, after: str) -> bool:
    """Return whether a gazetteer mention is an adjective ("Syrian" of "Syrian troops")."""
    return via == "demonym" and not plural and re.match(r"\s+[A-Za-z]", after) is not None
