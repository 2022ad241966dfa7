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
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import word_set

__all__ = ["is_massacre_toll"]

# Nouns of a massacre: the codebook's mass killings of the defenseless and executions.
_MASSACRES = word_set("massacre massacres slaughter bloodbath execution executions")
# Verbs of executing and massacring that a killing conjoined with them shares.
_EXECUTING = word_set("execute behead crucify massacre slaughter")
# Verbs of a toll: "killing 25", "where 18 were killed", "claiming the lives of 32".
_TOLL_VERBS = word_set("kill wound injure claim leave martyr")
# Links a toll climbs to the massacre it is told of (a said clause, ccomp, is its own act).
_CLIMBS = frozenset({"advcl", "relcl", "acl", "pobj", "prep", "appos"})


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
