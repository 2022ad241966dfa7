"""An attack told later of the kind the headline or lead names: its one doer's (issue 14).

News names its doer once, in the headline or the first sentence, and then tells the
attack by its weapons for paragraphs: "Tarvan jets pound a rebel town" over "... The
air strikes killed 12 people." When the look-back of :mod:`graph.normalize.attackers`
(two sentences) finds no attacker, an unowned attack takes the lead's doer when

- the headline and the first sentence name attackers of one side only, and no clash, and
  none is left open ("Syrian or Russian jets");
- the attack is of the same kind as the lead's: an air attack after jets or air strikes,
  shelling after shelling, a blast after a bombing ("the strikes" after "IS claims a
  suicide bombing" is no one's); a word of no kind ("the attack") takes none, nor one
  attack told as new ("An air strike hit the bridge"), as in :mod:`graph.normalize.chains`;
- nothing between names another side attacking, no sentence there or at the attack opens
  another story ("Meanwhile ...") or says no one knows who did it, and none up to the
  one after it tells a denial ("The army denied using such weapons").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..model import TITLE_INDEX, Event
from .agency import head_words
from .claimants import NEW_STORY, doubted, side_of
from .instruments import AIR_FORCE_WORDS
from .namedattacks import NAMELESS_MILITARY, may_own
from .phrase import STATE_TYPES, words_of
from .saiddoers import is_uncertain_attack

__all__ = ["DENIAL", "ONE_NEW", "lead_owner"]

# The sentences that name a story's doer for the rest of it: its headline and its lead.
_LEAD = (TITLE_INDEX, 0)
_AIR = AIR_FORCE_WORDS | frozenset(words_of("strike strikes raid raids airstrike airstrikes"))
_SHELLING = frozenset(
    words_of(
        "shell shells shelled shelling shellings mortar mortars rocket rockets artillery "
        "bombardment bombardments barrage barrages missile missiles"
    )
)
_BLAST = frozenset(
    words_of("blast blasts explosion explosions car suicide vbied vbieds ied ieds explode")
)
# Bombs are a state's air force's or a group's planted ones: by whom the lead says.
_BOMBS = frozenset(words_of("bomb bombs bombed bombing bombings"))
# A story told aside within the sentence: "Shelling in X has meanwhile killed three".
_ASIDE = re.compile(r"\b(?:meanwhile|elsewhere|separately)\b", re.I)
# One attack told as new ("a bombing", "an air strike"), not a run of them ("a wave of").
ONE_NEW = re.compile(r"\s*an?\s+(?!(?:string|wave|series|number|barrage|spate)\s+of\b)", re.I)
# A denial told, not "to deny X the ability to move"
DENIAL = re.compile(r"\b(?:denied|denies|denials?)\b", re.I)
_CLASH = re.compile(r"\b(?:clash(?:es|ed)?|battles?|fighting|fight|fought)\b", re.I)


def lead_owner(
    event: Event, named: Sequence[Event], texts: Mapping[int, str], day: str
) -> Event | None:
    """Return the lead's one attacker for an unowned attack of its kind, or None.

    Args:
        event: The attack told without its doer, owned by no sentence of its reach.
        named: The document's attacks whose doer the text names.
        texts: The document's sentences by index (the headline's too, when parsed).
        day: The document's date.
    """
    here = event.provenance.sentence_index
    lead = [e for e in named if e.provenance.sentence_index in _LEAD]
    if here < 2 or not lead or len({side_of(e) for e in lead}) > 1:
        return None
    if any(is_uncertain_attack(e) or _CLASH.search(texts.get(i, "")) for e in lead for i in _LEAD):
        return None
    between = [e for e in named if 0 < e.provenance.sentence_index <= here + 1]
    if any(side_of(e) != side_of(lead[-1]) or is_uncertain_attack(e) for e in between):
        return None  # another side attacks on the way, or one left open: whose is it?
    if any(NEW_STORY.match(texts.get(i, "")) for i in range(1, here + 1)):
        return None
    if any(DENIAL.search(texts.get(i, "")) for i in range(TITLE_INDEX, here + 2)):
        return None  # "The army denied it used such weapons": the lead's word is disputed
    if doubted(event, texts, here + 1):
        return None
    owner = lead[-1]
    if ONE_NEW.match(event.actor):
        return None  # "An air strike hit X": one attack told as new, maybe anyone's
    if owner.actor_id == NAMELESS_MILITARY or _ASIDE.search(event.provenance.sentence):
        return None  # "warplanes" tell no more whose; "Shelling has meanwhile killed three"
    kinds = _kinds(head_words(event.actor), state=None)
    if not kinds & _kinds(_lead_words(owner), owner.actor_type in STATE_TYPES):
        return None
    return owner if may_own(owner, event, day) else None


def _lead_words(event: Event) -> list[str]:
    """Return the words saying how the lead's attacker attacked: "jets pound", "bombing"."""
    return f"{event.actor} {event.action} {event.relation} {event.instrument}".split()


def _kinds(words: Sequence[str], state: bool | None) -> set[str]:
    """Return the kinds of attack words tell: air, shelling, blast.

    Bombs are of the kind of who drops them (``state``), or, of no one known, of the
    kind their other words tell ("a car bomb"), else of either ("the bombing").
    """
    lowered = {w.lower() for w in words}
    kinds = {
        kind
        for kind, vocab in (("air", _AIR), ("shelling", _SHELLING), ("blast", _BLAST))
        if lowered & vocab
    }
    if lowered & _BOMBS and state is not None:
        kinds.add("air" if state else "blast")
    elif lowered & _BOMBS and not kinds:
        kinds = {"air", "blast"}
    return kinds
