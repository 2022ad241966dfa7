"""A pronoun subject of a time clause means its main clause's subject (private to extract).

"The rebels kept up their push as they moved toward the centre", "Syrian troops cut
the road when they took a hill near it": the doer of both clauses is the main
clause's subject, and the pronoun left the second act without a named actor (a fact,
not an event). The pronoun means that subject when the clause hangs on the main verb
with a time or cause conjunction, the subject is a noun of the pronoun's number
("they" a plural, "it" a singular thing or group, "he"/"she" a person), and nothing
else in the main clause could be meant: an object of the same number ("the army
shelled the rebels as they fled"), or for "they" any group or people whatever its
number ("police beat the mob after they burned a bus"), leaves the pronoun as it is.

The same holds of a clause joined by "and"/"but" with a pronoun subject of its own
("Russia joined the war in 2015 and it has denied killing civilians"), where also any
object of the pronoun's number, a thing too, may be meant ("shelled the town and it
burned").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .frames import Frame
from .lexicon import ACTOR_LABELS, AGENT_NOUNS
from .spans import child, conjuncts, np_span

__all__ = ["with_clause_subject"]

# Conjunctions of a clause whose subject is the main clause's: "as", "when", "after".
_MARKS = frozenset({"as", "when", "while", "after", "before", "until", "once", "because"})
_PRONOUNS = frozenset({"they", "it", "he", "she"})
# Coordinators of a second clause whose pronoun subject is the first clause's subject.
_COORDINATORS = frozenset({"and", "but"})
_PRONOUN_NUMBER = {
    **dict.fromkeys(("they", "them", "we", "us"), "pl"),
    **dict.fromkeys(("it", "itself"), "sg"),
    **dict.fromkeys(("he", "him", "she", "her"), "person"),
}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "dative", "attr"})
# Prepositions whose object the main clause acts on: "fired on the militants as they ...".
_AIM_PREPS = frozenset({"on", "at", "against", "with", "toward", "towards", "upon"})
_COUNTS = frozenset({"dozen", "score", "hundred", "thousand", "ten", "number", "group"})
# People who may be the doer of a time clause: "shelled the villagers as they fled".
_PEOPLE = frozenset(
    {"people", "civilian", "resident", "villager", "person", "man", "woman", "child"}
    | {"gunman", "refugee", "protester", "demonstrator", "worker", "family", "member"}
    | {"crowd", "mob", "group", "convoy", "band", "unit", "squad", "patrol", "column"}
)


def with_clause_subject(frame: Frame) -> Frame:
    """Return ``frame`` with a time clause's pronoun actor replaced by the main subject.

    "Army units stormed the hill as they pushed north" -> "Army units" push north.
    """
    actor = frame.actor
    if len(actor) != 1 or actor[0].lower_ not in _PRONOUNS:
        return frame
    if not _in_clause(frame.verb, actor[0].head):
        return frame  # a participle the pronoun lends its doer to ("trucks carrying aid")
    subject = main_subject(actor[0])
    return frame if subject is None else replace(frame, actor=subject)


def main_subject(pronoun: Token) -> Span | None:
    """Return the subject of the clause a pronoun's time clause hangs on, when it is meant."""
    verb = pronoun.head
    joined = _is_coordinated(verb)
    # ("when" is read as an adverb of the clause, "as" as its marker.)
    timed = any(k.dep_ in {"mark", "advmod"} and k.lower_ in _MARKS for k in verb.children)
    if pronoun.dep_ not in _SUBJECTS or not (joined or timed):
        return None
    main = verb.head if joined else _main_verb(verb)
    if main is None:
        return None
    subject = next((k for k in main.children if k.dep_ in _SUBJECTS), None)
    if subject is None or subject.i > pronoun.i or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    others = [_counted(obj) for obj in _objects(main)]
    if not _agrees(pronoun, subject):
        # "the road was cut by the troops when they took the hill": the agent, if only it agrees.
        subject = _agent(main)
        if subject is None or not _agrees(pronoun, subject) or not _could_act(subject):
            return None
        others = [o for o in others if o.i != subject.i]
    if any(_may_be_meant(pronoun, o) for o in others):
        return None  # "the army shelled the rebels as they fled": who fled is not clear
    if joined and not _only_party(pronoun, subject, main):
        return None
    return np_span(subject)


def _only_party(pronoun: Token, subject: Token, main: Token) -> bool:
    """Return whether a joined clause's pronoun can mean only the first clause's subject.

    The subject must be a party ("Russia", "the rebels"), the pronoun no empty "it"
    ("it was unclear"), no quotation mark stand between them, and no other noun of the
    pronoun's number in the first clause before it: for "they" any ("condemned the use
    of barrel bombs but they fall daily" means the bombs), for "it" a party or an
    object ("shelled the town and it burned").
    """
    if not _could_act(subject) or pronoun.lower_ == "it" and pronoun.head.lemma_ == "be":
        return False
    if any(t.is_quote for t in pronoun.doc[subject.i : pronoun.i]):
        return False  # a quotation opens or closes between them: another speaker's words
    own = {t.i for t in subject.subtree}
    for word in main.subtree:
        if word.i in own or word.i >= pronoun.i or word.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue
        meant = pronoun.lower_ == "they" or _could_act(word) or word.dep_ in _OBJECTS
        if _agrees(pronoun, word) and meant:  # "shelled the town and it burned"
            return False
    return True


def _is_coordinated(verb: Token) -> bool:
    """Return whether ``verb`` is a second clause joined by "and"/"but" to its head verb."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in {"VERB", "AUX"}:
        return False
    cc = [k for k in head.children if k.dep_ == "cc" and head.i < k.i < verb.i]
    return len(cc) == 1 and cc[0].lower_ in _COORDINATORS


def _may_be_meant(pronoun: Token, obj: Token) -> bool:
    """Return whether a main clause's object may be what the pronoun means."""
    if pronoun.lower_ == "they":
        # news writes "they" for a group noun in the singular ("beat the mob after they
        # burned a bus"), and "they" may mean things ("destroyed three cars before they
        # could reach X"); a singular thing or name is not meant ("shelled the town as
        # they took it", "distrust the Front because they say it lies").
        return _agrees(pronoun, obj) or obj.ent_type_ not in ACTOR_LABELS and _could_act(obj)
    return _agrees(pronoun, obj) and _could_act(obj)


def _agent(main: Token) -> Token | None:
    """Return the head of a passive clause's "by" agent."""
    by = child(main, "agent")
    return child(by, "pobj") if by is not None else None


def _in_clause(verb: Token, head: Token) -> bool:
    """Return whether ``verb`` is the pronoun's clause verb, or one it shares its subject with."""
    for _ in range(4):
        if verb.i == head.i:
            return True
        if verb.dep_ not in {"conj", "xcomp"}:
            return False
        verb = verb.head
    return False


def _objects(main: Token) -> list[Token]:
    """Return the main clause's objects: "shelled the rebels", "fired on X", "killed by X"."""
    found: list[Token] = []
    for kid in main.children:
        if kid.dep_ in _OBJECTS:
            found.extend(conjuncts(kid))
        elif kid.dep_ == "agent" or kid.dep_ == "prep" and kid.lower_ in _AIM_PREPS:
            # ("were killed by the troops after they took the town": the troops took it)
            pobj = child(kid, "pobj")
            found.extend(conjuncts(pobj) if pobj is not None else ())
    return found


def _main_verb(verb: Token) -> Token | None:
    """Return the verb a time clause hangs on: its head, or the verb of its time noun.

    "cut the road on Friday, when they took the hill": the parser may hang the clause
    on "Friday" as a relative clause.
    """
    if verb.dep_ == "advcl":
        return verb.head
    noun = verb.head
    if verb.dep_ != "relcl" or noun.ent_type_ not in {"DATE", "TIME"}:
        return None
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return head if head.pos_ in {"VERB", "AUX"} and head.i != noun.i else None


def _counted(noun: Token) -> Token:
    """Return what a count noun counts: "dozens of gunmen" -> gunmen."""
    if noun.lemma_.lower() not in _COUNTS:
        return noun
    of = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    pobj = child(of, "pobj") if of is not None else None
    return noun if pobj is None else pobj


def _could_act(noun: Token) -> bool:
    """Return whether an object could be the pronoun's doer: a side, a group, people."""
    if noun.pos_ == "PRON" or noun.ent_type_ in ACTOR_LABELS:
        return True
    lemma = noun.lemma_.lower()
    return lemma in AGENT_NOUNS or lemma in _PEOPLE


def _agrees(pronoun: Token, noun: Token) -> bool:
    """Return whether ``noun`` can be what ``pronoun`` means, by number and kind."""
    word = pronoun.lower_
    if noun.pos_ == "PRON":  # "attacked them while they fought": them, as likely as the army
        return _PRONOUN_NUMBER.get(noun.lower_) == _PRONOUN_NUMBER[word]
    plural = noun.tag_ in {"NNS", "NNPS"} or child(noun, "conj") is not None
    if word == "they":
        return plural
    if word == "it":
        return not plural and noun.ent_type_ != "PERSON"
    return noun.ent_type_ == "PERSON"
