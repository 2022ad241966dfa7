"""Which sense of a verb the CAMEO dictionary codes (private to :mod:`graph.extract`).

The dictionary codes many verbs only with particular complements, and news uses the same
verbs in other senses:

- CAMEO 03 ("express intent to cooperate") codes verbs of intending ("aim", "determine",
  "decide", "prepare") for the act they intend, an infinitive or an object: "aimed at the
  liberation" and "determines which planes fly" intend nothing;
- a particle verb is a verb of its own: "put out a fire" is no "fire", though "put" takes
  its object's event;
- "regained control of the town" is what the dictionary codes "TAKE * CONTROL".
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code, framed_event
from .cameodata import load_lexicon
from .lexicon import EVENT_NOUNS, _words

__all__ = ["codes_intent", "control_taken", "names_an_event", "particle_light"]

# Verbs of gaining or restoring that take "control of X": they code as "take control".
_CONTROL_VERBS = _words(
    "gain regain take retake seize wrest assume establish re-establish reestablish restore "
    "reassert recover"
)


def names_an_event(noun: Token) -> bool:
    """Return whether a noun names an event: an event noun, a nominal, a framed event."""
    lemma = noun.lemma_.lower()
    if lemma in EVENT_NOUNS or framed_event(noun) is not None:
        return True
    return lemma.endswith(("tion", "sion", "ment", "ing")) and len(lemma) > 6


def codes_intent(verb: Token, code: Code) -> bool:
    """Return whether a code of intent (CAMEO 03) has the act it intends on this verb.

    "aims to end the war", "prepared an offensive" intend something; "an operation aimed
    at the city", "the monitor determines which planes fly" do not.
    """
    if not code.cameo.startswith("03"):
        return True
    return any(k.dep_ in {"xcomp", "dobj"} for k in verb.children)


def particle_light(verb_lemma: str, particle: str) -> bool:
    """Return whether a particle verb takes its object's event: the dictionary codes its objects.

    "carry out raids" (CARRY_OUT patterns code attacks, raids, operations); "put out a
    fire" (PUT_OUT has no object pattern of its own) is no fire.
    """
    return any(
        p.own and p.obj and p.code.plover and p.particle == particle
        for p in load_lexicon().patterns.get(verb_lemma, ())
    )


def control_taken(verb: Token) -> Code | None:
    """Return the dictionary's code of "take control" for "regained control of the town"."""
    lexicon = load_lexicon()
    if lexicon.lemma(verb) not in _CONTROL_VERBS:
        return None
    controls = [
        k
        for k in verb.children
        if k.dep_ in {"dobj", "nsubjpass"}
        and k.lemma_.lower() == "control"
        and any(p.lower_ in {"of", "over"} for p in k.children)
    ]
    if not controls:
        return None
    return next(
        (
            p.code
            for p in lexicon.patterns.get("take", ())
            if p.obj and "control" in p.obj[-1] and not p.preps and not p.particle and p.code.plover
        ),
        None,
    )
