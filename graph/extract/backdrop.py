"""Clauses that give a party's background or a report's sourcing, not an act (private to extract).

News hangs who a party is and how the reporter knows on the sentence that tells the act:

- a relative clause in the simple present says what its antecedent does as a rule, its
  standing role: "the monitor which tracks the war says ten died", "the charity that
  funds the clinic said", "the power which backs the rebels"; an act the news reports
  is told in the past ("the rebels who seized the town on Monday"). A statement or an
  accusation in the present stays the speaker's act ("the raid which the council blames
  on the army");
- a relative clause of an uncoded verb on someone tells who they were when something
  happened to them: "the guards who escorted the convoy were killed", "fighters who had
  come from the south were hit" (a coded verb stays an act: "militants who stormed the
  post were killed");
- taking part in an event, told in a clause that describes someone, says who they are:
  "troops who took part in the offensive were hurt", "the bloc that participated in the
  talks", "fighters taking part in the assault were killed"; an event with its target
  stays an act ("rebels taking part in an offensive against the city");
- flight in a clause that describes civilians tells who they are, the displaced, not a
  withdrawal: "families who fled the fighting were hit", "a camp for civilians fleeing
  the war" (armed men who flee retreat: "the militants who fled the town were caught");
- sourcing formulas: "an aide who asked for anonymity", "officials not authorised to
  speak to the press";
- comment withheld: "the army declined to comment", "the ministry has not commented on
  the raid", "was not available to comment", "did not elaborate", "could not confirm the
  toll": PLOVER codes no comments, and a comment not made is no act;
- dominance is a make-up, not an act: "the alliance is dominated by the militia",
  "districts dominated by the army"; so is what a whole is made up of: "women and
  children made up half of the dead", "a force made up of militias" (WordNet's "make
  up" is to constitute; "made up their minds" decides, and "make up for" compensates);
- a conflict or a siege reaching a new stretch of time: "the siege entered its third
  week", "the talks entered a second day".

They are kept as relation facts (``ng:RelationEvent``), out of the event count.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import SPEECH_VERBS, word_set
from .negation import is_negated
from .relatives import subject_antecedent
from .spans import child, is_relative
from .verbforms import irregular_lemma

__all__ = ["tells_background"]

# Classes and verbs whose present tense is still a speaker's act: "which the council
# blames on X", "the gas attack, which the rebels deny".
_SPEECH = frozenset({"STATEMENT", "DISAPPROVE"})
_SPEAKING = SPEECH_VERBS | word_set("blame condemn reject dismiss")
_UNCODED = frozenset({"OTHER", ""})
# Verbs whose past is spelled as the present: "where shells hit the school" is a report.
_SAME_PAST = word_set("hit cut put set shut spread burst cast let quit shed beat bet bid")
_ANONYMITY = word_set("anonymity")
_PERMITTING = word_set("authorize authorise allow permit clear empower")
_TELLING = word_set("speak discuss comment talk brief disclose release reveal give identify")
# Verbs of commenting, which negated tell a comment withheld ("declined to comment").
_COMMENTING = word_set("comment elaborate speculate confirm")
_DOMINATING = word_set("dominate predominate")
# "made up their minds": the one object with which "make up" is no make-up.
_DECIDING = word_set("mind minds")
_REACHING = word_set("enter reach")
_STRETCHES = word_set("year day week month hour phase stage")
_FLEEING = word_set("flee escape")
_PARTAKING = word_set("participate take")
# Prepositions that give an event noun its target: "an offensive on (against) the city".
_TARGETING = word_set("on against at into")
# Civil sectors of the generic agents, and nouns of the uprooted the agents lack.
_CIVIL_SECTORS = frozenset({"CVL", "PPL", "REF"})
_UPROOTED = word_set("family families displaced evacuee evacuees woman women")
_ORDINALS = word_set(
    "second third fourth fifth sixth seventh eighth ninth tenth next final last new"
)


def tells_background(verb: Token, cls: str) -> bool:
    """Return whether a clause gives background or sourcing rather than an act.

    Args:
        verb: The clause's predicate ("tracks" in "the monitor which tracks the war").
        cls: The class the classifier gave it.
    """
    if _is_sourcing(verb) or verb.lemma_.lower() in _DOMINATING or _time_reached(verb):
        return True  # "asked for anonymity", "is dominated by X", "entered its third week"
    if _makes_up(verb):
        return True  # "civilians made up most of the dead", "a force made up of militias"
    if verb.lemma_.lower() in _COMMENTING and is_negated(verb):
        return True  # "declined to comment on the raid", "did not elaborate"
    if _civilians_fleeing(verb) or _partaking_described(verb):
        return True  # "families who fled the fighting were hit", "troops who took part in"
    if verb.dep_ != "relcl":
        return False
    if cls in _UNCODED:
        return _describes_someone(verb)  # "the guards who escorted the convoy were killed"
    if cls in _SPEECH or verb.lemma_.lower() in _SPEAKING:
        return False  # "the raid, which the council blames on the army"
    return _simple_present(verb)  # "the monitor which tracks the war"


def _simple_present(verb: Token) -> bool:
    """Return whether a verb is in the simple present, active: "tracks", "fund"."""
    if verb.tag_ not in {"VBZ", "VBP"} or verb.lower_ in _SAME_PAST:
        return False  # "the school, where shells hit the gate"
    if irregular_lemma(verb.lower_):
        return False  # "soldiers who slew 40 fighters": a past form the tagger read as present
    return not any(k.dep_ in {"aux", "auxpass", "neg"} for k in verb.children)


def _describes_someone(verb: Token) -> bool:
    """Return whether an uncoded relative clause says what its person antecedent did.

    "the guards who escorted the convoy", but not "the convoy which the guards escorted"
    (the pronoun must be the clause's subject).
    """
    # imported here: agentnouns reads the event-noun rules, which import the clause rules.
    from .agentnouns import is_someone

    pronoun = child(verb, "nsubj")
    if pronoun is None or not is_relative(pronoun):
        return False
    noun = subject_antecedent(verb)
    return noun.i != verb.i and is_someone(noun)


def _civilians_fleeing(verb: Token) -> bool:
    """Return whether a relative clause or participle of flight describes civilians.

    "a camp for thousands of civilians fleeing the war", "families who fled the town".
    """
    if verb.lemma_.lower() not in _FLEEING or verb.dep_ not in {"relcl", "acl"}:
        return False
    # imported here: these modules read the event-noun rules, which import the clause rules.
    from .agenthood import counted
    from .agentnouns import load_agents
    from .misfires import is_armed

    noun = counted(subject_antecedent(verb) if verb.dep_ == "relcl" else verb.head)
    if noun.pos_ != "NOUN" or is_armed(noun):
        return False
    sector = load_agents().get(noun.lower_, load_agents().get(noun.lemma_.lower(), ""))
    return sector in _CIVIL_SECTORS or noun.lower_ in _UPROOTED


def _makes_up(verb: Token) -> bool:
    """Return whether "make up" says what a whole consists of: "made up most of the dead"."""
    particle = child(verb, "prt")
    if verb.lemma_.lower() != "make" or particle is None or particle.lower_ != "up":
        return False
    obj = child(verb, "dobj")
    if obj is not None:
        return obj.lower_ not in _DECIDING  # "the rebels made up their minds" decide
    # "the force is made up of militias", "a convoy made up of trucks"
    return any(p.dep_ == "prep" and p.lower_ == "of" for p in verb.children)


def _partaking_described(verb: Token) -> bool:
    """Return whether a relative clause or participle of taking part describes someone.

    "troops who took part in an offensive", "the bloc that participated in the talks";
    not "rebels taking part in an offensive against the city" (the event has a target).
    """
    from .agentnouns import is_someone  # agentnouns -> eventnouns -> ... -> here

    lemma = verb.lemma_.lower()
    if lemma not in _PARTAKING or verb.dep_ not in {"relcl", "acl"}:
        return False
    part = child(verb, "dobj")
    if lemma == "take" and (part is None or part.lower_ != "part"):
        return False
    events = [c for p in verb.children if p.lower_ == "in" for c in p.children]
    if not events or any(k.lower_ in _TARGETING for e in events for k in e.children):
        return False
    noun = subject_antecedent(verb) if verb.dep_ == "relcl" else verb.head
    return noun.i != verb.i and (is_someone(noun) or noun.pos_ == "PROPN")


def _is_sourcing(verb: Token) -> bool:
    """Return whether a clause is sourcing: "asked for anonymity", "not allowed to speak"."""
    objects = [child(verb, "dobj")]
    objects += [child(p, "pobj") for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"]
    if any(o is not None and o.lemma_.lower() in _ANONYMITY for o in objects):
        return True
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and verb.lemma_.lower() in _TELLING
        and head.lemma_.lower() in _PERMITTING
        and any(k.dep_ == "neg" for k in head.children)
    )


def _time_reached(verb: Token) -> bool:
    """Return whether a clause reaches a stretch of time: "the siege entered its third week"."""
    obj = child(verb, "dobj")
    if verb.lemma_.lower() not in _REACHING or obj is None:
        return False
    if obj.lemma_.lower() not in _STRETCHES:
        return False
    return any(k.ent_type_ == "ORDINAL" or k.lower_ in _ORDINALS for k in obj.children)
