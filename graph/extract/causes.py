"""Who hurt the victims of a harm clause, named in its time clause (private).

"Twelve civilians were killed when Russian air strikes hit a market", "two people died
after regime helicopters dropped barrel bombs on the town": the clause of "when", "as"
or "after" names the attack that hurt them, so its attacker (someone, or a weapon
whose owner the text names: "Russian air strikes") is who killed them; so is the
subject of a verb of waging whose object is the attack ("as the army stepped up its
campaign", "when rebels launched rocket attacks on X"). A weapon with
no one named ("when a car bomb exploded", "as a shell fell on the school") hurt them as
"a car bomb killed nine" does: the weapon is the harm's actor, its user unresolved (kept
as an event, whose owner the story may name: see :mod:`graph.normalize.attackers`). A
time clause that is no attack ("were killed when they tried to flee") leaves the
victims' fact as it is. With no
time clause, a "where" clause on the place an attack hit names it too ("jets struck the
town, where six were killed": see :mod:`graph.extract.struckplaces`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .agenthood import counted
from .agentnouns import is_means_noun
from .attacknouns import is_attack_noun
from .eventkinds import is_attack_verb
from .eventnouns import counted_event
from .frames import Frame
from .landings import landing_target
from .lexicon import HARM_INTRANSITIVE, HURT_VERBS, word_set
from .negation import is_negated
from .nounframes import fire_agent_frames
from .spans import child, conjuncts, join_tokens, np_span, verb_group
from .struckplaces import ATTACK_VERBS, attacker_span, struck_place_frames
from .tolls import may_share

# Subordinators of a clause that tells how victims were hurt.
_CAUSE_WORDS = word_set("when as after")
# Verbs of waging an attack named by their object: "stepped up its campaign".
_WAGING = word_set(
    "launch carry conduct mount wage step intensify escalate resume unleash continue"
)
# The particle a verb of waging needs: "stepped up", "carried out".
_PARTICLES = {"step": "up", "carry": "out"}
# Nouns of a sustained attack that are no attack nouns of their own.
_CAMPAIGNS = word_set("campaign operation operations offensive push onslaught bombardment")
# What a weapon does as it goes off among people: "a blast ripped through the bus".
_BLASTING = word_set("rip tear")
# Blasts that hurt those near them, no weapons of their own: "when a blast ripped through".
_BLASTS = word_set("blast explosion detonation")
# Acts done to someone that a reduced relative states without a doer.
_DONE_TO = word_set("kidnap abduct arrest detain execute torture behead")


def harm_frames(verb: Token, victims: Token, *, passive: bool = False) -> list[Frame]:
    """Return who hurt ``victims``: "in X fire" on the verb, else an attack in its time clause.

    Args:
        verb: The harm verb ("were killed", "died", a headline's "killed").
        victims: The head of who was hurt.
        passive: ``verb`` is a passive participle without its own auxiliary.
    """
    fired = list(fire_agent_frames(verb, victims, passive=passive))
    action = _harm_action(verb, passive=passive)
    if fired or not action:
        return fired
    # "... when jets struck X"; "jets struck X, where six were killed" (see struckplaces)
    timed = _time_clause_frames(verb, victims, action)
    return timed or struck_place_frames(verb, victims, action)


def _harm_action(verb: Token, *, passive: bool) -> str:
    """Return what the attacker did to a harm verb's victims ("kill" for "died"), or ""."""
    lemma = verb.lemma_.lower()
    if lemma in HARM_INTRANSITIVE or (lemma == "martyr" and passive):
        return "kill"  # "died when X hit Y", "were martyred as X shelled Y": X killed them
    if lemma in HURT_VERBS and (passive or child(verb, "dobj") is None):
        return lemma
    return ""


def _time_clause_frames(verb: Token, victims: Token, action: str) -> list[Frame]:
    frames = []
    for clause in _time_clauses(verb):
        attacker = _clause_attacker(clause)
        # "... when a car bomb exploded": the weapon, its user unnamed (see _clause_weapon)
        unnamed = attacker is None
        attacker = attacker or _clause_weapon(clause)
        if attacker is None or not _may_share(verb, victims, clause, attacker):
            continue
        relation = join_tokens([*verb_group(verb), verb, *_cause_word(clause), clause])
        kind = "relation" if unnamed else "event"  # an unnamed user's: see frames._event_kind
        frames += [
            Frame(attacker, verb, np_span(patient), "passive", None, kind, relation, action)
            for patient in conjuncts(victims)
        ]
        if unnamed:
            frames = [replace(f, unnamed=True, by_means=True) for f in frames]
    return frames


def _time_clauses(verb: Token) -> list[Token]:
    """Return the clauses after a harm verb, and after a harm verb joined to it.

    "Nine were killed and 12 others injured when jets struck the market": the time
    clause hangs on "injured" but tells how all of them were hurt.
    """
    joined = [
        k
        for k in verb.children
        if k.dep_ == "conj" and k.lemma_.lower() in HURT_VERBS | HARM_INTRANSITIVE
    ]
    # "... and 30 others injured as jets bombed X": "others" read as a noun with a participle.
    joined += [
        part
        for k in verb.children
        if k.dep_ == "conj" and k.pos_ in {"NOUN", "NUM", "PRON"}
        for part in k.rights
        if part.dep_ in {"acl", "amod"} and part.lemma_.lower() in HURT_VERBS
    ]
    return [*verb.rights, *(clause for k in joined for clause in k.rights)]


def _may_share(verb: Token, victims: Token, clause: Token, attacker: Span) -> bool:
    """Return whether a time clause of a harm joined to ``verb`` tells its victims' harm too.

    "Two soldiers were killed and three rebels wounded as the army stormed X": the army
    wounded the rebels, not its own men (tolls.py).
    """
    joined = clause.head
    if joined.i == verb.i:
        return True
    # "... and 30 others injured as X": "others" read as a noun with a participle.
    others = joined.head if joined.dep_ in {"acl", "amod"} else child(joined, "nsubj", "nsubjpass")
    return may_share(victims, others, attacker.root)


def _cause_word(clause: Token) -> list[Token]:
    return [k for k in clause.children if k.dep_ in {"advmod", "mark"} and k.lower_ in _CAUSE_WORDS]


def _clause_attacker(clause: Token) -> Span | None:
    """Return the attacker's span of a time clause that is an attack, else None."""
    if clause.dep_ != "advcl" or not _is_attack_clause(clause):
        return None
    if not _cause_word(clause) or is_negated(clause):
        return None
    subj = child(clause, "nsubj")
    agent = child(clause, "agent")
    if subj is None and agent is not None:
        subj = child(agent, "pobj")  # "when the market was hit by Russian jets"
    # not "when they shelled the town" (coref's work) nor "when a shell hit the school"
    return attacker_span(subj)


def _clause_weapon(clause: Token) -> Span | None:
    """Return the weapon or attack of a time clause whose user no one names, else None.

    "when a car bomb exploded", "as two shells hit the school", "after an air strike
    struck the clinic", "when a shell landed near the gate", "when a bomb went off":
    a weapon, an attack or a blast going off or hitting. Not a pronoun ("when it
    exploded": coref's), a thing that is no weapon ("when the roof fell in", "when a
    truck hit them"), or a clause denied or with no cause word.
    """
    if clause.dep_ != "advcl" or not _cause_word(clause) or is_negated(clause):
        return None
    subj = child(clause, "nsubj")
    if subj is None or subj.pos_ == "PRON" or not _goes_off(clause):
        return None
    means = counted_event(counted(subj))
    weapon = is_attack_noun(means) or (
        means.pos_ == "NOUN" and (is_means_noun(means.lower_) or means.lemma_.lower() in _BLASTS)
    )
    # "when a bomb they were making exploded": whose it was, the clause on it tells
    told = any(k.dep_ in {"relcl", "acl"} for k in subj.rights)
    return np_span(subj) if weapon and not means.ent_type_ and not told else None


def _goes_off(clause: Token) -> bool:
    """Return whether a weapon's clause tells it hitting or going off ("went off", "fell")."""
    lemma = clause.lemma_.lower()
    particle = child(clause, "prt")
    if lemma == "go":
        return particle is not None and particle.lower_ == "off"
    return _is_attack_clause(clause) or lemma in _BLASTING or bool(landing_target(clause))


def _is_attack_clause(clause: Token) -> bool:
    """Return whether a time clause tells an attack, with its verb or its verb's object.

    "when jets struck the market"; "as the army stepped up its campaign on the town",
    "as rebels launched rocket attacks on X", "as jets continued to pound the district":
    a verb of waging with an attack as its object or its complement.
    """
    lemma = clause.lemma_.lower()
    if lemma in ATTACK_VERBS:
        return True
    particle = child(clause, "prt")
    if lemma not in _WAGING or _PARTICLES.get(lemma, "") != (particle.lower_ if particle else ""):
        return False
    obj = child(clause, "dobj")
    if obj is not None and (is_attack_noun(counted_event(obj)) or obj.lemma_.lower() in _CAMPAIGNS):
        return True
    goal = child(clause, "xcomp")
    return goal is not None and goal.lemma_.lower() in ATTACK_VERBS


def reduced_fact(verb: Token, *, victims: bool) -> list[Frame]:
    """Return the fact of a reduced relative that names an act and no doer, or [].

    "districts struck included X" -> the districts were struck; "an aid worker kidnapped
    in Syria" -> the aid worker was kidnapped: an act an analyst codes with its doer
    unknown. ``victims``: the noun can be hurt (a harm verb needs one: "reports killed"
    is a misparse of glued text).
    """
    lemma = verb.lemma_.lower()
    if child(verb, "agent") is not None or (lemma in HURT_VERBS and not victims):
        return []
    if not (is_attack_verb(lemma) or lemma in _DONE_TO) or verb.head.pos_ not in {
        "NOUN",
        "PROPN",
        "NUM",
    }:
        return []
    action = f"be {verb.lower_}"
    return [Frame(np_span(verb.head), verb, None, "relation", None, "relation", action=action)]
