"""Parse an article's title-case headline in sentence case, keeping its text (private).

"03-05-2016 Army Units Kill 30 Militants In Northern Countryside. The army said ...":
the small model reads capitalised words as names and such a headline as one noun
phrase ("Army Units Kill" -> a name). A headline in title case at the start of an
article is parsed with its common words in lower case: function words, verb forms,
and the words its own story writes in lower case ("units", "militants"); names stay
as written ("Syrian", "Homs"), since the story writes them capitalised too. The
recased text has the same length, so the parse is projected back onto a doc with
the text as written (:func:`restore_text`), and no offset moves.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..ingest.header import lead_start, title_end
from .commas import ATTRS, doc_words
from .commawords import (
    ATTACK_NOUNS,
    FUNCTION_WORDS,
    MONTHS,
    PREPOSITIONS,
    SPEECH_VERBS,
    WEEKDAYS,
)

__all__ = [
    "RECASED",
    "clause_breaks",
    "is_recased",
    "is_recased_noun",
    "restore_text",
    "sentence_cased",
    "verb_forms",
]

# ``doc.user_data`` key: the character spans (of the piece) put in lower case for the
# parse, each with 1 when the word is a verb form ([start, end, 1]).
RECASED = "recased_words"
# How far into an article its headline may end.
_HEAD_CHARS = 300
_WORD = re.compile(r"[A-Za-z][\w'-]*|\d[\d.,:/-]*")
# Dates keep their capitals: "Tue May 3 2016 ..." ("may" is also a verb).
_DATE_WORDS = MONTHS | WEEKDAYS | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri"}
_MIN_CAPITALS = 3
# A sentence's end between two words of a run: "Hama. The", "Town! Rebels", "Town | AFP".
_STOP = re.compile(r"\s*[.!?|]+[\"')\]]*\s")
# Words a full stop shortens, not ends: "Gen. Haddad", "Intl. Community".
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "cpl", "st", "no"}
    | {"vs", "jr", "sr", "rev", "prof", "sen", "rep", "gov", "govt", "intl", "int'l", "dept"}
    | {"corp", "inc", "co", "ltd"}
)
# A page's label of its headline, scraped with it: "04-05-2021 title: Jets Pound Town."
_LABEL = re.compile(r"title:\s")
# A name written with a lower-case Arabic article: "al-Nusra", "el-Sisi", "ad-Dawla".
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z]")


def sentence_cased(
    nlp: Language, text: str, title: str = ""
) -> tuple[str, list[tuple[int, int, int]]] | None:
    """Return ``text`` with its opening title-case headline in sentence case, or None.

    Args:
        nlp: The pipeline whose lemmatizer tells verb forms.
        text: The article's first piece.
        title: The page's headline, when known: a headline glued to its lead ends there.

    Returns:
        The recased text (same length) and the character spans put in lower case,
        each with 1 when the word is a verb form; None when the text opens with no
        title-case headline that has a verb.
    """
    glued = _glued_title_end(text, title) if title else 0
    words = [
        w
        for w in _WORD.finditer(text[:_HEAD_CHARS])
        if (not glued or w.end() <= glued) and not _LABEL.match(text, w.start())
    ]
    run = _title_run(text, words)
    if run is None:
        return None
    if not _ends_apart(text, end := words[run[1] - 1].end()) and end != glued:
        return None
    body = set(re.findall(r"\b[a-z][a-z'-]+\b", text[words[run[1] - 1].end() :]))
    verbs = verb_forms(nlp)
    lowered = [
        word.span()
        for word in words[run[0] + 1 : run[1]]
        if _is_capitalised(word.group())
        and (low := word.group().lower()) not in _DATE_WORDS
        and (low in FUNCTION_WORDS | body or _is_attack_word(low) or verbs(low))
    ]
    if not any(verbs(text[a:b].lower()) for a, b in lowered):
        return None  # no verb read as a name: the parse would not change
    chars = list(text)
    for start, end in lowered:
        chars[start:end] = text[start:end].lower()
    return "".join(chars), [(a, b, int(bool(verbs(text[a:b].lower())))) for a, b in lowered]


def _is_attack_word(low: str) -> bool:
    """Return whether a word is an attack noun or its plural ("bombardments", "ambushes")."""
    singulars = {low, low.removesuffix("s"), low.removesuffix("es")}
    return bool(singulars & ATTACK_NOUNS)


def clause_breaks(text: str, lowered: list[tuple[int, int, int]]) -> list[int]:
    """Return where a recased headline's second predicate starts after a name (char offsets).

    "Army Kills 15 Militants in Tal Hamra Advances in Kafr Sous": a headline drops the
    comma (or "and") before its second verb, and the parser reads "Tal Hamra advances"
    as a clause of its own whose subject is the militants. When the headline's first
    verb is a present tense ("kills"), another present tense ("advances") right after
    a word kept capitalised (a name) and after a preposition opens a second predicate;
    the offset is the end of the name before it, where the comma goes. Participles
    ("Killed in Rebel Rocket Attacks") and base forms, which are also nouns ("Rocket",
    "Attack"), open none, and a first verb of saying keeps its clause whole ("Army
    Says Rebels in Hama Attacks ...").
    """
    verbs = [(a, b) for a, b, verb in lowered if verb]
    if len(verbs) < 2 or text[verbs[0][0] : verbs[0][1]].lower() in SPEECH_VERBS:
        return []
    first = text[verbs[0][0] : verbs[0][1]].lower()
    breaks = []
    for start, end in verbs[1:]:
        before = list(_WORD.finditer(text, verbs[0][1], start))
        word = text[start:end].lower()
        if (
            before
            and _is_capitalised(before[-1].group())
            and not any(a == before[-1].start() for a, _, _ in lowered)
            and any(w.group().lower() in PREPOSITIONS for w in before)
            and _is_third_person(first)
            and _is_third_person(word)
        ):
            breaks.append(before[-1].end())
    return breaks


def _is_third_person(word: str) -> bool:
    # "kills", "advances", "breaks": not "killed", "attack", "press".
    return word.endswith("s") and not word.endswith("ss")


def _title_run(text: str, words: list[re.Match[str]]) -> tuple[int, int] | None:
    """Return the word indices ``[start, end)`` of the first title-case run of ``text``."""
    start = next((i for i, w in enumerate(words) if w.group()[0].isalpha()), None)
    if start is None:
        return None
    end = start
    while end < len(words) and _in_title(words[end].group()):
        end += 1
        if end < len(words) and _stops_between(text, words[end - 1], words[end]):
            break  # "... In Hama. The army said": the headline ends at its full stop
    if end < len(words) and end - 1 > start and words[end].group()[0].islower():
        end -= 1  # "... on Border Post Gunmen attacked": the last capital opens the story
    capitals = sum(1 for w in words[start:end] if _is_capitalised(w.group()))
    return (start, end) if capitals >= _MIN_CAPITALS and end - start >= 4 else None


def _ends_apart(text: str, end: int) -> bool:
    """Return whether a headline ends apart from the story: a full stop, a line, a date.

    A headline glued to its lead ("... Northern Province Warplanes pounded ...") is
    left as it is: the parse would join the two, and the noise rules read it as a run
    (unless the page's title shows where it ends: see :func:`_glued_title_end`).
    """
    rest = text[end:].lstrip(" \t")
    return not rest or rest[0] in ".!?:|\n" or rest[0].isdigit()


def _glued_title_end(text: str, title: str) -> int:
    """Return where the page's headline ends when it is glued to its lead, else 0.

    "Sun 3 May 2021 Jets Pound Rebel Town Five civilians were killed ..." with the
    title "Jets Pound Rebel Town": the headline has no full stop, but the title shows
    where it ends and the parser reads it apart from the lead (:func:`.leads.with_leads`),
    so it is cased as a headline of its own.
    """
    end = title_end(text, title)
    return end if end and not _ends_apart(text, end) and lead_start(text, title) else 0


def _stops_between(text: str, before: re.Match[str], after: re.Match[str]) -> bool:
    """Return whether a sentence ends between two words: "Hama. The", not "U.S. Jets"."""
    gap = text[before.end() : after.start()]
    word = before.group().lower()
    return _STOP.match(gap) is not None and len(word) > 1 and word not in _ABBREVIATIONS


def _in_title(word: str) -> bool:
    # a name after an Arabic article keeps the article in lower case: "Kill al-Nusra Members".
    return (
        word[0].isupper()
        or word[0].isdigit()
        or word.lower() in FUNCTION_WORDS
        or _ARTICLE_NAME.match(word) is not None
    )


def _is_capitalised(word: str) -> bool:
    return word[0].isupper() and not word.isupper() and word.isascii()


@cache
def verb_forms(nlp: Language) -> _VerbForms:
    """Return whether a lower-case word is a verb form, by ``nlp``'s lemmatizer (cached)."""
    return _VerbForms(nlp)


class _VerbForms:
    """Whether a lower-case word is a verb form, by the lemmatizer's own tables."""

    def __init__(self, nlp: Language) -> None:
        tables = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        self.index = set(tables.get_table("lemma_index").get("verb", []))
        self.exceptions = set(tables.get_table("lemma_exc").get("verb", {}))
        self.rules = [tuple(rule) for rule in tables.get_table("lemma_rules").get("verb", [])]

    def __call__(self, word: str) -> frozenset[str]:
        """Return ``{word}`` when it is a verb form, else the empty set."""
        if word in self.index or word in self.exceptions:
            return frozenset({word})
        for old, new in self.rules:
            if word.endswith(old) and word[: len(word) - len(old)] + new in self.index:
                return frozenset({word})
        return frozenset()


def is_recased(tok: Token) -> bool:
    """Return whether ``tok`` was parsed in lower case (a word of a recased headline)."""
    spans = tok.doc.user_data.get(RECASED) or ()
    return any(start <= tok.idx < end for start, end, _ in spans)


def is_recased_noun(tok: Token) -> bool:
    """Return whether ``tok`` was parsed in lower case and is no verb form ("stronghold")."""
    spans = tok.doc.user_data.get(RECASED) or ()
    return any(start <= tok.idx < end and not verb for start, end, verb in spans)


def restore_text(doc: Doc, text: str, lowered: list[tuple[int, int, int]]) -> Doc:
    """Return ``doc`` (parsed from the recased text) with the words of ``text`` as written."""
    words, spaces = doc_words(doc, text)
    out = Doc(doc.vocab, words=words, spaces=spaces)
    out.user_data.update(doc.user_data)
    out.user_data[RECASED] = [list(span) for span in lowered]
    out.from_array(ATTRS, doc.to_array(ATTRS).astype(np.uint64))  # type: ignore[arg-type]  # thinc's Ints2d is an ndarray
    return out
