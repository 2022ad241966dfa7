"""A participle before the other side of a fight is its adjective, not a clause (private).

"Kurdish fighters fought street battles with advancing IS militants", "troops ambushed
fleeing militants": the small model reads the participle as a gerund that heads its own
clause ("advancing" the object of "with", the militants its object), so the fight loses
its other side and the fighters "advance" on the militants. After a fighting word, where
a noun phrase names whom the fight is with, a participle right before a bare noun phrase
(no determiner between them) that names someone is the phrase's adjective: the noun
takes the participle's place in the tree and the participle hangs on the noun
(``amod``), as in "the advancing militants". The doc's words stay; only its tree
changes.

The fighting word is a verb or noun of force (FIGHT, ASSAULT, COERCE) in the lexicon or
the ontology's labels, or a verb with such an act as its object ("opened fire"); it
governs the participle through "with", "against", "on" or "at" ("battles with", "fought
against", "fired on"), or, for an active verb with no object of its own, directly
("attacked retreating troops"). Gerunds stay clauses: after other words ("warned against
arming rebel groups", "tasked with fighting IS militants"), after a passive or a verb of
harm ("were killed fighting IS militants", a headline's "soldiers killed fighting IS"),
with a determiner ("after attacking the convoy") or with a count ("bombed killing 20
militants": a toll).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .agentnouns import is_someone
from .eventclass import noun_class
from .labels import default_class, label_class
from .lexicon import FORCE_CLASSES, HURT_VERBS

__all__ = ["mend_participles"]

# Prepositions that name the other side of a fight or whom force is aimed at: "clashed
# with X", "battles against X", "fired on X".
_SIDE_PREPS = frozenset({"with", "against", "on", "at", "upon"})
# How the parser hangs a gerund it read as the object of a verb.
_OBJECT_DEPS = frozenset({"xcomp", "advcl", "dobj", "ccomp"})
# Children that make the participle a clause of its own: "while still advancing on X".
_CLAUSE_DEPS = frozenset({"nsubj", "aux", "auxpass", "neg", "advmod", "mark", "dobj", "dative"})
# Words that may start the noun phrase without making it a gerund's object.
_DETERMINER_TAGS = frozenset({"DT", "PDT", "PRP$", "WDT", "WP$", "CD"})


def mend_participles(doc: Doc) -> None:
    """Hang each participle adjective the parser read as a gerund on its noun.

    Args:
        doc: A parsed document; its tree is changed in place.
    """
    for tok in doc:
        if tok.tag_ != "VBG" or not tok.is_alpha:
            continue
        noun = _adjective_of(tok)
        if noun is not None:
            _hang(tok, noun)


def _adjective_of(tok: Token) -> Token | None:
    """Return the noun a participle ``tok`` describes, when it was misread as a gerund."""
    objs = [k for k in tok.rights if k.dep_ == "dobj"]
    if len(objs) != 1 or objs[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = objs[0]
    if not is_someone(noun):
        return None  # "retaliated with shelling rebel positions": the means, done to ground
    start = noun.left_edge
    if start.i != tok.i + 1 or start.tag_ in _DETERMINER_TAGS:
        return None  # "attacking the convoy", "killing 20 militants": a gerund's object
    if any(k.dep_ in _CLAUSE_DEPS for k in tok.children if k.i != noun.i):
        return None
    if tok.dep_ == "pcomp" and tok.head.lower_ in _SIDE_PREPS:
        return noun if _is_fighting(tok.head.head) else None
    verb = tok.head
    if tok.dep_ not in _OBJECT_DEPS or verb.pos_ != "VERB" or not _next_to(verb, tok):
        return None
    if any(k.dep_ in {"dobj", "nsubjpass", "auxpass"} for k in verb.children):
        return None  # "were killed fighting IS militants", "killed five fighting X"
    lemma = verb.lemma_.lower()
    # "18 jihadists killed fighting Kurds": a headline's passive without its "were"
    return noun if _is_force(lemma) and lemma not in HURT_VERBS else None


def _next_to(verb: Token, tok: Token) -> bool:
    """Return whether only the verb's particle stands between it and ``tok``."""
    between = verb.doc[verb.i + 1 : tok.i]
    return all(k.dep_ == "prt" and k.head.i == verb.i for k in between)


def _is_fighting(word: Token) -> bool:
    """Return whether a verb or noun names force: "fought", "battles", "opened fire"."""
    if word.pos_ != "VERB":
        return word.pos_ == "NOUN" and noun_class(word)[0] in FORCE_CLASSES
    if any(k.dep_ in {"nsubjpass", "auxpass"} for k in word.children):
        return False
    # a verb with an act of force as its object: "opened fire on", "dropped bombs on"
    acts = (k for k in word.children if k.dep_ == "dobj" and k.pos_ == "NOUN")
    return _is_force(word.lemma_.lower()) or any(noun_class(k)[0] in FORCE_CLASSES for k in acts)


def _is_force(lemma: str) -> bool:
    code = default_class(lemma, inherited=True)
    plover = code.plover if code is not None else ""
    return plover in FORCE_CLASSES or label_class(lemma) in FORCE_CLASSES


def _hang(tok: Token, noun: Token) -> None:
    """Put ``noun`` in the participle's place and the participle on it, as "amod"."""
    head, dep = tok.head, tok.dep_
    rest = [k for k in tok.rights if k.i > noun.i]  # "fleeing militants inside the city"
    noun.head = head
    noun.dep_ = "pobj" if dep == "pcomp" else "dobj"
    tok.head = noun
    tok.dep_ = "amod"
    for kid in rest:
        kid.head = noun
