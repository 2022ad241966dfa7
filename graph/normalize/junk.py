"""Roles that name no actor: pronouns left unresolved, numbers, dates, datelines, boilerplate.

:func:`graph.normalize.resolve` asks :func:`preamble_end` where a sentence's
dateline or scraping residue ends ("MOSCOW (Sputnik) -", "(CNN) --",
"6 October 2016 Aleppo SANA-", "Get short URL 0 0"), strips a leading date from
a span, and, when nothing else resolves a phrase, asks :func:`non_actor` whether
it is a word that never names an actor (a pronoun, a number, a month, an event
noun such as "clashes", a thing such as "rockets"). Such roles stay in the
event's text but get the ``unresolved`` type and no node.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import UNRESOLVED
from .phrase import words_of

__all__ = [
    "UNRESOLVED",
    "cut_inner",
    "intervening_thing",
    "is_copula",
    "is_expletive",
    "non_actor",
    "preamble_end",
    "strip_date",
]

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
# "Wed 05 Apr 2017", "6 October 2016", "May 24 2017", "24.08.2013", "2017-04-05", "Sunday"
DATE_RE = re.compile(
    rf"\b(?:(?:{_DAYS})\.?\s+)?(?:\d{{1,2}}\s+(?:{_MONTHS})\.?(?:\s+\d{{4}})?"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{4}}"
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b|\b(?:{_DAYS})\b"
)
_LEADING_DATE = re.compile(
    rf"^(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Aa]lso|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)*"
    rf"(?:{DATE_RE.pattern})\W*"
)
# A weekday or "March 19" inside a span: the extractor glued a time to a phrase
# ("Aleppo Monday", "heavy bombardment Sunday activists"); the phrase is on one side.
_INNER_DATE = re.compile(
    rf"\b(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Ll]ast|[Tt]his|[Oo]n)\s+)?"
    rf"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+\d{{4}})?)\b"
)
# Page furniture inside a span: what follows "Tags" or "Photo" is the text
# ("Deir ez-Zor Tags murder", "IHA Photo) Qamishli").
_FURNITURE = re.compile(r"\b(?:Tags|Photo|Photos|Video|Videos|Related)\b\)?:?\s*")
# Datelines and scraping residue that end the preamble of a sentence.
_MARKERS = (
    re.compile(r"\(\s*[A-Z][\w .&'-]{1,30}\)\s*(?:—|–|--|-|:)"),  # "(Reuters) -", "(CNN) --"
    # a dateline's hyphen is spaced: "U.S.-Mexican trade" is a compound
    re.compile(r"\b[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][A-Z.'-]{2,})*\s*(?:—|–|--|-(?=\s))(?=\s*[A-Z])"),
    re.compile(r"\bGet short URL(?:\s+\d+)*", re.IGNORECASE),
    # capitalised, as page furniture is: "a spokesman said in remarks published Friday"
    # is running text, and its sentence keeps its actors
    re.compile(r"\b(?:(?i:Date of publication)|(?i:Last updated)|Updated|UPDATED|Published|"
               rf"PUBLISHED)\b[^A-Za-z]*(?:(?:{_DAYS}|{_MONTHS})\W*|\d+\W*)*"),
)  # fmt: skip
_PREAMBLE_REACH = 250
# A site's menu or category line scraped into the text: "... | Episode | Showcase Category News"
_MENU = re.compile(r"\bCategory News\b|\s\|\s")
_MONTH_NAMES = frozenset(_MONTHS.split("|"))
BOILERPLATE = re.compile(
    r"^(?:latest news|most read|most popular|breaking news|read more|get short url|"
    r"date of publication|tags?\b|embed\b|videos?$|photos?$|"
    r"file photo|caption|copyright|all rights reserved|subscribe|follow (?:us|trt)|"
    r"click here|share this|advertisement|related\b|timeline js)",
    re.IGNORECASE,
)
# Words that never name an actor on their own (after a failed antecedent search).
PRONOUN_WORDS = frozenset(
    words_of(
        "i me my mine we us our ours you your yours he him his she her it its they them their "
        "theirs itself themselves himself herself ourselves myself yourself who whom whose which "
        "that what whatever whoever this these those one ones other others another someone "
        "somebody anyone anybody everyone everybody nobody something anything everything "
        "nothing some many most few several both all each either neither none any"
    )
)
# Possessive and question words that leave a phrase's owner unsaid ("our country").
_OWNERS = frozenset(words_of("my our your his her its their whose what which"))
_NUMBER_WORDS = frozenset(
    words_of(
        "one two three four five six seven eight nine ten eleven twelve dozen dozens hundred "
        "hundreds thousand thousands million millions score scores half"
    )
)
# Heads that name an event, an outcome, a quantity, a message, a thing or a time:
# "clashes erupted", "the death toll rose", "a statement said", "rockets hit".
NON_ACTOR_HEADS = frozenset(
    words_of(
        # events and actions
        "attack attacks assault assaults clash clashes fighting fight fights battle battles war "
        "wars violence conflict conflicts offensive offensives operation operations campaign "
        "campaigns strike strikes airstrike airstrikes raid raids bombing bombings bombardment "
        "bombardments shelling shellings explosion explosions blast blasts incident incidents "
        "killing killings massacre massacres siege sieges ceasefire ceasefires truce truces "
        "talks negotiations meeting meetings conference summit agreement agreements deal deals "
        "protest protests demonstration demonstrations uprising revolution crisis escalation "
        "advance advances withdrawal evacuation evacuations ambush ambushes shooting shootings "
        "gunfire fire fires crackdown invasion occupation intervention visit visits election "
        "elections vote referendum process initiative proposal proposals plan plans decision "
        "decisions move moves step steps effort efforts response"
        # outcomes and quantities
        " injury injuries wound wounds death deaths toll casualties losses loss damage "
        "destruction number numbers total percent figure figures rate amount count tally"
        # messages and media
        " report reports statement statements source sources news video videos footage image "
        "images photo photos picture pictures article articles letter letters message messages "
        "claim claims allegation allegations accusation accusations evidence document documents "
        "resolution resolutions comments remarks words speech interview tweet post"
        # weapons and things
        " rocket rockets missile missiles shell shells bomb bombs mortar mortars weapon weapons "
        "gas sarin chlorine chemical chemicals ammunition arms munitions explosives mine mines "
        "vehicle vehicles car cars bus buses truck trucks convoy convoys aid supplies food water "
        "medicine fuel oil money intelligence information shots round rounds exercise exercises "
        "drill drills"
        # places as things
        " area areas zone zones part parts site sites hospital hospitals school schools building "
        "buildings house houses home homes road roads street streets neighbourhood neighborhood "
        "neighbourhoods neighborhoods market markets mosque mosques camp camps place places "
        "facility facilities clinic clinics town towns city cities village villages region "
        "regions province provinces district districts outskirts countryside side sides world "
        "smoke plume agent agents territory territories"
        # times and abstractions
        " day days week weeks month months year years time times today yesterday tomorrow "
        "morning evening night hours situation issue issues problem problems matter question "
        "questions fact facts case cases reason reasons result results way ways thing things "
        "life lives control power pressure threat threats risk danger peace solution future end "
        "support help assistance access security stability"
        # a part in an act, denied or claimed ("denied any role in", CAMEO 016)
        " responsibility involvement role roles complicity"
    )
)


@lru_cache(maxsize=65536)
def preamble_end(sentence: str) -> int:
    """Return where a sentence's dateline or scraping residue ends (0 when it has none)."""
    end = 0
    for marker in _MARKERS:
        for match in marker.finditer(sentence, 0, _PREAMBLE_REACH):
            end = max(
                end,
                match.end() + len(sentence[match.end() :]) - len(sentence[match.end() :].lstrip()),
            )
    return end


def cut_inner(text: str) -> tuple[str, int]:
    """Return the phrase around a glued-on time or page furniture, and where it starts.

    "Aleppo Monday" -> "Aleppo"; "heavy bombardment Sunday activists" -> "activists";
    "Deir ez-Zor Tags murder" -> "murder". A phrase without either is returned whole.
    """
    for pattern in (_FURNITURE, _INNER_DATE):
        match = pattern.search(text)
        if match is None:
            continue
        after = text[match.end() :]
        if re.search(r"[A-Za-z]", after):
            start = match.end() + len(after) - len(after.lstrip())
            return after.strip(), start
        return text[: match.start()].strip(), 0
    return text, 0


def strip_date(text: str) -> str:
    """Return a span without a leading date ("12 May 2016 rebel fighters" -> "rebel fighters")."""
    stripped = _LEADING_DATE.sub("", text.strip())
    while stripped != text.strip():
        text, stripped = stripped, _LEADING_DATE.sub("", stripped)
    return stripped


# A day's possessive without its apostrophe: "Saturdays strikes", "yesterdays raid".
_DAYS_OWNING = frozenset(
    {"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"}
    | {"yesterdays", "todays"}
)


def non_actor(words: list[str]) -> str:
    """Return why a phrase with no resolved referent names no actor ("" when it may name one).

    Args:
        words: The phrase's words after :func:`graph._phrase.clean`.

    Returns:
        ``"pronoun"``, ``"number"``, ``"date"``, ``"boilerplate"``, ``"non-actor"`` or ``""``.
    """
    phrase = " ".join(words)
    lowered = [w.lower().strip(".,;:'\"") for w in words]
    if not phrase.strip() or all(w in ("", "the", "a", "an") for w in lowered):
        return "empty"
    if BOILERPLATE.match(phrase) or _MENU.search(phrase):
        return "boilerplate"
    if all(w in PRONOUN_WORDS for w in lowered if w not in ("of", "and")):
        return "pronoun"
    if lowered == ["more"]:
        return "pronoun"  # "dozens more" once its count is cleaned: more of someone else
    if lowered[0] in _OWNERS and len(words) > 1 and not words[-1][:1].isupper():
        return "pronoun"  # "our country", "his goal", "whose country": whose is not said
    if all(w in _NUMBER_WORDS or re.fullmatch(r"[\d.,%/-]+", w) for w in lowered):
        return "number"
    if DATE_RE.search(phrase) and not strip_date(phrase):
        return "date"
    if len(words) == 1 and words[0] in _MONTH_NAMES:
        return "date"  # "March", "September" alone
    if len(words) == 1 and lowered[0] in _DAYS_OWNING:
        return "date"  # "after Saturdays strikes": Saturday's, its apostrophe lost
    head = lowered[-1].rsplit("-", 1)[-1]
    named = len(words) > 1 and words[-1][:1].isupper()  # "Operation Euphrates Shield"
    if head in PRONOUN_WORDS or (head in NON_ACTOR_HEADS and not named):
        return "non-actor"
    return ""


# "it was unclear whether", "it is tragic to see", "it remains to be seen"
_EXPLETIVE = re.compile(
    r"^it\s+(?:is|was|'s|has been|had been|will be|would be|could be|may be|might be|seems|"
    r"seemed|appears|appeared|remains|remained|became|becomes)\s+"
    # "it is willing to withdraw", "it was ready to talk": the subject itself acts
    r"(?!(?:not\s+|still\s+|also\s+)?(?:willing|unwilling|ready|prepared|able|unable|"
    r"determined|eager|keen|reluctant|obliged|committed)\b)(?:\w+\s+){0,2}?"
    r"(?:that|to|if|whether|when|how|why|what|unclear|clear|possible|impossible|likely|"
    r"unlikely|important|necessary|tragic|difficult|hard|easy|sad|time|true|false|known|"
    r"believed|reported|said|expected|feared|thought)\b"
    r"|^it\s+(?:would|could|might|may|will)\s+(?:not\s+)?(?:be|make|seem|take|appear)\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[A-Za-z][\w'-]*")
_PLURALS = frozenset(words_of("children people men women police militia personnel staff"))


# "it was a provocation", "they were the latest victims": a pronoun that only classifies
_COPULA = re.compile(
    r"^(?:it|they|he|she)\s+(?:is|was|are|were|'s|'re|has been|have been|had been)\s+"
    r"(?:not\s+|also\s+|still\s+)?(?:a|an|the|no|one|among|part|just|only|too|so|very)\b"
    # "it took place Tuesday", "it happened at dawn": an event, not an actor
    r"|^it\s+(?:took place|takes place|happened|happens|occurred|occurs|began|begins|ended|"
    r"ends|lasted|came into effect)\b"
    r"|^(?:it|they)\s+(?:amounts?|amounted)\s+to\b",  # "they amount to forced relocation"
    re.IGNORECASE,
)


def is_copula(text: str) -> bool:
    """Return whether a pronoun at the start of ``text`` only classifies ("it was a mistake")."""
    return _COPULA.match(text) is not None


def is_expletive(text: str) -> bool:
    """Return whether "it" at the start of ``text`` is a dummy subject ("it was unclear ...")."""
    return _EXPLETIVE.match(text) is not None


def intervening_thing(text: str, *, plural: bool, things: bool = True) -> bool:
    """Return whether ``text`` names a thing, event or group a pronoun of that number could mean.

    ``text`` runs from the candidate antecedent to the pronoun; the antecedent's own
    words (up to its first verb-like gap, at most three words) are skipped. "Russia said
    a truce took hold since it began" has "truce" in between, so "it" is not Russia;
    "ISIS shelled the town. Residents said they fled": "residents" is, so "they" is not ISIS.
    """
    from .agents import find_agent  # agents imports this module

    words = _WORDS.findall(text)[3:]
    for word in words:
        lowered = word.lower()
        if not word[:1].islower() or (lowered.endswith("s") or lowered in _PLURALS) != plural:
            continue
        # "it" gives way to a thing ("a truce"), "they" to a group of people ("residents");
        # a subject "they" not to things (``things``), which are often its antecedent's
        # own objects ("The Houthis fired missiles. They ...").
        if (things and lowered in NON_ACTOR_HEADS) or (plural and find_agent([lowered])):
            return True
    return False
