"""Arms used on someone: the arms are the means, whom they were used on the target (private).

"The militia used chemical weapons" names how the militia attacked, not whom: an event
coder codes no target there, as for "used barrel bombs" (see
:func:`graph.extract.eventtargets.names_act`). The arms named by a kind rather than by a
munition ("weapons", "arms", "munitions", "nerve agents", "toxic substances", "poison
gases") are the means as much as a bomb is; the side or the place they were used on,
against or at is the target: "the army used banned weapons on the village" -> the
village, relation "used banned weapons on".
"""

from __future__ import annotations

from spacy.tokens import Token

from .eventnouns import counted_event, is_event_noun
from .lexicon import TIME_LABELS, WEEKDAYS, word_set
from .spans import child, conjuncts, join_tokens, np_span, verb_group

__all__ = ["is_used_arms", "used_on", "used_on_phrase"]

# Verbs that use arms: "used chemical weapons", "employed banned munitions".
_USING = word_set("use employ")
# Kinds of arms that name the means whatever modifies them: "weapons", "munitions".
_ARMS = word_set("weapon weapons arm arms munition munitions ammunition ordnance")
# Kinds that are arms only with a modifier saying what they hold: "nerve agents",
# "toxic substances", "poison gases" ("used agents" may be spies, "gases" fuel).
_STUFF = word_set("agent agents substance substances gas gases gasses chemical chemicals")
# Prepositions of whom or where arms were used: "used weapons on/against X".
_ON = word_set("on onto upon against at into")
# Nouns of how often or how much, never whom: "on several occasions", "on a large scale".
_MANNER = word_set("occasion occasions basis scale time times day days night account behalf")
# Nouns of how much of the arms: "small amounts of sarin", "quantities of chlorine".
_AMOUNTS = word_set("amount amounts quantity quantities")


def is_used_arms(verb: Token, noun: Token) -> bool:
    """Return whether ``noun`` names arms that ``verb`` used: "used chemical weapons".

    "Used nerve agents", "employed banned munitions" and "used small amounts of sarin"
    are; "used civilians as shields", "used agents" and "stockpiled weapons" are not.
    """
    if verb.lemma_.lower() not in _USING:
        return False
    noun = _measured(counted_event(noun))
    if is_event_noun(noun):
        return True  # "used small amounts of sarin"
    lemma = noun.lemma_.lower()
    if lemma in _ARMS or noun.lower_ in _ARMS:
        return True
    if lemma not in _STUFF and noun.lower_ not in _STUFF:
        return False
    return any(k.dep_ in {"amod", "compound"} for k in noun.children)


def used_on(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return whom or where arms were used on, and the relation, or None.

    "The army used chemical weapons on the village" -> the village, relation "used
    chemical weapons on"; "used banned weapons against the rebels" -> the rebels. "Used
    chemical weapons on Tuesday" and "on several occasions" say when and how often, and
    arms used on no one named give None (the act alone: see ``names_act``).
    """
    if not is_used_arms(verb, obj):
        return None
    found = used_on_phrase([obj, verb], obj.i)
    if found is None:
        return None
    prep, pobj = found
    # (the phrase may hang on the arms: "toxic substances against X" stops before it)
    words = [*verb_group(verb), verb, *(t for t in np_span(obj) if t.i < prep.i), prep]
    return list(conjuncts(pobj)), join_tokens(words)


def used_on_phrase(heads: list[Token], after: int) -> tuple[Token, Token] | None:
    """Return the first "on/against/at" phrase of ``heads`` after token ``after``, and its noun.

    "used weapons on the village" -> (on, village); "on Tuesday" and "on several
    occasions" say when and how often, not whom.
    """
    preps = [k for head in heads for k in head.rights if k.dep_ == "prep" and k.i > after]
    for prep in sorted(preps, key=lambda k: k.i):
        pobj = child(prep, "pobj")
        if prep.lower_ in _ON and pobj is not None and not _is_when(pobj):
            return prep, pobj
    return None


def _measured(noun: Token) -> Token:
    # "small amounts of sarin" -> sarin
    if noun.lemma_.lower() not in _AMOUNTS:
        return noun
    of = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    found = child(of, "pobj") if of is not None else None
    return found if found is not None else noun


def _is_when(pobj: Token) -> bool:
    lowered = pobj.lemma_.lower()
    return pobj.ent_type_ in TIME_LABELS or pobj.lower_ in WEEKDAYS or lowered in _MANNER
