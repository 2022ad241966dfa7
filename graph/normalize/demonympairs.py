"""Two nationalities glued before one force: "Syrian Russian jets" (private, issue 14).

Feeds that strip commas write "Syrian, Russian jets" (or "Syrian and Russian jets" cut
short in a headline) as "Syrian Russian jets", and the phrase resolves to its first
nationality alone (so does "Syrian, Russian jets" when the parser reads it as one
phrase). Two or more demonyms of different countries side by side, then a force or a
weapon in lower case ("jets", "air strikes", "troops"), name one doer per country:
"Syrian" and "Russian jets" (the first coded by its own word, as in
:mod:`graph.normalize.firstside`), one act of two sides for the look-back
(:mod:`graph.normalize.jointowners`). A name ("the Syrian American Medical Society"), a
backer ("Russian Iranian backed militias": militias both back), a people inside a
country ("Syrian Kurdish fighters") and alternatives ("Syrian or Russian jets") stay as
they are.
"""

from __future__ import annotations

import itertools

from ..extract.agentnouns import is_means_noun
from .agents import find_agent
from .gazetteer import Gazetteer

__all__ = ["demonym_run"]


def demonym_run(text: str, gaz: Gazetteer) -> list[str]:
    """Return the doers of "Syrian Russian jets" (["Syrian", "Russian jets"]), else []."""
    words = text.split()
    article = len(words[0]) + 1 if words and words[0].lower() == "the" else 0
    mentions = gaz.find_mentions(text)
    if len(mentions) < 2 or mentions[0].start != article:
        return []
    if any(text[one.end : nxt.start].strip(" ,") for one, nxt in itertools.pairwise(mentions)):
        return []
    actors = [gaz.get(mention.actor_id) for mention in mentions]
    if any(a is None or a.actor_type != "country" for a in actors):
        return []
    if {m.via for m in mentions} != {"demonym"} or len({m.actor_id for m in mentions}) < len(
        mentions
    ):
        return []
    rest = text[mentions[-1].end :].split()
    if not rest or any(not w.islower() or w.endswith("ed") or "-" in w for w in rest):
        return []  # a name, a backer ("backed militias") or anything else after them
    head = rest[-1]
    # a weapon or a force: "jets", "air strikes", "airstrikes" (air + strikes), "troops"
    if not (is_means_noun(head.removeprefix("air")) or find_agent([head]) is not None):
        return []
    firsts = [text[: mentions[0].end], *(text[m.start : m.end] for m in mentions[1:-1])]
    return [*firsts, text[mentions[-1].start :]]
