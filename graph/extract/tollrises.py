"""A death toll that rises names a killing by the attack it counts (private to extract).

"The death toll from regime air raids on the town has risen to 42", "the toll from an
army raid on the hideout reached 18", "Death toll in rebel shelling on the city rises to
12", "the toll from rebel rocket attacks stood at eight": the attack's owner killed that
many. The wounded the same clause counts after the dead ("rose to 12 in addition to 40
injured", "rose to 5 killed and 17 injured") were hurt by that owner too. The toll of no
attack ("the toll in the district reached 3", "the toll of victims could rise"), and an
attack whose owner the sentence does not name ("the toll from a car bomb reached 60"),
give no killing here; the relation fact "the death toll rise to N" stays as it is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .argspans import argument_spans
from .eventnouns import is_event_noun
from .frames import Frame
from .lexicon import word_set
from .nounagents import resolve_instrument
from .senders import owners
from .spans import child, join_tokens, np_span, verb_group

__all__ = ["toll_frames"]

# Verbs of a toll reaching a count: "has risen to 42", "reached 18", "climbed to 30";
# a toll told as it stands: "stood at 30".
_RISES = word_set("rise reach climb jump increase mount soar hit stand")
# Prepositions before the count: "rose to 42", "stood at 30".
_COUNT_PREPS = word_set("to at")
# Participles of the wounded counted after the dead: "in addition to 12 injured".
_WOUNDED = word_set("injure wound")
# Prepositions that tie a toll to what caused it: "from the raids", "in the shelling".
_SOURCES = word_set("from in of")
# Words of a count: "at least 20", "dozens", "hundreds".
_QUANTITIES = word_set("dozens scores hundreds thousands")


def toll_frames(verb: Token) -> list[Frame]:
    """Return who killed the count a toll rose to: "the toll from X's raids rose to 42".

    Args:
        verb: A predicate; only a verb of rising whose subject is a toll gives frames.

    Returns:
        One "kill" frame per owner of the attack, the count as target; else empty.
    """
    toll = child(verb, "nsubj")
    if verb.lemma_.lower() not in _RISES or toll is None or toll.lemma_.lower() != "toll":
        return []
    attack, count = _source(toll), _count(verb)
    if attack is None or count is None:
        return []
    head, named = resolve_instrument(attack)
    by = next((k for k in toll.children if k.dep_ == "prep" and k.lower_ == "by"), None)
    doer = child(by, "pobj") if by is not None else None
    if not named and doer is not None:
        # "the toll from strikes by government jets": the parser hangs "by" on the toll
        head, named = doer, True
    if not named:
        return []  # "the toll from a car bomb": no one named to have killed them
    relation = join_tokens([toll, *verb_group(verb), verb])
    actors = [_cut(actor, attack) for one in owners(head) for actor in argument_spans(one, verb)]
    frames = [
        Frame(actor, verb, count, "active", None, "event", relation, "kill") for actor in actors
    ]
    for hurt, victims in _wounded(verb, count):
        told = join_tokens([toll, *verb_group(verb), verb, hurt])
        action = hurt.lemma_.lower()
        frames += [Frame(a, hurt, victims, "active", None, "event", told, action) for a in actors]
    return frames


def _wounded(verb: Token, count: Span) -> list[tuple[Token, Span]]:
    """Return the wounded a toll's clause counts after its dead, with their participle.

    "rose to 8 in addition to 12 injured" -> (injured, "12"); "rose to 5 killed and 17
    injured" -> (injured, "17"); "59 others injured" -> (injured, "59 others"). A
    participle with a doer of its own ("injured by a sniper") is no part of the toll.
    """
    found = []
    for hurt in verb.subtree:
        if hurt.i <= count.end or hurt.tag_ != "VBN" or hurt.lemma_.lower() not in _WOUNDED:
            continue
        if any(k.dep_ == "agent" for k in hurt.children):
            continue
        subject = child(hurt, "nsubj", "nsubjpass")
        victims = subject if subject is not None else hurt.head if hurt.dep_ == "acl" else None
        if victims is None or victims.i < count.end:
            continue
        if victims.like_num or any(k.dep_ == "nummod" for k in victims.children):
            found.append((hurt, victims.doc[victims.left_edge.i : victims.i + 1]))
    return found


def _cut(actor: Span, attack: Token) -> Span:
    """Return the attack's phrase without its target: "regime raids (on the town)"."""
    if actor.start <= attack.i < actor.end:
        return actor.doc[actor.start : attack.i + 1]
    return actor


def _source(toll: Token) -> Token | None:
    """Return the attack a toll counts: "the toll from the raids" -> raids."""
    for prep in (k for k in toll.children if k.dep_ == "prep" and k.lower_ in _SOURCES):
        pobj = child(prep, "pobj")
        if pobj is not None and is_event_noun(pobj):
            return pobj
    return None


def _count(verb: Token) -> Span | None:
    """Return the count a toll reached: "rose to at least 20", "reached 18", "stood at 30"."""
    found = child(verb, "dobj")
    if found is None:
        to = next((k for k in verb.children if k.dep_ == "prep" and k.lower_ in _COUNT_PREPS), None)
        found = child(to, "pobj") if to is not None else None
    if found is None:
        return None
    counted = found.like_num or found.lower_ in _QUANTITIES
    if not (counted or any(k.dep_ == "nummod" for k in found.children)):
        return None  # "rose to a new high"
    if found.like_num:
        # "rises to 11 44 injured" (a headline's next count): the first number only
        doc = found.doc
        end = next(i for i in range(found.left_edge.i, found.i + 1) if doc[i].like_num)
        return doc[found.left_edge.i : end + 1]
    return np_span(found)
