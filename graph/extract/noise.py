"""Text that states no event: page furniture, report formulas, headlines (private to extract).

News pages carry scraping residue ("Read more", "Get short URL", "All rights
reserved") and repeat their headline after a dateline ("Wed 05 Apr 2017 Rebels
shell the airport. Rebels shelled ..."): a verb inside such a stretch gives no
event and no fact. Report formulas ("no casualties were reported") say nothing
happened and are dropped by :func:`is_report_formula`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from ..ingest.header import header_breaks, title_end
from ..parse.recase import is_recased
from .frames import Frame
from .furniture import furniture_spans
from .openings import DAY, MONTH, opening_end, squash
from .residue import credited_headline, share_bar, video_title
from .spans import np_span
from .toldheadlines import stands_alone, untold

_MONTH, _DAY = MONTH, DAY
Spans = list[tuple[int, int]]
# A word in lower case: prose, not a credit line's names ("REUTERS Jane Said").
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][\w'-]*")
_DATE = rf"(?:{_DAY}\s*,?\s*)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})\s*,?\s+\d{{4}}"
# An agency and a date after a headline: "Syria bombs jihadist positions AFP Monday 18 Aug 2014".
_CREDIT = re.compile(
    rf"\s*(?:(?:AFP|AP|Reuters|SANA|TASS|Sputnik|Anadolu|DPA|Xinhua|UPI)\s+)?{_DATE}\s*",
    re.IGNORECASE,
)
# A story's text glued after its headline starts a new sentence: "... blast The group said".
_GLUED_LEAD = re.compile(r"\s+[A-Z][a-z]*\b")
# Report formulas: "no casualties were reported", "neither fatalities nor injuries were
# recorded": the report verb of an agentless passive is about the reporting.
REPORT_PASSIVES = frozenset(
    ["report", "record", "register", "mention", "document", "confirm", "announce"]
)
# Lowercase words a title-case headline keeps: "Thirty Killed in Strikes on the Town".
_TITLE_FUNCTION_WORDS = frozenset(
    {"in", "on", "of", "to", "for", "at", "by", "and", "as", "with", "from", "after", "over"}
)
# Tokens after which a capitalised word starts a quotation or a new statement.
_OPENERS = frozenset({'"', "“", "'", "‘", ":", "(", "-", "—", "–"})


def is_title_case(verb: Token) -> bool:
    """Return whether a verb is capitalised inside its sentence, as in a headline or a title.

    "27-09-2016 Car Bomb Kills 70 People", "... Coalition Describes the Attack": a headline
    glued to the text reports its story's event with a misread parse, and the story tells
    the event again in its own sentences.
    """
    text = verb.text
    # the case first: finding the verb's sentence (``verb.sent``) costs far more
    if not text[:1].isupper() or text.isupper() or not verb.tag_.startswith("VB"):
        return False
    if verb.is_sent_start or verb.i == verb.sent.start:
        return False
    if is_recased(verb):
        return False  # a headline parsed in sentence case reads as prose (see parse.recase)
    return verb.doc[verb.i - 1].text not in _OPENERS


def headline_span(sent: Span, title: str) -> tuple[int, int] | None:
    """Return the span (characters of the doc) of a dateline and a repeated headline.

    "Wed 05 Apr 2017 Rebels shell the airport. ..." with the title "Rebels shell the
    airport" -> the dateline and the headline; "Rebels shell the airport AFP Monday
    18 Aug 2014 Rebels shelled ..." -> the headline and its credit line. A sentence that
    only opens with a dateline ("Published May 2 2019 A blast killed 7 ...")
    keeps its text after the dateline.
    """
    text = sent.text
    words = squash(title.split("|")[0])
    start = end = opening_end(text, words)
    if len(words) >= 3 and squash(text[end:])[: len(words)] == words:
        # walk the headline's words to find where it ends in the text.
        for word in words:
            found = re.search(re.escape(word), text[end:], re.IGNORECASE)
            if found is None:
                break
            end += found.end()
        credit = _CREDIT.match(text, end)
        if credit is not None:
            end = credit.end()
        elif not start and not _GLUED_LEAD.match(text, end):
            # a headline on its own (its own line or sentence) is the article's first
            # statement, not residue glued to the text; a lead may repeat its words
            # ("Rebels shell the airport in Aden ..."). A new capitalised sentence right
            # after it ("... suicide blast The militants claimed ...") shows it glued.
            end = 0
    return (sent.start_char, sent.start_char + end) if end else None


def is_report_formula(verb: Token) -> bool:
    """Return whether ``verb`` reports that nothing was found ("no casualties were reported")."""
    # "no casualties were reported", "neither fatalities nor injuries were recorded",
    # "deaths were not reported"; "the town is first mentioned in 968" stays a fact.
    if verb.lemma_.lower() not in REPORT_PASSIVES:
        return False
    if not any(kid.dep_ == "auxpass" for kid in verb.children):
        return False
    subj = next((kid for kid in verb.children if kid.dep_ == "nsubjpass"), None)
    negators = {"no", "neither", "nor", "not", "never", "n't"}
    words = [kid.lower_ for kid in verb.children] + [
        kid.lower_ for kid in (subj.children if subj is not None else ())
    ]
    return any(word in negators for word in words)


def after_noise(frame: Frame, noise: list[tuple[int, int]]) -> Frame | None:
    """Return ``frame`` with its actor and target cut after a dateline they start in.

    "May 2 2018 Gunmen": the actor is "Gunmen"; "Date of publication 3 May 12 people
    were killed": the target is "12 people". An actor inside the dateline ("Date of
    publication") gives no frame; a target inside it is dropped.
    """
    actor = _after_dateline(frame.actor, noise) or _other_subject(frame, noise)
    if actor is None:
        return None
    target = _after_dateline(frame.target, noise) if frame.target is not None else None
    if target is None and frame.target is not None and frame.rule != "relation":
        return None
    return replace(frame, actor=actor, target=target)


def _other_subject(frame: Frame, noise: list[tuple[int, int]]) -> Span | None:
    """Return the verb's subject outside the noise when the parser gave it two.

    "Nine guards killed in raid in Kano The bandits stormed the prison": the headline's
    "guards" and "bandits" both hang on "stormed"; the one after the headline is its own.
    """
    verb = frame.verb
    # "... The bandits stormed the prison and freed 40 inmates": a conjunct shares it.
    kids = [*verb.children, *(verb.head.children if verb.dep_ == "conj" else ())]
    # "Sat Mar 4 2017 Rebel gunners shell ...": the date read as the subject, the
    # subject as its apposition (unless that is the target: "X, a Y" states X is a Y).
    target = frame.target.root.i if frame.target is not None else -1
    kids += [k for k in frame.actor.root.children if k.dep_ == "appos" and k.i != target]
    for kid in kids:
        if kid.dep_ in {"nsubj", "appos"} and kid.i != frame.actor.root.i:
            # ("Sat Mar 4 2017 Rebel gunners": a subject may start in the date.)
            span = _after_dateline(np_span(kid), noise)
            if span is not None:
                return span
    return None


def _after_dateline(span: Span, noise: list[tuple[int, int]]) -> Span | None:
    """Return ``span`` without the dateline it starts in, None when it lies inside one."""
    # in order, so that residue after residue is cut too ("<headline> AFP Print Tweet ...")
    for start, end in sorted(noise):
        if start <= span.start_char and span.end_char <= end:
            return None
        if start <= span.start_char < end < span.end_char:
            first = next(tok.i for tok in span if tok.idx >= end)
            span = span.doc[first : span.end]
    return span


def starts_in(frame: Frame, furniture: list[tuple[int, int]]) -> bool:
    """Return whether the frame's actor or target starts in page furniture ("Tags Yemen ...")."""
    starts = [span.start_char for span in (frame.actor, frame.target) if span is not None]
    return any(start <= at < end for at in starts for start, end in furniture)


def furniture_in(sent: Span) -> list[tuple[int, int]]:
    """Return the character spans (of the doc) of ``sent``'s page furniture and asides."""
    return [(sent.start_char + a, sent.start_char + b) for a, b in furniture_spans(sent.text)]


def noise_spans(
    sent: Span,
    title: str,
    told: list[tuple[int, int]] | None = None,
    furniture: list[tuple[int, int]] | None = None,
    stated: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """Return the character spans of ``sent`` whose verbs state no event.

    Furniture and asides, a repeated headline, a headline before its credit line
    ("... Beirut AFP Monday 3 May 2021"), a share bar and its link list, a run of
    title-case words around a capitalised verb ("Thirty Killed in Strikes on Town"), and
    a subheading or a tag list before the sentence ("Convoy ambushed The militia ...").
    A headline that tells an attack is no residue: ``told`` gets its characters.
    ``furniture`` is :func:`furniture_in` of ``sent``, when the caller has it. A repeated
    headline that tells no attack but is a sentence of its own after its dateline is no
    residue either (:func:`.toldheadlines.stands_alone`): ``stated`` gets its characters.
    """
    spans = furniture_in(sent) if furniture is None else furniture
    text = sent.text
    credited = _in_doc(sent, credited_headline(text))
    at = opening_end(text, squash(title.split("|")[0]))
    head = headline_span(sent, title)
    if head is not None and stands_alone(sent, head, at):
        # "Mon 3 Jun 2019 Envoy meets the king.": only the dateline is residue.
        spans = [*spans, (head[0], sent.start_char + at)]
        if stated is not None:
            stated.append((sent.start_char + at, head[1]))
        head = None
    heads = [head, *title_runs(sent), credited]
    # a subheading or a tag list run into the sentence: "Convoy ambushed The militia ..."
    headers, after_title = _header_spans(sent, title, spans)
    heads += headers
    # the page's headline above its share bar ("<headline> Print Tweet Views 210 ...")
    bar = _in_doc(sent, share_bar(text))
    heads += [(sent.start_char, bar[0])] if bar is not None and bar[0] > sent.start_char else []
    # the opening's dateline, tag or byline names no one: "Sat 4 May 2019 URGENT 19 killed"
    spans = [*spans, *after_title, *([(sent.start_char, sent.start_char + at)] if at else [])]
    # a headline that tells an attack is a statement: only its date and credit are residue.
    told = [] if told is None else told
    glued = [piece for span in heads if span is not None for piece in untold(sent, span, at, told)]
    glued += [span for span in (bar, _in_doc(sent, video_title(text))) if span is not None]
    return spans + glued


def _header_spans(sent: Span, title: str, furniture: Spans) -> tuple[Spans, Spans]:
    """Return the headers run into the sentence and the residue after the page's title.

    "Jets Pound Hama REUTERS Jane Said Middle East 0041 Get short URL 12 The army ...":
    the header runs to the lead, but the headline ends with the title ("Jets Pound
    Hama"); its photo credit ("REUTERS Jane Said ...") is residue, whatever it tells.
    A subheading in prose after the title ("... Hama Rebels lose two villages AFP")
    is read as the header is. ``furniture`` holds the sentence's furniture ("Get
    short URL"), whose words are no prose.
    """
    base, text = sent.start_char, sent.text
    end = title_end(text, title) if title else 0
    heads: Spans = []
    residue: Spans = []
    for start, lead in header_breaks(text):
        if start:
            continue
        prose = [
            base + word.start()
            for word in _LOWER_WORD.finditer(text, end, lead)
            if not any(a <= base + word.start() < b for a, b in furniture)
        ]
        if 0 < end < lead and not prose:
            heads.append((base, base + end))
            residue.append((base + end, base + lead))
        else:
            heads.append((base, base + lead))
    return heads, residue


def _in_doc(sent: Span, span: tuple[int, int] | None) -> tuple[int, int] | None:
    return None if span is None else (sent.start_char + span[0], sent.start_char + span[1])


def title_runs(sent: Span) -> list[tuple[int, int]]:
    """Return the character spans of headline runs in title case around a capitalised verb.

    "Posted by Agency Staff Thirty Killed in Strikes on Suburb Town Thirty civilians
    were killed" -> "Posted by ... Suburb Town": a verb in a name ("Hayat Tahrir
    al-Sham") is part of an entity and opens no run.
    """
    runs: list[tuple[int, int]] = []
    for verb in sent:
        if not is_title_case(verb) or verb.ent_type_ or any(a <= verb.i < b for a, b in runs):
            continue
        start = end = verb.i
        while start > sent.start and _in_title(sent.doc[start - 1]):
            start -= 1
        while end + 1 < sent.end and _in_title(sent.doc[end + 1]):
            end += 1
        if end + 1 < sent.end and sent.doc[end + 1].is_lower and end > verb.i:
            # "... on Border Post Gunmen attacked": the last capital opens the story's text.
            end -= 1
        if end - start >= 3:
            runs.append((start, end + 1))
    doc = sent.doc
    return [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in runs]


def _in_title(tok: Token) -> bool:
    # headline words are capitalised, numbers or short function words ("in", "on", "of").
    return tok.text[:1].isupper() or tok.like_num or tok.lower_ in _TITLE_FUNCTION_WORDS
