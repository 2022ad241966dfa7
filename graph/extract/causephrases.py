"""The attack a harm is put down to: "killed due to a rocket attack by X" (private).

News reports the victims first and the attack as their cause: "four porters were
killed due to a terrorist mortar attack", "five people died as a result of shelling by
the rebels", "two were wounded following Russian air strikes". The attack's owner (or
its "by" agent) did the harm and the victims are its target, as for "killed in rebel
fire" (see :func:`graph.extract.eventnouns.fire_agent_frames`, which asks
:func:`cause_phrase` for the event noun of each phrase on the verb).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import HURT_VERBS, MEASURE_NOUNS
from .spans import child, np_span

__all__ = ["HARM_LEMMAS", "cause_phrase", "doer_span", "phrases_of"]

# Phrases that place a harm inside an event: "killed in rebel fire", "by shelling".
_IN_PREPS = frozenset({"in", "by", "under"})
# Phrases that name an event as a harm's cause, its lead-up or its time: "due to",
# "after", "killed during an air raid by X", "died from barrel bomb attacks by X".
_CAUSE_PREPS = frozenset({"due", "because", "owing", "after", "following", "during", "from"})
# Cause phrases that may open a sentence: "In the raid, six died", "As a result of X";
# not a time ("Days after the regime's attack, a bomb killed ten": another happening).
_FRONTED_CAUSES = frozenset({"in", "during", "as", "due", "because", "owing"})
# Harms an attack causes; "the suspect was arrested after an attack" names no cause.
HARM_LEMMAS = HURT_VERBS | frozenset({"die", "perish", "destroy", "damage"})


def cause_phrase(prep: Token, verb: Token) -> tuple[Token, list[Token]] | None:
    """Return the event noun of a harm's cause phrase and the words that open the phrase.

    "in rebel fire" -> (fire, [in]); "due to a rocket attack" -> (attack, [due, to]);
    "as a result of shelling" -> (shelling, [as, a, result, of]); a cause phrase other
    than "in", "by" or "under" ("due to", "after", "during") only counts for a harm
    ("killed", "died", "destroyed").
    """
    phrase = _cause_phrase(prep, verb)
    if phrase is None or verb.lemma_.lower() not in HARM_LEMMAS:
        return phrase
    return _measured(*phrase)


def phrases_of(verb: Token) -> list[Token]:
    """Return the phrases on a harm verb: after it, or opening its clause before its subject.

    "three died in rebel shelling"; "As a result of the rebel shelling, three died" (the
    phrase opens the sentence, a cause and no time: not "Days after the raid, ...");
    "In the raid, two barns were burned and six men killed" (on the first of two verbs).
    """
    first = verb.head if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} else verb
    fronted = [
        k
        for k in first.lefts
        if k.dep_ == "prep" and k.lower_ in _FRONTED_CAUSES and _opens_clause(k, first)
    ]
    return [*fronted, *verb.rights]


def _opens_clause(prep: Token, verb: Token) -> bool:
    """Return whether a phrase before a verb opens its sentence, before its subject."""
    subjects = [k.i for k in verb.lefts if k.dep_ in {"nsubj", "nsubjpass"}]
    return prep.left_edge.i == verb.sent.start and all(prep.i < i for i in subjects)


def _cause_phrase(prep: Token, verb: Token) -> tuple[Token, list[Token]] | None:
    low = prep.lower_
    if prep.dep_ != "prep":
        return None
    if low in _IN_PREPS:
        noun = _told_act(prep) or child(prep, "pobj") or child(prep, "pcomp")
        return (noun, [prep]) if noun is not None else None
    if verb.lemma_.lower() not in HARM_LEMMAS:
        return None
    if low in {"after", "following", "during", "from"}:
        # the tagger may read "following" as a verb with an object, and a gerund as a
        # clause: "died from shelling by the rebels".
        noun = child(prep, "pobj", "dobj", "pcomp")
        return (noun, [prep]) if noun is not None else None
    if low == "as":
        result = child(prep, "pobj")
        if result is None or result.lemma_.lower() != "result":
            return None
        return _linked(result, prep, {"of"})
    return _linked(prep, prep, {"to", "of"}) if low in _CAUSE_PREPS else None


def _told_act(prep: Token) -> Token | None:
    """Return the act a free relative after ``prep`` says it was, else None.

    "killed in what they believed were regime air strikes" -> strikes; "in what is
    believed to have been US raids" -> raids ("what" opens the phrase, and the act is
    what "be" says it was).
    """
    after = prep.i + 1
    if after >= len(prep.doc) or prep.doc[after].lower_ != "what":
        return None
    return next(
        (t for t in prep.subtree if t.dep_ == "attr" and t.head.lemma_.lower() == "be"), None
    )


def _measured(noun: Token, words: list[Token]) -> tuple[Token, list[Token]]:
    """Return the act a measure noun counts out, with the measure among the phrase's words.

    "killed in a series of Karvonian air strikes" -> (strikes, [in, a, series, of]); "in
    three days of regime shelling" -> (shelling, [in, three, days, of]); any other noun
    is returned as it is ("in rebel fire" -> (fire, [in])). Only for a harm: "engaged in
    a week of fighting with X" says who fought, not who was hurt.
    """
    if noun.lemma_.lower() not in MEASURE_NOUNS and noun.lower_ not in MEASURE_NOUNS:
        return noun, words
    link = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    act = child(link, "pobj") if link is not None else None
    if link is None or act is None:
        return noun, words
    return act, [*words, *noun.doc[np_span(noun).start : link.i + 1]]


def _linked(word: Token, first: Token, links: set[str]) -> tuple[Token, list[Token]] | None:
    # "due to X": the parser hangs "to" on "due" (pcomp or prep) and X on "to" or "due".
    link = next((k for k in word.rights if k.lower_ in links and k.dep_ in {"prep", "pcomp"}), None)
    if link is None:
        return None
    after = [k for k in word.rights if k.dep_ in {"pobj", "pcomp"} and k.i > link.i]
    noun = child(link, "pobj") or child(link, "pcomp") or (after[0] if after else None)
    if noun is None:
        return None
    return noun, list(first.doc[first.i : link.i + 1])


# Prepositions that say whom an act was aimed at: "an attack by X on Y".
_AIM_PREPS = frozenset({"on", "against", "at", "into", "upon"})


def doer_span(agent: Token) -> Span:
    """Return the phrase of an act's agent without the act's target the parser hung on it.

    "in a mortar attack by the insurgents on the factory" -> "the insurgents".
    """
    span = np_span(agent)
    aimed = [k.i for k in agent.rights if k.dep_ == "prep" and k.lower_ in _AIM_PREPS]
    return span.doc[span.start : min([span.end, *aimed])]
