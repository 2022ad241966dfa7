"""Targets of a military operation named by a noun, from the noun's own phrase (private).

"Kurdish forces continued their advance in the centre of Raqqa against Daesh", "rebels
made deep incursions into the capital", "rebels mounted a major Hama offensive", "the
militants launched their largest offensive in Iraq": the operation noun names whom or
where it went, though the parser hangs the phrase on a place inside the noun's own
phrase, or on the light verb. A side ("against X", "into X") comes first; only when
none is named does the place stand as the target: a name set before the noun ("a Hama
offensive") or an "in" phrase that names a place ("in Iraq", "in the east of Aleppo"),
and only when the operation names no one it killed ("killing 30 soldiers": the soldiers).
A vague place ("in the area", "in the country"), a time ("in March", "in the past"),
a talk ("an advance in talks") and an unarmed campaign ("an election campaign in X")
give nothing. An owned operation told inside another clause ("in response to a rebel
offensive in the town of X", see ownedattacks and drives) takes the same side or place,
never a name before it (its owner: "the SDF offensive").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .attackverbs import attack_verb
from .edges import REGION_NOUNS
from .eventnouns import noun_lemma
from .lexicon import PLACE_LABELS, PLACE_NOUNS, TIME_LABELS, word_set
from .spans import child, conjuncts, join_tokens, np_span, verb_group

__all__ = ["operation_place", "operation_side", "owned_operation_target"]

# Nouns of a side's armed operation, which a light verb carries ("launched an offensive").
_OPERATIONS = word_set(
    "offensive counteroffensive counter-offensive advance push drive thrust incursion "
    "invasion assault onslaught counterattack counter-attack"
)
# Nouns that are an armed operation only with a word that says so ("a military operation").
_UNDERTAKINGS = word_set("operation campaign")
_ARMED = word_set(
    "military air aerial bombing ground naval armed army offensive security "
    "counterterrorism counter-terrorism anti-terror anti-terrorism combat"
)
# Phrases of a side or a place an operation went at; "into" also says where it went.
_AIM_PREPS = frozenset({"against", "into"})
# Labels of a name that is no place: a group, a people, a person, a time, a count.
_NOT_PLACE = frozenset({"ORG", "NORP", "PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL"})


def operation_side(verb: Token, noun: Token) -> tuple[list[Token], str] | None:
    """Return the targets and surface relation of "VERB an OPERATION against/into X".

    "continued their advance in the centre of Raqqa against Daesh" -> Daesh (the parser
    hangs "against" on the place); "made deep incursions into the capital" -> the capital
    (the parser hangs "into" on the verb).
    """
    if not _is_operation(noun):
        return None
    found = _aim(verb, noun)
    if found is None:
        return None
    pobj, prep = found
    return list(conjuncts(pobj)), _relation(verb, noun, prep)


def operation_place(verb: Token, noun: Token) -> list[Span]:
    """Return the place a light verb's operation went at when it names no side, else ``[]``.

    "mounted a Hama offensive" -> Hama; "launched an offensive in Iraq" -> Iraq;
    "continued operations in the Ghouta zones" -> Ghouta; "in the area" -> [].
    """
    if not _is_operation(noun):
        return []
    found = _place_phrase(verb, noun)
    place = found[0] if found is not None else _place_name(noun)
    return [np_span(tok) for tok in conjuncts(place)] if place is not None else []


def owned_operation_target(noun: Token) -> Span | None:
    """Return what an owned operation with no target of its own names in its phrase.

    "the army's advance in the war against ISIS" -> ISIS; "ISIS's offensive in Iraq" ->
    Iraq; "the regime offensive in the districts of Aleppo" -> Aleppo; "in the area",
    "in recent days" -> None. A name before the noun is its owner ("the SDF offensive"),
    and a side named later in the sentence ("pushing in their offensive in the north
    against X") is no place's to take.
    """
    if not _is_operation(noun):
        return None
    found = _aim(noun, noun)
    if found is None and not any(t.lower_ == "against" for t in noun.doc[noun.i : noun.sent.end]):
        found = _place_phrase(noun, noun)
    return np_span(found[0]) if found is not None else None


def _is_operation(noun: Token) -> bool:
    lemma = noun_lemma(noun)
    if noun.pos_ != "NOUN" or lemma not in _OPERATIONS | _UNDERTAKINGS:
        return False
    if lemma in _OPERATIONS:
        return True
    # "a military operation", "a bombing campaign"; not "an election campaign".
    mods = [k for k in noun.lefts if k.dep_ in {"amod", "compound", "nmod"}]
    return attack_verb(noun) is not None or any(m.lower_ in _ARMED for m in mods)


def _phrases(verb: Token, noun: Token) -> list[Token]:
    # the noun's own phrases, and those the parser hung on the light verb after it
    heads = [noun] if verb.i == noun.i else [noun, verb]
    return [k for head in heads for k in head.rights if k.i > noun.i and k.dep_ == "prep"]


def _aim(verb: Token, noun: Token) -> tuple[Token, Token] | None:
    """Return "against X" / "into X", on the noun, the verb or a place inside "in" phrase."""
    for prep in _phrases(verb, noun):
        pobj = child(prep, "pobj")
        if pobj is None or pobj.ent_type_ in TIME_LABELS:
            continue
        if prep.lower_ in _AIM_PREPS:
            return pobj, prep
        if prep.lower_ == "in":
            # "their advance in the centre of Raqqa against Daesh": the parser hangs
            # "against" on the place the advance is in.
            nested = _nested_against(pobj)
            if nested is not None:
                return nested
    return None


def _nested_against(place: Token) -> tuple[Token, Token] | None:
    for tok in place.subtree:
        if tok.dep_ == "prep" and tok.lower_ == "against":
            pobj = child(tok, "pobj")
            if pobj is not None and pobj.ent_type_ not in TIME_LABELS:
                return pobj, tok
    return None


def _place_phrase(verb: Token, noun: Token) -> tuple[Token, Token] | None:
    # "launched an offensive in Iraq", "operations in the Ghouta zones"; an operation or
    # a campaign only in a named part of a country ("an air campaign in Syria" is where
    # the war is, as for strikes: graph/normalize/placetargets.py)
    bare = noun_lemma(noun) in _OPERATIONS
    for prep in _phrases(verb, noun):
        pobj = child(prep, "pobj")
        if prep.lower_ != "in" or pobj is None or pobj.ent_type_ in _NOT_PLACE:
            continue
        if bare and _is_name(pobj):
            return pobj, prep
        named = _named_part(pobj)
        if named is not None:
            return named, prep
    return None


def _place_name(noun: Token) -> Token | None:
    # "a major Hama offensive": a place's name set before the noun
    for mod in noun.lefts:
        if mod.dep_ in {"compound", "amod"} and mod.tag_ == "NNP" and _is_name(mod):
            return mod
    return None


def _is_name(tok: Token) -> bool:
    """Return whether a word names a place: tagged so here, or elsewhere in its document."""
    if tok.pos_ != "PROPN":
        return False
    return tok.ent_type_ in PLACE_LABELS or any(
        t.text == tok.text and t.ent_type_ in PLACE_LABELS for t in tok.doc
    )


def _named_part(tok: Token) -> Token | None:
    """Return the named place a place noun's phrase names, else None.

    "the Ghouta zones" -> Ghouta, "the Moslemieh region" -> Moslemieh, "the west of the
    town of Zabadani" -> Zabadani; "the area", "the west of the country" -> None.
    """
    if tok.lemma_.lower() not in PLACE_NOUNS | REGION_NOUNS:
        return None  # "in the past", "in which", "in talks"
    named = [k for k in tok.lefts if k.dep_ == "compound" and _is_name(k)]
    if named:
        return named[-1]
    of = next((k for k in tok.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    inner = child(of, "pobj") if of is not None else None
    if inner is None or inner.ent_type_ in _NOT_PLACE:
        return None
    return inner if _is_name(inner) else _named_part(inner)


def _relation(verb: Token, noun: Token, prep: Token) -> str:
    # "continued their advance against", "had made two incursions into"
    particles = [kid for kid in verb.children if kid.dep_ == "prt"]
    phrase = [*verb.doc[noun.left_edge.i : noun.i + 1], prep]
    return join_tokens([*verb_group(verb), verb, *particles, *phrase])
