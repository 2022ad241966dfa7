"""A party named by its relation to another, then by its name: "rebel backer Norland" (private).

News calls a state or group by what it is to someone before naming it, with no comma:
"a truce brokered by junta ally Ruritania", "talks hosted by rebel backer Norland",
"Rebel-backer Norland accused the junta". The parser reads the relation noun as the
head ("ally", "backer") and hangs the name elsewhere (an apposition, the subject of the
next verb) or keeps both in one phrase whose head is the name. The party is the name:
the description ("junta ally") says whose side it is on and stays out of the span.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .lexicon import REPORT_ONLY

__all__ = ["ROLE_NOUNS", "role_name"]

# Nouns that name a party only by its relation to another one.
ROLE_NOUNS = frozenset(
    {"ally", "allies", "backer", "backers", "supporter", "supporters", "sponsor", "sponsors"}
    | {"patron", "patrons", "foe", "foes", "rival", "rivals", "partner", "partners", "proxy"}
    | {"arch-foe", "archfoe", "arch-rival", "archrival", "adversary", "protector", "enemy"}
)
_NAME_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# How a name glued after the description may hang: as a phrase of its own, not as the
# modifier of a noun after it ("ally Norland's jets" are jets).
_OWN_DEPS = frozenset({"appos", "nsubj", "nsubjpass", "npadvmod", "dobj", "pobj", "conj", "ROOT"})


def role_name(span: Span, verb: Token) -> Span:
    """Return the name a relation noun describes in ``span`` or right after it, else ``span``.

    "junta ally Ruritania" (one phrase) -> "Ruritania"; "junta ally" followed by
    "Ruritania" (hung elsewhere by the parser) -> "Ruritania". A list of names
    ("its allies Norland and Sudland") is left as it is, and so is the appositive fact
    whose predicate is the name ("junta ally" is "Ruritania").
    """
    root = span.root
    if root.ent_type_ in _NAME_LABELS and root.pos_ == "PROPN":
        start = _entity_start(root)
        before = span.doc[start - 1] if start > span.start else None
        if before is not None and _is_role(before) and before.head.i == root.i:
            return span.doc[start : span.end]  # "Rebel-backer Norland"
        return span
    if root.i != span.end - 1 or not _is_role(root) or root.tag_ == "NNS":
        return span  # ("held by Jund X and its allies the Observatory said": a speaker)
    name = _name_at(span.doc, span.end)
    return name if name is not None and not name.start <= verb.i < name.end else span


def _is_role(tok: Token) -> bool:
    """Return whether ``tok`` is a relation noun: "ally", "backer", "Rebel-backer"."""
    return tok.pos_ == "NOUN" and tok.lower_ in ROLE_NOUNS


def _entity_start(tok: Token) -> int:
    """Return where the named entity ``tok`` is in starts ("the Northern Front")."""
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    return start


def _name_at(doc: Doc, i: int) -> Span | None:
    """Return the name that starts at token ``i`` as a phrase of its own, or None."""
    if i < len(doc) and doc[i].lower_ == "the" and doc[i].ent_iob_ != "B":
        i += 1  # "opposition monitor the Northern Observatory"
    if i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ not in _NAME_LABELS:
        return None
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    cut = _speaker_cut(doc, i, end)
    if cut < end:  # "ally Azerbaijan Erdogan said"; "the enemy Hezbollah said" speaks
        return doc[i:cut] if cut > i else None
    name = doc[i:end].root
    if name.dep_ not in _OWN_DEPS or any(_is_named_conj(k) for k in name.children):
        return None  # "ally Norland's jets", "allies Norland and Sudland"
    return doc[i:end]


def _is_named_conj(kid: Token) -> bool:
    # "allies Norland and Sudland" list two names; in "ally Norland and rebel backer
    # Sudland" the parser hangs the next description on the name.
    return kid.dep_ == "conj" and (kid.pos_ == "PROPN" or kid.ent_type_ in _NAME_LABELS)


def _speaker_cut(doc: Doc, start: int, end: int) -> int:
    """Return where the name at ``start:end`` ends before a speaker of a speech verb.

    "its ally Azerbaijan Erdogan said": the entity runs into the subject of "said", so
    the name is "Azerbaijan"; "the enemy Hezbollah said" is all speaker (returns start).
    """
    last = doc[end - 1]
    speaks = last.dep_ == "nsubj" and last.head.lemma_ in REPORT_ONLY
    if not speaks or last.head.pos_ != "VERB" or last.head.i < last.i:
        return end
    if any(k.dep_ == "nsubj" and k.i != last.i for k in last.head.children):
        return end  # "A unit run by Damascus ally Hezbollah said": the unit speaks
    return end - 1 if end - start > 1 else start
