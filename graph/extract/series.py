"""Comma-less lists of counted phrases: "killed a guard a driver and two boys" (private).

Some feeds strip every comma, so a list of victims or of things destroyed reaches the
parser as "a guard a driver and two boys" or "four trucks two tanks and a jeep". The
parser then reads the second member as an apposition of the first (a relation fact "a
guard is a driver"), as a modifier of the next one ("four trucks two tanks" as one
phrase), or as a second object, and hangs the last member on the verb, where no rule
looks for it. A determiner or a count right after a common noun opens a new phrase (no
English noun phrase reads "noun a noun" or "noun two nouns"), so when every member
opens with one ("a", "an", a number) and the list ends in "and X", each member is a
target of its own, as the comma-written list gives. An apposition after a name ("the
YPG a Kurdish militia") or after a definite phrase ("their leader a Saudi national")
opens with no count and stays an apposition. The parser reads "six farmers, a shepherd
and his son" as an apposition too, so a comma between members is allowed. A list that
runs on into who said it ("killed 30 people a monitor medics and rescuers said") is no
list of victims.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import SPEECH_VERBS, TIME_LABELS
from .spans import np_span

# Words a counted first member may open with before its count: "at least 12 soldiers".
_COUNT_PREFIXES = frozenset(
    {"at", "least", "more", "than", "nearly", "about", "around", "almost", "some", "over"}
    | {"up", "to", "approximately", "roughly", "only", "another"}
)
_INDEFINITE = frozenset({"a", "an"})
# Nouns of a span of time: "killed ten people a day" counts days, not victims.
_TIME_NOUNS = frozenset(
    {"second", "minute", "hour", "day", "night", "week", "month", "year", "time", "decade"}
)
_INSIDE_POS = frozenset({"ADJ", "NOUN", "PROPN"})


def series_targets(spans: list[Span]) -> list[Span]:
    """Return ``spans`` with each comma-less list of counted phrases split into its members.

    "destroyed four trucks two tanks and a jeep" -> "four trucks", "two tanks", "a jeep";
    a member some other span already is appears once.
    """
    found: dict[tuple[int, int], Span] = {}
    for span in spans:
        for member in series_members(span) or [span]:
            found.setdefault((member.start, member.end), member)
    return list(found.values())


def series_members(span: Span) -> list[Span]:
    """Return the members of the comma-less list ``span`` opens, or [] when it opens none."""
    doc = span.doc
    start = span.start
    while start < span.end - 1 and doc[start].lower_ in _COUNT_PREFIXES:
        start += 1
    members: list[Span] = []
    i = start
    while i < span.sent.end and _opens(doc[i]):
        end = _member_end(doc[i])
        if end == i + 1 or doc[end - 1].pos_ != "NOUN" or _is_time(doc[end - 1]):
            return []  # "12 people eight of them children": a count, not a member
        members.append(doc[i:end])
        i = end
        if i + 1 < span.sent.end and doc[i].text == "," and _opens(doc[i + 1]):
            i += 1  # the parser also reads "six farmers, a shepherd and ..." as apposition
    if len(members) < 2 or not members[0].start <= span.root.i < members[-1].end:
        return []
    last = _last_member(doc[i]) if i < span.sent.end else None
    if last is None or _is_subject_list([*members, last], span.root.head):
        return []
    members[0] = doc[span.start : members[0].end]  # (the count's prefix stays: "at least")
    return [*members, last]


def is_series_apposition(appos: Token) -> bool:
    """Return whether an apposition is the second member of a comma-less list."""
    # ("a guard a driver and two boys": not "a guard is a driver")
    members = series_members(np_span(appos.head))
    return any(member.start <= appos.i < member.end for member in members[1:])


def _opens(tok: Token) -> bool:
    """Return whether ``tok`` opens a counted member: "a", "an" or a count."""
    if tok.ent_type_ in TIME_LABELS:
        return False
    return tok.lower_ in _INDEFINITE or (tok.tag_ == "CD" and tok.dep_ == "nummod")


def _member_end(opener: Token) -> int:
    """Return the index after the member ``opener`` opens: its modifiers and nouns."""
    # (a next "a" or count is no modifier or noun, so it opens the next member)
    doc = opener.doc
    j = opener.i + 1
    while j < opener.sent.end and (doc[j].pos_ in _INSIDE_POS or doc[j].text == "-"):
        j += 1
    return j


def _last_member(word: Token) -> Span | None:
    """Return the member after the list's closing "and", or None when it ends otherwise."""
    if word.text == "," and word.i + 1 < word.sent.end:
        word = word.doc[word.i + 1]  # a serial comma: "a cook, and two drivers"
    if word.lower_ != "and" or word.i + 1 >= word.sent.end:
        return None
    noun = next(
        (
            tok
            for tok in word.doc[word.i + 1 : word.sent.end]
            if tok.pos_ in {"NOUN", "PROPN"}
            and (tok.dep_ == "conj" or tok.dep_ == "nsubj" and _has_speaker_after(tok.head))
        ),
        None,
    )
    if noun is None or noun.left_edge.i != word.i + 1 or _is_time(noun):
        return None
    return np_span(noun)


def _is_subject_list(members: list[Span], verb_of_list: Token) -> bool:
    """Return whether the phrases are the subject of a verb after them: who said it."""
    # "killed 30 people a monitor medics and rescue workers said": the parser cut the
    # victims from the speakers the text ran on to; "... and two guards said the
    # monitor" puts the speaker after the verb, so the list stays the victims.
    doc = members[-1].doc
    verb = next((t for t in doc[members[-1].end : members[-1].sent.end] if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    if _speaks_for(verb, verb_of_list, members[-1]):
        return True
    if _has_speaker_after(verb):
        return False
    # (a subject further on is someone else: "and a stadium after midnight a reporter said")
    end = members[-1].end
    return any(k.dep_ == "nsubj" and members[0].start <= k.i <= end for k in verb.children)


def _speaks_for(verb: Token, verb_of_list: Token, last: Span) -> bool:
    """Return whether a subjectless speech verb reports the list's own clause.

    "arrested 12 people a spokesman and two officials said": the parser makes the arrest
    the complement of "said" (or "said" a second verb of the arrest) and leaves "said"
    with no subject, so the list's last members are who said it.
    """
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.i < verb_of_list.i:
        return False
    if last.root.i != verb.i - 1:
        return False  # "... and a market in Vell town rebels said": the speakers end a place
    if any(k.dep_ in {"nsubj", "nsubjpass"} for k in verb.children) or _has_speaker_after(verb):
        return False  # "... and two drivers said the governor": the speaker follows
    reports = verb_of_list.dep_ == "ccomp" and verb_of_list.head == verb
    joined = verb.dep_ in {"conj", "advcl", "ccomp"} and verb.head == verb_of_list
    return reports or joined


def _has_speaker_after(verb: Token) -> bool:
    """Return whether a verb names who speaks after it: "... said the police chief"."""
    # (the object of "told" is who was told: "... two aides told reporters")
    deps = {"nsubj"} if verb.lemma_.lower() == "tell" else {"nsubj", "dobj"}
    return any(k.dep_ in deps and k.i > verb.i for k in verb.children)


def _is_time(noun: Token) -> bool:
    return noun.ent_type_ in TIME_LABELS or noun.lemma_.lower() in _TIME_NOUNS
