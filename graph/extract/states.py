"""Clauses that state a state, a perception or a habit, not an act (private to extract).

An analyst codes acts of one actor on another. Many clauses of news have an actor, a
verb and an object and still report no act:

- a verb of state, perception, thought or feeling that the CAMEO dictionary does not
  code on its own: "the monitor relies on sources", "the forces mistook them
  for militants", "the group dominates the province", "a witness saw the attack" (the
  list is compiled from WordNet by ``tools/build_state_verbs.py``);
- an uncoded verb in the simple present, which describes a standing state or a habit,
  not a reported happening: "the side retains the right", "fighters come from this
  area", a photo caption's "a man sells bread at a market";
- standing control, leadership or a cause (:mod:`graph.extract.standing`): "a town held
  by rebels", "a coalition led by X", "the raids caused damage";
- holding, seeking, origins and idle objects (:mod:`graph.extract.nonacts`): "the militia
  holds 60 percent of the valley", "rebels seeking to oust the king", "the group emerged
  from a split", "restored calm", "carried a wounded boy";
- questions, hardships and daily life (:mod:`graph.extract.everyday`): "asked the mayor
  about the fire", "families deal with shortages", "as pupils were leaving school";
- habits (:mod:`graph.extract.habits`): "jets usually bomb the valley", "every time
  the council declares a truce it breaks it".

They are kept as relation facts (``ng:RelationEvent``), out of the event count.
"""

from __future__ import annotations

from spacy.tokens import Token

from .backdrop import tells_background
from .cameodata import load_lexicon
from .classify import OTHER, label_class
from .describing import describes_noun, is_rescue
from .emphases import describes_only, receives_aid, stresses_a_need
from .everyday import is_everyday
from .habits import is_habitual
from .lexicon import LIGHT_EVENT_VERBS, OCCURRENCE_VERBS
from .misfires import has_idle_object
from .nonacts import is_non_act
from .opinions import cites_source, gives_interview, holds_view, records_event
from .standing import is_standing
from .undergoing import UNDERGO_VERBS
from .verbforms import irregular_lemma, state_verbs

__all__ = ["is_state_verb", "states_no_act"]

# Classes that code no act of their own: an uncoded verb, a mere statement.
_UNCODED = frozenset({OTHER, "STATEMENT", ""})
_PRESENT = frozenset({"VBZ", "VBP"})
# Words whose "to" or "under" phrase names what their subject undergoes.
_UNDERGOING = frozenset({"subject", "expose", "exposed", "come", "be", "remain", "fall"})


def is_state_verb(lemma: str) -> bool:
    """Return whether WordNet's uses of a verb are mostly states, perception or thought."""
    return lemma.lower().replace(" ", "_") in state_verbs()


def _codes_itself(verb: Token, action: str) -> bool:
    """Return whether the verb itself decides its class: a label, a pattern, its own code."""
    if label_class(action):
        return True
    lexicon = load_lexicon()
    if lexicon.match(verb) is not None:
        return True
    words = action.split()
    own = lexicon.default(lexicon.lemma(verb), " ".join(words[1:])) or lexicon.default(
        lexicon.lemma(verb)
    )
    return own is not None and bool(own.plover) and not own.inherited


def _simple_present(verb: Token) -> bool:
    # "the monitor relies on", "fighters come from": no auxiliary, present tense; a
    # participle or an infinitive is no finite clause of its own. "retook" read as a
    # present: an irregular past form is no present.
    if verb.tag_ not in _PRESENT or irregular_lemma(verb.lower_):
        return False
    start = verb.sent.start
    if verb.doc[start].ent_type_ == "DATE" or start and verb.doc[start - 1].ent_type_ == "DATE":
        # a chronology tells the past in the present: "July 2011 The president sacks ...".
        return False
    return not any(kid.dep_ in {"aux", "auxpass"} for kid in verb.children)


def _undergone_state(noun: Token, cls: str) -> bool:
    """Return whether what a subject undergoes is a state, not an act on it.

    "The hamlet is subject to constant surveillance from the police", "came under
    scrutiny from X": no class codes the noun, so no one is said to act; "subject to
    shelling by X" and "came under attack" tell an act, and stay events.
    """
    if cls not in _UNCODED or noun.pos_ != "NOUN":
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in {"to", "under"}:
        return head.head.lemma_.lower() in _UNDERGOING
    return noun.dep_ == "dobj" and head.lemma_.lower() in UNDERGO_VERBS


def states_no_act(verb: Token, action: str, cls: str) -> bool:
    """Return whether a clause with this verb and class states no act of its actor.

    Args:
        verb: The clause's predicate.
        action: The event's action ("rely on").
        cls: The class the classifier gave it.
    """
    if verb.pos_ not in {"VERB", "AUX"}:
        return _undergone_state(verb, cls)  # "the town is subject to surveillance by X"
    if tells_background(verb, cls):
        return True  # "the monitor which tracks the war said", "who asked for anonymity"
    if cls == "RELATION" or is_standing(verb, action):
        return True  # "the town has become a haven", "a group led by X", "causing damage"
    if is_non_act(verb, action, cls) or is_everyday(verb, cls):
        return True  # "a blog run by students", "asked the mayor about the fire"
    if describes_noun(verb, cls) or has_idle_object(verb) or is_rescue(verb):
        return True  # "fighters guarding the convoy were killed", "exchanged vows"
    if holds_view(verb) or gives_interview(verb) or cites_source(verb) or records_event(verb):
        # "Lisbon considers the militia a threat", "speaking to reporters", "quoted a source",
        # "a cameraman filming the clashes"
        return True
    if stresses_a_need(verb, cls) or describes_only(verb) or receives_aid(verb, cls):
        # "stressed the importance of the truce", "a witness described the moment", "residents
        # received food from the UN" (the UN's aid, not the residents')
        return True
    if is_habitual(verb):
        return True  # "jets usually bomb the valley", "every time they advance"
    if cls in _UNCODED and _simple_present(verb):
        return True
    if verb.lemma_ in LIGHT_EVENT_VERBS | OCCURRENCE_VERBS:
        return False  # "the army continued its assault", "the curfew ended": the noun's act
    if verb.dep_ == "xcomp" and cls not in _UNCODED:
        return False  # "refused to respond": the refusal's class, the governor's act
    if any(kid.dep_ == "auxpass" for kid in verb.children):
        return False  # "marchers were subjected to beatings by police": the police acted
    return is_state_verb(verb.lemma_) and not _codes_itself(verb, action)
