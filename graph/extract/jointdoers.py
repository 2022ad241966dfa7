"""Two doers joined inside one noun phrase: "Russian aircraft and regime helicopters".

The parser often reads two full noun phrases, each with its own owner word, as one:
the first head becomes a modifier of the second ("aircraft" hangs on "helicopters"),
so the whole run was one actor coded by its last words. Here each doer gets its own
span: "Russian aircraft" and "regime helicopters" (both spans stay contiguous).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .agentnouns import is_agent_noun, is_generic_agent
from .alternatives import is_alternative
from .coowners import coordinated_sides

__all__ = ["each_doer", "joint_doers"]

# How a head hangs on the next noun when the parser joins two phrases.
_JOINED_DEPS = frozenset({"nmod", "compound"})
# How an owner word hangs on its own head: "Russian aircraft", "the army's artillery".
_OWNER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# Entity labels of owner words (the parser tags "Christian" a person, too).
_OWNER_LABELS = frozenset({"GPE", "NORP", "LOC", "PERSON"})
# Words that open a pair and belong to neither doer: "both Russian jets and ...".
_OPENERS = frozenset({"both"})


def joint_doers(noun: Token, span: Span) -> list[Span] | None:
    """Return the two doers' spans when ``span`` joins two full doer phrases, else None.

    "Turkish artillery and coalition jets" -> "Turkish artillery", "coalition jets"; "the
    army's artillery and air force units" -> "the army's artillery", "air force units".
    Both heads must name a doer (a force, a body of people or a war machine), the first
    a force of Phoenix's agents with an owner word of its own. "Rebel rocket and sniper
    fire" (one fire), "artillery and rocket shells" (no owner), "civil defence and
    ambulance teams" (no force) and "Russian and regime jets" (owners of one noun, see
    argspans) stay as they are.
    """
    if not _is_doer(noun):
        return None
    for mod in noun.doc[span.start : noun.i]:
        after = mod.i + 1
        if (
            mod.dep_ in _JOINED_DEPS
            and mod.i < mod.head.i <= noun.i  # on the head or its compound ("air force")
            and mod.pos_ in {"NOUN", "PROPN"}
            and span.start < mod.i
            and after + 1 < noun.i
            and noun.doc[after].lower_ == "and"
            and _is_doer(mod)
            and is_generic_agent(mod.text)  # a force: not "civil defence", "Alawite sect"
            and _has_owner(mod, span.start)
        ):
            doc = noun.doc
            start = span.start + (doc[span.start].lower_ in _OPENERS)
            return [doc[start:after], doc[after + 1 : span.end]]
    return None


def each_doer(noun: Token, span: Span) -> list[Span]:
    """Return each doer's span of ``span``: two joined doers, or each of coordinated owners.

    "by Turkish artillery and coalition jets" -> both phrases (see :func:`joint_doers`);
    "by Russian and Syrian jets" -> the whole phrase for the first owner (read as
    "Russian jets") and "Syrian jets" (see ``coowners``); "by Syrian or Russian jets"
    (one side, not known), "by rocket and sniper attacks" (no owners) and "by Russian
    jets" -> [span].
    """
    joint = joint_doers(noun, span)
    if joint is not None:
        return joint
    owners = coordinated_sides(noun, span.start)
    later = [noun.doc[kid.i : span.end] for kid in owners if not is_alternative(kid)]
    return [span, *later]


def _is_doer(noun: Token) -> bool:
    # "helicopters", "artillery", "fighters", "units": a force or its war machine; a
    # name of a place or a people is an owner word ("U.S. and Russian diplomats",
    # "Christian and Druze minorities": owners of one noun), an army's is not
    if noun.ent_type_ in _OWNER_LABELS:
        return False
    return is_agent_noun(noun.text) or is_generic_agent(noun.text)


def _has_owner(mod: Token, start: int) -> bool:
    # "Russian aircraft", "the army's artillery": an owner word before the first head
    # (the parser may hang "army's" on the last noun of the run)
    return any(tok.dep_ in _OWNER_DEPS for tok in mod.doc[start : mod.i])
