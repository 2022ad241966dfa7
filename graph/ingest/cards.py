"""Cards of other stories inside a page: a photo credit and a headline (private to ingest).

A page shows links to other stories as cards: a picture, its credit (an agency, a
photographer) and the story's headline. Scraped, the card runs into the text with no
full stop: "... the ministry said. REUTERS Jane Roe Rebels Shell Airport in Kano The
army said ...", "AP Photo Rebels Shell Airport MOSCOW (Sputnik) The army ...". The
credit and the headline tell no event of this story; the text goes on at the story's
next word. :func:`card_breaks` finds both, so that the parser reads the story's
sentence apart and the extractor treats the card as page furniture.
"""

from __future__ import annotations

import re

__all__ = ["card_breaks"]

# A card opens with a credit where a sentence may start: an agency (in capitals when it
# is a common word: "AP"), then optionally "Photo".
_CREDIT = re.compile(
    r"(?:^|(?<=[.!?\"”]\s))(?:AFP|AP|REUTERS|Reuters|Sputnik|SPUTNIK|ANADOLU|Anadolu|DPA|EPA"
    r"|Xinhua|XINHUA|UPI|AA|DHA|IHA|SANA|TASS|Getty(?:\s+Images)?)(\s+Photos?)?\b"
)
_WORD = re.compile(r"\S+")
# Lower-case words a headline in title case keeps.
_TITLE_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "as", "by", "with"}
    | {"from", "near", "over", "after", "into", "against", "amid", "despite", "via", "vs"}
)
# A share button with its link, and a photo's credit after it: "SEND https://t.ly/x1 AFP
# Photo A car bomb ...", "Share www.example.com/a1 Rebels ..." (a scraped link loses its
# colon and slashes: "httpst.lyx1").
_SHARE = re.compile(
    r"\b(?:SEND|SHARE|Share|Tweet|Email|WhatsApp)\s+(?:https?\S+|www\.\S+|\S+\.(?:ly|com|co)/\S*)"
    r"(?:\s+[A-Z]{2,}\s+Photos?\b)?\s+(?=[A-Z0-9\"“])"
)
# A name's particle keeps its title case: "Deir ez-Zor", "Tell al-Abyad".
_PARTICLE = re.compile(r"[a-z]{1,3}-[A-Z]")
# Words that open the story's sentence after a headline: "... in Kano The army said".
_OPENERS = frozenset(
    {"The", "A", "An", "According", "At", "More", "Some", "Dozens", "Hundreds", "There"}
    | {"Earlier", "Meanwhile", "However", "It", "He", "She", "They", "This", "These"}
)
# A wire-service dateline after the headline: "MOSCOW (Sputnik) -", "DAMASCUS (SANA)".
_WIRE = re.compile(r"\s*[A-Z][A-Z'-]{2,}(?:\s+[A-Z][A-Z'-]{2,})*\s*\([^()]{1,30}\)\s*[-–—]?\s*")
# A credit line's date: "AFP Monday 3 May", "Reuters 3 May 2021".
_DATED = re.compile(
    r"\d|(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
    r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$"
)
# Fewest title words after a credit with no "Photo": a name and a short headline.
_MIN_WORDS = 5


def card_breaks(text: str) -> list[tuple[int, int]]:
    """Return ``(start, lead)`` offsets of story cards run into the text.

    The card (its credit and its headline, or a share button's link) is
    ``text[start:lead]``; the story's sentence goes on at ``lead``. A credit followed
    by prose ("AFP reported that ...", "Reuters Middle East desk said") is no card.
    """
    breaks = [found.span() for found in _SHARE.finditer(text)]
    for credit in _CREDIT.finditer(text):
        words = _title_run(text, credit.end())
        if not words or len(words) < (1 if credit.group(1) else _MIN_WORDS):
            continue
        if _DATED.match(words[0].group()):
            continue  # a credit line: "AFP Monday 3 May 2021" (see .header)
        lead = _story_start(text, words)
        if lead is not None and lead > credit.end():
            breaks.append((credit.start(), lead))
    return breaks


def _title_run(text: str, at: int) -> list[re.Match[str]]:
    """Return the words in title case from ``at`` (a credit's name and a headline)."""
    words: list[re.Match[str]] = []
    for word in _WORD.finditer(text, at):
        bare = word.group().strip("\"“”'‘’")
        if bare != word.group() or not bare:
            break  # a quotation opens the story: "... From Daesh "After the strikes ..."
        if not _in_title(bare):
            break
        words.append(word)
        if bare[-1] in ".!?":
            break
    return words


def _in_title(word: str) -> bool:
    return (
        word[0].isupper()
        or word[0].isdigit()
        or word in _TITLE_WORDS
        or bool(_PARTICLE.match(word))
    )


def _story_start(text: str, words: list[re.Match[str]]) -> int | None:
    """Return where the story's text goes on after a card's title words, or None.

    After a wire dateline ("MOSCOW (Sputnik)"), at a quotation, or at the last
    opener ("The", "According") or, failing one, the last capital of the run when a
    lower-case word follows it ("... in Kano The army said", "... in Kano Rebels said").
    """
    end = words[-1].end()
    wire = _WIRE.match(text, words[-1].start())
    if wire is not None and len(words) > 1:
        return wire.end()
    nxt = _WORD.match(text, end + 1) if end < len(text) and text[end] == " " else None
    if nxt is None or words[-1].group()[-1] in ".!?":
        return None  # a card with no story after it is furniture at its sentence's end
    if nxt.group()[0] in '"“':
        return nxt.start()
    if not nxt.group()[0].islower():
        return None
    for word in reversed(words[1:]):
        if word.group() in _OPENERS:
            return word.start()
    last = words[-1]
    return last.start() if last.group()[0].isupper() else None
