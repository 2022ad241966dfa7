"""Surface spans on a spaCy parse: noun phrases, verb groups, clause links (private)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..parse.commas import has_comma_before
from .appositelists import listed_after
from .edges import ends_phrase, partner, unquoted
from .hyphens import hyphen_joined
from .lexicon import MONTHS, TIME_LABELS, WEEKDAYS
from .oflists import is_of_list_member
from .sharedof import is_shared_conjunct, owned_of, shared_of, shared_owner_end
from .stolensubjects import NOMINAL_POS, SUBJECT_DEPS, subjectless_verb_after

# Dependents that end a noun phrase when they follow its head: clauses,
# appositions, punctuation and coordination are not part of an argument span.
_CUT_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "parataxis"})
_EDGE_DEPS = frozenset({"punct", "cc", "preconj", "mark"})
_CORRELATIVES = frozenset({"neither", "either"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom", "whose"})
# A time phrase after a noun says when, not who: "government forces on Sunday captured".
_TIME_PREPS = frozenset({"on", "in", "at", "during", "since", "until", "before", "after"})
_DAY_PARTS = frozenset(
    {"today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "dawn"}
    | {"dusk", "weekend"}
)
_TIME_WORDS = WEEKDAYS | MONTHS | _DAY_PARTS


def np_span(tok: Token, *, start: int | None = None) -> Span:
    """Return the contiguous noun phrase headed by ``tok``.

    Left dependents are kept; right dependents are kept up to the first
    relative clause, apposition, comma or conjunct ("the city, which ..." ->
    "the city"). Leading and trailing punctuation, conjunctions and
    correlative words ("neither Hamas" -> "Hamas") are trimmed.

    Args:
        tok: The phrase head.
        start: Force the span to start at this token index (agent compounds).
    """
    left = tok.left_edge.i if start is None else start
    right = tok.i
    rights = list(tok.rights)
    shared = shared_of(tok)
    owned_end = shared_owner_end(tok)
    for n, kid in enumerate(rights):
        if shared is not None and kid.i < shared.i:
            # "depots and trucks of the militia": one phrase (see sharedof).
            right = _right_end(kid)
            continue
        if owned_end is not None:
            if kid.i > owned_end:
                break  # a phrase after the list is the clause's, hung on the first head
            right = np_span(kid).end - 1  # "their arms and ammo": one phrase (sharedof)
            continue
        if is_region_apposition(kid) or (
            kid.text == "," and n + 1 < len(rights) and is_region_apposition(rights[n + 1])
        ):
            # "Salt Lake City, Utah" names one place: the region stays in the phrase.
            right = _right_end(kid)
            continue
        # "a raid in Aden": the place is the event's location, not part of the phrase;
        # a comma the text lost ends it too ("30 others[,] including two nurses").
        if (
            kid.dep_ in _CUT_DEPS
            or ends_phrase(kid)
            or is_time_phrase(kid)
            or has_comma_before(kid.left_edge)
        ):
            break
        right = _right_end(kid)
    if (own := owned_of(tok)) is not None and right == tok.right_edge.i:
        right = _right_end(own)  # "two guards and members of X": the members' phrase
    doc = tok.doc
    left, right = unquoted(doc, tok.i, left, right)
    left, right = hyphen_joined(doc, left, right)
    while left < right and (_is_edge(doc[left]) or _is_misread_relative(doc[left])):
        left += 1
    while right > left and (_is_edge(doc[right]) or _is_dangling(doc[right])):
        right -= 1
    return doc[left : right + 1]


def is_time_phrase(kid: Token) -> bool:
    """Return whether a noun's right dependent says when: "on Tuesday", "in May", "Friday"."""
    # "Units of the army on Tuesday stormed the town": the time belongs to the clause
    # (the parser hangs it on the noun before the verb), not to who acted.
    if kid.dep_ == "npadvmod":
        return kid.ent_type_ in TIME_LABELS or kid.lower_ in _TIME_WORDS
    if kid.dep_ != "prep" or kid.lower_ not in _TIME_PREPS:
        return False
    pobj = child(kid, "pobj")
    return pobj is not None and (pobj.ent_type_ in TIME_LABELS or pobj.lower_ in _TIME_WORDS)


def _is_misread_relative(tok: Token) -> bool:
    """Return whether ``tok`` is a relative pronoun the parser read as the subject's article.

    "the town which rebels took": without a comma the parser may make "which" the
    determiner of "rebels" (the subject of the relative clause); it is no part of who
    acted, nor is a "which" after a noun whatever the parser made of its verb ("the town
    which rebels have been pushing towards"). An indirect question keeps it: "it is not
    known which jets struck".
    """
    before = [t for t in tok.doc[max(tok.i - 2, 0) : tok.i] if t.text != ","][-1:]
    after_noun = tok.lower_ == "which" and any(t.pos_ in {"NOUN", "PROPN"} for t in before)
    relative = tok.head.head.dep_ == "relcl" or after_noun
    misread = tok.lower_ in {"which", "that"} and tok.tag_ == "WDT" and tok.dep_ in {"det", "nmod"}
    return misread and relative and tok.head.dep_ in SUBJECT_DEPS


def _is_dangling(tok: Token) -> bool:
    # a preposition or possessive marker that ends a phrase without its object:
    # "a clash over (who ...)", "the coalition's"; its object may also be cut off by
    # a quotation or a place ("dismissed his remarks as "hysteria"", "factions from
    # across the country"): a preposition that ends a span never has its object in it.
    return tok.pos_ in {"ADP", "PART"} and tok.dep_ in {"prt", "prep", "case"}


def is_region_apposition(appos: Token) -> bool:
    """Return whether ``appos`` is the region of the place it follows: "Hoboken, New Jersey"."""
    return (
        appos.dep_ == "appos"
        and appos.ent_type_ in {"GPE", "LOC"}
        and appos.head.ent_type_ in {"GPE", "LOC"}
        and appos.left_edge.i == appos.head.i + 2
        and appos.doc[appos.head.i + 1].text == ","
    )


def without_region(span: Span) -> Span:
    """Return a place phrase without its region: "Homs, Syria" -> "Homs" (for place lookup)."""
    for tok in span:
        if is_region_apposition(tok) and tok.head.i >= span.start:
            return span.doc[span.start : tok.head.i + 1]
    return span


def _right_end(tok: Token) -> int:
    """Return the last token index of ``tok``'s phrase, cut before clauses at any depth.

    A place phrase deep in the phrase ends it too: "dozens of fighters in the town of
    X" -> "dozens of fighters" (the place is the event's location, see setting.py), and
    so do a gerund clause ("the village of X killing two", the parser's reading of an
    adjunct; "the rebels of using gas") and the event it happened in ("69 civilians in
    shelling"): see :func:`graph.extract.edges.ends_phrase`. An "of" list stays (oflists).
    """
    right = tok.i
    shared = shared_of(tok)
    for kid in tok.rights:
        cut = kid.dep_ in _CUT_DEPS and not is_of_list_member(kid)
        cut = cut and (shared is None or kid.i > shared.i)
        if cut or ends_phrase(kid) or is_time_phrase(kid):
            break
        right = _right_end(kid)
    return right


def _is_edge(tok: Token) -> bool:
    return tok.dep_ in _EDGE_DEPS or tok.is_punct or tok.is_space or tok.lower_ in _CORRELATIVES


def conjuncts(tok: Token, *, before: int | None = None) -> Iterator[Token]:
    """Yield ``tok`` and the heads it is coordinated with ("X, Y and Z").

    Args:
        tok: The first conjunct.
        before: Only conjuncts left of this token index (a relative clause
            follows its antecedents).
    """
    yield tok
    for kid in tok.children:
        joined = partner(kid, tok) if kid.dep_ == "prep" and kid.i > tok.i else None
        if joined is not None:
            # "Moscow along with Tehran": the partner acts too (see edges.partner).
            yield from conjuncts(joined, before=before)
        elif listed := listed_after(kid):  # "France Britain the US and Italy" (appositelists)
            for nxt in listed:
                yield from conjuncts(nxt, before=before)
        elif (
            kid.dep_ == "conj"
            and kid.pos_ in NOMINAL_POS
            and not is_shared_conjunct(kid)  # "depots and trucks of X": one phrase
            and (before is None or kid.i < before)
            and subjectless_verb_after(kid) is None
        ):
            yield from conjuncts(kid, before=before)


def raised_passive_subject(verb: Token) -> Token | None:
    """Return the passive subject of ``verb``, or of the passive it is the infinitive of.

    "the raid was carried out" -> raid; "the raid was believed to have been carried out"
    -> raid (the subject is the believing verb's).
    """
    own = child(verb, "nsubjpass")
    if own is None and verb.dep_ == "xcomp" and child(verb, "auxpass") is not None:
        return child(verb.head, "nsubjpass")
    return own


def child(tok: Token, *deps: str) -> Token | None:
    """Return the first child of ``tok`` with one of ``deps``."""
    if not (tok.n_lefts or tok.n_rights):
        return None  # a leaf: its (empty) children cost three generators to walk
    for kid in tok.children:
        if kid.dep_ in deps:
            return kid
    return None


def clause_head(tok: Token) -> Token:
    """Return the verb a complement hangs from ("was right not to go" -> "was")."""
    while tok.pos_ == "ADJ" and tok.dep_ in {"acomp", "amod", "attr"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def antecedent(verb: Token) -> Token:
    """Return the noun a relative clause modifies.

    A country or town inside a prepositional phrase of a noun is rarely what
    the clause describes: "the bombing across Syria, which has killed ..."
    climbs to "bombing".
    """
    noun = verb.head
    if noun.pos_ not in NOMINAL_POS:
        return verb
    if noun.ent_type_ == "GPE" and noun.dep_ == "pobj" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        return noun.head.head
    return noun


def is_relative(tok: Token) -> bool:
    """Return whether ``tok`` is a relative pronoun of its clause."""
    if tok.lower_ == "that" and tok.dep_ in SUBJECT_DEPS | {"dobj"}:
        # the tagger may call a relative "that" a conjunction: "the town that rebels took".
        return tok.head.dep_ == "relcl"
    return tok.lower_ in RELATIVE_PRONOUNS and tok.tag_ in {"WDT", "WP", "WP$"}


def join_tokens(toks: list[Token]) -> str:
    """Join tokens in sentence order, keeping the text's own spacing between neighbours."""
    ordered = sorted(set(toks), key=lambda t: t.i)
    parts: list[str] = []
    for prev, tok in zip([None, *ordered[:-1]], ordered, strict=True):
        if prev is not None:
            parts.append(prev.whitespace_ if tok.i == prev.i + 1 else " ")
        parts.append(tok.text)
    return "".join(parts).strip()


def verb_group(verb: Token) -> list[Token]:
    """Return the auxiliaries and negation of ``verb`` with the adverbs among them.

    "has once again turned" -> has, once, again.
    """
    aux = [k for k in verb.lefts if k.dep_ in {"aux", "auxpass", "neg"}]
    if not aux:
        return []
    first = min(t.i for t in aux)
    between = verb.doc[first : verb.i]
    return aux + [t for t in between if t.pos_ in {"ADV", "PART", "AUX"} and t.dep_ != "mark"]
