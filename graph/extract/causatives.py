"""Causative and helping verbs: who does the act they tell, and whom the help is for.

"The shelling forced (prompted, led, drove) the rebels to withdraw" and "Russia helped
the army (to) retake the town" tell that the rebels withdrew and the army retook the town
(lexicon.IMPLICATIVE_CAUSATIVES: the object does the complement, asserted). Two misparses
hide that, and these functions undo them:

- "drove the villagers to flee", "helping the regime to regain ground": the parser
  reads the infinitive as a purpose of the causer (an advcl); :func:`caused_doer`
  gives its doer, the object (:mod:`graph.extract.arguments`);
- "Iran helped the army retake the town": the parser hangs "the army" as the subject
  of "retake" rather than the object of "helped", which leaves the help without a
  target; :func:`helped_party` gives it (:mod:`graph.extract.clausetargets`).
  "helped evacuate the wounded" names no helped party.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import HELPING_VERBS, IMPLICATIVE_CAUSATIVES
from .recipients import is_actor_noun
from .spans import child, conjuncts, np_span

__all__ = ["caused_doer", "helped_party"]


def caused_doer(verb: Token) -> Token | None:
    """Return who does an infinitive misread as a causer's purpose, if any.

    "the bombing drove the villagers to flee" -> the villagers (not the bombing);
    "the army shelled the town to drive out the rebels" keeps its purpose.
    """
    head = verb.head
    if (
        verb.dep_ != "advcl"
        or head.i == verb.i
        or head.lemma_.lower() not in IMPLICATIVE_CAUSATIVES
    ):
        return None
    if not any(k.tag_ == "TO" for k in verb.children) or child(verb, "nsubj") is not None:
        return None
    obj = child(head, "dobj")
    return obj if obj is not None and head.i < obj.i < verb.i else None


def helped_party(verb: Token) -> list[Span]:
    """Return who a helping verb helps: "Iran helped the army retake the town" -> the army."""
    if verb.lemma_.lower() not in HELPING_VERBS or child(verb, "dobj") is not None:
        return []
    for comp in verb.children:
        if comp.dep_ not in {"ccomp", "xcomp"} or comp.i < verb.i or comp.pos_ != "VERB":
            continue
        if child(comp, "mark") is not None:
            return []  # "helped as the army retook the town", "help so that": no party
        subj = child(comp, "nsubj")
        if subj is not None and verb.i < subj.i < comp.i and is_actor_noun(subj):
            return [np_span(tok) for tok in conjuncts(subj)]
    return []
