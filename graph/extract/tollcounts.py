"""A casualty toll told with no harm verb of its own: "at least 32 are dead" (private).

News counts the dead of an attack without a verb of killing: "at least 32 are confirmed
dead", "giving a toll of 31 killed and 74 wounded", "seven civilians were dead",
"twenty people lost their lives", "the attack claimed the lives of nine civilians",
"there were 14 deaths", "the death toll rose to 15". An event coder codes "? kill 32"
(or the attacker's kill when the story names one). Each is kept as its victims' fact
("At least 32 be killed"), as agentless passives are, with a relation that marks it a
toll (:data:`TOLL_COUNT`): :mod:`graph.normalize.tolldoers` makes it the harm of the one
attack the sentence just before tells, and keeps it as it is when there is none.
People "found dead" (of no cause told), a negated toll ("no one was dead") and a
forecast ("the toll could rise to 50") give nothing; a "death toll" of a named place or
war ("the toll in the district", "the toll of the war") is no one attack's and gives
nothing either, nor one of an owned attack (:mod:`graph.extract.tollrises` has it).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .frames import Frame
from .lexicon import word_set
from .spans import child, conjuncts, np_span

__all__ = ["TOLL_COUNT", "count_toll_frames"]

# The relation of a toll's victims' fact: "counted dead" (read by graph.normalize.tolldoers).
TOLL_COUNT = "counted"
# Words of the harm a toll counts: "32 dead", "31 killed", "74 wounded".
_HARM_WORDS = {"dead": "kill", "killed": "kill", "wounded": "wound", "injured": "injure"}
# Nouns of deaths counted: "14 deaths", "three fatalities".
_DEATH_NOUNS = word_set("death fatality")
# The victims' fact of each harm.
_SUFFERED = {"kill": "be killed", "wound": "be wounded", "injure": "be injured"}
# Verbs that tell a finding, not a killing: "found dead" (of a cause not told).
_FINDINGS = word_set("find discover")
# Dependents of a bare toll word: "31 killed and 74 wounded", not "killed in the raid".
_BARE = frozenset({"cc", "conj", "punct", "advmod"})
# Prepositions of the count a toll reached: "rose to 15", "stood at 15".
_AT = frozenset({"to", "at"})
# Words that deny a toll's people: "no one", "none were dead".
_NONE = word_set("no none nobody noone")


def count_toll_frames(tok: Token) -> list[Frame]:
    """Return the victims' facts of a toll told at ``tok``, else [].

    "At least 32 are confirmed dead" -> At least 32 be killed; "a toll of 31 killed
    and 74 wounded" -> 31 be killed; "20 people lost their lives" -> 20 people be
    killed; "the lives of nine civilians" -> nine civilians be killed; "14 deaths" ->
    14 deaths be killed; "the death toll rose to 15" -> 15 be killed.
    """
    if tok.lower_ in _HARM_WORDS:
        found = _harm_word_victims(tok)
        action = _HARM_WORDS[tok.lower_]
    elif tok.lower_ == "lives" and tok.dep_ == "dobj":
        found = _lives_victims(tok)
        action = "kill"
    elif tok.lemma_.lower() in _DEATH_NOUNS and tok.tag_ == "NNS":
        counted = child(tok, "nummod") is not None and child(tok, "prep") is None
        found = _all(tok, tok.head) if counted else None  # not "five deaths in X's fire"
        action = "kill"
    elif tok.lemma_.lower() == "toll" and tok.dep_ == "nsubj":
        found = _risen_count(tok)
        action = "kill"
    else:
        return []
    if found is None:
        return []
    victims, clause = found
    if child(clause, "neg") is not None:
        return []  # "the dead were not counted": no toll
    relation = f"{TOLL_COUNT} {tok.lower_}"
    return [
        Frame(v, clause, None, "relation", None, "relation", relation, _SUFFERED[action])
        for v in victims
        if not _is_denied(v.root)
    ]


def _harm_word_victims(word: Token) -> tuple[list[Span], Token] | None:
    """Return the people a harm word counts and its clause: "32 are dead", "31 killed"."""
    if any(k.dep_ in {"nsubj", "nsubjpass", "agent", "dobj", "auxpass"} for k in word.children):
        return None  # a clause of its own: "74 wounded", "were killed by X" (see clauses)
    head = word.head
    if word.dep_ in {"acomp", "oprd"} and head.lemma_ not in _FINDINGS:
        # "32 are dead", "32 were confirmed dead"; not "the war has left 32 dead"
        subject = child(head, "nsubj" if head.lemma_ == "be" else "nsubjpass")
        return _all(subject, head) if subject is not None and _is_people(subject) else None
    if any(k.dep_ not in _BARE for k in word.children):
        return None  # "31 people killed in the shelling": its cause's (see the clauses)
    if word.dep_ in {"amod", "acl"} and head.i < word.i and _is_count(head):
        if head.dep_ == "dobj":
            return None  # "the war has left 320000 people dead": the verb's (see the clauses)
        # "31 dead and 74 wounded": only the count before the word, cut before it
        span = np_span(head)
        return [span.doc[span.start : min(span.end, word.i)]], _clause(head)
    before = word.doc[word.i - 1] if word.i > word.sent.start else None
    if word.dep_ in {"dep", "advcl"} and before is not None and before.like_num:
        return [before.doc[before.i : before.i + 1]], _clause(before)  # "a toll of 31 killed"
    return None


def _lives_victims(lives: Token) -> tuple[list[Span], Token] | None:
    """Return whose lives were lost or claimed: "20 people lost their lives", "of nine"."""
    verb = lives.head
    if verb.lemma_ == "lose":
        subject = child(verb, "nsubj")
        return _all(subject, verb) if subject is not None and _is_people(subject) else None
    if verb.lemma_ == "claim":
        of = next((k for k in lives.children if k.dep_ == "prep" and k.lower_ == "of"), None)
        victims = child(of, "pobj") if of is not None else None
        return _all(victims, verb) if victims is not None else None
    return None


def _risen_count(toll: Token) -> tuple[list[Span], Token] | None:
    """Return the count a toll of no named place or owner rose to: "the toll rose to 15"."""
    if any(k.dep_ == "prep" for k in toll.children):
        return None  # "the toll in the district", "the toll from X's raids" (tollrises)
    verb = toll.head
    if any(k.tag_ == "MD" for k in verb.children):
        return None  # "the toll could rise to 50"
    found = child(verb, "dobj") if verb.lemma_ == "reach" else None
    if found is None:
        # "rose to 15", "stood at 15"; not "the toll included 55 injured"
        to = next((k for k in verb.children if k.dep_ == "prep" and k.lower_ in _AT), None)
        found = child(to, "pobj") if to is not None else None
    return _all(found, verb) if found is not None and _is_count(found) else None


def _all(victims: Token, clause: Token) -> tuple[list[Span], Token]:
    """Return the noun phrases of victims and their conjuncts, with their clause."""
    return [np_span(v) for v in conjuncts(victims)], clause


def _clause(tok: Token) -> Token:
    """Return the verb whose clause holds ``tok`` (its tense and hedges are the toll's)."""
    head = tok
    while head.head.i != head.i and head.pos_ not in {"VERB", "AUX"}:
        head = head.head
    return head


def _is_count(tok: Token) -> bool:
    """Return whether a token is a count or the people counted: "31", "32 people"."""
    return tok.like_num or child(tok, "nummod") is not None


def _is_people(tok: Token) -> bool:
    """Return whether a subject may be a toll's people (a count or a plural noun)."""
    return _is_count(tok) or tok.tag_ in {"NNS", "NNPS"}


def _is_denied(victims: Token) -> bool:
    """Return whether a toll's people are denied: "no one was dead", "none were killed"."""
    if victims.lower_ in _NONE:
        return True
    return any(k.dep_ == "det" and k.lower_ in _NONE for k in victims.children)
