"""The PLOVER ASSAULT mode of a use of force told with unconventional means.

The codebook's ASSAULT modes for attacks by unconventional means: "explosives: any
explosive not incorporated in a heavy weapon: mines, IEDs, car bombs"; suicide attacks;
"unconventional: chemical, biological, radiation, and nuclear weapons". A use of force
whose own phrases name one is ASSAULT, not FIGHT: "a suicide bomber struck the checkpoint"
is a suicide attack, "the army fired rockets with chemical heads" an unconventional one,
while "jets dropped bombs" and "struck a chemical plant" name no such means. So does an
attack noun a poison names ("a sarin gas attack that killed 80"), and the means phrase two
verbs of killing and wounding share ("nine were killed and 20 wounded in a car bomb
attack"); "explosive shells" are a heavy weapon's rounds, no bombing. A toll told after
the act shares its means: "a suicide bomber blew himself up at the gate, killing six",
"a helicopter dropped chlorine on the town, killing three" are the bombing and the
chemical attack, whoever the parse makes the killer.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from .lexicon import word_set
from .poisonmeans import (
    poison_attack,
    poison_doer,
    poison_wielded,
    poisoned_setting,
    unconventional_phrase,
)
from .storyattacks import retold_mode
from .warfare import countering, means_phrases

__all__ = ["DROPPED_BOMBS", "assault_mode", "by_doer_means"]

_METHODS = {
    "suicide": "suicide-attack",
    "ied": "explosives",
    "ieds": "explosives",
    "vbied": "explosives",
    "explosive": "explosives",
    "landmine": "explosives",
    "landmines": "explosives",
    "roadside": "explosives",
    "car-bomb": "explosives",
    "booby": "explosives",
    "blast": "explosives",
    "blasts": "explosives",
    "explosion": "explosives",
    "explosions": "explosives",
}
# Words that make a bombing a planted one, not an air raid: "a terrorist bombing", "twin
# bombings" ("regime bombing", "the aerial bombing" stay conventional force).
_PLANTED_BOMBINGS = frozenset({"terrorist", "twin", "double", "triple"})
# The vehicles a planted bomb is driven in: "a car bomb", "a truck bombing".
_VEHICLES = frozenset({"car", "truck", "lorry"})
# Bombs dropped from the air are conventional force (FIGHT, mode aerial), not a bombing.
DROPPED_BOMBS = frozenset({"barrel", "cluster", "aerial", "vacuum", "incendiary", "phosphorus"})
# A heavy weapon's rounds, which an "explosive" tells apart from a planted bomb.
_HEAVY_ROUNDS = word_set("shell round bullet rocket mortar missile projectile ammunition munition")
# Verbs of killing and wounding that share a trailing means phrase ("killed and 20 wounded
# in a car bomb attack"), and the prepositions of that phrase.
_CASUALTY_VERBS = word_set("kill wound injure")
_SHARED_PREPS = word_set("in by")
# Verbs of a toll that share the means of the act they follow, and the prepositions of a
# means phrase of their own ("killing five in an air strike", "with mortar rounds").
_TOLL_VERBS = _CASUALTY_VERBS | word_set("maim leave")
_OWN_MEANS = word_set("in by with using during")
# The links from a verb down to the noun a participle may be hung on ("at the hall").
_OBJECT_PATH = frozenset({"dobj", "pobj", "prep", "agent", "compound", "appos", "conj", "npadvmod"})


def assault_mode(verb: Token) -> str:
    """Return the ASSAULT mode its subject, object or phrases name ("a suicide bomber")."""
    if _blew_self_up(verb):
        return "suicide-attack"
    for kid in means_phrases(verb):  # "destroyed a car bomb": the object is no means
        mode = _words_mode(kid.subtree)
        if mode:
            return mode
    attack = _attack_words(verb)
    mode = _words_mode(attack) or poison_attack(attack)
    mode = mode or (poisoned_setting(attack[-1]) if attack else "")  # "in the attack that"
    if mode:
        return mode
    shared = _shared_means(verb)
    mode = _words_mode(t for kid in shared for t in kid.subtree)
    if mode:
        return mode
    unconventional = any(unconventional_phrase(kid) for kid in [*verb.children, *shared])
    if unconventional or poison_wielded(verb):  # "killed 300 using sarin"
        return "unconventional"
    act = _casualty_source(verb)
    if act is not None:
        return assault_mode(act)
    # "four were killed in the attack" after "a car bomb exploded": the story's bombing
    settings = [p for k in shared for p in k.children if p.dep_ == "pobj"]  # "killed and 6 hurt in"
    return retold_mode(verb, [*attack[-1:], *settings], _words_mode)


def _blew_self_up(verb: Token) -> bool:
    """Return whether a verb tells a suicide bombing: "the attacker blew himself up".

    "Could detonate themselves": the doer is the bomb, whoever the subject; a toll after
    it shares the mode ("and killed 25 soldiers"). Not "blew up the bridge".
    """
    selves = {"himself", "herself", "themselves"}
    objects = [k.lower_ for k in verb.children if k.dep_ == "dobj"]
    return verb.lemma_.lower() in {"blow", "detonate"} and bool(selves.intersection(objects))


def _casualty_source(verb: Token) -> Token | None:
    """Return the act whose means a toll verb shares: "blew himself up, killing 15".

    "A suicide bomber blew himself up at the funeral, killing 15 mourners", "a helicopter
    dropped canisters of chlorine on the town, killing three", "a chlorine attack that
    killed eight and injured dozens": the killing (a participle, or the second of two
    verbs) has no subject or means phrase of its own, so it is the act it follows, done
    with that act's means. Not a toll verb with its own subject ("and rebels wounded
    20") or its own means ("killing five in an air strike").
    """
    if verb.lemma_.lower() not in _TOLL_VERBS and not _lives_claimed(verb):
        return None
    act = verb.head if verb.dep_ in {"advcl", "conj"} else _hung_on_object(verb)
    if act is None or act.pos_ not in {"VERB", "AUX"} or act.i > verb.i:
        return None
    own = any(k.dep_ in {"nsubj", "nsubjpass", "agent"} or _is_means(k) for k in verb.children)
    return None if own else act


def _lives_claimed(verb: Token) -> bool:
    """Return whether a verb of claiming takes lives: "claiming the lives of 20"."""
    objects = [k for k in verb.children if k.dep_ == "dobj"] if verb.lemma_ == "claim" else []
    return any(o.lemma_.lower() in {"life", "lives"} or o.like_num for o in objects)


def _hung_on_object(verb: Token) -> Token | None:
    """Return the verb whose object or phrase a toll participle hangs on, if any.

    Without commas the parser hangs "killing" on the noun before it: "blew himself up
    at the wedding hall killing 22" reads "the hall killing 22"; the act is "blew up".
    """
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    noun = verb.head
    while noun.dep_ in _OBJECT_PATH and noun.head.i < noun.i:
        noun = noun.head
    return noun if noun.pos_ in {"VERB", "AUX"} else None


def _is_means(prep: Token) -> bool:
    """Return whether a phrase tells a means: "in an air strike", not "in the town"."""
    from .agentnouns import is_means_noun  # agentnouns -> eventnouns -> classify
    from .eventnouns import is_event_noun

    if prep.dep_ != "prep" or prep.lower_ not in _OWN_MEANS:
        return False
    heads = [k for k in prep.children if k.dep_ == "pobj"]
    return any(is_means_noun(h.lower_) or is_event_noun(h) for h in heads)


def _shared_means(verb: Token) -> list[Token]:
    """Return the means phrases a casualty verb shares with the casualty verb after it.

    "Nine people were killed and 20 wounded in a car bomb attack", "were killed and
    injured by the toxic gas": the phrase hangs on the last verb but tells how all of
    them came about. Only between verbs of killing and wounding, and only a phrase after
    the later verb ("were killed in clashes and 20 wounded in a car bomb attack" keeps
    its own phrase, which comes first).
    """
    if verb.lemma_.lower() not in _CASUALTY_VERBS:
        return []
    if any(k.dep_ == "prep" and k.lower_ in _SHARED_PREPS for k in verb.children):
        return []  # the verb's own phrase tells its means
    later = [c for c in verb.conjuncts if c.i > verb.i and c.lemma_.lower() in _CASUALTY_VERBS]
    return [
        k
        for c in later
        for k in c.children
        if k.dep_ in {"prep", "agent"} and k.lower_ in _SHARED_PREPS and k.i > c.i
    ]


def _attack_words(verb: Token) -> list[Token]:
    """Return the words of the attack noun an act is told by, or of the noun it tells.

    "a suicide attack that killed 40", "a suicide bombing carried out by the group", "a
    car bomb attack targeting soldiers": the clause hangs on the attack, which names the
    means, also through the places it names ("a bomb attack at a post in the capital
    that killed 17"); "claimed a car bomb attack": the attack noun is the act itself.
    Not the noun a countering verb acts on ("the car bomb that troops defused", "a car
    bomb defused by the army"), and not a relative clause whose pronoun is not its doer
    ("the bombing that the council condemned"), nor a munition's ("explosive shells fired
    by X": heavy weapons' rounds are no bombing).
    """
    if verb.pos_ in {"NOUN", "PROPN"}:
        noun = verb
    elif verb.dep_ in {"relcl", "acl"}:
        doer = _doing_head(verb)
        if verb.dep_ == "relcl" and not doer:
            return []
        if countering(verb) and not doer:
            return []  # "a car bomb defused by the army"
        above = _attack_above(verb.head, placed=verb.dep_ == "relcl")
        if above is None:
            return []
        noun = above
    else:
        return []
    return [t for k in noun.lefts for t in k.subtree] + [noun]


def _doing_head(verb: Token) -> bool:
    """Return whether the noun a clause hangs on does its act: "an attack targeting X"."""
    if verb.dep_ == "acl":
        return verb.tag_ == "VBG"
    return any(k.dep_ in {"nsubj", "nsubjpass"} and k.tag_ in {"WDT", "WP"} for k in verb.children)


def _attack_above(noun: Token, *, placed: bool) -> Token | None:
    """Return the attack noun a clause hangs on, for a relative clause through its places.

    "an attack at a checkpoint in the capital that killed 17": the parser hangs the
    clause on the last place, but it tells of the attack.
    """
    from .attacknouns import ATTACK_NOUNS  # attacknouns -> classify -> here

    while True:
        if noun.lemma_.lower() in ATTACK_NOUNS or noun.lower_ in ATTACK_NOUNS:
            return noun
        prep = noun.head
        if not placed or noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
            return None
        if prep.head.pos_ not in {"NOUN", "PROPN"}:
            return None
        noun = prep.head


def by_doer_means(code: tuple[str, str, str], actor: Span) -> tuple[str, str, str]:
    """Return a use of force done by a bomb or a bomber as ASSAULT, with its mode.

    "A car bomb blast killed six, injuring 30", "an explosive device went off, killing
    two": whatever the parse made of the clause (a participle, the second of two verbs,
    a verb hung on the blast as a modifier), the doer the event has is the bomb, so each
    of its acts is the codebook's bombing. A doer that names no such means ("jets",
    "barrel bombs", "the army") leaves the class as it is.

    Args:
        code: The act's class, CAMEO code and mode.
        actor: The event's actor phrase.
    """
    cls, cameo, _ = code
    mode = (_words_mode(actor) or poison_doer(actor)) if cls == "FIGHT" else ""
    return ("ASSAULT", cameo, mode) if mode else code


def _words_mode(words: Iterable[Token]) -> str:
    """Return the ASSAULT mode a phrase's words name: "suicide", "IED", "a car bomb"."""
    for tok in words:
        mode = _METHODS.get(tok.lower_)
        if mode and tok.head.lemma_.lower() in _HEAVY_ROUNDS and tok.dep_ == "amod":
            continue  # "explosive shells fired by X": a heavy weapon's rounds, no bombing
        if mode:
            return mode
        before = tok.nbor(-1).lower_ if tok.i > 0 else ""
        # "a bomb attack", "a car bomb"; not "jets dropped bombs", "a barrel bomb attack"
        planted = tok.dep_ == "compound" or before in _VEHICLES
        if tok.lemma_ == "bomb" and planted and before not in DROPPED_BOMBS:
            return "explosives"
        land_mine = before == "land" and tok.lower_ in {"mine", "mines"}  # no "phosphate mine"
        if land_mine or _is_planted_bombing(tok, before):
            return "explosives"
    return ""


def _is_planted_bombing(tok: Token, before: str) -> bool:
    """Return whether a noun is a bombing by planted explosives: "three terrorist bombings".

    So is a vehicle's bombing, however the parser hangs the vehicle: "a car bombing
    killed 26", "was killed in a truck bombing" ("the aerial bombing" stays air force).
    """
    if tok.lower_ not in {"bombing", "bombings"}:
        return False
    if before in _VEHICLES:
        return True
    return any(k.lower_ in _PLANTED_BOMBINGS for k in tok.lefts if k.dep_ in {"amod", "compound"})
