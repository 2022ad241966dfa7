"""Coded verbs used in a sense their class does not fit (private to extract).

The dictionary codes a verb in its main sense; news uses the same verbs in others:

- a visit (CONSULT) is made by someone who speaks for a party: "the envoy arrived in
  Ankara"; fighters, civilians or ships that "arrived", "headed for" or "came to" a place
  consult no one;
- entering is no incursion (FIGHT) for civilians or a phase: "a man entered the clinic",
  "the offensive entered its final phase", "the war entered its fifth year";
- praise or endorsement (SUPPORT) of a that-clause is a statement: "the minister affirmed
  that the convoy had reached the camp";
- "stood by" backs only someone it names: "the world stood idly by" backs no one;
  losing support is no support, nor is "let alone";
- a question is no demand: "asked questions about the convoy", "asked whether the jets
  were Russian", and in "asked about the raid, the spokesman said" the spokesman is the
  one asked;
- a suggestion that reports ("suggested that the jets struck the town") is a statement;
  one that proposes ("suggested that both sides withdraw") is a demand;
- carrying or transporting gives no aid unless what is carried is relief or goes to
  someone: "a bus transporting fighters", "bombers carrying grenades" give nothing;
- "exchanged vows", "meets the criteria", "took the necessary steps" are no agreement,
  meeting or seizure;
- seeking or taking shelter or refuge is neither an appeal (CAMEO codes "SEEK" alone 020,
  a request) nor aid;
- inhabiting a place is no occupation of it: "the district is inhabited by farmers";
- releasing gas is a chemical attack (CAMEO 2041), not the release of prisoners;
- leading or conducting an attack is that attack: CAMEO's "LEAD * ATTACK [113]" is a
  verbal attack, which news calls so ("a verbal attack on the minister").
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .lexicon import GAS_WORDS, LIGHT_EVENT_VERBS, word_set
from .tense import is_mandative

__all__ = ["clause_subject", "has_idle_object", "is_armed", "misfired"]

_OTHER = Code("", "OTHER", "")
_STATEMENT = Code("010", "STATEMENT", "")
# Verbs of moving somewhere, which code a visit (CAMEO 040-043) only for a visitor.
_MOTION_VERBS = word_set("arrive come head go travel return fly reach land")
_VISITING = frozenset({"CONSULT", "COOPERATE"})
# Verbs of going in, which invade only when armed men go into ground or a war.
_ENTERING = word_set("enter move go")
_PHASES = word_set("phase stage year month week day round chapter")
# Sectors of the generic agents (Phoenix) that enter as civilians, and common nouns for them.
_CIVIL_SECTORS = word_set("CVL REF PPL MED HLH EDU BUS REL NGO IGO JUD LAB AGR ENV")
_CIVILIANS = word_set("evacuee agency inspector family child woman")
# Sectors of the generic agents (Phoenix) that move as forces or crowds, not as envoys.
_NON_ENVOYS = word_set("MIL REB UAF INS CRM CVL REF SPY REL GOVMIL REBMUS MUS")
_ARMED_SECTORS = word_set("MIL REB UAF INS GOVMIL REBMUS SPY")
_ARMED_WORDS = word_set("armed army regime military militant militia rebel jihadist insurgent")
_QUESTION_NOUNS = word_set("question questions")
# Verbs the dictionary codes as decisions (030) that, with a thing as object, find it out.
_FINDING_OUT = word_set("determine ascertain")
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_QUESTION_MARKS = word_set("whether if who what which when where why how")
_REFUGE_NOUNS = word_set("shelter refuge cover safety sanctuary")
_OCCUPYING = frozenset({"COERCE", "FIGHT"})
_CARRYING = word_set("carry transport ship ferry move fly")  # "pilots flying a helicopter"
_RELIEF = word_set(
    "aid relief food medicine medical supply supplies assistance humanitarian flour fuel "
    "blanket tent water"
)
# Objects that make a coded verb an everyday act: a wedding, a standard met, steps taken.
_IDLE_OBJECTS = {
    "exchange": word_set("vow ring greeting gift"),
    "meet": word_set(
        "criterion criteria requirement standard need condition definition threshold "
        "deadline target expectation"
    ),
    "take": word_set("step measure precaution refuge shelter cover"),
    "seek": word_set("refuge shelter cover safety sanctuary"),
}
_CHEMICAL = Code("2041", "ASSAULT", "unconventional")
_DWELLING = word_set("inhabit populate")
_ATTACK_NOUNS = word_set("attack attacks assault assaults offensive raid raids")
_VERBAL = word_set("verbal rhetorical scathing stinging personal blistering")


def _sector(noun: Token) -> str:
    from .agentnouns import load_agents  # agentnouns -> eventnouns -> classify -> here

    agents = load_agents()
    return agents.get(noun.lower_, agents.get(noun.lemma_.lower(), ""))


def is_armed(noun: Token) -> bool:
    """Return whether a noun is an armed party: "the army", "rebel holdouts", "ISIL"."""
    from .armednames import names_armed_group  # a name the dictionaries code armed

    if noun.pos_ != "NOUN":
        return noun.pos_ == "PROPN" and names_armed_group(noun)
    words = [noun, *(k for k in noun.children if k.dep_ in {"compound", "amod"})]
    armed = any(_sector(w) in _ARMED_SECTORS or w.lemma_.lower() in _ARMED_WORDS for w in words)
    return armed or names_armed_group(noun)  # "the Islamic State group"


def _is_envoy(subject: Token) -> bool:
    """Return whether a mover may be a visitor: not a force, a crowd or a vehicle."""
    from .agenthood import counted  # agenthood -> agentnouns -> ... -> classify -> here
    from .agentnouns import is_means_noun  # agentnouns -> eventnouns -> classify -> here

    subject = counted(subject)  # "thousands of residents arrived": the residents
    if subject.pos_ != "NOUN":
        return True  # a name or a pronoun: "Lavrov arrived", "she arrived"
    if is_armed(subject) or is_means_noun(subject.lower_):
        return False
    return _sector(subject) not in _NON_ENVOYS


def clause_subject(verb: Token) -> Token | None:
    """Return the subject of a verb's clause, through "began to", "and" and "who"."""
    head = verb
    while head.dep_ in {"xcomp", "conj"} and not any(k.dep_ == "nsubj" for k in head.children):
        head = head.head  # "began to arrive", "arrived and met": the subject of the first
    if head.dep_ == "relcl" and not any(k.dep_ == "nsubj" for k in head.children):
        return head.head  # "the fighters who arrived"
    if head.dep_ == "relcl":
        found = next(k for k in head.children if k.dep_ == "nsubj")
        return head.head if found.tag_ in {"WDT", "WP"} else found
    return next((k for k in head.children if k.dep_ == "nsubj"), None)


def misfired(verb: Token, cls: str) -> Code | None:
    """Return the code of a verb whose class ``cls`` does not fit this use of it, if so.

    Args:
        verb: The predicate token.
        cls: The class the dictionary or a label gave it.

    Returns:
        The code of the verb's sense here (OTHER when it codes nothing), or None when the
        class fits.
    """
    from .labelsenses import label_misfired  # labelsenses -> misfires

    labelled = label_misfired(verb, cls)
    if labelled is not None:
        return labelled  # "a gale battered the shore", "shored up the levee"
    lemma = verb.lemma_.lower()
    objects = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    if cls == "FIGHT" and lemma in _ENTERING:
        return _OTHER if _unarmed_entry(verb, objects) else None
    if cls in _VISITING and lemma in _MOTION_VERBS:
        subject = clause_subject(verb)
        return None if subject is None or _is_envoy(subject) else _OTHER
    if has_idle_object(verb):
        return _OTHER  # "exchanged vows", "would meet the legal criteria", "took steps"
    if cls == "AGREE" and lemma in _FINDING_OUT and any(o.pos_ in _NOMINAL for o in objects):
        return _OTHER  # "could not determine the type of gas": a finding, no intent (030)
    if cls == "INVESTIGATE" and lemma == "use":
        return _OTHER  # "the pickups used by the gunmen": CAMEO's "USE * &AIRCRAFT [090]"
    carrying = lemma in _CARRYING and not any(k.dep_ == "prt" for k in verb.children)
    if cls == "AID" and carrying and not _delivers_aid(verb, objects):
        return _OTHER  # "bombers carrying grenades", "a bus transporting fighters"
    if cls == "RETREAT" and lemma == "release":
        return _released(objects)
    if cls in {"AID", "DEMAND"} and any(o.lemma_.lower() in _REFUGE_NOUNS for o in objects):
        return _OTHER  # "took shelter in the school", "sought refuge in Turkey"
    if cls == "SUPPORT":
        return _support_misfired(verb, lemma, objects)
    if cls == "DEMAND":
        return _demand_misfired(verb, lemma, objects)
    if cls in _OCCUPYING and lemma in _DWELLING:
        return _OTHER  # "the area is inhabited by farmers"
    if cls == "DISAPPROVE" and lemma in LIGHT_EVENT_VERBS and any(map(_is_armed_attack, objects)):
        from .eventclass import noun_class  # eventclass -> classify -> here

        noun = next(o for o in objects if _is_armed_attack(o))
        found = noun_class(noun)
        return Code(found[1], found[0], found[2]) if found[0] else None
    return None


def has_idle_object(verb: Token) -> bool:
    """Return whether the object makes a coded verb an everyday act: "exchanged vows"."""
    objects = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    idle = _IDLE_OBJECTS.get(verb.lemma_.lower(), frozenset())
    return any(o.lemma_.lower() in idle for o in objects)


def _unarmed_entry(verb: Token, objects: list[Token]) -> bool:
    """Return whether an entry is no incursion: "a man entered the clinic", "its fifth year"."""
    if any(o.lemma_.lower() in _PHASES or o.lower_ in _PHASES for o in objects):
        return True  # "the war entered its fifth year", "the offensive entered its final phase"
    subject = clause_subject(verb)
    if subject is None or subject.pos_ != "NOUN" or is_armed(subject):
        return False
    return _sector(subject) in _CIVIL_SECTORS or subject.lemma_.lower() in _CIVILIANS


def _released(objects: list[Token]) -> Code | None:
    """Return the code of "release" when it frees no one: "toxic gas was released"."""
    words = {t.lower_ for o in objects for t in o.subtree if t.i <= o.i}
    if words & GAS_WORDS:
        return _CHEMICAL  # "toxic gas was released by a helicopter"
    return None


def _delivers_aid(verb: Token, objects: list[Token]) -> bool:
    """Return whether a carrying verb brings relief, or brings anything to someone."""
    from .agentnouns import is_someone  # agentnouns -> eventnouns -> classify -> here

    words = {t.lemma_.lower() for o in objects for t in o.subtree}
    if words & _RELIEF:
        return True
    phrases = [k for k in verb.children if k.dep_ == "prep" and k.lower_ in {"to", "for"}]
    return any(is_someone(c) for p in phrases for c in p.children if c.dep_ == "pobj")


def _support_misfired(verb: Token, lemma: str, objects: list[Token]) -> Code | None:
    if lemma == "lose" or (lemma == "let" and any(k.lower_ == "alone" for k in verb.children)):
        return _OTHER  # "the group lost popular support"; "let alone"
    if lemma == "stand" and not any(
        k.lower_ == "by" and any(c.dep_ == "pobj" for c in k.children) for k in verb.children
    ):
        return _OTHER  # "stood idly by": by whom?
    clause = any(k.dep_ == "ccomp" and k.pos_ in {"VERB", "AUX"} for k in verb.children)
    preps = [k for k in verb.children if k.dep_ == "prep"]
    return _STATEMENT if clause and not objects and not preps else None


def _demand_misfired(verb: Token, lemma: str, objects: list[Token]) -> Code | None:
    if lemma == "ask":
        return _OTHER if _is_question(verb, objects) else None
    if lemma == "suggest":
        clauses = [k for k in verb.children if k.dep_ == "ccomp" and k.pos_ in {"VERB", "AUX"}]
        if clauses and not objects and not any(is_mandative(c) for c in clauses):
            return _STATEMENT
    return None


def _is_question(verb: Token, objects: list[Token]) -> bool:
    """Return whether "ask" asks a question rather than for something or someone to act."""
    asked = not any(k.dep_ in {"nsubj", "nsubjpass", "aux"} for k in verb.children)
    if verb.tag_ == "VBN" and verb.dep_ in {"advcl", "ROOT"} and asked:
        return True  # "Asked about the raid, the spokesman said": he was asked
    if any(o.lemma_.lower() in _QUESTION_NOUNS for o in objects):
        return True
    acts = [k for k in verb.children if k.dep_ in {"xcomp", "ccomp"}]
    if any(k.lower_ == "for" and k.dep_ == "prep" for k in verb.children):
        return False  # "asked for help"
    for clause in acts:
        marks = {t.lower_ for t in clause.subtree if t.i < clause.i and t.head.i == clause.i}
        if marks & _QUESTION_MARKS and not any(t.lower_ == "to" for t in clause.lefts):
            return True
    preps = {k.lower_ for k in verb.children if k.dep_ == "prep"}
    return "about" in preps and not acts


def _is_armed_attack(noun: Token) -> bool:
    """Return whether an object is an attack by arms, not words ("a verbal attack")."""
    if noun.lemma_.lower() not in _ATTACK_NOUNS and noun.lower_ not in _ATTACK_NOUNS:
        return False
    return not any(k.lower_ in _VERBAL for k in noun.children if k.dep_ == "amod")
