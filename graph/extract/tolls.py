"""A toll told in two passives: who hurt them named once, for both (private).

"Two guards were killed, and a cook was wounded by rebel shelling": the parser
hangs the "by" phrase on the second passive only, but a toll's two harms are one
attack's, so its agent is the first passive's too. Only harm verbs (kill, injure,
wound ...) share it, each passive with its own victims and auxiliary, and only forward
(the agent comes after the passive that lacks one): "was arrested and later killed by
X" tells two acts, and may have two doers, so nothing is shared there; nor is it when
the first passive has a phrase of its own ("killed in rocket fire ... one hurt by X",
"killed on Monday ... one hurt by X"), nor when its victims are armed men of the doer's
side or of the other victims' other side ("four rebels were killed and a guard wounded
by troops" tells a clash).

"Nine were killed and 14 injured as troops stormed the village": the time clause hangs
on the bare second participle and tells how its victims were hurt as well.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import HURT_VERBS, word_set
from .spans import child

__all__ = ["later_toll_agent", "may_share"]


# Armed men of each side: a toll of both sides tells a clash, each side hurt by the
# other, and men are not killed by their own side: "five rebels were killed and a
# guard wounded by gunmen" names who wounded the guard only.
_SIDES = {
    **dict.fromkeys(word_set("soldier troop army police policeman serviceman trooper"), "state"),
    **dict.fromkeys(
        word_set("militant rebel insurgent gunman fighter jihadist guerrilla militiaman"), "armed"
    ),
}


def later_toll_agent(verb: Token) -> Token | None:
    """Return the "by" agent of a harm passive coordinated after ``verb``, if it names one.

    "A boy was killed and six others were wounded by militia fire" -> "fire" for "killed".
    """
    if not _is_toll_passive(verb) or child(verb, "agent") is not None:
        return None
    if any(k.dep_ in {"prep", "npadvmod"} for k in verb.children):
        # "were killed in rocket fire ... one was hurt by Y": its own cause;
        # "was killed on Monday ... one was hurt by Y on Friday": its own time or place.
        return None
    # only the next passive tells the same toll: "four were killed and 43 hurt in X's
    # shelling, and one was hurt by Y" gives Y nothing of the four.
    later = next((k for k in verb.children if k.dep_ == "conj" and k.i > verb.i), None)
    if later is None or not _is_toll_passive(later):
        return None
    agent = child(later, "agent")
    doer = child(agent, "pobj") if agent is not None else None
    victims, others = child(verb, "nsubjpass"), child(later, "nsubjpass")
    if doer is None or victims is None or not may_share(victims, others, doer):
        return None
    return doer


def may_share(victims: Token, others: Token | None, doer: Token) -> bool:
    """Return whether the doer of the harm to ``others`` may have hurt ``victims`` too.

    "Four guards were killed and a rebel wounded by troops": not the guards (a clash,
    each side hurt by the other); "three soldiers were killed and two wounded as the
    army raided X": not the soldiers either (the army's own men).
    """
    side = _side(victims)
    if not side:
        return True
    return side != _side(doer) and _side(others) in {"", side}


def _side(noun: Token | None) -> str:
    """Return the side of armed men a noun names ("rebel mortar fire" too), else ""."""
    if noun is None:
        return ""
    words = [noun, *(k for k in noun.children if k.dep_ in {"compound", "amod", "poss"})]
    return next((_SIDES[w.lemma_.lower()] for w in words if w.lemma_.lower() in _SIDES), "")


def _is_toll_passive(verb: Token) -> bool:
    # a harm passive with its own victims: "six others were wounded".
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in HURT_VERBS
        and child(verb, "auxpass") is not None
        and child(verb, "nsubjpass") is not None
    )
