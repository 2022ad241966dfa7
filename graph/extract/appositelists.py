"""Lists the parser hangs on an apposition: "France Britain the US and Chile" (private).

Without commas the parser reads a list's next member as the apposition of the one before,
and hangs the rest of the list on it, so the extractor kept the first member only:

* two states' names side by side: "France Britain the United States and Chile condemned"
  ("Britain" <- appos "the United States" <- conj "Chile"); two different states' names,
  the second heading the rest of the list, are a list, not one state named twice;
* a party named by its relation and then its name ("regime ally Iran", see rolenames):
  "brokered by regime ally Karvonia and opposition backer Norland" ("ally" <- appos "Iran" <-
  conj "backer"); the list goes on after the name.

``spans.conjuncts`` goes on with the heads given here.
"""

from __future__ import annotations

from spacy.tokens import Token

from .rolenames import ROLE_NOUNS

__all__ = ["is_listed_apposition", "listed_after"]

# Entity labels of a state's name: "Britain", "the United States".
_STATE_LABELS = frozenset({"GPE"})
# Tags of one next member: "(ally Iran and) opposition backer", "(and) Qatar".
_ONE_TAGS = frozenset({"NN", "NNP"})
# Entity labels of a party's name after its relation noun: "ally Iran", "backer Hamas".
_NAME_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def listed_after(kid: Token) -> list[Token]:
    """Return the next members of a list the parser hung on the apposition ``kid``.

    "France Britain the US and Chile" -> [the US] (a conjunct itself, see
    :func:`is_listed_apposition`); "by regime ally Karvonia and opposition backer Norland" ->
    [backer] (the conjunct hung on the name of "ally"); else [].
    """
    if is_listed_apposition(kid):
        return [kid]
    if _is_role_name(kid):
        # (one party each: "its allies X and Y", "regime supporters X" are left as they are)
        return [k for k in kid.children if k.dep_ == "conj" and k.tag_ in _ONE_TAGS]
    return []


def is_listed_apposition(kid: Token) -> bool:
    """Return whether ``kid`` is the next name of a comma-less list of states, not an apposition.

    "Peru Chile the United States and others called" -> "the United States" (it
    heads "and others"); "Britain, the United States and others" has its own conjuncts,
    and "Damascus the Syrian capital and its suburbs" (a description, not a name),
    "Britain the United States" (no list after it) and a name after a comma stay.
    """
    head = kid.head
    if kid.dep_ != "appos" or kid.i < head.i or kid.left_edge.i != head.i + 1:
        return False  # "Britain, the United States": a comma before it
    if head.pos_ != "PROPN" or kid.pos_ != "PROPN":
        return False
    if head.ent_type_ not in _STATE_LABELS or kid.ent_type_ not in _STATE_LABELS:
        return False
    return kid.lower_ != head.lower_ and any(k.dep_ == "conj" for k in kid.children)


def _is_role_name(kid: Token) -> bool:
    # "regime ally Iran": the name right after the (one) relation noun it stands for
    head = kid.head
    return (
        kid.dep_ == "appos"
        and kid.i == head.i + 1
        and head.lower_ in ROLE_NOUNS
        and head.tag_ == "NN"
        and kid.pos_ == "PROPN"
        and kid.ent_type_ in _NAME_LABELS
    )
