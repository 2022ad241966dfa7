"""An actor span names who acted, not where, when or on whose word (private).

The parser hangs phrases of the clause on the subject noun before the verb, more so in
copy without commas: "terrorists on the Camp neighbourhood fired a shell" (where),
"Since mid-May militia rockets have hit villages" (when), "the attacks according to the
source claimed two lives" (on whose word). Those phrases belong to the event's place,
time and attribution (normalisation still reads a place after an agent to find whose
it is: "police in Baghdad"); the actor span ends before them and starts after a date.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .appositelists import is_listed_apposition
from .counttags import after_count_tag
from .edges import SITE_NOUNS
from .gluedevents import after_event_noun
from .headlineverbs import before_headline_verb
from .leadins import after_lead_in
from .lexicon import EVENT_NOUNS, MONTHS, PLACE_LABELS, PLACE_NOUNS, TIME_LABELS, WEEKDAYS

__all__ = ["actor_span", "before_target", "glued_name"]

_YEAR = re.compile(r"(19|20)\d\d")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_DASHES = frozenset({"-", "–", "—", "--"})
# Dates written with digits only: "24.08.2013", "03/10/2017", "022015".
_NUMERIC_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{6,8}")

# Prepositions of a place phrase after someone: "militants in the old city".
_PLACE_PREPS = frozenset(
    {"in", "on", "near", "at", "around", "outside", "inside", "across", "throughout", "within"}
)
# Nouns of a stretch of ground named by what it lies near: "in the vicinity of the airport".
_AREA_NOUNS = frozenset(
    {"vicinity", "outskirts", "area", "areas", "environs", "surroundings", "north", "south"}
    | {"east", "west", "northeast", "northwest", "southeast", "southwest", "centre", "center"}
)
# Names of people and groups: a phrase of such a name is no place ("the envoy in Syria X").
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def actor_span(span: Span) -> Span:
    """Return ``span`` without a place phrase, a source phrase or a date around its head.

    "ISIS fighters in the vicinity of the airport" -> "ISIS fighters"; "the attacks
    according to the source" -> "the attacks"; "mid-May militia rockets" -> "militia
    rockets". Names keep their words ("Al-Qaeda in Iraq", "the Red Cross in Geneva"
    written as one name); a span that would be left empty is kept as it is.
    """
    root = span.root
    end = span.end
    for tok in span:
        if tok.i > root.i and tok.head.i >= span.start and _cuts(tok):
            end = tok.i
            break
    if any(t.lower_ == "by" and t.dep_ in {"prep", "agent"} for t in span.doc[end : span.end]):
        # "strikes in the north overnight by a French-led alliance": who struck comes after.
        end = span.end
    end = min(end, before_headline_verb(span, root))  # "Velnian Army Advances (Kills ...)"
    start = max(_after_preamble(span, root, end), _own_name_start(span, root))
    start = max(start, _after_attack(span, root), after_event_noun(span, root))
    start = max(start, after_lead_in(span, root))  # "In the same vein army units"
    dated = span.doc[span.start : start]
    if any(t.dep_ in {"poss", "case"} for t in dated) or span.doc[start].dep_ in {"case", "prep"}:
        start = span.start  # "last night's raid": the date owns the noun
    if start < end:
        start = after_count_tag(span.doc[start:end])  # "Kosti 20 civilians" (were killed)
    return span.doc[start:end] if start < end else span


def before_target(actor: Span, target: Span | None) -> Span:
    """Return ``actor`` cut before the target phrase the parser hung on it.

    "crimes committed by the militia against the villagers" may be parsed with
    "against the villagers" on "the militia": the villagers are the target, so the
    actor is "the militia".
    """
    if target is None or not actor.start < target.start < actor.end:
        return actor
    prep = actor.doc[target.start - 1]
    if target.end > actor.end or prep.dep_ != "prep" or prep.head.i != actor.root.i:
        return actor
    return actor.doc[actor.start : prep.i]


def _own_name_start(span: Span, root: Token) -> int:
    """Return where the root's own name starts after another name glued before it.

    "Caracas Havana" (the end of "a patron of the junta in Caracas Havana"):
    two names side by side are two phrases; the actor is the second. A name that
    opens a list ("a pact brokered by Norway Sweden and Finland") is its first member.
    """
    if root.pos_ != "PROPN" or root.ent_type_ not in _NAME_LABELS or root.dep_ != "pobj":
        return span.start  # ("Russia Iran and Turkey agreed": a list, split later)
    # (its next name may hang on it as an apposition: "by Norway Sweden the US and Chile")
    listed = any(kid.dep_ == "conj" or is_listed_apposition(kid) for kid in root.children)
    if listed and root.head.lower_ not in _PLACE_PREPS and _states_only(span, root):
        return span.start  # "set up by Norway Sweden and Finland": a list too
    start = root.i
    while start > span.start and span.doc[start].ent_iob_ == "I":
        start -= 1
    before = span.doc[start - 1] if start > span.start else None
    if before is None or before.pos_ != "PROPN" or not before.ent_type_:
        return span.start
    return start


def _states_only(span: Span, root: Token) -> bool:
    """Return whether all of ``span`` up to ``root`` is state names ("the US Britain").

    Only such a run is a list member glued to the next one (split in normalize); in
    "carried out by Damascus Hezbollah and Iran" the place before the group is cut.
    """
    words = [t for t in span.doc[span.start : root.i + 1] if t.lower_ != "the"]
    return all(t.ent_type_ == "GPE" and t.pos_ == "PROPN" for t in words)


def _after_preamble(span: Span, root: Token, end: int) -> int:
    """Return where who acted starts after a date or "according to X"."""
    # "04.03.2019 state media", "According to the agency several raids":
    # copy glued before the subject.
    start = span.start
    if _is_date_word(root):
        return start  # "Three days of heavy bombardment" is a span of the attack
    first = span.doc[start]
    if first.pos_ == "ADP" and start + 1 < root.i and _is_date_word(span.doc[start + 1]):
        start += 1  # "On Sunday the UN envoy", a fronted time read into the subject
    while start < min(end, root.i):
        tok = span.doc[start]
        if tok.lower_ == "according" and tok.right_edge.i < root.i:
            start = tok.right_edge.i + 1
        elif _is_date_word(tok) or (start > span.start and tok.is_punct):
            start += 1
        elif _is_credit(tok, root):
            start += 2  # "REUTERS - Twin car bombs killed ...": a wire credit
        else:
            break
    return start


def _is_credit(tok: Token, root: Token) -> bool:
    """Return whether ``tok`` is a wire credit in capitals before a dash: "AGENCY - ..."."""
    dash = tok.doc[tok.i + 1] if tok.i + 1 < root.i else None
    if dash is None or dash.text not in _DASHES or not (tok.whitespace_ and dash.whitespace_):
        return False  # ("US-led": a compound, not a credit)
    return tok.is_upper and len(tok.text) > 1


def _after_attack(span: Span, root: Token) -> int:
    """Return where who acted starts after an attack glued before them.

    "In retaliation for the army shelling rebels fired rockets": without the comma the
    parser reads the fronted phrase's attack into the subject; the subject is "rebels".
    """
    from .agentnouns import is_agent_noun  # (agentnouns reads owners, which use spans)

    if root.pos_ != "NOUN" or not is_agent_noun(root.lower_):
        return span.start
    for tok in reversed(span.doc[span.start : root.i]):
        if tok.lower_.endswith("ing") and tok.lower_ in EVENT_NOUNS:
            return tok.i + 1
    return span.start


def _cuts(tok: Token) -> bool:
    """Return whether a phrase opened by ``tok`` is no part of who acted."""
    if tok.lower_ == "according" and tok.dep_ in {"prep", "advcl", "acl"}:
        return True
    if tok.dep_ != "prep" or tok.lower_ not in _PLACE_PREPS or tok.ent_type_:
        return False
    from .eventnouns import is_event_noun  # (eventnouns builds frames, which use this module)

    if tok.lower_ == "on" and is_event_noun(tok.head):
        return False  # "the raids on the camp": what an attack is on is its target
    pobj = next((k for k in tok.children if k.dep_ == "pobj"), None)
    return pobj is not None and _is_place(pobj)


def _is_place(noun: Token) -> bool:
    """Return whether a preposition's object names a place ("Idlib", "the old city")."""
    if noun.ent_type_ in _ACTOR_LABELS:
        # "militants in Jabal al-Turkman": a name right after "in" is a place, whatever
        # the tagger says; "the envoy in Ruritania Jan Novak" names the envoy after the place.
        first = noun.doc[noun.head.i + 1]
        one_name = all(t.ent_iob_ == "I" for t in noun.doc[first.i + 1 : noun.i + 1])
        return noun.ent_type_ == "PERSON" and first.ent_iob_ == "B" and one_name
    if noun.ent_type_ in PLACE_LABELS:
        return True
    lemma = noun.lemma_.lower()
    if lemma in PLACE_NOUNS | SITE_NOUNS or noun.lower_ in _AREA_NOUNS:
        return True
    # a name the tagger left unlabelled after a place preposition: "in Jabal al-Turkman".
    return noun.pos_ == "PROPN" and not noun.ent_type_


def _is_date_word(tok: Token) -> bool:
    """Return whether ``tok`` belongs to a date before the actor ("mid-January", "Sunday")."""
    if _NUMERIC_DATE.fullmatch(tok.text):
        return True
    if tok.pos_ == "ADJ" and tok.lower_ not in MONTHS:
        return False  # how often, not when: "daily bombardment", "weekly raids"
    if tok.dep_ == "nummod" and not _YEAR.fullmatch(tok.text):
        # a count the tagger reads as a date ("13000 residents", "three bombers"), but the
        # day or clock time of a date glued before the subject is part of that date.
        return _is_day_or_clock(tok)
    if tok.ent_type_ in TIME_LABELS:
        return True
    return tok.lower_ in MONTHS | WEEKDAYS


def _is_day_or_clock(tok: Token) -> bool:
    """Return whether a number is a date's day or a clock time: "March 14 2019", "10:07"."""
    if _CLOCK.fullmatch(tok.text):
        return True
    if not (tok.text.isdecimal() and 1 <= int(tok.text) <= 31):
        return False
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    before = doc[tok.i - 1] if tok.i > 0 else None
    by_year = after is not None and _YEAR.fullmatch(after.text) is not None
    if by_year or before is None or before.like_num:
        return by_year
    # after a month only a day followed by more of the date ("On May 5 20 fighters": a count
    # comes next; "10:07") is the day: "In June 12 gunmen" or "On Friday 9 medics" count.
    # "May" is no month word (the verb), but the tagger dates it.
    dated = before.lower_ in MONTHS or before.ent_type_ in TIME_LABELS
    return (
        dated and after is not None and (after.like_num or _CLOCK.fullmatch(after.text) is not None)
    )


_NAME_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP"})


def glued_name(subj: Token, verb: Token) -> Token | None:
    """Return the name that ends a described subject without its commas, or None.

    "A loyal patron of the junta in Caracas Havana stepped up its help":
    the description ends in a place, and the name glued after it right before the verb
    ("Havana") is who the description is about.
    """
    last = subj.right_edge
    if subj.pos_ != "NOUN" or subj.ent_type_ or last.i <= subj.i:
        return None
    between = subj.doc[last.i + 1 : verb.i]
    if any(t.dep_ not in {"aux", "neg", "advmod"} for t in between):
        return None
    if last.pos_ != "PROPN" or last.ent_type_ not in _NAME_LABELS:
        return None
    start = last.i
    while start > subj.i and subj.doc[start].ent_iob_ == "I":
        start -= 1
    before = subj.doc[start - 1]
    # the name follows another name directly ("in Damascus Moscow"): two phrases, glued
    glued = before.pos_ == "PROPN" and before.ent_type_ in _NAME_LABELS | {"LOC", "FAC"}
    return last if glued and before.i > subj.i else None
