"""Acts a clause names as a purpose or a permission, not as done (private).

"Rebels launched an offensive to reopen the road", "troops stormed the hill in order to
seize the airport", "the army sent tanks to encircle the town": the reopening, seizing
and encircling are what the act is for, not acts the sentence says happened; the
infinitive is "future", as after "aim" (:data:`graph.extract.modalwords.CONTROL_MODALITY`).
The governing act keeps its own modality (the launching happened). "The government will
allow inspectors to visit the sites": an allowed act is as sure as the permission (future
here; "the terrain allowed the rebels to hold out" tells they did), and so is a bare
infinitive after any verb ("the deal will see rebels leave the town").
"Went on to capture", "returned only to find" and "managed to capture" tell what was done.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .eventnouns import is_event_noun
from .lexicon import HELPING_VERBS, IMPLICATIVE_CAUSATIVES, word_set
from .modalwords import CONTROL_MODALITY, INTENT_NOUNS

# Verbs that let someone act: the act they allow is as sure as the permission.
_PERMIT_VERBS = word_set("allow let permit enable authorize authorise")
# Verbs whose "X to V" is their complement (the parser may hang it as a purpose): "helped
# the regime to regain territory", "forced them to withdraw", "drove the villagers to
# leave" tell what was done (the implicative causatives, as causatives.py reads them).
_COMPLEMENT_HEADS = IMPLICATIVE_CAUSATIVES | HELPING_VERBS | word_set("cause get")
# Words before an infinitive that tell its act's outcome, not its purpose.
_OUTCOME_WORDS = word_set("only enough too sufficiently")
# Modifiers that make "the N to V" pick one of several acts done: "the first raid to hit".
_PICKING = word_set("first last only next second third latest")
# Marks that open a purpose infinitive: "so as to avoid".
_PURPOSE_MARKS = word_set("so as")


def purpose_modality(tok: Token, modality: Callable[[Token], str]) -> str:
    """Return the modality of a purpose or permitted infinitive ``tok``, else "".

    ``modality`` gives a governing clause's own modality (``clauses.modality``); a
    purpose of an act not done is as sure as the act: "urged them to hold talks to end
    the war" (should).
    """
    kind = _clause_kind(tok)
    if not kind:
        return ""
    own = modality(_governing_verb(tok))
    if own != "asserted":
        return own
    return "future" if kind == "purpose" else ""


def past_purpose(tok: Token, head: Token) -> Token:
    """Return the clause whose setting ``tok`` shares when it climbs to ``head``.

    Only the purpose and the infinitives under or joined to it ("to encircle X and
    relieve Y") are aims; a clause of its own or a participle under it ("waged an assault to
    recapture X killing hundreds", "to release those it took when it stormed X") tells
    of the act the purpose serves, or of something done.
    """
    if tok.tag_ == "VB" or _clause_kind(head) != "purpose":
        return head  # "to encircle X and relieve Y", "to help evacuate the wounded"
    return _governing_verb(head)


def _clause_kind(tok: Token) -> str:
    """Return "purpose", or "permit" for an act let or seen happen, else ""."""
    if tok.pos_ not in {"VERB", "AUX"} or tok.head.i == tok.i:
        return ""
    if not any(kid.tag_ == "TO" for kid in tok.children) and tok.dep_ != "ccomp":
        return ""
    if tok.dep_ == "advcl" and _is_purpose_adverbial(tok):
        return "purpose"  # "sent tanks to encircle the town", "so as to avoid"
    if tok.dep_ == "acl" and _is_purpose_of_noun(tok.head):
        return "purpose"  # "an offensive to reopen the road", "in order to seize"
    head = tok.head
    permit = head.lemma_.lower() in _PERMIT_VERBS  # "would let them leave": tagged VBP too
    if tok.dep_ not in {"ccomp", "xcomp"} or tok.tag_ not in ({"VB", "VBP"} if permit else {"VB"}):
        return ""
    if head.pos_ not in {"VERB", "AUX"} or any(k.dep_ == "mark" for k in tok.children):
        return ""
    if permit:
        return "permit"  # "will allow inspectors to visit", "let them leave"
    bare = tok.dep_ == "ccomp" and not any(kid.tag_ == "TO" for kid in tok.children)
    return "permit" if bare and head.lemma_.lower() not in CONTROL_MODALITY else ""


def _governing_verb(tok: Token) -> Token:
    """Return the verb a purpose or complement clause hangs from."""
    head = tok.head
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head  # "an offensive to retake X", "in order to seize X"
    return head


def _is_purpose_adverbial(tok: Token) -> bool:
    """Return whether an adverbial infinitive names its governor's purpose.

    "sent troops to retake the town" is; "went on to capture the hill", "returned only
    to find the town destroyed" tell what came next.
    """
    head = tok.head
    if any(kid.dep_ in {"nsubj", "nsubjpass"} for kid in tok.children):
        return False
    if head.lemma_.lower() in _COMPLEMENT_HEADS:
        return False
    if any(k.dep_ == "mark" and k.lower_ not in _PURPOSE_MARKS for k in tok.children):
        return False
    if any(k.dep_ == "prt" and k.lower_ == "on" for k in head.children):
        return False  # "went on to capture"
    before = tok.doc[max(tok.left_edge.i - 1, 0)]
    return head.pos_ in {"VERB", "AUX"} and before.lower_ not in _OUTCOME_WORDS


def _is_purpose_of_noun(noun: Token) -> bool:
    """Return whether "NOUN to V" names what the noun's act is for.

    "in order to seize", "an offensive to reopen the road"; a noun of intent ("a
    decision to", "a bid to") is left to ``clauses.intent_modality``; "the first raid to
    hit the city" picks one raid that did.
    """
    if noun.lower_ == "order" and noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return True
    if noun.lemma_.lower() in INTENT_NOUNS or not is_event_noun(noun):
        return False
    return not any(k.lower_ in _PICKING or k.tag_ == "JJS" for k in noun.lefts)
