"""An attack on a side's positions, vehicles or ground is an attack on that side.

Event coders code the party whose thing was hit: "jets struck positions held by X",
"rebels shelled X-held areas", "troops destroyed the militants' bunkers" are attacks
on X and on the militants. When an attack's target names no actor of its own (a bare
"positions", or a name no one knows such as "a main army base") and its head is a
thing a side holds, :func:`owned_target` reads the owner the text gives:

* "positions held by X", "vehicles belonging to X", "areas under the control of X",
  "areas under X control" (the words right after the target; "trucks equipped with
  guns belonging to X" too), "hideouts of X", "the boats of X" (a thing's "of");
* "villages A and B which are controlled by X", "territory formerly held by X", "areas
  seized by X" (the ground's names and a time word may stand between);
* "X-held areas", "X-controlled towns", "X held districts", "all of the X-held areas";
* "X's bunkers", "X positions", "a Syrian army base" (the words before the head; a
  possessive whose apostrophe the text lost, "the Armys lines", too).

The owner must be a side (a state, a government, a military, an armed group or an
organisation): "a refugee camp" is no one's, "the town's hospital" stays unowned
here. Ground (areas, towns, districts) is owned only when the text says held or
controlled ("a Syrian town" is where it is, not whose). Craft the resolver gave an
unknown side ("two drones": unknown/military) take the owner the text names. A noun's
attack whose doer is told elsewhere ("attacks by X ... shelling of Y-held areas") is
still a relation here and is read the same way.
"its/their positions" are :mod:`graph.normalize.possessivetargets`'s. The target's
words stay; only its node changes.
"""

from __future__ import annotations

import re

from ..extract.lexicon import FORCE_CLASSES, word_set
from ..model import Event
from .agency import POLITICAL_TYPES
from .coref import Document
from .heads import position
from .junk import UNRESOLVED
from .phrase import Ref
from .resolver import resolve

__all__ = ["owned_target"]

# What a side holds and an attack hits in its place: "positions", "a convoy", "bunkers".
_THINGS = word_set(
    "position post outpost site gathering concentration hideout den lair base airbase "
    "headquarters barracks bunker tunnel vehicle car truck convoy tank weapon depot launcher "
    "checkpoint fortification stronghold facility route line pocket target "
    # craft and stores a side holds: "boats belonging to X", "supplies belonging to X"
    "boat ship vessel aircraft plane helicopter drone warehouse storehouse supply stockpile"
)
# Craft the resolver reads as some state's organs ("drones": unknown/military).
_CRAFT = word_set("aircraft plane helicopter drone tank boat ship vessel")
# Ground a side holds only when the text says so: "X-held areas", "towns held by X".
_GROUND = word_set(
    "area zone territory neighbourhood neighborhood district town village city part region"
)
# "held by X", "belonging to X", "under the control of X", "under X control".
# The names of the ground may stand between ("two villages A and B which are held by X"),
# and a time word before the participle ("territory formerly held by X"); a side that
# seized or captured the ground holds it ("areas seized by X").
_NAMES = r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:\s*,\s*|\s+and\s+|\s+(?=which|that)))+"
_HELD_BY = re.compile(
    rf"^\s*,?\s*(?:{_NAMES})?(?:(?:equipped|armed|fitted|mounted|loaded) with (?:[a-z-]+ ){{1,3}})?"
    r"(?:(?:which|that) (?:are|is|were|was|had been|have been|has been) )?"
    r"(?:(?:formerly|previously|once|still|now|currently|largely|mostly|partly|jointly) )?"
    r"(?:(?:held|controlled|run|occupied|manned|operated|used|owned|seized|captured|taken) by|"
    r"belonging to|under (?:the )?control of)\s+(?P<owner>.+)$"
)
_UNDER = re.compile(r"^\s*,?\s*under\s+(?:the\s+)?(?P<owner>.+?)(?:'s|’s)?\s+control\b")
# Where an owner phrase after "by" ends: "held by X near the town", "held by X, killing".
_OWNER_END = re.compile(
    r"[,.;:()\[]|\s(?:in|near|at|on|and|after|with|which|who|that|killing|as|to|from|since|"
    r"for|during|east|west|north|south|outside|inside|around|along|over|has|have|had|is|are|"
    r"was|were|will|would|could|may|might|before|while|when|where|until)\b"
)
# "X-held", "X-controlled", "X held": the owner ends right before the participle.
_HELD = re.compile(r"(?i)^(?:(?P<owner>\S*)-)?(?:held|controlled|run|occupied)$")
# A state's organs: one side with the state ("Israeli raids on military positions").
_STATE = frozenset({"country", "government", "military"})
_NOT_OWNERS = word_set(
    "a an the some several many most all other few number of its their these those this that "
    "one two three four five six seven eight nine ten dozens dozen scores hundreds at least "
    "another key main last major remaining strategic adjacent "
    "infantry armored armoured"  # kinds of vehicle, no owners: "armored infantry vehicles"
)

# Words before "of" that take a part of what follows: "all but one of the X-held villages".
_PART_WORDS = _NOT_OWNERS | frozenset({"but"})


def owned_target(event: Event, target: Ref, actor: Ref, doc: Document) -> Ref:
    """Return the side that owns an attacked thing the target names no one for, else it.

    Args:
        event: The event, with its target text.
        target: The target as resolved from its own words.
        actor: The attacker as resolved: its own things are no target.
        doc: The document's state, to resolve the owner's words.

    Returns:
        The owner when the text names one and it is a side, else ``target``.
    """
    if event.kind not in ("event", "relation") or event.action_class not in FORCE_CLASSES:
        return target
    if target.actor_type not in (UNRESOLVED, "other") and not _unknown_craft(target, event):
        return target
    words = [w.strip("\"'“”()") for w in event.target.replace("’", "'").split()]
    head = _head(words)
    if head < 0:
        return target
    sent, text = event.provenance.sentence_index, event.provenance.sentence
    at = _target_at(event)
    for owner in _owner_texts(words, head, text[at + len(event.target) :]):
        saved = doc.mentions.saved()
        ref = resolve(owner, doc, sent, max(at, text.find(owner, at)), agent=True)
        if ref.actor_type in POLITICAL_TYPES and not _same_side(ref, actor, doc):
            return ref
        doc.mentions.restore(saved)  # a reading tried and left: no mention for later pronouns
    return target


def _unknown_craft(target: Ref, event: Event) -> bool:
    """Return whether the target is craft of an unknown side: "two drones" -> unknown/military.

    "drones belonging to X", "the planes of X": the text may still say whose they are.
    """
    head = event.target.split()[-1].lower() if event.target else ""
    return target.actor_id.startswith("unknown/") and _is_thing(head, _CRAFT)


def _target_at(event: Event) -> int:
    """Return where the target stands: its first whole-word place after the verb, else first.

    A headline glued to the sentence may use the same words before ("Jets bomb
    positions ... jets bombed positions belonging to X").
    """
    text = event.provenance.sentence
    verb = position(text, event.relation) if event.relation else 0
    after = position(text[verb:], event.target) if verb else -1
    return verb + after if after > 0 else position(text, event.target)


def _same_side(owner: Ref, actor: Ref, doc: Document) -> bool:
    """Return whether an owner is no one, or the attacker's own side.

    "the army destroyed military vehicles", "Israeli raids on military positions": the
    words name the attacker's own kind of thing, not whose it was.
    """
    if not owner.actor_id or owner.actor_id == actor.actor_id:
        return True
    ours, theirs_id = owner.actor_id.partition("/"), actor.actor_id.partition("/")
    if ours[2] and ours[2] == theirs_id[2] and "unknown" in (ours[0], theirs_id[0]):
        return True  # "the Tarvan army destroyed military vehicles": a kind, no owner
    if owner.actor_type not in _STATE or actor.actor_type not in _STATE:
        return False  # a state's army and the rebels of that country are two sides
    mine, theirs = doc.gaz.get(owner.actor_id), doc.gaz.get(actor.actor_id)
    return bool(mine and theirs and mine.country and mine.country == theirs.country)


def _head(words: list[str]) -> int:
    """Return where the thing's head stands among the target's words, else -1."""
    for i, word in enumerate(words):
        low = word.lower()
        if low == "of" and all(w.lower() in _PART_WORDS for w in words[:i]):
            continue  # "all of the rebel-held areas": the head comes after the part
        if low in ("of", "in", "near", "by", "with", "at", "on"):
            break  # "areas of X", "bases in X": the head comes before the phrase
        if _is_thing(low, _THINGS | _GROUND) and not _is_thing(_next(words, i), _THINGS):
            return i  # "defense lines", "army base": the last noun of the compound
    return -1


def _next(words: list[str], i: int) -> str:
    return words[i + 1].lower() if i + 1 < len(words) else ""


def _is_thing(word: str, nouns: frozenset[str]) -> bool:
    stems = {word, word[:-1], word[:-2] if word.endswith("es") else word, word[:-3] + "y"}
    return bool(stems & nouns)


def _owner_texts(words: list[str], head: int, after: str) -> list[str]:
    """Return the phrases that may name the owner, the surest first."""
    texts = []
    if _next(words, head) == "of" and _is_thing(words[head].lower(), _THINGS):
        # "hideouts of the Falcon Brigade", "the boats of the smugglers": whose they are
        texts.append(_OWNER_END.split(" ".join(words[head + 2 :]), maxsplit=1)[0])
    held = _HELD_BY.match(after)
    if held:
        texts.append(_OWNER_END.split(held["owner"], maxsplit=1)[0])
    under = _UNDER.match(after)
    if under:
        texts.append(under["owner"])
    for i, word in enumerate(words[:head]):
        marked = _HELD.match(word)  # "rebel-held", "IS group -held", "rebel held"
        if marked and _next(words, i) != "by":
            owner = (marked["owner"] or "").strip("-")
            named = owner[:1].isupper() or not owner  # "Islamic State-held": the whole name
            texts.extend(_runs([*words[:i], owner] if owner else words[:i]) if named else [owner])
    if _is_thing(words[head].lower(), _THINGS):
        # "X positions", then one noun between: "the Armys defense lines", "X oil depots"
        texts.extend(_runs(words[:head]) + _runs(words[: head - 1]))
    return [t for t in texts if t]


def _runs(words: list[str]) -> list[str]:
    """Return the runs of words ending at the last one, longest first, after determiners.

    A possessive's mark is dropped, also when the text lost its apostrophe ("the Armys
    lines" -> "Army") and the name is capitalised.
    """
    start = max((i + 1 for i, w in enumerate(words) if _is_function(w)), default=0)
    kept = words[start:]
    if not kept:
        return []
    last = re.sub(r"(?:'s|')$", "", kept[-1])
    runs = [" ".join([*kept[i:-1], last]) for i in range(len(kept))]
    if start and words[start - 1].lower() == "the":
        runs[0] = f"the {runs[0]}"  # "the group's positions": the group the story named
    if last[:1].isupper() and last.endswith("s") and not last.endswith("ss") and last == kept[-1]:
        runs += [" ".join([*kept[i:-1], last[:-1]]) for i in range(len(kept))]
    return runs


def _is_function(word: str) -> bool:
    return word.lower() in _NOT_OWNERS or word.replace(",", "").isdigit()
