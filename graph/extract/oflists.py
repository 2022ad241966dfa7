"""Lists inside an "of" phrase: "dozens of soldiers and militiamen" (private).

A plural or counting head names every member its "of" phrase lists: "killed dozens of
soldiers and militiamen", "shelled the towns of Saqba and Zamalka", "seized a number of
tanks and trucks". The parser hangs the second member on the first, so a phrase cut at
the first "and" (see :func:`graph.extract.spans.np_span`) loses it; here the list
stays in the phrase, whether the text writes its commas or not. So does the second
side of a "between" phrase: "struck the crossing between Norland and the Sudland
province" is one place, not a crossing "between Norland".
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import QUANTITY_NOUNS

# Determiners and nouns that pick members out of the "of" phrase: "some of the
# soldiers and officers", "a group of students and teachers".
_PART_WORDS = frozenset(
    {"some", "most", "many", "all", "several", "both", "each", "none", "few", "one"}
    | {"amount", "amounts", "lot", "lots", "kind", "kinds", "type", "types", "group"}
    | {"groups", "series", "range", "variety", "members", "parts", "dozen"}
)
_MEMBER_POS = frozenset({"NOUN", "PROPN", "NUM"})


def is_of_list_member(kid: Token) -> bool:
    """Return whether ``kid`` (a conjunct, its "and" or its comma) lists a member of an "of" phrase.

    "dozens of soldiers and militiamen" -> "and", "militiamen" stay in the phrase of
    "dozens"; "the leader of the group and his deputy" (a singular head) and "the
    killing of two men and the army withdrew" (a clause) do not.
    """
    if kid.dep_ not in {"cc", "conj", "punct"}:
        return False
    pobj = kid.head
    while pobj.dep_ == "conj" and pobj.head.i < pobj.i:
        pobj = pobj.head  # "of A, B and C": the parser may chain C to B
    if pobj.dep_ != "pobj" or pobj.head.lower_ not in {"of", "between"}:
        return False
    if pobj.head.lower_ == "of" and not _counts_members(pobj.head.head):
        return False  # ("between" always names two: "the crossing between X and Y")
    members = [k for k in kid.head.rights if k.dep_ == "conj" and k.pos_ in _MEMBER_POS]
    if not members or _opens_clause(members[-1]):
        return False
    if kid.dep_ == "conj":
        return kid.pos_ in _MEMBER_POS
    return kid.i < members[-1].i and (kid.dep_ == "cc" or kid.text == ",")


def _counts_members(head: Token) -> bool:
    lemma = head.lemma_.lower()
    if head.tag_ in {"NNS", "NNPS", "CD"} or head.pos_ == "NUM":
        return True
    return lemma in QUANTITY_NOUNS or head.lower_ in QUANTITY_NOUNS or lemma in _PART_WORDS


def _opens_clause(member: Token) -> bool:
    # "killed dozens of soldiers and the army withdrew": the parser may join a clause's
    # subject to the list; a verb right after it with no subject of its own shows it.
    doc = member.doc
    after = member.right_edge.i + 1
    while after < len(doc) and doc[after].dep_ in {"aux", "auxpass", "neg", "advmod"}:
        after += 1
    if after >= len(doc) or doc[after].pos_ not in {"VERB", "AUX"}:
        return False
    verb = doc[after] if doc[after].dep_ not in {"aux", "auxpass"} else doc[after].head
    return not any(k.dep_ in {"nsubj", "nsubjpass"} for k in verb.children)
