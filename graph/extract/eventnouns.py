"""Events named by nouns: light verbs, "clashes between", instruments, "in X fire" (private).

News names many events with a noun ("an air strike against X", "clashes between X
and Y", "killed in rebel fire"); the rules here find their participants. Each has
an example sentence; :mod:`graph.extract` calls them.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .asides import without_aside
from .causephrases import cause_phrase, doer_span
from .frames import Frame
from .lexicon import (
    AGENT_NOUNS,
    EVENT_NOUNS,
    INSTRUMENT_NOUNS,
    LIGHT_EVENT_VERBS,
    NOUN_VERBS,
    RECIPROCAL_NOUNS,
    TARGET_PREPS,
    WEAPON_VERBS,
    WEEKDAYS,
)
from .recipients import prefer_side
from .senders import sender
from .sides import side_pairs
from .spans import child, conjuncts, gerund_lemma, join_tokens, np_span, verb_group
from .victims import is_hurt_by

# Modifiers that can name who is behind an event noun: "Israeli strikes", "rebel fire".
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
_OWNER_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# Participles that name the attacker of a weapon or an attack: "fired by", "planted by".
_BY_DEPS = frozenset({"acl", "relcl"})


def noun_lemma(noun: Token) -> str:
    """Return a noun's lemma, lower case ("Clashes" -> "clash", "IEDs" -> "ied")."""
    return noun.lemma_.lower()


def is_event_noun(noun: Token) -> bool:
    """Return whether ``noun`` names an event or a weapon rather than someone who acts."""
    if noun.pos_ not in {"NOUN", "VERB"} or noun.ent_type_ in _OWNER_LABELS:
        return False
    lemma = noun_lemma(noun).removeprefix("counter")  # a counterattack is an attack
    if noun.tag_ == "VBG" or lemma.endswith("ing"):
        lemma = lemma if lemma in EVENT_NOUNS else gerund_lemma(noun.text) + "ing"
    return lemma in EVENT_NOUNS or lemma in INSTRUMENT_NOUNS or noun.lower_ in EVENT_NOUNS


def _is_owner(mod: Token) -> bool:
    if mod.ent_type_ in {"DATE", "TIME"} or mod.lower_ in WEEKDAYS:
        return False  # "Saturday's strikes", "last year's offensive": when, not who
    if mod.dep_ == "poss":
        return True
    if mod.lemma_.lower() in AGENT_NOUNS or mod.lower_ in AGENT_NOUNS:
        # "rebel fire"; the tagger may call the group word an adjective ("terrorist
        # attacks") or, opening the sentence, a name ("Rebel rocket fire").
        return mod.pos_ in {"NOUN", "ADJ", "PROPN"}
    if mod.is_sent_start and not mod.ent_type_:
        return False  # a capital that only opens the sentence: "Mortar rounds hit ..."
    if mod.ent_type_ in _OWNER_LABELS or mod.pos_ == "PROPN":
        return True
    return mod.dep_ == "amod" and mod.tag_ == "VBN" and _leader(mod) is not None


def _leader(part: Token) -> Token | None:
    # "US-led strikes": those the US leads struck ("US-backed" forces are not the US's own).
    if part.lemma_.lower() != "lead":
        return None
    mod = next((k for k in part.lefts if k.dep_ in {"npadvmod", "compound", "nmod"}), None)
    return mod if mod is not None and (mod.ent_type_ or mod.pos_ == "PROPN") else None


def owner(noun: Token) -> Token | None:
    """Return the modifier naming who is behind an event noun, if any.

    "Israel's air strike", "Russian bombings", "rebel fire", "its bombing" -> the owner;
    "a car bomb", "the air strike" -> None.
    """
    for mod in noun.lefts:
        if mod.dep_ in _OWNER_DEPS and _is_owner(mod):
            return _leader(mod) or mod
        if mod.dep_ == "compound":
            # "the army air strike", "US drone attacks": a compound of a compound.
            inner = owner(mod)
            if inner is not None:
                return inner
    return None


def split_gerund(pobj: Token) -> Token | None:
    """Return the verbal noun the parser split from its owner: "in [army shelling] of X".

    The small model reads "killed in army shelling of the town" as "in army" followed
    by a gerund clause; the gerund is the event noun and ``pobj`` its owner.
    """
    doc = pobj.doc
    after = doc[pobj.i + 1] if pobj.i + 1 < len(doc) else None
    if pobj.dep_ != "pobj" or after is None or after.tag_ != "VBG" or not is_event_noun(after):
        return None
    if after.dep_ not in {"acl", "advcl", "conj"} or child(after, "dobj") is not None:
        return None
    subj = child(after, "nsubj")
    if subj is not None and not is_hurt_by(subj, pobj):
        return None  # ("Five recruits and their trainers killed in army shelling")
    return after if _is_owner(pobj) else None


def attacker(noun: Token) -> Token | None:
    """Return who fired, planted or carried out an event noun, named after it.

    "a missile fired by Russian jets", "a bomb planted by the militia", "an attack by
    ISIS on the town", "a shell belonging to rebel forces" -> the agent's head.
    """
    for kid in noun.rights:
        if kid.dep_ == "prep" and kid.lower_ == "by":
            return child(kid, "pobj")
        if kid.dep_ in _BY_DEPS and kid.tag_ in {"VBN", "VBD"}:  # ("aerially dropped by X")
            agent = child(kid, "agent")
            if agent is not None:
                return child(agent, "pobj")
        if kid.dep_ == "acl" and kid.lemma_ == "belong":
            to = child(kid, "prep")
            return child(to, "pobj") if to is not None and to.lower_ == "to" else None
    return None


def resolve_instrument(noun: Token) -> tuple[Token, bool]:
    """Return ``(actor head, is an event)`` for a subject that may be a weapon or an event.

    A person or group acts as is; "a missile fired by X" -> X; "Russian air strikes"
    (an owner in the phrase) stays the actor, whom normalisation resolves; "a car bomb",
    "the war" with no one named -> the role is unresolved: a fact, not an event.
    """
    # (what someone fired is a weapon, whatever the noun: "fired a round that hit X")
    found = sender(noun)
    if not is_event_noun(noun) or found is not None:
        return found or noun, True
    found = attacker(noun)
    if found is not None:
        return found, True
    return noun, owner(noun) is not None


# Two-sided event nouns whose "on" phrase names a topic: "talks on the crisis".
_TOPIC_NOUNS = frozenset(
    {"talks", "talk", "meeting", "negotiation", "agreement", "deal", "accord", "treaty"}
)
# Nouns that count or group events: "a series of raids", "a round of talks".
_COUNT_NOUNS = frozenset(
    {"series", "wave", "round", "string", "spate", "barrage", "volley", "flurry", "number"}
    | {"total", "dozen", "hundred", "thousand", "score", "couple", "handful", "set", "ten"}
)


def counted_event(noun: Token) -> Token:
    """Return the event noun a count noun groups ("a wave of strikes" -> strikes), else ``noun``."""
    if noun.lemma_.lower() not in _COUNT_NOUNS:
        return noun
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = child(prep, "pobj")
            if pobj is not None and is_event_noun(pobj):
                return pobj
    return noun


def noun_target(obj: Token) -> tuple[Token, Token] | None:
    """Return the target and preposition of an event noun: "an attack on X" -> (X, on).

    A count of events counts as its events: "a series of raids on X", "a round of
    talks with X" -> X, the phrase hung on either noun.
    """
    count, obj = obj, counted_event(obj)
    if not is_event_noun(obj):
        return None
    nouns = [*conjuncts(obj), *([count] if count.i != obj.i else [])]
    # "talks with X" name a side; "an attack with shells" names a weapon; "talks on
    # X", "a deal on X" name a topic ("a war on X" a side).
    skip = {"from"} if _is_two_sided(obj) else {"from", "with"}
    if noun_lemma(obj) in _TOPIC_NOUNS or obj.lower_ in _TOPIC_NOUNS:
        skip = {"from", "on", "over", "about"}
    # "fired rockets and shells into the town": the phrase may hang on the last conjunct.
    return prefer_side(
        [
            (pobj, prep)
            for noun in nouns
            for prep in noun.rights
            if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS and prep.lower_ not in skip
            for pobj in [child(prep, "pobj")]
            if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}
        ]
    )


def light_verb_target(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return the targets and surface relation of "VERB an EVENT-NOUN PREP X".

    "The army carried out a raid on a rebel hideout" -> target "a rebel hideout",
    relation "carried out a raid on"; "held talks with the opposition" -> the opposition.
    """
    if verb.lemma_.lower() not in LIGHT_EVENT_VERBS | WEAPON_VERBS:
        return None
    found = noun_target(obj) or _weapon_target(verb, obj)
    if found is None:
        return None
    pobj, prep = found
    particles = [kid for kid in verb.children if kid.dep_ == "prt"]
    if prep.head.i == obj.i or prep.head.i == counted_event(obj).i:
        phrase = list(verb.doc[obj.left_edge.i : prep.i + 1])
    else:
        phrase = [*np_span(obj), prep]
    relation = join_tokens([*verb_group(verb), verb, *particles, *phrase])
    return list(conjuncts(pobj)), relation


# Verbs that take, keep or lose control of a place: "seized control of the airport".
_CONTROL_VERBS = frozenset(
    {"take", "seize", "gain", "regain", "retake", "wrest", "assume", "lose", "cede"}
    | {"establish", "extend", "tighten"}
)


def control_target(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return the place and surface relation of "VERB control of/over X".

    "Rebels seized control of the airport" -> target "the airport", relation "seized
    control of" (control is what changes hands, the place is what it is over); the
    "of" phrase may hang on the verb.
    """
    if obj.lemma_.lower() != "control" or verb.lemma_.lower() not in _CONTROL_VERBS:
        return None
    for prep in [*obj.rights, *(k for k in verb.rights if k.i > obj.i)]:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "over"}:
            pobj = child(prep, "pobj")
            if pobj is not None:
                particles = [kid for kid in verb.children if kid.dep_ == "prt"]
                words = [
                    *verb_group(verb),
                    verb,
                    *particles,
                    *obj.doc[obj.left_edge.i : obj.i + 1],
                    prep,
                ]
                # "control of the airport and two villages": the parser may join the
                # second place to "control".
                more = [k for k in conjuncts(obj) if k.i != obj.i]
                return [*conjuncts(pobj), *more], join_tokens(words)
    return None


def _weapon_target(verb: Token, obj: Token) -> tuple[Token, Token] | None:
    # "fired mortar shells at the city", "launched missiles on X": the verb's own PP;
    # "continued its operations against the pirates", "carried out two raids on
    # rebel posts": the parser may hang the event noun's PP on its light verb ("talks
    # on X" name a topic, not a side).
    noun = counted_event(obj)
    if not is_event_noun(noun):
        return None
    preps = {"at", "on", "against", "into", "toward"}
    if verb.lemma_.lower() not in WEAPON_VERBS:
        preps = {"against"} if _is_two_sided(noun) else {"against", "on"}
    return prefer_side(
        [
            (pobj, prep)
            for prep in verb.rights
            if prep.dep_ == "prep" and prep.lower_ in preps and prep.i > obj.i
            for pobj in [child(prep, "pobj") or _clause_subject_of(prep)]
            if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}
        ]
    )


def _clause_subject_of(prep: Token) -> Token | None:
    # "fired shells at the neighbourhood killing two": the parser may read the place and
    # the adjunct after it as a clause with its own subject.
    clause = child(prep, "pcomp")
    return child(clause, "nsubj") if clause is not None and clause.tag_ == "VBG" else None


def _is_two_sided(noun: Token) -> bool:
    return noun.pos_ in {"NOUN", "VERB"} and (
        noun_lemma(noun) in RECIPROCAL_NOUNS or noun.lower_ in RECIPROCAL_NOUNS
    )


def between_frames(prep: Token) -> Iterator[Frame]:
    """Yield both directions of a two-sided event noun: "clashes between X and Y".

    "Clashes between SDF fighters and IS militants took place" -> SDF fighters clash
    with IS militants and IS militants clash with SDF fighters: a reciprocal event is
    two directed events, one per side, so each side's network edges show it. The
    phrase may hang on the clause: "clashes were under way between X and Y".
    """
    noun = prep.head
    if not _is_two_sided(noun):
        subj = _clause_subject(noun)
        if subj is None or not _is_two_sided(subj):
            return
        noun = subj
    pobj = child(prep, "pobj")
    if pobj is None:
        return
    lemma = noun_lemma(noun)
    sides = _sides(pobj, noun) or [np_span(pobj)]
    action = NOUN_VERBS.get(lemma, NOUN_VERBS.get(noun.lower_, lemma))
    relation = f"{noun.text} between"
    for one, other in side_pairs(sides, noun.sent, prep.i):
        yield Frame(one, noun, other, "active", None, "event", relation, action)


def _clause_subject(verb: Token) -> Token | None:
    subj = child(verb, "nsubj", "nsubjpass")
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > verb.sent.start else None
    if subj is None and before is not None and before.dep_ == "pobj":
        # "struck as clashes were under way between X and Y": the parser reads "as" as
        # a preposition, leaving the clause without its subject, the noun before it.
        return before
    return subj or child(verb.head, "nsubj", "nsubjpass")


def _sides(pobj: Token, noun: Token) -> list[Span]:
    """Return the parties of "between X and Y" (the parser may hang Y off the noun)."""
    sides = [np_span(tok) for tok in conjuncts(pobj)]
    if len(sides) == 1:
        # "Fighting between the army and the rebels": "rebels" is parsed as a conjunct of
        # "Fighting", not of "army".
        head = pobj.head.head
        sides += [np_span(k) for k in head.rights if k.dep_ == "conj" and k.i > pobj.i]
    return sides if len(sides) > 1 else []


def nominal_frames(by: Token) -> Iterator[Frame]:
    """Yield the event of an event noun naming both sides: "an attack by X on Y".

    "a terrorist attack by ISIS with shells on the town" -> ISIS attack the town;
    "air strikes by the coalition against IS positions" -> the coalition strike them.
    """
    noun = by.head
    agent = child(by, "pobj")
    if agent is None or noun.pos_ != "NOUN":
        return
    found = noun_target(noun)
    actor_span = np_span(agent)
    if found is None:
        # the parser may hang the target on the agent: "an attack by X on Y".
        found = _agent_target(agent)
        if found is not None:
            actor_span = agent.doc[actor_span.start : found[1].i]
        else:
            # or deeper, on the weapon: "an attack by X with shells carrying gas on Y".
            found = _weapon_phrase_target(noun)
            if found is None:
                return
    target, prep = found
    lemma = noun_lemma(noun)
    action = gerund_lemma(noun.text) if lemma.endswith("ing") else lemma
    relation = f"{noun.text} by {prep.text}"
    for patient in conjuncts(target):
        yield Frame(actor_span, noun, np_span(patient), "active", None, "event", relation, action)


def _weapon_phrase_target(noun: Token) -> tuple[Token, Token] | None:
    weapon = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "with"), None)
    for tok in weapon.subtree if weapon is not None else ():
        if tok.dep_ == "prep" and tok.lower_ in {"on", "against"}:
            pobj = child(tok, "pobj")
            if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}:
                return pobj, tok
    return None


def _agent_target(agent: Token) -> tuple[Token, Token] | None:
    for prep in agent.rights:
        if prep.dep_ == "prep" and prep.lower_ in {"on", "against", "at"}:
            pobj = child(prep, "pobj")
            if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}:
                return pobj, prep
    return None


def _opponent(noun: Token) -> Token | None:
    # "soldiers were killed in clashes with the rebels": the other side of a two-sided
    # fight did the killing ("talks with X" harm no one, so only fights count).
    lemma = noun_lemma(noun)
    if NOUN_VERBS.get(lemma, NOUN_VERBS.get(noun.lower_, lemma)) not in {"fight", "clash"}:
        return None
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            return child(prep, "pobj")
    return None


def fire_agent_frames(
    verb: Token, subj: Token, *, phrase_of: Token | None = None, passive: bool = False
) -> Iterator[Frame]:
    """Yield the event of a patient hurt "in X fire", "in X shelling" (a passive agent).

    "Eight civilians were killed in rebel fire" -> rebel kill eight civilians;
    "three people died in Russian air strikes" -> Russian strike three people;
    ``phrase_of``: the coordinated verb that carries the phrase ("were killed and
    others were wounded in clashes with X"); ``passive``: ``verb`` is a passive
    participle without its own auxiliary ("people killed in X shelling").
    """
    for prep in (phrase_of if phrase_of is not None else verb).rights:
        cause = _harm_cause(prep, verb)
        if cause is None:
            continue
        noun, who, words = cause
        passive = passive or any(k.dep_ == "auxpass" for k in verb.children)
        action = verb.lemma_.lower() if passive else gerund_lemma(noun.text)
        if not passive and noun.tag_ != "VBG" and not noun.lower_.endswith("ing"):
            action = noun_lemma(noun)
        if who.dep_ == "pobj":
            # "in strikes by the regime and Russian forces": each side did it.
            owners = [doer_span(side) for side in conjuncts(who)]
        else:
            owners = [verb.doc[who.left_edge.i : who.i + 1]]
        relation = join_tokens([*verb_group(verb), verb, *words, *np_span(noun)])
        for owner_span in owners:
            for patient in conjuncts(subj):
                target = without_aside(np_span(patient))
                yield Frame(owner_span, verb, target, "passive", None, "event", relation, action)


# Events of a whole conflict, not of one side: "the Syrian war", "the Iraqi conflict".
_GENERAL_NOUNS = frozenset({"war", "conflict", "violence", "hostilities", "unrest", "crisis"})


def _harm_cause(prep: Token, verb: Token) -> tuple[Token, Token, list[Token]] | None:
    """Return the event noun of "in X fire" ("due to X's attack"), who is behind it, the words."""
    # "in fighting with X": the gerund is a clause to the parser (see cause_phrase).
    phrase = cause_phrase(prep, verb)
    if phrase is None:
        return None
    noun, words = phrase
    split = split_gerund(noun)
    if split is not None:
        # "killed in army shelling": the parser split the owner from its noun.
        return split, noun, words
    if not is_event_noun(noun):
        return None
    # "in shelling and drone attacks by X": the agent of the last is the first's;
    # "killed in the Syrian conflict": a war's adjective names where, not who.
    general = noun_lemma(noun) in _GENERAL_NOUNS
    who = attacker(noun) or (None if general else owner(noun)) or _opponent(noun)
    for other in conjuncts(noun):
        who = who or attacker(other)
    return (noun, who, words) if who is not None else None
