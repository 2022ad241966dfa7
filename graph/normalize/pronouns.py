"""Which earlier mention a personal pronoun means, when that is clear; otherwise none.

A wrong antecedent states a false event ("they are bombing the ISIS targets" ->
ISIS bombs ISIS), so :func:`choose_antecedent` answers only in two clear cases:

* the pronoun reports what its own sentence's subject said or thinks
  ("Russia said on Wednesday it had ...", "The rebels claim they ..."), also of the
  subject's object in a relative clause ("Jordan condemned the raid, which it blamed on
  X"), with no other mention of the pronoun's kind and number in between;
* exactly one mention of the right kind and number stands in the pronoun's
  sentence before it and in the previous sentence, and nothing else there could be
  meant: no unknown name ("the Syrian Civil Defence"), no thing or event of the
  pronoun's number ("a hospital", "the attack"), no group or person noun ("the
  victims' families", "his son").

Never across a quotation (a quote changes the speaker), never the press agency
that reports the story, never an adjective ("Syrian" of "Syrian troops").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .junk import NON_ACTOR_HEADS
from .mentions import Mention
from .phrase import Ref
from .pronounrivals import PERSON_NOUNS, competitors

__all__ = [
    "PERSON_NOUNS",
    "choose_antecedent",
    "has_quote",
    "in_quotation",
    "is_subject_position",
    "reports_subject",
]

_QUOTES = '"“”«»'
# The words a subject may follow at a sentence's start: "On Tuesday, the army ...".
_LEAD = re.compile(
    r"^(?:(?:but|and|however|meanwhile|separately|earlier|later|also|then|now|yet|still|"
    r"instead|so|in a statement|on \w+|last \w+|this \w+|early \w+|late \w+|in \w+)\b\W*)*"
    r"(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){0,2}$",
    re.IGNORECASE,
)
# What the subject does before a pronoun that reports it: "said on Wednesday (that)".
# A subject pronoun of a verb of speech or demand: "It also called for ...".
_SPEAKS = re.compile(
    r"^\w+\s+(?:(?:also|later|again|further|then|has|had|have)\s+)*(?:called|urged|demanded|"
    r"condemned|denounced|warned|stressed|welcomed|accused|asked|appealed|rejected|critici[sz]ed)\b"
)
_REPORTED = re.compile(
    r"^(?:'s?)?\W*(?:(?:has|had|have|also|later|earlier|again|previously|repeatedly|then|"
    r"officially|publicly|quickly|now|today|yesterday|tonight|on|[A-Z][a-z]+day)\s+)*"
    r"(?:said|says|say|added|adds|announced|announces|announce|claimed|claims|claim|stated|"
    r"states|warned|warns|warn|insisted|insists|insist|confirmed|confirms|denied|denies|deny|"
    r"reported|reports|noted|notes|declared|declares|acknowledged|acknowledges|admitted|"
    r"admits|argued|argues|argue|believes|believe|believed|hopes|hope|hoped|threatened|"
    r"threatens|threaten|vowed|vows|vow|pledged|pledges|pledge|promised|promises|promise|"
    r"suggested|indicated|explained|asserted|stressed|emphasised|emphasized|alleged|"
    r"alleges|allege|maintains|maintained|thinks|think|thought|fears|feared|expects|"
    r"expected|knows|knew|signalled|signaled|signals|decided|told|tells|tell)\b"
    r"(?:[\s,]+(?:on|late|early|last|this|in|to|at|earlier|later|a|an|the|that|statement|"
    r"reporters|journalists|[A-Z][a-z]+day|\d+|[a-z]+ly)\b){0,6}\W*$"
)
# A relative clause of what the subject said or blamed of its object: "condemned the
# attack, which it blamed on X", "posted a video that it said shows ...".
_RELATIVE = re.compile(r"\b(?:which|that)\W*$", re.IGNORECASE)
_RELATIVE_SAYING = re.compile(
    r"^\w+\s+(?:(?:has|have|had|also)\s+)*(?:blamed|blames|blame|said|says|say|called|calls|"
    r"call|described|describes|describe|claimed|claims|claim|termed|terms|dubbed|branded|"
    r"considered|considers|consider)\b",
    re.IGNORECASE,
)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_OTHER_GENDER = {
    **dict.fromkeys(("he", "him", "his", "himself"), _SHE),
    **dict.fromkeys(("she", "her", "hers", "herself"), _HE),
}


def _two_people(before: str, rest: str) -> bool:
    """Whether the pronoun that opens ``rest`` meets the other gender's pronoun ``before``."""
    word = re.match(r"[A-Za-z]+", rest)
    other = _OTHER_GENDER.get(word.group().lower()) if word else None
    if other is None:  # not a gendered pronoun as written ("HE'S", a cut span): both count
        return bool(_HE.search(before) and _SHE.search(before))
    return bool(other.search(before))


def in_quotation(sentence: str, pos: int) -> bool:
    """Return whether the text at ``pos`` is inside a quotation.

    Also when the quotation opened in an earlier sentence: ``they should be
    hitting" he said`` has one closing mark after the pronoun.
    """
    marks = [i for i, char in enumerate(sentence) if char in _QUOTES]
    before = [i for i in marks if i < pos]
    if len(before) % 2:
        return True
    after = [i for i in marks if i >= pos]
    if len(after) % 2 == 0 or not after:
        return False
    first = after[0]
    return sentence[first] == "”" or (first > 0 and not sentence[first - 1].isspace())


def has_quote(text: str) -> bool:
    """Return whether a quotation mark stands in ``text``."""
    return any(char in _QUOTES for char in text)


def is_subject_position(sentence: str, start: int, preamble: int) -> bool:
    """Return whether a mention at ``start`` opens its sentence ("On Monday the army ...")."""
    return _LEAD.match(sentence[min(preamble, start) : start]) is not None


def reports_subject(between: str) -> bool:
    """Return whether ``between`` is a subject's saying verb before a pronoun ("said that")."""
    return not has_quote(between) and _REPORTED.match(between) is not None


def choose_antecedent(
    window: Sequence[Mention],
    agrees: Callable[[Mention], bool],
    sentence: Callable[[int], str],
    at: tuple[int, int],
    *,
    kind: str,
    agent: bool,
    preamble: Callable[[int], int],
    source: Callable[[Mention], bool] = lambda m: False,
) -> Ref | None:
    """Return the one clear antecedent of a pronoun at ``at`` = (sentence, offset), or None.

    Args:
        window: The mentions of the previous sentence and of the pronoun's sentence
            before it, in text order, descriptions resolved.
        agrees: Whether a mention has the pronoun's kind and number.
        sentence: The text of a sentence by index.
        at: Where the pronoun is.
        kind: ``sg``, ``pl`` or ``person``.
        agent: The pronoun is an event's doer.
        preamble: Where a sentence's dateline ends.
        source: Whether a mention only reports the story (no rival: "told AFP they").
    """
    sent, pos = at
    if (said := _reported_subject(window, agrees, sentence(sent), at, kind, preamble)) is not None:
        return said  # "Russia said on Wednesday it had ..."
    clear = [m for m in window if m.ref is not None and agrees(m) and not _is_vague(m.ref)]
    candidates = {m.ref.actor_id: m.ref for m in clear if m.ref is not None}
    if len(candidates) != 1 or any(
        _rival(m, kind) for m in window if m not in clear and not source(m)
    ):
        return None  # none, several, or an actor we do not know could be meant
    if kind == "person" and _two_people(
        sentence(sent - 1) + " " + sentence(sent)[:pos], sentence(sent)[pos:]
    ):
        return None  # "he" and "she" in one stretch: two people
    found = clear[0]
    things = not _parallel_speaker(window, found, sentence, at, kind, agent, preamble)
    for index in (sent - 1, sent):
        whole = sentence(index)
        span = whole[:pos] if index == sent else whole
        # an unresolved description ("the group") is scanned as words: it may be meant
        covered = [(m.start, m.end) for m in window if m.sent == index and _known(m)]
        if has_quote(span) or competitors(
            span, covered, kind, agent=agent, opening=True, things=things
        ):
            return None
    return found.ref


def _reported_subject(
    window: Sequence[Mention],
    agrees: Callable[[Mention], bool],
    text: str,
    at: tuple[int, int],
    kind: str,
    preamble: Callable[[int], int],
) -> Ref | None:
    """Return the sentence's opening subject when the pronoun reports what it said."""
    sent, pos = at
    own = [m for m in window if m.sent == sent]
    first = own[0] if own else None
    if first is not None and _may_report_itself(first, kind) and agrees(first):
        opens = is_subject_position(text, first.start, preamble(sent))
        if opens and reports_subject(text[first.end : pos]):
            return first.ref
        if opens and _says_of_object(own, first, agrees, text, pos):
            return first.ref  # "X condemned the attack, which it blamed on Y"
    return None


def _says_of_object(
    own: Sequence[Mention], first: Mention, agrees: Callable[[Mention], bool], text: str, pos: int
) -> bool:
    """Return whether the pronoun says or blames something of its subject's object.

    "The council condemned the raid, which it blamed on the militia": "it" is no object
    of its own clause, so the one who speaks is the subject, when no other mention of
    the pronoun's kind and number stands between.
    """
    between = text[first.end : pos]
    if has_quote(between) or not _RELATIVE.search(between):
        return False
    if not _RELATIVE_SAYING.match(text[pos:]):
        return False
    return not any(m is not first and m.start < pos and agrees(m) for m in own)


def _parallel_speaker(
    window: Sequence[Mention],
    found: Mention,
    sentence: Callable[[int], str],
    at: tuple[int, int],
    kind: str,
    agent: bool,
    preamble: Callable[[int], int],
) -> bool:
    """Return whether the pronoun is a speaking subject after the antecedent as subject.

    Then the antecedent's own objects (things and events) do not compete with it.
    """
    sent, pos = at
    text = sentence(sent)
    # "The Houthis fired missiles. They attacked a ship.": subject to subject, the
    # subject's own objects do not compete.
    parallel = (
        agent
        and found.sent == sent - 1
        and found is window[0]
        and is_subject_position(sentence(found.sent), found.start, preamble(found.sent))
        and is_subject_position(text, pos, preamble(sent))
    )
    # "The UN condemned the bombing. It also called for an inquiry.": only someone speaks,
    # so the subject's own objects do not compete with "it" either.
    speaks = kind == "pl" or _SPEAKS.match(text[pos:]) is not None
    return bool(parallel and speaks)


def _may_report_itself(mention: Mention, kind: str) -> bool:
    """Return whether a subject may be what its own reported pronoun means.

    "Residents said they ..." (a generic group of people) may; "the military said it ..."
    of no known country, or "a spokesman said it ..." (a person and "it"), is no clear case.
    """
    if mention.ref is None or mention.modifier:
        return False
    if kind == "sg" and mention.head in PERSON_NOUNS:
        return False
    return kind == "pl" or not _is_vague(mention.ref)


def _rival(mention: Mention, kind: str) -> bool:
    """Return whether a mention that does not agree could still be what is meant."""
    ref = mention.ref
    if ref is None or not ref.actor_id:
        return False
    if mention.modifier:
        return False  # an adjective ("Russian-made") names no one that could be meant
    if kind == "pl" and ref.actor_type != "location":
        # "the army and its allies ... They", "the opposition and the FSA ... They": any
        # other actor nearby may be part of what "they" means
        return True
    if ref.actor_type == "other" or _is_vague(ref) or mention.head in NON_ACTOR_HEADS:
        # an actor we do not know ("the Syrian Civil Defence", "gunmen")
        if kind == "person":
            return ref.label[:1].isupper()
        plural = mention.plural or (mention.head.endswith("s") and not mention.head.endswith("ss"))
        return plural == (kind == "pl")
    # a place named as a thing ("the town"), not as a setting ("in Syria")
    return kind == "sg" and ref.actor_type == "location" and not mention.locative


def _is_vague(ref: Ref) -> bool:
    return ref.actor_id.startswith("unknown/")  # a generic agent of no known country


def _known(mention: Mention) -> bool:
    return mention.ref is not None and bool(mention.ref.actor_id) and mention.end >= 0
