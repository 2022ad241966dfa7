"""An attacked named site takes its town or its name; "the hospital", the one site named before.

"Rebels shelled the Dabbit hospital in Aleppo", "jets hit the Kessa mosque", "the
regime targeted Latamneh hospital": a site's own name makes it no common noun, yet
its head ("hospital") is a non-actor word, so it resolved to nothing. An event coder
codes the place hit: the town its name is (a place of a country the story names:
"the Kessa mosque" -> Kessa), else the town of its own "in/at" phrase ("the Dabbit
hospital in Aleppo" -> Aleppo), else the named site itself (``dabbit-hospital``, a
location, as "the Castello Road" already is).

"The hospital was hit again", "jets struck the camp": a definite site noun with no
name of its own refers back to the one site of that kind the sentences before
(headline included) name, and takes that site's label, only when exactly one named
site of that head fits.

Left alone: a site an earlier rule labelled, an owned one ("their hospital", "the
Russian air base": the owner's), a plural ("the villages": two places), a named site
seen only as where someone came from ("jets took off from the Hmeimim air base"),
two sites of one kind before, and any act but a fight or an assault ("sent
reinforcements to the base": its own).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from ..extract.lexicon import FACILITY_NOUNS, GROUND_NOUNS, word_set
from ..model import TITLE_INDEX, Event
from .heads import position
from .phrase import Ref, clean, slug_of
from .placetargets import is_name, town_phrase
from .titlecase import is_title_sentence

if TYPE_CHECKING:
    from .coref import Document

__all__ = ["named_site"]

# Attacks only: "sent reinforcements to the base" may be the doer's own base.
_PHYSICAL = frozenset({"FIGHT", "ASSAULT"})
# Buildings and works a name can single out: "the Dabbit hospital", "the Kessa air base".
_SITE_HEADS = (
    FACILITY_NOUNS | GROUND_NOUNS | word_set("camp airbase airport airfield prison dam stadium")
) - word_set(
    "territory ground foothold position front frontline corridor stronghold suburb "
    "countryside outskirts tent shelter house home building checkpoint"
)
_NAME_WORD = r"(?:[A-Z][\w'’-]*|(?:al|el|ibn|bin|abu)-[\w'’-]*)"
# The words before a site's head that name it: "the | Sarmada refugee | camp", "Kessa air | base".
_NAMED = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:\s+" + _NAME_WORD + r"){0,4})"
    r"(?P<kind>(?:\s+[a-z]+){0,2})\s+$"
)
# "the hospital", "the main road", "the refugee camp": a site noun with no name of its own.
_DEFINITE = re.compile(r"^[Tt]he\s+(?:[a-z]+\s+){0,2}(?P<head>[a-z]+)$")
# The site's own place phrase: "the Dabbit hospital | in Aleppo".
_IN_TOWN = re.compile(
    r"^,?\s+(?:in|at|inside)\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
    r"(?:[a-z]+-(?:held|controlled)\s+)?"
)
# An unnamed site its place singles out: "a | refugee | camp in Idlib province".
_INDEFINITE = re.compile(r"\b[Aa]n?\s+(?:[a-z-]+\s+){0,2}$")
_IN_PHRASE = re.compile(r"\s+(?:in|at|inside)\s+")
# Where a doer came from, not what was hit: "took off from the Hmeimim air base".
_FROM = re.compile(r"\b(?:from|off)\s+(?:the\s+)?$")
_POSSESSIVES = word_set("their his her its our my your whose")


def named_site(event: Event, target: Ref, doc: Document) -> Ref:
    """Return the label an unlabelled site target takes: its town or name, or its antecedent's.

    "shelled the Dabbit hospital in Aleppo" -> Aleppo; "... The hospital was hit" -> Aleppo.
    """
    if target.actor_id or event.action_class not in _PHYSICAL or not event.target:
        return target
    sentence, sent = event.provenance.sentence, event.provenance.sentence_index
    if is_title_sentence(sentence):
        return target  # "Jets Hit Kessa Hospital": every word is capitalised
    at = max(position(sentence, event.target), 0)
    # "the Zarqa hospital in Homs" as one phrase: the site, its "in" phrase read after it
    own = _named_in(_IN_PHRASE.split(event.target, maxsplit=1)[0], sentence, at, doc)
    if own is not None:
        return _label(doc, sentence, *own)
    definite = _DEFINITE.match(" ".join(event.target.split()))
    if definite is None or definite.group("head") not in _SITE_HEADS:
        return target
    return _antecedent(doc, sent, definite.group("head")) or target


def _named_in(text: str, sentence: str, at: int, doc: Document) -> tuple[str, str, int] | None:
    """Return (name, site, end offset in the sentence) of the named site a phrase is, else None.

    "Tarvik refugee camp" -> ("Tarvik", "Tarvik refugee camp", its end).
    """
    words = clean(text)
    if not words or words[-1].lower() not in _SITE_HEADS or words[0].lower() in _POSSESSIVES:
        return None
    head = words[-1]
    end = text.rstrip().rfind(head)
    name = _site_name(text[:end], head, doc) if end > 0 else ""
    site = _site_words(text[:end], name, head) if name else ""
    return (name, site, at + end + len(head)) if name else None


def _site_name(before: str, head: str, doc: Document) -> str:
    """Return the name the words before a site head give it ("the Dabbit | hospital"), else ""."""
    match = _NAMED.search(before)
    if match is None or head[:1].isupper():
        return ""  # "the Castello Road" is a name the resolver already knows
    names, kinds = match.group("name").split(), match.group("kind").split()
    if names[0] in ("The", "A", "An") or not all(is_name(w) or "-" in w for w in names):
        return ""
    if any(w in STOP_WORDS or w.endswith("ed") for w in kinds):
        return ""  # "Rebels shelled the | hospital": a doer and its verb, no name
    name = match.group("name")
    owned = any(doc.gaz.lookup(w) is not None for w in names) or doc.gaz.find_mentions(name)
    return "" if owned else name  # "the Russian air base": Russia's (ownertargets)


def _site_words(before: str, name: str, head: str) -> str:
    """Return a named site's words from its name to its head: "Tarvik refugee camp"."""
    return before[before.rfind(name) :].strip() + " " + head.lower()


def _label(doc: Document, sentence: str, name: str, site: str, end: int) -> Ref:
    """Return a named site's label: the town its name is, its "in" town, else the site itself."""
    if doc.is_home_place(name) and doc.link(name) is not None:
        return doc.place_ref(name)  # "the Kessa hospital": Kessa
    town = _in_town(sentence, end)
    if town:
        return doc.place_ref(town)  # "the Dabbit hospital in Aleppo": Aleppo
    return Ref(slug_of(site), site, "location")


def _in_town(sentence: str, end: int) -> str:
    """Return the town of a site's own "in" phrase ("hospital | in rebel-held Aleppo"), else ""."""
    after = _IN_TOWN.match(sentence[end:])
    return town_phrase(sentence[end + after.end() :]) if after else ""


def _antecedent(doc: Document, sent: int, head: str) -> Ref | None:
    """Return the label of the one site of a head the sentences before name, else None.

    A named site ("the Abedin camp"), or an unnamed one its "in" phrase places ("a
    refugee camp in Idlib province": Idlib).
    """
    found: dict[str, Ref] = {}
    pattern = re.compile(r"\b" + head + r"\b")
    for index in range(TITLE_INDEX, sent):
        sentence = doc.sentence(index)
        if head not in sentence or is_title_sentence(sentence):
            continue
        for match in pattern.finditer(sentence):
            before = sentence[: match.start()]
            name = _site_name(before, head, doc)
            unnamed = None if name else _INDEFINITE.search(before)
            start = before.rfind(name) if name else unnamed.start() if unnamed else -1
            if start < 0 or _FROM.search(before[:start]):
                continue  # "took off from the Hmeimim air base": the doer's base
            if name:
                site = _site_words(before, name, head)
                found.setdefault(site.lower(), _label(doc, sentence, name, site, match.end()))
            elif town := _in_town(sentence, match.end()):
                found.setdefault("~" + town.lower(), doc.place_ref(town))
    refs = {ref.actor_id for ref in found.values()}
    return next(iter(found.values())) if len(refs) == 1 else None
