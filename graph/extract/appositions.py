"""A role described by a common noun and named in apposition takes the name (private).

News names a party twice, by what it is and by its name: "a Kurdish militia, the YPG",
"the army's spokesman, Col. Jane Doe", and, without commas, "the rebel faction Liwa
al-Nour" (an apposition English writes without them) or "the YPG a Kurdish militia"
(a copy that lost them). The event's actor or target is the name; the description
stays in the appositive relation fact ("a Kurdish militia is the YPG").

Without commas the parser often splits such a phrase in two: "the opposition Free
Council called for talks" has two subjects ("the opposition", "Free Council"), and
"jets struck the YPG a Kurdish militia" two objects ("the YPG" as a dative, "a Kurdish
militia" as the object). The name glued to the description is read as its apposition.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import (
    EVENT_NOUNS,
    INSTRUMENT_NOUNS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    SPEECH_VERBS,
    TIME_LABELS,
)

__all__ = ["named_head", "named_role"]

# Entity labels of names that can stand for a described party or place.
_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
# Verbs that take two objects: "sent the YPG a warning" names no apposition.
_TWO_OBJECT_VERBS = (
    "give tell send offer grant hand show award deny promise lend sell bring buy teach ask "
    "owe pay cost leave allow call name elect appoint make consider wish"
)
_TWO_OBJECTS = frozenset(_TWO_OBJECT_VERBS.split())
# Nouns of people that WordNet's agent list lacks: "his Ruritanian counterpart X".
_TITLE_NOUNS = frozenset({"counterpart", "head", "chief", "deputy", "successor", "predecessor"})
# Nouns of a place a name can rename: "the rebel stronghold Kfar Nour".
_PLACE_TITLES = frozenset({"stronghold", "bastion", "enclave", "suburb", "hometown", "hub"})
# Words that single out some of those described, not all: "factions, notably Jund X".
_SUBSET_WORDS = frozenset(
    {"particularly", "especially", "notably", "mainly", "mostly", "including", "chiefly"}
    | {"even", "also", "primarily", "largely"}
)


def named_head(noun: Token) -> Token:
    """Return the name a described noun stands in apposition to, else the noun itself.

    "the army's spokesman, Col. Jane Doe," -> the name; "a Kurdish militia, the YPG" ->
    the YPG; comma-less "the opposition Free Council called" (two subjects) -> Free Council.
    """
    if noun.pos_ != "NOUN" or noun.ent_type_ in TIME_LABELS:
        return noun
    appos = _appositions(noun)
    if len(appos) > 1:
        return noun  # "junta ally Ruritania and rebel patron Freedonia": a list misread
    if appos and _stands_for(noun, appos[0]):
        return appos[0]
    of = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    described = next((k for k in of.children if k.dep_ == "pobj"), None) if of else None
    if described is not None and not described.ent_type_ and _is_description(described):
        # "an alliance of Arab fighters, the SDF": the parser hangs the name on the last
        # noun; "the jets of regime ally Ruritania": whose jets they are.
        appos = _appositions(described)
        if len(appos) == 1 and _stands_for(described, appos[0]):
            return appos[0]
    glued = _glued_subject(noun)
    return glued if glued is not None and _stands_for(noun, glued) else noun


def named_role(span: Span, verb: Token) -> Span:
    """Return the name of the party ``span`` describes, or ``span`` as it is.

    Args:
        span: An actor or target span.
        verb: The event's predicate; an apposition that is itself the predicate (the
            appositive fact "a Kurdish militia is the YPG") is left alone.
    """
    glued = _glued_description(span, verb)
    if glued is not None:
        return glued
    root = span.root
    name = named_head(root)
    if name.i == root.i:
        name = _dative_name(root) or root
    if name.i == root.i or name.i == verb.i or span.start <= name.i < span.end:
        return span
    if any(kid.dep_ == "conj" for kid in root.children) or any(
        tok.dep_ in {"appos", "nmod"} for tok in span
    ):
        return span  # "Ahrar X and Al-Qaeda affiliate Jund Y": the list stays whole
    return _name_span(name)


# Words that open a description glued after a name: "the Hama Highway a supply line",
# "Kafr Nabl another rebel town", "Abu Omar one of the commanders".
_DESCRIPTION_OPENERS = frozenset({"a", "an", "another"})


def _glued_description(span: Span, verb: Token) -> Span | None:
    """Return the name that opens ``span`` when a description follows it without a comma.

    "cut the Hama Highway a vital supply line from the coast" -> the Hama Highway: a
    name then "a", "an", "another" or "one of" starts the apposition the lost comma
    set apart ("gave Ruritania a loan", two objects, is left alone).
    """
    doc = span.doc
    start = span.start + (doc[span.start].lower_ == "the")
    end = start
    while end < span.end and doc[end].pos_ == "PROPN" and doc[end].ent_type_ not in TIME_LABELS:
        end += 1
    if end == start or end + 1 >= span.end or verb.lemma_.lower() in _TWO_OBJECTS:
        return None
    if span.root.pos_ not in {"NOUN", "PROPN"} or not doc[end].whitespace_:
        return None  # a clause ("said X a member was killed"); "Jabhat an-Nusra": one name
    opener = doc[end].text  # lower case: "Syria A suspected attack" is a dateline
    one_of = opener == "one" and doc[end + 1].lower_ == "of"
    if not (one_of or (opener in _DESCRIPTION_OPENERS and doc[end].tag_ == "DT")):
        return None
    return doc[span.start : end]


def _stands_for(noun: Token, name: Token) -> bool:
    """Return whether ``name``, set beside ``noun``, names what the noun describes."""
    if not _is_name(name) or _bracketed(name) or _listed(name) or not _is_description(noun):
        return False
    before = name.doc[name.left_edge.i : name.i]
    if any(_is_verbal(t) or t.lower_ in _SUBSET_WORDS for t in before):
        # "the coalition fighting IS", "other factions particularly Jund X": no apposition
        return False
    return _kinds_agree(noun, name) and not _speaks(noun, name)


def _kinds_agree(noun: Token, name: Token) -> bool:
    """Return whether a name of this kind can rename this noun.

    A state or a town renames one place or party ("the capital Ruritania", "regime ally
    Ruritania"), not people ("militants of a group in Iraq and Syria": a list misread);
    a counted group ("six guards") is never renamed by one name; a person renames
    someone ("the minister Jane Doe"), not "an affront" or "rebels".
    """
    from .agentnouns import is_agent_noun  # (agentnouns imports the frame modules)

    if any(kid.dep_ == "nummod" for kid in noun.children):
        return False  # "six guards killed ... Monitor AFP": a count is not named by one name
    lemma = noun.lemma_.lower()
    agentive = lemma in PERSON_NOUNS or is_agent_noun(noun.lower_) or lemma in _TITLE_NOUNS
    single = noun.tag_ != "NNS" or noun.dep_ in {"nsubj", "nsubjpass"}
    if name.ent_type_ in {"GPE", "LOC", "FAC"}:
        return noun.tag_ != "NNS" and (agentive or lemma in PLACE_NOUNS | _PLACE_TITLES)
    if name.ent_type_ == "PERSON":
        # "Decrying the raid President X declared": an opening participle read as the
        # subject; the person beside it is who declared.
        opening = noun.lower_.endswith("ing") and noun.i == noun.sent.start
        return (agentive and single) or opening  # ("The juntas Minister X": a lost "'s")
    return True


def _speaks(noun: Token, name: Token) -> bool:
    """Return whether the name is the source of a clause ``noun`` is in, not its apposition.

    "the army shelled the group the Northern Observatory said": the comma-less source
    of the clause, glued after its last noun; but in "the monitor the Northern
    Observatory said" the description is the speaker too.
    """
    doc = name.doc
    i = max(_name_span(name).end, name.right_edge.i + 1)
    for tok in doc[i : min(len(doc), i + 4)]:  # "the Northern Observatory war monitor said"
        if tok.lemma_.lower() in SPEECH_VERBS or tok.lower_.rstrip("s") in SPEECH_VERBS:
            return tok.i not in (noun.head.i, name.head.i) or noun.dep_ != "nsubj"
        if tok.tag_ not in {"NN", "NNS", "NNP", "VBG", "JJ"}:
            return False
    return False


def _is_verbal(tok: Token) -> bool:
    # "the coalition fighting IS": a gerund the tagger calls a noun is still a verb
    return tok.pos_ in {"VERB", "AUX"} or (tok.is_lower and tok.lower_.endswith("ing"))


def _is_name(tok: Token) -> bool:
    if tok.ent_type_ in TIME_LABELS or tok.like_num:
        return False
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.ent_type_ in _NAME_LABELS)


def _is_description(noun: Token) -> bool:
    # who or what a name can rename: "fighters", "ally", "the capital"; not an act or a
    # weapon ("an airstrike on the city Ruritania")
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and lemma not in EVENT_NOUNS | INSTRUMENT_NOUNS
        and noun.lower_ not in EVENT_NOUNS
    )


def _appositions(noun: Token) -> list[Token]:
    """Return the names in apposition to ``noun`` (descriptions beside them left out)."""
    return [kid for kid in noun.rights if kid.dep_ == "appos" and _is_name(kid)]


def _listed(name: Token) -> bool:
    # "the two groups, Jund X and Liwa Y": one name would drop the other; the
    # description stays (a list of names is not split here).
    return any(kid.dep_ in {"cc", "conj"} for kid in name.children)


def _bracketed(tok: Token) -> bool:
    # "the opposition coalition (SNC)": an acronym in brackets spells the phrase out, it
    # does not rename it; the phrase stays.
    left = tok.left_edge.i
    return tok.doc[left].text == "(" or (left > 0 and tok.doc[left - 1].text == "(")


def _glued_subject(noun: Token) -> Token | None:
    """Return the name the parser made a second subject right after ``noun``'s phrase.

    "A US-backed alliance the SDF took the town": "alliance" and "SDF" are both subjects
    of "took"; the name is the apposition of the description right before it, which ends
    the first subject's phrase ("a blast claimed by the militant group Jund X wrecked a
    bus": the group is Jund X).
    """
    doc = noun.doc
    after = noun.i + 1
    if after >= len(doc) or noun.right_edge.i != noun.i:
        return None  # "the army backed by the militia Jund X took": the army is not Jund X
    name = _phrase_head(doc[after])
    if name is None or name.dep_ != "nsubj" or not _is_name(name):
        return None
    if _listed(name):
        return None  # "the rebels Hezbollah and the army": a list without its commas
    first = [k for k in name.head.lefts if k.dep_ == "nsubj" and k.i < after]
    if not first or first[-1].right_edge.i != noun.i:
        return None
    return name


def _phrase_head(tok: Token) -> Token | None:
    """Return the head of the phrase that starts at ``tok`` ("the" -> "SDF")."""
    head = tok
    while head.head.i != head.i and head.head.left_edge.i == tok.i:
        head = head.head
    return head if head.left_edge.i == tok.i else None


def _dative_name(noun: Token) -> Token | None:
    """Return the name read as a dative right before a described object, or None.

    "jets struck the YPG a Kurdish militia": a verb of one object followed by a name and
    a description has lost the comma between them.
    """
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() in _TWO_OBJECTS:
        return None
    dative = next((k for k in verb.children if k.dep_ == "dative"), None)
    if dative is None or not _is_name(dative) or dative.right_edge.i + 1 != noun.left_edge.i:
        return None
    return dative


def _name_span(name: Token) -> Span:
    """Return the name's phrase: its left dependents, itself and the rest of its entity.

    "the Northern Centre for Civic Freedoms" is one name; "Jund X in the hills" ends
    before the place phrase.
    """
    doc = name.doc
    start = name.left_edge.i
    while start < name.i and (doc[start].is_punct or doc[start].dep_ in {"cc", "prep"}):
        start += 1
    end = name.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and name.ent_iob_ != "O":
        end += 1
    return doc[start:end]
