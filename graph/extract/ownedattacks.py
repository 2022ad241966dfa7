"""A side's attack named by a noun with its owner and no target, inside another clause (private).

News tells a side's attack with an owned noun that no clause makes an event: "the rebels
said their offensive was a reply to army shelling", "the government siege began in
July", "jets struck in response to a major rebel offensive", "the UN condemned Russian
strikes in the north". The owner ("their", "rebel", "Russian") attacked; the text names
no target. A noun other rules read is left to them: one with a target ("Russian strikes
on X", see :mod:`graph.extract.nominals`), an agent or sides ("by X", "between X and
Y"), a claim ("X claimed the attack"); the subject of a verb of its own ("Russian
strikes killed ten": the owner killed), the object of a light verb ("the army launched
its offensive") and the cause of a harm ("killed in rebel fire"). An attack not stated
as done gives nothing: "an army offensive would be a mistake", "fears of a rebel
assault", "a planned offensive".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .attacknouns import ATTACK_MODES, is_attack_noun
from .attackverbs import attack_action
from .causephrases import HARM_LEMMAS
from .claims import claimer
from .eventnouns import owner
from .frames import Frame
from .lexicon import (
    AGENT_NOUNS,
    LIGHT_EVENT_VERBS,
    OCCURRENCE_VERBS,
    TIME_LABELS,
    WEAPON_VERBS,
    WEEKDAYS,
    word_set,
)
from .nominals import (
    agent_adjective,
    attack_target,
    attacker_spans,
    read_elsewhere,
)
from .nounagents import attacker
from .operationtargets import owned_operation_target
from .stated import is_stated

# Verbs whose subject an owned attack may be without the verb making an event of its
# owner: "their offensive was a reply", "the assault came after", "the siege began".
_LINKING_VERBS = OCCURRENCE_VERBS | word_set("be become remain come")
# Words a hyphen joins before an attack noun to name no attack: "a cease-fire".
_NOT_ATTACK_PREFIXES = word_set("cease")
# Labels of a name that says where an attack was, not whose it was: "the Ghouta attack".
_WHERE_LABELS = frozenset({"LOC", "FAC"})
# Labels of a name before the noun that names a side: "Russian strikes", "ISIS attack" (a
# person's name set before an attack noun is most often a place the tagger misread).
_SIDE_LABELS = frozenset({"NORP", "ORG"})
# Words for a day an owner's "s" may stand for: "Thursdays bombardment" (no apostrophe).
_TIME_WORDS = WEEKDAYS | word_set("yesterday today tonight")


def owned_attack_frames(noun: Token) -> Iterator[Frame]:
    """Yield the attack of an owned attack noun that names no target, told inside a clause.

    "The rebels said their offensive was a reply to army shelling" -> their attack (the
    pronoun resolves to the speakers); "strikes came in response to a rebel offensive"
    -> rebel attack; both with no target.
    """
    if not is_attack_noun(noun) or not is_told_inside(noun) or is_misread(noun):
        return
    if read_elsewhere(noun) or attack_target(noun) is not None or attacker(noun) is not None:
        return
    who = owner(noun) or agent_adjective(noun)
    if who is None or not is_side(who, noun) or claimer(noun) is not None or not is_stated(noun):
        return
    action = attack_action(noun)
    # "ISIS's offensive in Iraq" -> Iraq (see operationtargets)
    target = owned_operation_target(noun)
    for actor in attacker_spans(noun, who):
        relation = f"{actor.text} {noun.text}"  # a bare attack (see byagents.without_restated)
        yield Frame(actor, noun, target, "active", None, "event", relation, action)


def is_side(who: Token, noun: Token) -> bool:
    """Return whether an attack's owner names a side, not a mode, a time or a place.

    "Russian strikes", "the rebel assault", "ISIS attack", "its attack", "Moscow's raids"
    name a side; "air strikes", "Thursday's raids" do not, nor a name set before the
    noun that says where it was ("the Ghouta attack", "the Idlib strikes").
    """
    low = who.lower_.removesuffix("'s").removesuffix("s")
    if who.lower_ in ATTACK_MODES or who.ent_type_ in TIME_LABELS or low in _TIME_WORDS:
        return False
    if who.dep_ == "poss" or who.head.lemma_.lower() == "lead":
        return who.ent_type_ not in _WHERE_LABELS  # "its attack", "US-led strikes"
    if who.lemma_.lower() in AGENT_NOUNS or who.lower_ in AGENT_NOUNS:
        return True  # "the rebel assault", "a government siege"
    # "Russian strikes", "ISIS attack"; a title-case headline ("Ghouta Massacre") capitalises
    # every word, so its names cannot be told from its words.
    titled = noun.text[:1].isupper() and not noun.is_sent_start
    return who.ent_type_ in _SIDE_LABELS and not titled


def is_told_inside(noun: Token) -> bool:
    """Return whether the noun sits where no other rule makes its owner's event."""
    head = noun.head
    lemma = head.lemma_.lower()
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        return lemma in _LINKING_VERBS  # "their attack was a response to ..."
    if noun.dep_ == "attr":
        return True  # "the clash was the widest rebel offensive in years"
    if noun.dep_ == "dobj":
        return lemma not in LIGHT_EVENT_VERBS | WEAPON_VERBS  # "launched its offensive"
    if noun.dep_ == "pobj":
        if head.lower_ == "to" and head.head.lower_ == "according":
            return False  # "according to the Observatory bombardment battered X": a source
        # "killed in rebel fire" names who killed (see fire_agent_frames).
        verb = head.head
        return not (verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in HARM_LEMMAS)
    return False


def is_misread(noun: Token) -> bool:
    """Return whether an attack noun is part of a word that names no attack ("cease-fire")."""
    doc = noun.doc
    if noun.i < 2 or doc[noun.i - 1].text != "-" or doc[noun.i - 2].whitespace_:
        return False
    return doc[noun.i - 2].lower_ in _NOT_ATTACK_PREFIXES
