"""Where aid goes and forces are sent when no one is named to receive them (private).

PLOVER codes aid by its recipient and a deployment by the place or side it goes to;
the aid and the troops are the doer's own, never the target:

- "the convoy brought food to the besieged districts" -> the districts;
- "doctors gave first aid to the injured" -> the injured; "handed out blankets to those
  left in the camp" -> the camp (where the people it reaches are);
- "the army sent fresh troops to the airport" -> the airport; "massed tanks along its
  border with Iraq" -> Iraq (the side across the border).

:func:`graph.extract.recipients.recipient_target` asks here when the clause names no
one; a side named ("sent aid to the refugees", "sent troops to Mali") is found there.
Where the sentence names no place either ("sent reinforcements", "sent aid for rescue
work") the object stays the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import FACILITY_NOUNS, GROUND_NOUNS, PLACE_LABELS, PLACE_NOUNS, word_set
from .spans import child, conjuncts, join_tokens, verb_group

__all__ = ["destination", "is_forces"]

# Verbs that pass a thing on or send it somewhere.
_GIVING = word_set(
    "deliver distribute provide send dispatch bring supply give airdrop ship donate "
    "allocate rush transport airlift offer hand"
)
# Verbs that put forces somewhere: the place is where they stand ("deployed troops in X").
_POSTING = word_set("deploy redeploy station mass position post amass")
# Particles that make a giving verb no giving: "brought about a change".
_TURNING = word_set("about")
# Counts a clause moves, not things given: "brought the toll to 40".
_TALLIES = word_set("toll number total tally count figure")
_TO_PREPS = frozenset({"to", "into", "toward", "towards", "for"})
_AT_PREPS = _TO_PREPS | {"in", "on", "at", "along", "near"}
# "provided treatment in the camp": aid given in a place reaches it (a place, no one).
_GIVEN_PREPS = _TO_PREPS | {"in"}
_ONWARD = frozenset({"to", "into", "toward", "towards"})
# A doer's own forces, sent or posted ("sent reinforcements", "deployed tanks").
_FORCES = word_set(
    "troop troops force forces reinforcement reinforcements soldier soldiers fighter "
    "fighters unit units personnel marine marines commando commandos battalion battalions "
    "brigade brigades tank tanks warplane warplanes jet jets aircraft warship warships "
    "militiaman militiamen convoy convoys"
)
# Adjectives used as nouns for people in need: "aid to the wounded".
_NEEDY = word_set(
    "wounded injured sick needy poor displaced besieged hungry elderly homeless "
    "vulnerable stranded trapped"
)
_PLACES = PLACE_NOUNS | FACILITY_NOUNS | GROUND_NOUNS | word_set("field airbase facility")


def destination(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return where a thing or one's own forces go and the surface relation, or None.

    "delivered aid to besieged areas" -> areas, "delivered aid to"; "sent
    reinforcements to the base" -> the base; "sent aid for rescue work" -> None.
    """
    lemma = verb.lemma_.lower()
    posting = lemma in _POSTING
    if not (posting and is_forces(obj) or lemma in _GIVING and _is_own_load(obj)):
        return None  # "posted a letter on the page": only forces are posted
    if any(k.dep_ == "prt" and k.lower_ in _TURNING for k in verb.children):
        return None
    preps = _AT_PREPS if posting else _GIVEN_PREPS
    for prep in _phrases(verb, obj):
        if prep.lower_ not in preps:
            continue
        people = posting or prep.lower_ != "in"
        place = _receiver(child(prep, "pobj"), people=people)
        if place is not None:
            phrase = [*verb_group(verb), verb, *verb.doc[obj.left_edge.i : obj.i + 1], prep]
            return list(conjuncts(place)), join_tokens(phrase)
    return None


def _is_own_load(obj: Token) -> bool:
    """Return whether an object is a thing passed on or the doer's own forces.

    "food", "medical treatment", "reinforcements", "tanks"; not a party ("sent Ahmed",
    "provided the armed groups in X with arms") nor a count ("brought the toll to 40").
    """
    if obj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or obj.pos_ == "PROPN":
        return False
    if is_forces(obj):
        return True
    from .agentnouns import is_someone  # agentnouns -> eventnouns -> classify -> here
    from .recipients import is_thing  # recipients asks here for its fallback

    return is_thing(obj) and not is_someone(obj) and obj.lemma_.lower() not in _TALLIES


def is_forces(noun: Token) -> bool:
    """Return whether a noun names a doer's own forces ("reinforcements", "tanks")."""
    return noun.lemma_.lower() in _FORCES or noun.lower_ in _FORCES


def _phrases(verb: Token, obj: Token) -> list[Token]:
    """Return the phrases on the verb, the object, its "of" noun and participle, in order.

    "sent reinforcements of fighters into the town": the phrase may hang on the "of" noun.
    """
    heads = [obj, *(k for p in obj.rights if p.lower_ == "of" for k in p.children), verb]
    found = [k for h in heads for k in h.rights if k.dep_ in {"prep", "dative"}]
    # "reinforcements backed by X to Y"; not "the number killed in X"
    acls = [k for k in obj.rights if k.dep_ == "acl"]
    found += [k for h in acls for k in h.rights if k.dep_ == "prep" and k.lower_ in _ONWARD]
    return sorted(found, key=lambda k: k.i)


def _receiver(pobj: Token | None, *, people: bool = True) -> Token | None:
    """Return the place or the people in need a phrase names, else None.

    "to the town of Madaya" -> Madaya; "to its border with Iraq" -> Iraq; "to an armed
    group"; "to the wounded"; "to those remaining in the camp" -> the camp; not "to 40",
    "on Thursday".
    """
    if pobj is None or pobj.ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY"}:
        return None
    lemma = pobj.lemma_.lower()
    if lemma == "border":
        across = [child(p, "pobj") for p in pobj.rights if p.lower_ == "with"]
        return next((t for t in across if t is not None), pobj)
    if pobj.ent_type_ in PLACE_LABELS or lemma in _PLACES:
        from .recipients import named_place  # recipients asks here for its fallback

        return named_place(pobj)
    if not people:
        return None  # "provided aid in their fight": no place
    if _is_party(pobj):
        return pobj  # "to an armed group", "to groups tied to X": nouns the side lists lack
    if pobj.lower_ in _NEEDY and any(k.dep_ == "det" for k in pobj.children):
        return pobj  # "the wounded", not "wounded" as a verb
    if pobj.lower_ == "those":
        return _where_they_are(pobj)
    return None


def _is_party(noun: Token) -> bool:
    """Return whether a noun names a party, not an act ("the Syrian war", "army operations")."""
    from .agentnouns import is_agent_noun  # agentnouns -> eventnouns -> classify -> here
    from .recipients import is_actor_noun, is_named
    from .senses import names_an_event

    if names_an_event(noun):
        return False
    agent = noun.pos_ == "NOUN" and is_agent_noun(noun.lower_)
    return agent or is_actor_noun(noun) or is_named(noun)


def _where_they_are(those: Token) -> Token | None:
    """Return the place of "those remaining in the camp", "those who stayed in X"."""
    clauses = [k for k in those.children if k.dep_ in {"acl", "relcl"}]
    phrases = [p for c in clauses for p in c.children if p.dep_ == "prep"]
    places = [_receiver(child(p, "pobj")) for p in phrases if p.lower_ in {"in", "inside", "at"}]
    return next((p for p in places if p is not None and p.lower_ != "those"), None)
