"""A place hit named after the munitions that hit it: "targeted with shells the town" (private).

Agency copy often puts the munitions first and the place after them: "gunmen targeted
with rocket shells the Hamra neighbourhood", "militants targeted on Sunday with a
number of mortar shells Mira Street". The small model cannot read the place as the
object so late: it hangs it on the munition (as an apposition or a compound) or reads
it as the subject of what follows ("... the Hamra neighbourhood injuring two"). The
phrase that follows the munitions is what was targeted, as in "targeted the Hamra
neighbourhood with rocket shells".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from .eventnouns import is_event_noun
from .frames import Frame
from .landings import is_munition
from .lexicon import TIME_LABELS, word_set
from .recipients import is_place
from .spans import child

__all__ = ["aim_after_arms", "armed_aim_frames"]

# Verbs that aim munitions at a place: "targeted/shelled/attacked with shells X".
_AIMING = word_set("target shell attack hit strike bomb bombard pound")
# Words of a place's phrase: "the village of X", "X Street and the Y neighbourhoods".
_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
_LINKS = word_set("of and")
# Words of the clause the parser may hang on its subject: "said that gunmen targeted".
_CLAUSE_WORDS = word_set("that when as after while because since where whereas and")
_TIMES = word_set("day days week weeks month months year years night morning evening hour hours")


def aim_after_arms(verb: Token) -> list[Span]:
    """Return the place named after the munitions an active ``verb`` aimed, else ``[]``.

    "Gunmen targeted with rocket shells the Hamra neighbourhood injuring two" -> the
    Hamra neighbourhood; "targeted on Sunday with a number of mortar shells Mira Street
    and the Tarsk neighbourhoods in the city" -> Mira Street and the Tarsk
    neighbourhoods. "The town was hit with rockets" (a passive) and "targeted the town
    with rockets" (an object of its own) give ``[]``.
    """
    if verb.lemma_.lower() not in _AIMING or verb.tag_ not in {"VBD", "VBN"}:
        return []
    kids = {k.dep_ for k in verb.children}
    if kids & {"dobj", "nsubjpass", "auxpass"}:
        return []
    with_ = next((k for k in verb.rights if k.dep_ == "prep" and k.lower_ == "with"), None)
    if with_ is None or child(with_, "pobj", "pcomp") is None:
        return []
    # the munitions run from "with" to the last munition word ("a number of rocket shells")
    first = with_.i + 1
    arms = [t for t in verb.doc[first : min(first + 8, verb.sent.end)] if is_munition(t)]
    found = _phrase_after(arms[-1]) if arms else None
    if found is None or _is_time(found.root):
        return []  # "targeted with shells the day before": when, not what
    return [found]


def armed_aim_frames(verb: Token) -> Iterator[Frame]:
    """Yield the attack of a doer whose "targeted with shells X" the parser read as a modifier.

    "Gunmen targeted with rocket shells the Hamra neighbourhood": with no object the
    small model reads "targeted" as a participle on "Gunmen" (gunmen who were targeted);
    the gunmen are the doers and the Hamra neighbourhood the target. "Gunmen posted in
    the hills targeted with shells X": the doer is the noun the first participle
    modifies, not the hills.
    """
    if verb.dep_ != "acl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return
    targets = aim_after_arms(verb)
    if not targets:
        return
    doer = _doer(verb.head)
    if is_place(doer) or is_munition(doer) or is_event_noun(doer):
        return  # "the town targeted with shells the day before" was hit, not hitting
    yield Frame(_doer_span(doer, verb), verb, targets[0], "active")


def _doer_span(doer: Token, verb: Token) -> Span:
    """Return the doer's own words: "Gunmen loyal to the Front", not "that" or "on Friday".

    A participle on the doer ("gunmen positioned in the hills") says where they were,
    not who they are, and is left out, as the clause's own words are ("that", "when",
    hung on the doer through the participle).
    """
    left = min([doer.i] + [k.left_edge.i for k in doer.lefts])
    while left < doer.i and doer.doc[left].lower_ in _CLAUSE_WORDS:
        left += 1
    right = doer.i
    for kid in doer.rights:
        if kid.i >= verb.left_edge.i or kid.dep_ not in {"prep", "amod"}:
            break
        if kid.dep_ == "prep" and _is_time(child(kid, "pobj")):
            break  # "the gunmen on Friday targeted": when, not who
        right = kid.right_edge.i
    return doer.doc[left : max(doer.i + 1, min(right + 1, verb.left_edge.i))]


def _is_time(tok: Token | None) -> bool:
    return tok is not None and (tok.ent_type_ in TIME_LABELS or tok.lower_ in _TIMES)


def _doer(noun: Token) -> Token:
    # "gunmen positioned in the hills", "groups affiliated to the Front" -> the gunmen, groups
    # (the parser may read the first participle as the main verb, its noun the subject)
    for _ in range(3):
        part = noun.head.head
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or part.pos_ not in {"VERB", "ADJ"}:
            break
        subject = child(part, "nsubj") if part.dep_ == "ROOT" else None
        if part.dep_ in {"acl", "amod"}:
            noun = part.head
        elif subject is not None and subject.i < part.i:
            noun = subject
        else:
            break
    return noun


def _phrase_after(arms: Token) -> Span | None:
    """Return the noun phrase right after the munitions, or None (a verb, a preposition)."""
    doc, start, end = arms.doc, arms.i + 1, arms.sent.end
    i = start
    while i < end and (_is_word(doc[i]) or _is_link(doc, i, end)):
        i += 1
    while i > start and doc[i - 1].pos_ not in {"NOUN", "PROPN"}:
        i -= 1  # end on the head noun: "the town and" -> "the town"
    if i < end and doc[i].pos_ in {"VERB", "AUX"} and doc[i].tag_ != "VBG":
        # "with shells the town and the army replied": the words are a new clause's subject
        links = [j for j in range(start, i) if doc[j].lower_ == "and"]
        i = links[-1] if links else start
        while i > start and doc[i - 1].pos_ not in {"NOUN", "PROPN"}:
            i -= 1
    if i == start or doc[start].pos_ not in _PHRASE:
        return None
    return doc[start:i]


def _is_word(tok: Token) -> bool:
    # "al-Neel Street": a hyphen inside a name
    return tok.pos_ in _PHRASE or (tok.text == "-" and tok.whitespace_ == "")


def _is_link(doc: Doc, i: int, end: int) -> bool:
    # "the village of X", "X Street and the Y neighbourhoods"
    return doc[i].lower_ in _LINKS and i + 1 < end and doc[i + 1].pos_ in _PHRASE
