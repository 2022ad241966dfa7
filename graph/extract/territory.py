"""Acts on ground the dictionary does not code by their verb (private to extract).

- regaining a place is retaking it: "the army regained the town", "the rebels recovered
  two villages" are what "retake" is in ``ontology.ttl`` (the dictionary codes "regain"
  only with "control", see :func:`graph.extract.senses.control_taken`);
- taking a place is seizing it: "the rebels took the village", "militants took Kafr Nasr"
  get the dictionary's "take territory" (192, occupy territory), which the dictionary
  gives only to a military subject or to the word "territory"; a preposition after the
  object says when or how ("took Kafr Nasr in 2014"), it is no particle ("took over X");
- spreading or tightening one's hold on ground is taking it: "the militia expanded its
  control of the city", "tightening their grip on the province", "consolidated its hold
  over the villages" get the dictionary's "take control" (192), as ``senses.control_taken``
  codes "seized control of"; a hold on armed men is force against them ("tightened the
  grip on the gunmen", 190); a hold on power, the economy or the vote is no fighting;
- breaking through a front, a siege or an encirclement is fighting: "pierced the ring of
  regime-held territory", "breached the army's lines", "broke the siege of the city"
  (CAMEO 190, conventional military force), whatever the verb codes with other objects
  ("breached the agreement" defies it).

A share or a measure of ground is ground: "large swathes of territory", "300 square
kilometres of land", "most of the province" (:func:`ground_part`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .cameodata import load_lexicon
from .labels import label_class
from .lexicon import FACILITY_NOUNS, GROUND_NOUNS, PARTICLES, PLACE_LABELS, PLACE_NOUNS, word_set

__all__ = [
    "broken_through",
    "control_tightened",
    "ground_part",
    "place_regained",
    "place_taken",
]

_REGAIN_VERBS = word_set("regain reclaim recover")
_BREAK_VERBS = word_set("break breach pierce penetrate puncture crack smash")
# What a force breaks through: a front and its defences, a siege and its ring.
_OBSTACLES = word_set(
    "line lines front frontline frontlines defence defences defense defenses siege sieges "
    "ring cordon encirclement blockade barrier barriers fortification fortifications "
    "perimeter"
)
_FORCE = Code("190", "FIGHT", "")
# Ways one takes to go somewhere, not ground one seizes: "took the road to the coast".
_PARTICLES = frozenset(PARTICLES)
_WAYS = word_set("road route highway crossing corridor bridge path")
_DWELLINGS = word_set("home house shelter tent")
_SPREADING = word_set("expand extend consolidate tighten")
_HOLDS = word_set("control grip hold")
_HOLD_PREPS = word_set("of over on in into across around")
_OCCUPY = Code("192", "FIGHT", "")
# Parts of a country named by direction: "tightening their grip in the north".
# Shares and measures of ground: "swathes of territory", "300 kilometres of land".
_PARTS = word_set(
    "most much all some part parts half rest bulk majority swathe swathes swath swaths "
    "stretch stretches percent kilometre kilometres kilometer kilometers km mile miles "
    "hectare hectares acre acres"
)
_QUARTERS = word_set("north south east west northeast northwest southeast southwest part parts")


def _objects(verb: Token) -> list[Token]:
    found = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        found.append(verb.head)  # "the villages recovered by the army"
    return found


def ground_part(noun: Token) -> Token:
    """Return the ground a share or measure of it names ("swathes of territory"), else noun."""
    if noun.lower_ not in _PARTS and noun.lemma_.lower() not in _PARTS:
        return noun
    of = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    pobj = next((k for k in of.children if k.dep_ == "pobj"), None) if of is not None else None
    return noun if pobj is None else pobj


def _is_place(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in PLACE_LABELS or lemma in PLACE_NOUNS | GROUND_NOUNS


def place_regained(verb: Token) -> str:
    """Return the class of retaking for a verb of regaining a place ("regained the town")."""
    back = any(k.lower_ == "back" and k.dep_ in {"prt", "advmod"} for k in verb.children)
    if verb.lemma_.lower() not in _REGAIN_VERBS and not (back and verb.lemma_ in {"take", "win"}):
        return ""  # "took back the hill", "won back two villages" regain too
    if not any(_is_place(o) for o in _objects(verb)):
        return ""  # "recovered the bodies", "regained consciousness"
    return label_class("retake")


def place_taken(verb: Token) -> Code | None:
    """Return the dictionary's code of taking territory for "the rebels took the village"."""
    if verb.lemma_.lower() != "take" or any(_is_particle(k) for k in verb.children):
        return None  # "took over", "took back" (place_regained) have codes of their own
    if any(k.dep_ in {"prep", "dative"} and k.lower_ in {"to", "into"} for k in verb.children):
        return None  # "took the families to a camp": carried somewhere
    from .combat import armed_subject  # combat -> misfires -> eventclass -> classify -> here

    armed = armed_subject(verb)
    if not any(_seized(_counted(o), armed) for o in _objects(verb)):
        return None  # "took hostages", "took the road north", "took part"
    return next(
        (
            p.code
            for p in load_lexicon().patterns.get("take", ())
            if p.obj and "territory" in p.obj[-1] and not p.preps and not p.particle
        ),
        None,
    )


def _is_particle(word: Token) -> bool:
    """Return whether a verb's dependent is its particle ("took over the town").

    A preposition after the object starts an adjunct: "took Kafr Nasr in 2014", "took
    the town in a dawn raid" say when and how the town was taken.
    """
    if word.dep_ == "prt":
        return True
    if word.lower_ not in _PARTICLES:
        return False
    objects = [k for k in word.head.children if k.dep_ == "dobj"]
    return not (word.dep_ == "prep" and any(o.i < word.i for o in objects))


def _seized(noun: Token, armed: bool) -> bool:
    """Return whether a taken noun is ground: a place, a site, or a name taken by force.

    The parser tags many village names as people ("rebels took Kafr Nasr"); an armed
    party taking a name takes a place (a person is taken "hostage" or "prisoner").
    """
    lemma = noun.lemma_.lower()
    if lemma in _WAYS or lemma in _DWELLINGS:
        return False  # "took the road north", "took shelter", "took him home"
    if noun.lower_ == "place" and not any(k.dep_ in {"det", "poss"} for k in noun.children):
        return False  # "the shelling took place": it happened
    if _is_place(noun) or lemma in FACILITY_NOUNS:
        return True
    return armed and noun.pos_ == "PROPN" and noun.ent_type_ not in {"NORP", "DATE", "TIME"}


def _counted(noun: Token) -> Token:
    """Return what a part or share names: "a strip of territory", "40 percent of the town"."""
    for prep in (k for k in noun.children if k.dep_ == "prep" and k.lower_ == "of"):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj
    return noun


def broken_through(verb: Token) -> Code | None:
    """Return conventional force (190) for breaking through lines or a siege."""
    if verb.lemma_.lower() not in _BREAK_VERBS:
        return None
    objects = _objects(verb)
    # "broke through the lines": the obstacle is the object of "through"
    for prep in (k for k in verb.children if k.dep_ in {"prep", "prt"}):
        if prep.lower_ == "through":
            objects += [k for k in prep.children if k.dep_ == "pobj"]
    if any(o.lemma_.lower() in _OBSTACLES or o.lower_ in _OBSTACLES for o in objects):
        return _FORCE
    return None


def control_tightened(verb: Token) -> Code | None:
    """Return the code of taking ground for a hold on it spread or tightened.

    "The militia expanded its control of the city", "the insurgents are tightening their
    grip in the north" (armed men, no phrase needed), "tightened the grip on the gunmen"
    (a hold on armed men: force); not "consolidated his grip on power".
    """
    from .combat import armed_subject  # combat -> misfires -> eventclass -> classify -> here
    from .misfires import is_armed  # misfires -> eventclass -> classify -> here

    if verb.lemma_.lower() not in _SPREADING:
        return None
    holds = [o for o in _objects(verb) if o.lemma_.lower() in _HOLDS]
    heads = [verb, *holds]
    held = [
        c
        for h in heads
        for k in h.children
        if k.dep_ == "prep" and k.lower_ in _HOLD_PREPS
        for c in k.children
        if c.dep_ == "pobj"
    ]
    if not holds or (not held and not armed_subject(verb)):
        return None
    if any(is_armed(c) for c in held):
        return _FORCE  # "tightening the grip on the terrorists"
    ground = [c for c in held if _is_ground(c)]
    return _OCCUPY if ground or not held else None


def _is_ground(noun: Token) -> bool:
    """Return whether a held noun is ground: a place, a site, a quarter ("the north")."""
    from .agenthood import counted  # agenthood -> agentnouns -> ... -> classify -> here

    noun = counted(noun)  # "large parts of the province"
    lemma = noun.lemma_.lower()
    return _is_place(noun) or lemma in FACILITY_NOUNS or lemma in _QUARTERS
