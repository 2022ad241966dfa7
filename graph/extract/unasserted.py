"""Clauses the writer does not assert: open questions and the content of nouns (private).

"Observers asked whether the army shelled the hospital", "it is unclear what planes
carried out the raids", "there were unconfirmed reports of militants shelling the
town", "allegations of sarin use by the army", "villagers face the risk of being
shelled by the army" and "investigators found no evidence
that the commanders met" all contain a clause whose act the sentence does not say
happened. :func:`open_modality` gives such a clause the modality "possible";
:func:`is_question_word` marks an argument that is
only a question word ("what", "who") or a phrase a question word picks ("which unit",
"whose jets"), which names no participant. :func:`asks_possible_act` marks a question
about an act that may come ("residents guessed where the jets might strike next"): no
act is told at all.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .denials import denied_claim
from .lexicon import INSTRUMENT_NOUNS
from .modalwords import CONTENT_NOUNS, EVIDENCE_NOUNS, MODALS, QUESTION_HEADS
from .poisonmeans import used_poison
from .spans import child

# Words that open an embedded question or a free relative ("what planes", "who fired").
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# Clause links of a complement clause (an embedded question is one); a relative clause
# ("the town where rebels fought") and an adverbial one ("when rockets struck") are not.
_COMPLEMENT_DEPS = frozenset({"ccomp", "csubj", "csubjpass", "pcomp", "xcomp"})
# Words that deny or belittle evidence: "no evidence", "without proof", "the lack of signs".
_DENYING = frozenset({"no", "little", "scant", "without", "lack", "absence"})


def open_modality(clause: Token) -> str:
    """Return "possible" when ``clause`` is an open question or a noun's content, else "".

    "asked whether the army shelled the town", "determines whose planes carry out
    raids", "reports of militants shelling the town", "no sign that the talks resumed".
    """
    if clause.dep_ == "relcl" and not _is_content_relative(clause):
        return ""
    if any(kid.dep_ == "mark" and kid.lower_ == "whether" for kid in clause.children):
        return "possible"
    if any(kid.dep_ == "mark" and kid.lower_ == "if" for kid in clause.children):
        # "asked if the navy shelled", "it is unclear if jets struck": a question, not a
        # condition ("if the rebels attack, ...", see clauses.modality).
        return "possible" if _takes_question(clause.head) else ""
    if (
        clause.dep_ in _COMPLEMENT_DEPS
        and _opens_with_question_word(clause)
        and _takes_question(clause.head)
    ):
        return "possible"
    noun = _content_noun(clause)
    if noun is None or denied_claim(clause) is not None:
        # "denied reports that its jets struck X": denied, as "denied that" (see denials).
        return ""
    lemma = noun.lemma_.lower()
    if lemma in CONTENT_NOUNS or (lemma in EVIDENCE_NOUNS and _is_denied(noun)):
        return "possible"
    return ""


def _opens_with_question_word(clause: Token) -> bool:
    """Return whether a question word leads ``clause`` ("what planes carried out")."""
    for kid in clause.children:
        if kid.i > clause.i:
            break
        if kid.tag_ in _WH_TAGS and kid.dep_ != "mark" and kid.lower_ != "that":
            return True
        if any(grand.tag_ in _WH_TAGS and grand.i == kid.left_edge.i for grand in kid.lefts):
            # "whose planes carry out raids": the question word is the subject's determiner.
            return True
    return False


def _takes_question(head: Token) -> bool:
    """Return whether a wh-clause under ``head`` is an open question, not a free relative.

    "asked which unit fired", "it is unclear who fired", "did not say which jets
    struck" (a denied saying leaves the question open); not "faces what officials call".
    """
    words = [head, *(kid for kid in head.children if kid.dep_ in {"acomp", "oprd"})]
    if any(word.lemma_.lower() in QUESTION_HEADS for word in words):
        return head.lemma_.lower() != "say" or any(kid.dep_ == "neg" for kid in head.children)
    return False


def _content_noun(clause: Token) -> Token | None:
    """Return the noun whose content ``clause`` is, or None.

    "reports that militants shelled" (clause on the noun), "reports of militants
    shelling" (clause on the noun's "of" object).
    """
    if clause.dep_ == "relcl" and _is_content_relative(clause):
        return clause.head
    if clause.dep_ == "pobj" and used_poison(clause) and clause.head.lower_ == "of":
        # "allegations of chemical weapons use by X": a use told as a noun (weaponuse).
        return clause.head.head if clause.head.head.pos_ == "NOUN" else None
    if clause.dep_ == "pcomp" and clause.head.lower_ == "of" and clause.head.head.pos_ == "NOUN":
        # "the risk of being killed by air strikes", "the threat of using force": the
        # noun's content told as a gerund.
        return clause.head.head
    if clause.dep_ not in {"acl", "ccomp"}:
        return None
    noun = clause.head
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if clause.dep_ == "acl" and child(clause, "mark") is None and noun.dep_ == "pobj":
        # "reports of militants shelling": the gerund describes the "of" object.
        prep = noun.head
        if prep.lower_ == "of" and prep.head.pos_ == "NOUN":
            return prep.head
        return None
    if clause.dep_ == "acl" and child(clause, "mark") is None:
        # "the men fighting in Idlib": a participle describing its noun, no content.
        return None
    return noun


def _is_content_relative(clause: Token) -> bool:
    """Return whether a "relative clause" is a content clause the parser misread.

    "the rumour that the envoy sold the embassy": "that" read as the object, but the
    clause has an object of its own.
    """
    objs = [kid for kid in clause.children if kid.dep_ == "dobj"]
    return len(objs) > 1 and objs[0].lower_ == "that"


def _is_denied(noun: Token) -> bool:
    """Return whether evidence is denied: "no evidence", "did not find any sign"."""
    if any(kid.lower_ in _DENYING for kid in noun.children):
        return True
    head = noun.head
    if head.lower_ in _DENYING or head.lemma_.lower() in _DENYING:
        return True
    return head.pos_ in {"VERB", "AUX"} and any(kid.dep_ == "neg" for kid in head.children)


def is_question_word(arg: Span | Token) -> bool:
    """Return whether an argument is only a question word ("what", "who"): no participant.

    So is a phrase a question word picks in an open question: "it is unclear which
    battalion stormed the depot", "did not say whose jets struck": who did it is the
    question, not a party the sentence names.
    """
    if isinstance(arg, Span):
        return len(arg) == 1 and is_question_word(arg.root) or _is_asked_party(arg.root)
    # a "that" left as an argument is a complementizer the parser misread.
    return is_wh_pronoun(arg)


def _is_asked_party(noun: Token) -> bool:
    """Return whether a noun is picked by a question word in an open question: "which unit"."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return False
    if noun.lemma_.lower() in INSTRUMENT_NOUNS:
        return False  # "could not say whose rocket hit the clinic": the hit is told
    first = noun.doc[noun.left_edge.i]
    # "which unit", "whose jets", "what unit" (the tagger may call "what" a pronoun)
    picked = first.tag_ in {"WDT", "WP$", "WP"} and first.dep_ in {"det", "poss"}
    if not picked and not _misread_picker(noun):
        return False
    clause = noun.head
    return clause.dep_ in _COMPLEMENT_DEPS and _takes_question(clause.head)


def _misread_picker(noun: Token) -> bool:
    """Return whether a question word picking a subject was read as the verb's object.

    "The monitor determines what planes carried out raids": the parser hangs "what" on
    "carried" as a second object, though it picks the planes (the clause has its own
    object, "raids"). "Asked what the rebels wanted": "what" is the object and the
    rebels a party.
    """
    if noun.dep_ != "nsubj" or noun.left_edge.i != noun.i or noun.i == 0:
        return False
    word = noun.doc[noun.i - 1]
    if word.lower_ not in {"what", "which"} or word.head.i != noun.head.i:
        return False
    return any(k.dep_ == "dobj" and k.i > noun.i for k in noun.head.children)


def asks_possible_act(clause: Token) -> bool:
    """Return whether a clause asks where, when or how an act may come: no act is told.

    "Residents tried to guess where the jets might strike next", "you never know when
    the shells will fall": an open question about what may happen (a question about
    what happened, "asked where the jets struck", stays a possible act).
    """
    while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head  # "when or where the jets might strike and burn"
    if not any(kid.dep_ == "aux" and kid.lower_ in MODALS for kid in clause.children):
        return False
    return (
        clause.dep_ in _COMPLEMENT_DEPS
        and _opens_with_question_word(clause)
        and _takes_question(clause.head)
    )


def is_wh_pronoun(tok: Token) -> bool:
    """Return whether ``tok`` is a wh- or relative pronoun ("what", "which", "that")."""
    return tok.tag_ in {"WP", "WDT"}
