"""Scheduled meetings and deliveries: future acts told as fact, not offered (private).

PLOVER codes cooperation announced for the future as AGREE ("France said it will send
aid": an offer). News also tells what is on the calendar, which no one offers:

- a meeting to come: "the council will hold an urgent meeting on Friday", "the
  envoys will meet on Saturday", "a new round of talks will open on Tuesday" is a
  consultation (CONSULT) with future modality, not an intent to meet;
- an act that is due or set: "a convoy is due to deliver food on Monday", "the two
  sides are set to conclude the talks" keeps its own class (AID, CONSULT), as "is
  scheduled to" already does.

Not: "France will send aid" (an offer: AGREE), "the minister will visit Ankara" (a
visit the visitor announces: AGREE), "is ready to host talks" (willingness:
AGREE, see :mod:`graph.extract.contentclass`).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["is_scheduled"]

# Words of a timetable whose infinitive is due: "is due to", "are set to".
_DUE = frozenset({"due", "set"})
_MEETING = "CONSULT"
# Visits, which the visitor announces: "the minister will visit Ankara in June" is an
# intent to meet (PLOVER AGREE, CAMEO 036), not a meeting on the calendar.
_VISITS = frozenset({"visit", "tour", "host", "receive", "welcome", "travel", "go", "come"})


def is_scheduled(verb: Token, cls: str) -> bool:
    """Return whether a future act of class ``cls`` is on a timetable, not offered.

    "will hold a meeting" (CONSULT) and "is due to deliver aid" are; "will send aid" is not.
    """
    if cls == _MEETING:
        return verb.lemma_.lower() not in _VISITS
    tok = verb
    for _ in range(3):
        if tok.dep_ != "xcomp" or tok.head is tok:
            return False
        tok = tok.head
        if tok.lower_ in _DUE and (tok.dep_ == "acomp" or _passive(tok)):
            return True  # "was due to deliver", "are set to conclude"
    return False


def _passive(tok: Token) -> bool:
    # "are set to conclude": "set" with a passive auxiliary, not "set out to".
    return any(k.dep_ == "auxpass" for k in tok.children)
