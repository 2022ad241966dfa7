"""Headlines that count victims without an auxiliary: "Five killed, 20 injured in X" (private).

A headline drops the auxiliary of its passives: "Five killed 20 injured in terrorist
attacks in Damascus" means five were killed and 20 injured, and the small model reads
it as an active clause ("Five killed 20"). A harm verb with no auxiliary whose subject
is a count of people and whose object, if any, is another count (or "others") with its
own harm participle is such a headline: the counts are the victims, and "in X attacks"
(on either participle) names who hurt them; with no one named the victims are a fact.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from .causes import harm_frames
from .frames import Frame
from .lexicon import HURT_VERBS
from .nounframes import fire_agent_frames
from .spans import child, np_span

# Nouns that count people: "Dozens of recruits killed in X".
_COUNT_WORDS = frozenset({"dozens", "scores", "tens", "hundreds", "thousands"})
# Words that name the rest of a headline's victims: "Two killed others injured in X".
_OTHERS = frozenset({"others", "more"})


def _is_count(noun: Token | None) -> bool:
    """Return whether ``noun`` is a count of people: "Five", "12 civilians", "at least 20"."""
    if noun is None or any(k.dep_ in {"det", "poss"} for k in noun.children):
        return False  # "the two killed ten": the two are someone
    if noun.pos_ == "NUM" or noun.tag_ == "CD" or noun.lower_ in _COUNT_WORDS:
        return True  # ("Dozens of recruits killed")
    return any(k.dep_ == "nummod" for k in noun.children)


def _is_victims(noun: Token | None) -> bool:
    """Return whether ``noun`` counts people or names the rest of them: "20", "others"."""
    return noun is not None and (_is_count(noun) or noun.lower_ in _OTHERS)


def _participle(noun: Token) -> Token | None:
    """Return the harm participle of a count: "20 injured" -> injured."""
    return next(
        (
            k
            for k in noun.rights
            if k.dep_ in {"acl", "amod"} and k.tag_ == "VBN" and k.lemma_.lower() in HURT_VERBS
        ),
        None,
    )


def _second_participle(verb: Token) -> Token | None:
    """Return the participle of the headline's next count: "Five killed(,) 20 injured"."""
    for tok in verb.doc[verb.i + 1 : verb.sent.end]:
        if tok.tag_ == "VBN" and tok.lemma_.lower() in HURT_VERBS and _is_victims(tok.head):
            return tok
        if tok.pos_ == "VERB" or tok.dep_ == "prep":
            return None
    return None


def is_headline_harm(verb: Token) -> bool:
    """Return whether ``verb`` is a headline's passive read as active ("Five killed 20 ...")."""
    if verb.lemma_.lower() not in HURT_VERBS or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if any(k.dep_ in {"aux", "auxpass", "neg"} for k in verb.children):
        return False
    subj, obj = child(verb, "nsubj"), child(verb, "dobj")
    if subj is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        return is_headline_harm(verb.head)  # "Dozens killed and wounded in X"
    listed = _is_victims(obj) and obj is not None and _participle(obj) is not None
    if listed or (obj is None and _second_participle(verb) is not None):
        # "Shepherd killed 12 injured in X": a count with its own participle follows, so
        # the first noun is a victim too, counted or not (a named group is no victim,
        # a counted people is: "2 Syrians killed 5 injured").
        if subj is None or subj.ent_type_ in {"ORG", "GPE"}:
            return False
        return subj.ent_type_ != "NORP" or _is_count(subj)
    return _is_count(subj) and obj is None


def headline_frames(verb: Token) -> Iterator[Frame]:
    """Yield who hurt the headline's first victims, or the fact that they were hurt.

    "Five killed 20 injured in terrorist attacks" -> terrorist kill Five (the second
    count is its participle's own clause); "Three killed" -> the fact "Three be killed".
    """
    victims = child(verb, "nsubj") or (child(verb.head, "nsubj") if verb.dep_ == "conj" else None)
    if victims is None:
        return
    found = harm_frames(verb, victims, passive=True)
    part = _second_participle(verb)
    if not found and part is not None:
        # the phrase hangs on the last participle but tells of both.
        found = list(fire_agent_frames(verb, victims, phrase_of=part, passive=True)) or [
            replace(frame, verb=verb, action=verb.lemma_.lower())
            for frame in harm_frames(part, victims, passive=True)
        ]
    if found:
        yield from found
        return
    action = f"be {verb.lower_}"
    yield Frame(np_span(victims), verb, None, "relation", None, "relation", action=action)
