"""Taking part in an act: the act's aim is the target, never "part" (private to extract).

"Hezbollah fighters took part in the attack on the town" is the fighters' attack on the
town: "part" is no side, and the act ("the attack") is no side either. As with a light
verb ("carried out a raid on X", see :func:`graph.extract.nountargets.light_verb_target`)
the act moves into the relation and its aim is the target:

- the event noun's own phrase names the aim: "took part in an offensive against the
  rebels" -> the rebels, relation "took part in an offensive against";
- a two-sided act names its sides: "took part in talks between the army and the rebels";
- else no side: "took part in the protests", "taking part in the offensive" -> no target
  ("took part in" is the relation), never "part".

How the event is classed (the act's class, not "take") is :mod:`graph.extract.participation`.
"""

from __future__ import annotations

from spacy.tokens import Token

from .eventnouns import is_event_noun
from .eventtargets import between_sides
from .nountargets import noun_target
from .spans import child, conjuncts, join_tokens, np_span, verb_group

__all__ = ["part_taken"]


def part_taken(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return the aims and the surface relation of "took part in ACT", or None.

    Args:
        verb: The clause's verb ("took").
        obj: Its object; None is returned unless it is "part".
    """
    if verb.lemma_.lower() != "take" or obj.lower_ != "part":
        return None
    prep = next(
        (k for k in [*obj.rights, *verb.rights] if k.dep_ == "prep" and k.lower_ == "in"), None
    )
    act = child(prep, "pobj") if prep is not None else None
    words = [*verb_group(verb), verb, obj]
    if prep is None or act is None or not is_event_noun(act):
        # "took part in the rally of the party": no act whose aim could be told
        return [], join_tokens(words)
    found = noun_target(act)
    if found is not None:
        aim, aim_prep = found
        phrase = list(act.doc[act.left_edge.i : aim_prep.i + 1])
        return list(conjuncts(aim)), join_tokens([*words, prep, *phrase])
    sides = [span.root for span in between_sides(act)]
    return sides, join_tokens([*words, prep, *np_span(act)])
