"""The side ground is taken from: "seized three villages from IS" (private to extract).

"Kurdish fighters seized several villages from IS", "a town retaken by the army from the
rebels", "wrested control of the airport from the militants": the taker fought the side
it took the ground from, and an event coder codes that side as a target of the taking
too, besides the ground. The "from" phrase hangs on the verb, or (to the parser) on the
ground it names, which then loses it ("the air base from government forces" -> "the air
base"). Only ground counts (a place, a site, a share of one, "control", "it"), and only
a side it is taken from (a group, a state, people; "from rebel control", "from the hands
of X" -> the rebels, X): never a place or a direction ("seized the town from the
north"), nor what is not ground ("seized weapons from a depot"). A side the taking frees
no one from ("freed the city from IS" reads as a release to the dictionary) is left out.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .byagents import can_act
from .edges import REGION_NOUNS, SITE_NOUNS
from .frames import Frame
from .lexicon import AGENT_NOUNS, PLACE_LABELS, PLACE_NOUNS, word_set
from .spans import child, conjuncts, join_tokens, np_span, verb_group

__all__ = ["with_seized_from"]

# Verbs of ground taken by force: "seized", "recaptured", "took", "wrested".
_TAKING = word_set("seize capture take retake recapture wrest regain conquer grab")
# Ground taken as a hold over it, or as a share of it: "control of X", "most of the town".
_HOLDS = word_set("control")
_SHARES = word_set(
    "most all part parts half percent per cent rest much bulk majority swathe swathes swath "
    "swaths stretch stretches one some"
)
_GROUND = word_set("territory ground land lands hill hills plateau heights dam airbase")
_PLACES = PLACE_NOUNS | REGION_NOUNS | SITE_NOUNS
_COMPASS = word_set("north south east west northeast northwest southeast southwest")
# Bodies of people that hold ground: "from rival groups", "from the terror group".
_BODIES = word_set("group faction organisation organization movement alliance militia")
# Entity labels of a named place the tagger mislabels: "Tel Abyad" as a person.
_NAMES = frozenset({"", "PERSON", "PRODUCT", "ORG", "WORK_OF_ART"})
# A hold named by its holder: "from rebel control", "from the hands of the militants".
_HELD = word_set("control hands grip")


def with_seized_from(frame: Frame) -> list[Frame]:
    """Return the frame, and the same taking aimed at the side the ground was taken from.

    "Kurdish fighters seized several villages from IS" -> fighters seize the villages,
    and fighters seize IS (its target the side, its relation "seized from").
    """
    verb, target = frame.verb, frame.target
    if frame.kind != "event" or target is None or verb.pos_ != "VERB":
        return [frame]
    if verb.lemma_.lower() not in _TAKING or not _is_ground(target.root):
        return [frame]
    found = _from_side(verb, target)
    if found is None:
        return [frame]
    prep, side = found
    if target.start < prep.i < target.end:
        # "captured the air base from government forces": the ground ends before "from".
        frame = replace(frame, target=target.doc[target.start : prep.i])
    relation = join_tokens([*verb_group(verb), verb, prep])
    sides = [_side_span(one) for one in conjuncts(side)]
    return [frame, *(replace(frame, target=s, prep=None, relation=relation) for s in sides)]


def _is_ground(head: Token) -> bool:
    """Return whether a taking's object names ground: "the town", "most of the city", "it"."""
    lemma = head.lemma_.lower()
    if lemma in _SHARES:
        of = next((k for k in head.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
        pobj = child(of, "pobj") if of is not None else None
        return pobj is not None and _is_ground(pobj)
    if head.lower_ == "it" or lemma in _HOLDS | _GROUND | PLACE_NOUNS | SITE_NOUNS | REGION_NOUNS:
        return True
    # a name: the tagger may take a town's for a person's or a group's ("Tel Abyad")
    return head.ent_type_ in PLACE_LABELS or (head.pos_ == "PROPN" and head.ent_type_ in _NAMES)


def _from_side(verb: Token, target: Span) -> tuple[Token, Token] | None:
    """Return the "from" of the side the ground was taken from, and the side's head."""
    inside = [t for t in target if t.head.i in range(target.start, target.end)]
    for prep in [*verb.rights, *inside]:
        if prep.dep_ != "prep" or prep.lower_ != "from" or prep.i < target.start:
            continue
        pobj = child(prep, "pobj") or _clause_subject_of(prep)
        hold = _hold(pobj) if pobj is not None else None
        side = _holder(hold) if hold is not None else pobj
        if side is not None and _is_side(side):
            return prep, side
    return None


def _clause_subject_of(prep: Token) -> Token | None:
    # "from rebel control killing two": the parser may read the phrase and the adjunct
    # after it as a clause with its own subject.
    clause = child(prep, "pcomp")
    return child(clause, "nsubj") if clause is not None and clause.tag_ == "VBG" else None


def _hold(pobj: Token) -> Token | None:
    """Return the hold a "from" phrase names: "from rebel control Zeitan" -> control."""
    if pobj.lemma_.lower() in _HELD:
        return pobj
    # the parser may read the hold as a compound of the places after it
    return next((k for k in pobj.lefts if k.dep_ == "compound" and k.lemma_ in _HELD), None)


def _side_span(side: Token) -> Span:
    """Return the side's phrase up to a direction after it: "the SDF south (of X)"."""
    span = np_span(side)
    end = next((t.i for t in span if t.i > side.i and t.lower_ in _COMPASS), span.end)
    return side.doc[span.start : end]


def _holder(hold: Token) -> Token | None:
    """Return who holds a hold: "rebel control" -> rebel, "the hands of X" -> X."""
    of = next((k for k in hold.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    if of is not None:
        return child(of, "pobj")
    return next((k for k in hold.lefts if k.dep_ in {"compound", "poss", "amod", "nmod"}), None)


def _is_side(side: Token) -> bool:
    """Return whether a "from" phrase names a side, not a place or a direction."""
    if side.ent_type_ in {"LOC", "FAC"} or side.lemma_.lower() in _PLACES:
        return False
    # the tagger may call a group word before "control" an adjective: "rebel control".
    group = side.lemma_.lower() in AGENT_NOUNS or side.lower_ in AGENT_NOUNS
    if side.pos_ == "NOUN" and side.lemma_.lower() in _BODIES:
        return True  # "from rival rebel groups", "from the terror group"
    # "from the Islamic State group": the name before the head names the side.
    named = any(k.dep_ == "compound" and can_act(k) for k in side.lefts)
    return can_act(side) or named or (side.pos_ == "ADJ" and group)
