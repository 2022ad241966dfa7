"""Where and when a clause happens: places, "there", dates (private to extract)."""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from spacy.tokens import Doc, Span, Token

from .clauses import governor
from .credit import according_source, attribution
from .docwords import find_words
from .lexicon import LOCATION_PREPS, PLACE_LABELS, PLACE_NOUNS, TIME_LABELS, WEEKDAYS
from .spans import antecedent, child, np_span, without_region

_STOP_DEPS = frozenset({"ccomp", "relcl", "nsubj", "nsubjpass", "csubj", "parataxis", "mark"})


def in_clause(tok: Token, verb: Token) -> bool:
    """Return whether ``tok`` belongs to ``verb``'s clause.

    The path up from ``tok`` must reach ``verb`` without passing a subject or an
    embedded clause (relative, reported, paratactic) nor a conjoined verb.
    """
    for _ in range(32):
        if tok.i == verb.i:
            return True
        if tok.dep_ in _STOP_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i != verb.i and tok.pos_ in {"VERB", "AUX"} and tok.dep_ in {"conj", "ccomp"}:
            return False
    return False


Setting = tuple[str, str, str, str]


class DocContext:
    """Per-document state: places named so far (for "there") and per-clause caches."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # spaCy joins every token again on each access
        self._settings: dict[int, Setting] = {}
        self._credits: dict[int, str] = {}
        self._named: tuple[list[Span], list[Span]] | None = None
        # The words the rules start from: verb forms and appositions (candidates),
        # and the words that can give a clause its place, time or source.
        words = find_words(doc)
        self.candidates = words.candidates
        self._place_words = words.places
        self._time_words = words.times
        self._according: dict[int, str] = {}
        for i in words.according:
            tok = doc[i]
            self._according.setdefault(tok.head.i, according_source(tok))

    def credit(self, verb: Token) -> str:
        """Return :func:`attribution` of a clause, cached per token."""
        known = self._credits.get(verb.i)
        if known is None:
            known = self._credits[verb.i] = attribution(verb, self._according)
        return known

    def setting(self, verb: Token) -> Setting:
        """Return ``(place, place phrase, time, time phrase)`` of a clause.

        A clause without its own place or time takes its governor's ("struck
        depots in Idlib on Sunday, targeting supplies"). Results are cached per
        token, so every clause of the document is walked once.
        """
        known = self._settings.get(verb.i)
        if known is None:
            doc = verb.doc
            lo, hi = verb.left_edge.i, verb.right_edge.i + 1
            places = self._place_words[
                bisect_left(self._place_words, lo) : bisect_left(self._place_words, hi)
            ]
            times = self._time_words[
                bisect_left(self._time_words, lo) : bisect_left(self._time_words, hi)
            ]
            near = sorted(places, key=lambda i: abs(i - verb.i))
            place = _own_place(verb, [doc[i] for i in near if i != verb.i], self)
            when = _own_time([doc[i] for i in times if i != verb.i and in_clause(doc[i], verb)])
            head = governor(verb)
            if head is not None and head.i != verb.i and not (place[0] and when[0]):
                inherited = self.setting(head)
                place = place if place[0] else inherited[:2]
                when = when if when[0] else inherited[2:]
            known = (*place, *when)
            self._settings[verb.i] = known
        return known

    def before(self, index: int) -> str:
        """Return the last place named before token ``index`` ("" when none)."""
        if self._named is None:
            self._named = _named_places(self.doc)
        for spans in self._named:
            pos = bisect_left([span.end for span in spans], index + 1)
            if pos:
                return spans[pos - 1].text
        return ""


def _named_places(doc: Doc) -> tuple[list[Span], list[Span]]:
    """Return the places a document names, towns and countries first, all of them second.

    Towns and countries, and names after "in"/"at", are what "there" usually
    points at; rivers and regions only when no such place was named.
    """
    first: list[Span] = []
    other: list[Span] = []
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS and _is_place_use(ent):
            (first if ent.label_ == "GPE" else other).append(ent)
    for tok in doc:
        if tok.dep_ == "pobj" and tok.pos_ == "PROPN" and tok.ent_type_ not in PLACE_LABELS:
            span = _place_of(tok) if tok.head.lower_ in LOCATION_PREPS else None
            if span is not None:
                first.append(without_region(span))
    key = attrgetter("end")
    return sorted(first, key=key), sorted(first + other, key=key)


def _is_place_use(ent: Span) -> bool:
    """Return whether a place name is used as a place, not as an actor ("the US said")."""
    root = ent.root
    if root.dep_ in {"nsubj", "nsubjpass"}:
        return root.head.lemma_ == "be"
    return root.dep_ not in {"compound", "npadvmod", "poss", "amod", "nmod"}


def _place_of(pobj: Token) -> Span | None:
    label = pobj.ent_type_
    if label in PLACE_LABELS or (not label and pobj.lemma_.lower() in PLACE_NOUNS):
        return np_span(pobj)
    # the small model often tags a town after "in" as an organisation or a nationality
    if pobj.pos_ == "PROPN" and pobj.head.lower_ in {"in", "at"} and label in {"", "ORG", "NORP"}:
        return np_span(pobj)
    return None


def _own_place(verb: Token, toks: list[Token], places: DocContext) -> tuple[str, str]:
    """Return ``(place, phrase)``: where a clause happens, and its prepositional phrase.

    ``toks`` are the document's place-like words inside ``verb``'s subtree,
    nearest first; only those in the clause itself count.
    """
    for tok in toks:
        if not in_clause(tok, verb):
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATION_PREPS:
            span = _place_of(tok)
            if span is not None:
                return without_region(span).text, tok.doc[tok.head.i : span.end].text
        if tok.lower_ in {"there", "here"} and tok.dep_ == "advmod":
            place = places.before(tok.i)
            if place:
                return place, tok.text
    where = _where_antecedent(verb)
    if where is not None:
        # "the valley, where officials believe the group has moved its leaders".
        return np_span(where).text, ""
    if verb.dep_ == "relcl":
        # "the shelling across the north, which killed ..." happened across the north.
        return _phrase_place(antecedent(verb))
    subj = child(verb, "nsubj", "nsubjpass")
    if subj is not None:
        # "the offensive in Kharkiv killed dozens" happened in Kharkiv.
        return _phrase_place(subj)
    return "", ""


def _where_antecedent(verb: Token) -> Token | None:
    """Return the place a "where" clause (or a clause reported inside one) describes."""
    for _ in range(4):
        if verb.dep_ == "relcl" and any(k.lower_ == "where" for k in verb.children):
            place = verb.head
            # "the valley, an area where ...": the named place, not the generic appositive
            return place.head if place.dep_ == "appos" else place
        if verb.dep_ not in {"ccomp", "conj"}:
            return None
        verb = verb.head
    return None


def _phrase_place(noun: Token) -> tuple[str, str]:
    for tok in noun.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATION_PREPS:
            span = _place_of(tok)
            if span is not None:
                return without_region(span).text, tok.doc[tok.head.i : span.end].text
    return "", ""


def _own_time(toks: list[Token]) -> tuple[str, str]:
    """Return ``(time, phrase)``: a date or time expression of the clause, with its preposition."""
    for tok in toks:
        if tok.ent_type_ in TIME_LABELS or tok.lower_ in WEEKDAYS:
            ent = _entity(tok)
            phrase = ent
            if ent.root.dep_ == "pobj":
                phrase = tok.doc[ent.root.head.i : ent.end]
            return ent.text, phrase.text
    return "", ""


def _entity(tok: Token) -> Span:
    doc = tok.doc
    if not tok.ent_type_:
        return doc[tok.i : tok.i + 1]
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]
