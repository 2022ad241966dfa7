"""A fronted phrase glued onto the subject after it, its comma lost (private).

"In the same vein army units shelled the depot", "In Karvan city units of the guard
stormed the hill", "Near Karvan government forces laid siege": without the comma the
parser reads the fronted phrase's noun and the subject as one phrase (the subject as the
object of "In", or the place as the subject's compound, leaving "In" with no object).
Who acted starts after the phrase's last noun, at the words that name a doer: "army
units", "units of the guard", "government forces".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import PLACE_LABELS, TIME_LABELS

__all__ = ["after_lead_in"]

# Prepositions of a fronted phrase that says where, when or in what setting.
_FRONT_PREPS = frozenset(
    {"in", "at", "on", "near", "across", "inside", "outside", "around", "amid", "during"}
    | {"after", "throughout", "within", "along"}
)
_SETTING_LABELS = PLACE_LABELS | TIME_LABELS
_DOER_LABELS = frozenset({"ORG", "NORP", "PERSON"})
# A setting's noun the tagger reads as an adjective: "In the meantime".
_SETTING_WORDS = frozenset({"meantime"})
# Nouns of a doer no lexicon lists as one: "state television" (the state's).
_DOER_WORDS = frozenset({"state"})


def after_lead_in(span: Span, root: Token) -> int:
    """Return where who acted starts after a fronted phrase read into ``span``.

    "the same vein army units" (after "In") -> "army units"; "Karvan city units of the
    guard" -> "units of the guard". The span must follow the sentence's opening
    preposition, which has no object or has it inside the span; a span that names no
    doer after the phrase's noun ("In Karvan Bilad", a place only) stays as it is.
    """
    doc = span.doc
    first = span.sent.start
    prep = doc[first]
    if prep.lower_ not in _FRONT_PREPS or not first <= span.start <= first + 2:
        return span.start
    # the phrase starts right after the preposition, or takes it in ("Near" read as a name)
    if root.left_edge.i > first + 1 or root.i <= first + 1:
        return span.start
    objects = [kid for kid in prep.children if kid.dep_ == "pobj"]
    if any(not span.start <= kid.i < span.end for kid in objects):
        return span.start  # "In Karvan(,) rebels shelled X", parsed right
    # "Near Karvan government forces": a preposition the tagger read as a name; its
    # object is the name right after it.
    misread = span.start == first and doc[first + 1].pos_ == "PROPN"
    setting = first + 1 if misread else -1
    for tok in doc[setting + 1 if misread else first + 1 : root.i]:
        if tok.pos_ == "NUM":
            continue  # a date's day or a count: "On May 5 20 fighters" (see actorspan)
        if _is_setting(tok):
            setting = tok.i  # "context", "city", "Karvan", "the morning"
        elif _names_doer(tok):
            break
    name = root.i
    while name > first + 1 and doc[name].ent_iob_ == "I":
        name -= 1  # never into the doer's own name: "In Karvan Bilad Guard"
    return max(setting + 1, span.start) if 0 <= setting < name else span.start


def _is_setting(tok: Token) -> bool:
    """Return whether a word is the fronted phrase's: a place, a time, a noun of no doer."""
    if tok.ent_type_ in _SETTING_LABELS or tok.lower_ in _SETTING_WORDS:
        return True
    return tok.pos_ == "NOUN" and not _names_doer(tok)


def _names_doer(tok: Token) -> bool:
    """Return whether a word can name who acted: "army", "units", "Russian", "jets"."""
    from .agentnouns import is_agent_noun, is_means_noun  # (agentnouns reads owners: spans)

    if tok.ent_type_ in _SETTING_LABELS:
        return False
    if tok.ent_type_ in _DOER_LABELS or tok.pos_ == "PROPN":
        return True
    if tok.pos_ != "NOUN":
        return False
    return tok.lower_ in _DOER_WORDS or is_agent_noun(tok.lower_) or is_means_noun(tok.lower_)
