"""Coordinated verbs sharing one object: "killed and wounded dozens" (private).

The parser gives the object to the last verb only; a verb before it that needs an
object (WordNet's main sense, compiled by tools/build_transitive_verbs.py into
``graph/data/transitive_verbs.tsv``) takes the same one. A verb that needs none keeps
none: "the rebels retreated and abandoned their posts".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .frames import Frame
from .lexicon import RECIPROCAL_NOUNS, SYMMETRIC_VERBS
from .spans import child, conjuncts, np_span
from .transitives import transitive_verbs

# Dependents that show a verb already has its complement (or is a passive).
_FILLED = frozenset({"dobj", "ccomp", "xcomp", "dative", "nsubjpass", "agent", "attr", "oprd"})
# Verbs this close to the next one are one predicate list: "shelled and then destroyed".
_GAP = 3
# Verbs that do a two-sided act together: "X and Y held talks", "engaged in clashes".
_JOINT_VERBS = frozenset(
    {"hold", "have", "conduct", "sign", "reach", "conclude", "resume", "begin", "start"}
    | {"engage", "wage", "fight"}
)


def shared_object(verb: Token) -> list[Token]:
    """Return the object ``verb`` shares with the verb coordinated after it ([] if none).

    "Troops killed and wounded dozens of fighters" -> killed: dozens; "police arrested
    and beat the students" -> arrested: the students.
    """
    if verb.lemma_.lower() not in transitive_verbs():
        return []
    if any(kid.dep_ in _FILLED or _is_particle(kid) for kid in verb.children):
        # a phrasal verb is another verb: "the regime caved in and restored power".
        return []
    for conj in verb.rights:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i - verb.i > _GAP:
            continue
        # (a past tense and a past participle are one form the tagger may tell apart)
        same = conj.tag_ == verb.tag_ or {conj.tag_, verb.tag_} == {"VBD", "VBN"}
        if not same or child(conj, "nsubj", "nsubjpass") is not None:
            return []  # "X fled and Y took the town": another clause
        obj = child(conj, "dobj")
        return list(conjuncts(obj)) if obj is not None else []
    return []


def _is_particle(kid: Token) -> bool:
    # a preposition without an object is a particle the parser did not label.
    return kid.dep_ == "prt" or (kid.dep_ == "prep" and not any(kid.children))


def mutual_frames(verb: Token, sides: list[Token], rule: str, relation: str) -> Iterator[Frame]:
    """Yield each side of a symmetric act against each other side.

    "Rebels and government troops clashed near the dam" -> the rebels clashed with the
    troops and the troops with the rebels (one directed event per side, as for "clashes
    between X and Y").
    """
    relation = relation or _joint_relation(verb)
    for one in sides:
        for other in sides:
            if one.i != other.i:
                yield Frame(np_span(one), verb, np_span(other), rule, None, "event", relation)


def _joint_relation(verb: Token) -> str:
    """Return the words of a joint act's verb and noun: "engaged in clashes", "held talks"."""
    obj = child(verb, "dobj")
    if obj is not None:
        return f"{verb.text} {obj.text}"
    prep = next((k for k in verb.rights if k.dep_ == "prep" and k.lower_ == "in"), None)
    pobj = child(prep, "pobj") if prep is not None else None
    return f"{verb.text} in {pobj.text}" if prep is not None and pobj is not None else ""


def is_mutual(verb: Token) -> bool:
    """Return whether the subjects of ``verb`` act on each other (if it names no target).

    "Rebels and troops clashed", "Putin and Erdogan held talks", "the two groups engaged
    in fierce clashes", "Russia and Turkey signed a ceasefire": each side to the other.
    """
    if verb.lemma_ in SYMMETRIC_VERBS:
        return True
    if verb.lemma_ not in _JOINT_VERBS:
        return False
    obj = child(verb, "dobj")
    if obj is None:
        # "engaged in clashes"
        prep = next((k for k in verb.rights if k.dep_ == "prep" and k.lower_ == "in"), None)
        obj = child(prep, "pobj") if prep is not None else None
    names = {obj.lemma_.lower(), obj.lower_} if obj is not None else set()
    return bool(names & RECIPROCAL_NOUNS)
