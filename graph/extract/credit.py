"""Who a clause is credited to: "according to X", "X said (that) ...", "X accused Y of" (private).

The speaker of a reported clause, the source of an "according to" phrase, the accuser
of an accused act, or the speaker of a tag after the clause ("... said the monitor").
"""

from __future__ import annotations

from spacy.tokens import Token

from .alleged import accuser, accusing_verb
from .appositions import named_head
from .claims import claimed_doer, claimer
from .hedges import doer_nouns
from .lexicon import SPEECH_VERBS
from .modalwords import ACCUSE_VERBS
from .spans import child, np_span
from .speechtags import speaker, tagged_speaker


def attribution(verb: Token, according: dict[int, str]) -> str:
    """Return who a clause is credited to: "according to X", or the speaker of "X said".

    Args:
        verb: The clause's verb.
        according: Sources of "according to" phrases by the index of the word they
            hang from (see :class:`DocContext`).
    """
    tok = came = verb
    for _ in range(12):
        if according.get(tok.i):
            return according[tok.i]
        accusing = accusing_verb(tok)
        if accusing is not None and accusing.lemma_ in ACCUSE_VERBS:
            # "the army accused the militia of shelling ...", "the militia was accused
            # by the army of shelling ...": the army says so.
            source = accuser(accusing)
            if source:
                return source
        tagged = tagged_speaker(tok, came)
        if tagged:
            # "the army regained the village said the monitor": a tag after the clause.
            return tagged
        if tok.dep_ == "ccomp" and tok.head.lemma_ in SPEECH_VERBS:
            subj = speaker(tok.head)
            if subj is not None:
                return np_span(named_head(subj)).text
        if tok.head.i == tok.i:
            break
        came, tok = tok, tok.head
    return _claimant(verb)


def _claimant(verb: Token) -> str:
    """Return who claims the act of ``verb`` or of the noun ``verb`` is (see claims.py)."""
    # "X claimed the raid on Y" (the noun); "a raid claimed by X killed nine" (a clause).
    nominal = verb.pos_ in {"NOUN", "PROPN"}
    who = claimer(verb) if nominal else claimed_doer(verb, doer_nouns(verb))
    return np_span(named_head(who)).text if who is not None else ""


def according_source(according: Token) -> str:
    """Return who an "according to" phrase credits."""
    to = child(according, "prep")
    pobj = child(to, "pobj") if to is not None else None
    if pobj is None:
        return ""
    # "according to a statement issued by the ministry" credits the ministry.
    issued = child(pobj, "acl")
    agent = child(issued, "agent") if issued is not None else None
    author = child(agent, "pobj") if agent is not None else None
    return np_span(author if author is not None else pobj).text
