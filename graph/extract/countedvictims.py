"""The people a toll counts back are not who killed them (private to :mod:`graph.extract`).

"The patrol clashed with gunmen who tried to enter the village killing scores of them":
"scores of them" are counted among the gunmen, so the gunmen did not kill them; the
patrol, whose clash it tells the toll of, did. Without commas the small model hangs such
a gerund inside the victims' own phrase: on the verb of their relative clause ("who
tried to enter ... killing"), on a noun of it ("who had entered the suburb inflicting
losses on them and capturing many of them"), or it makes them the gerund's subject
("clashed with the gunmen killing a number of them"). The doer is the subject of the
clause the victims are the object of (:func:`counted_governor`). A gerund hung on the
noun itself is :func:`graph.extract.gerunds.gerund_doer`'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from .gerunds import clause_verb, counts_back
from .spans import child

__all__ = ["counted_governor"]

# How a gerund or the phrase it sits in hangs inside the victims' relative clause.
_INSIDE = frozenset({"advcl", "conj", "xcomp", "acl", "pobj", "dobj", "prep", "compound"})


def counted_governor(verb: Token) -> Token | None:
    """Return the clause whose subject did a toll that counts its victims back, or None.

    "clashed with gunmen who tried to enter the town killing scores of them" -> clashed;
    "clashed with the gunmen killing a number of them" -> clashed; None for a toll of
    someone else ("jets hit the market killing 14 of them": the shoppers), and when the
    victims are the clause's own subject ("gunmen who stormed the town killing ten fled").
    """
    if verb.tag_ != "VBG" or not _counted(verb):
        return None
    prep = verb.head
    if verb.dep_ == "pcomp" and child(verb, "nsubj") is not None and prep.dep_ == "prep":
        # "clashed with [the gunmen killing a number of them]"
        return prep.head if prep.head.pos_ == "VERB" else clause_verb(prep.head)
    relative = _relative_governor(verb)
    if relative is not None or verb.dep_ != "acl":
        return relative
    victims = verb.head
    if victims.tag_ in {"NNS", "NNPS"} and victims.dep_ in {"pobj", "dobj"}:
        # "committed a massacre among the residents killing 14 of them"
        return clause_verb(victims)
    return None


def _relative_governor(verb: Token) -> Token | None:
    """Return the clause the victims' relative clause hangs on, when the toll is inside it.

    "clashed with gunmen who tried to enter the town killing scores of them" -> clashed.
    """
    tok = verb
    for _ in range(10):
        if tok.dep_ == "relcl" and tok.head.i != tok.i:
            # the victims' relative clause: who they were the object of did it.
            return clause_verb(tok.head)
        if tok.dep_ not in _INSIDE or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _counted(verb: Token) -> bool:
    # "killing and injuring scores of them": the count may stand on the coordinated gerund.
    return counts_back(verb) or (verb.dep_ == "conj" and counts_back(verb.head))
