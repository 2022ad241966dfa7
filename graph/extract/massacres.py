"""The toll of a massacre or of executions is ASSAULT, not fighting (private to extract).

PLOVER ASSAULT covers "deliberate mass killings of defenseless actors" and executions
(mode "targeted"); FIGHT is combat between organised forces. A killing told as the toll
of a massacre is that massacre, whoever the parse makes the killer and whatever weapon
the sentence names:

- "the regime committed a massacre in the old quarter, killing 25 civilians" (the toll
  hangs on the verb whose object is the massacre);
- "a massacre in the village of Tarsk, where 18 civilians were killed", "the massacre
  in which dozens were killed by jets" (the toll hangs on the massacre's phrases);
- "the militants killed and executed 40 men", "killed and crucified two villagers"
  (the killing is one of executions).

Not a killing in a clause the massacre only dates or frames ("a day after the massacre,
air strikes killed 12"; "condemned the massacre, saying jets killed 40": a said clause
is its own act).

A killing its own clause tells as an execution is one too (:func:`is_execution`, mode
"targeted"): its manner or the act joined to it is an execution ("killed 48 villagers by
shooting or slaughtering them", "shot and beheaded two men", "killed three farmers on
charges of blasphemy and crucified them"), or its victims are captives ("shot the
prisoners", "killed a captured pilot"). Not captives killed by an attack's means ("the
hostages were killed in an air strike"), nor a killing an execution only dates ("after
the militants executed 20, jets killed 30").
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import word_set

__all__ = ["is_execution", "is_massacre_toll"]

# Nouns of a massacre: the codebook's mass killings of the defenseless and executions.
_MASSACRES = word_set("massacre massacres slaughter bloodbath execution executions")
# Verbs of executing and massacring that a killing conjoined with them shares.
_EXECUTING = word_set("execute behead crucify massacre slaughter")
# Verbs of a toll: "killing 25", "where 18 were killed", "claiming the lives of 32".
_TOLL_VERBS = word_set("kill wound injure claim leave martyr")
# Links a toll climbs to the massacre it is told of (a said clause, ccomp, is its own act).
_CLIMBS = frozenset({"advcl", "relcl", "acl", "pobj", "prep", "appos"})
# Verbs of killing a clause may tell as an execution.
_KILLING = word_set("kill shoot murder slay gun")
# Victims whose killing is an execution: "shot the prisoners", "killed a captured pilot".
_CAPTIVES = word_set(
    "prisoner prisoners detainee detainees hostage hostages captive captives abductee abductees"
)
_CAPTURED = word_set("captured kidnapped abducted detained")
# Links down a killing's clause to its manner and its joined acts: "by slaughtering them",
# "and crucified them", "on charges of apostasy"; prepositions of a manner or a charge.
_MANNER_LINKS = frozenset({"conj", "advcl", "prep", "pcomp", "pobj", "attr"})
_MANNER_PREPS = word_set("by on")
_CHARGES = word_set("charge charges")
# Prepositions of the means phrase of an attack that kills captives ("in an air strike").
_MEANS_PREPS = word_set("in by with during")


def is_massacre_toll(verb: Token) -> bool:
    """Return whether a verb of killing tells the toll of a massacre or of executions."""
    if verb.lemma_.lower() not in _TOLL_VERBS:
        return False
    if any(c.lemma_.lower() in _EXECUTING for c in verb.conjuncts):
        return True  # "killed and executed 40 men"
    node = verb
    for _ in range(8):
        if node.dep_ not in _CLIMBS or node.head == node:
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in _MASSACRES:
            return True  # "the massacre in which dozens were killed"
        if node.pos_ in {"VERB", "AUX"}:
            # "committed a massacre, killing 25": the act whose object is the massacre
            objects = [k for k in node.children if k.dep_ == "dobj"]
            return any(o.lemma_.lower() in _MASSACRES for o in objects)
    return False


def is_execution(verb: Token) -> bool:
    """Return whether a verb of killing tells an execution: its manner, a joined act, captives."""
    if verb.lemma_.lower() not in _KILLING:
        return False
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in _EXECUTING and not _own_subject(verb):
        return True  # "executed 20 and killed five"
    if any(_executing(t) for t in _manner_words(verb)):
        return True
    return _captive_victims(verb) and not _attack_means(verb)


def _manner_words(verb: Token) -> list[Token]:
    """Return the words of a killing's manner phrases and joined acts, down a few links."""
    found, frontier = [], [verb]
    for _ in range(5):
        frontier = [k for node in frontier for k in node.children if _manner_link(k)]
        found += frontier
    return found


def _manner_link(kid: Token) -> bool:
    if kid.dep_ not in _MANNER_LINKS:
        return False
    if kid.dep_ == "prep":
        return kid.lower_ in _MANNER_PREPS  # "after executing 20" only dates the act
    if kid.dep_ in {"conj", "advcl"}:
        marked = any(k.dep_ == "mark" for k in kid.children)  # "after they executed"
        return not marked and not (kid.dep_ == "conj" and _own_subject(kid))
    return True


def _executing(tok: Token) -> bool:
    """Return whether a word tells an execution: "slaughtering", "on charges of"."""
    if tok.pos_ in {"VERB", "AUX"}:
        return tok.lemma_.lower() in _EXECUTING
    return tok.lower_ in _CHARGES and tok.head.lower_ == "on"


def _own_subject(verb: Token) -> bool:
    return any(k.dep_ in {"nsubj", "nsubjpass"} for k in verb.children)


def _captive_victims(verb: Token) -> bool:
    """Return whether a killing's victims are captives: "the hostages", "a captured pilot"."""
    victims = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    for victim in victims:
        held = any(k.dep_ == "amod" and k.lower_ in _CAPTURED for k in victim.lefts)
        if held or victim.lemma_.lower() in _CAPTIVES or victim.lower_ in _CAPTIVES:
            return True
    return False


def _attack_means(verb: Token) -> bool:
    """Return whether a killing names an attack or a weapon as its means ("in a raid")."""
    from .agentnouns import is_means_noun  # agentnouns -> eventnouns -> classify
    from .eventnouns import is_event_noun

    preps = [k for k in verb.children if k.dep_ in {"prep", "agent"}]
    heads = [p for k in preps if k.lower_ in _MEANS_PREPS for p in k.children if p.dep_ == "pobj"]
    return any(is_means_noun(h.lower_) or is_event_noun(h) for h in heads)
