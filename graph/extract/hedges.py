"""Hedged acts: a writer's doubt carried by an adverb, an adjective or a question (private).

"Jets probably bombed the bakery", "the raid was most likely carried out by Jordanian
jets", "nine farmers died in a presumable Turkish drone strike", "suspected militia
rockets killed four shepherds" and "did the militia shell the village?" tell of an act
the writer does not state as done, or of a doer the writer only supposes. Such a clause
gets the modality "possible" (:func:`hedged_modality`, read by
:func:`graph.extract.clauses.modality`). A hedge on what was hit ("bombed purported
arms depots") leaves the act stated. "It was X that did V" is a cleft: V is as sure as
the "it was" clause (:func:`copular_head`), so "regardless of whether it was X that
fired" leaves the firing open.
"""

from __future__ import annotations

from spacy.tokens import Token

from .believed import is_belief_verb, is_misread_belief
from .claims import doers
from .lexicon import (
    AGENT_NOUNS,
    EVENT_NOUNS,
    INSTRUMENT_NOUNS,
    LIGHT_EVENT_VERBS,
    word_set,
)
from .responsible import is_blamed_attack
from .spans import child

# Adverbs of doubt on a verb: "probably shelled", "was most likely carried out".
HEDGE_ADVERBS = word_set(
    "likely probably possibly presumably apparently perhaps maybe seemingly supposedly "
    "purportedly reportedly allegedly ostensibly conceivably"
)
# Verbs of seeming with a complement: "what appeared to be an X raid".
SEEMING_VERBS = word_set("appear seem")
# Adjectives of doubt before a noun: "a presumable drone strike", "suspected militia rockets".
DOUBT_PREMODIFIERS = word_set(
    "presumable presumed probable possible likely apparent alleged suspected purported "
    "supposed unconfirmed putative"
)


def hedged_modality(clause: Token) -> str:
    """Return "possible" when a hedge makes ``clause``'s act or its doer unsure, else "".

    "apparently bombed", "was likely carried out by X", "the presumable X strike on Y",
    "killed in a suspected X raid", "hit by suspected X drones", "did X shell Y?". A claim
    of responsibility is no hedge: "an attack claimed by X killed nine" is stated, as X's
    act credited to X (claims.py), as event coders code claimed attacks.
    """
    if any(kid.dep_ == "advmod" and kid.lower_ in HEDGE_ADVERBS for kid in clause.children):
        return "possible"
    if clause.pos_ in {"NOUN", "PROPN"}:
        # an event noun read as a clause: "the presumable X strike on Y".
        return "possible" if is_hedged_noun(clause) else ""
    if any(is_hedged_noun(noun) for noun in doer_nouns(clause)):
        return "possible"
    if _in_hedged_what(clause):
        return "possible"
    # "the raid believed[ROOT] to have been carried[xcomp] out by X killed[conj] nine"
    if is_misread_belief(clause.head) and clause.dep_ in {"conj", "ccomp", "xcomp"}:
        return "possible"
    return "possible" if is_question(clause) else ""


def is_hedged_noun(noun: Token) -> bool:
    """Return whether a hedge adjective stands among ``noun``'s premodifiers.

    "a presumable Turkish drone strike", "suspected militia rockets", "an alleged raid":
    the hedge may hang on a modifier of the noun rather than the noun itself. A hedge on
    the kind of weapon alone leaves the act stated: "a suspected gas attack killed ten",
    "an apparent car bomb killed six" (people died; what is unsure is the gas, the car),
    unless the phrase names its owner too.
    A participle after the noun may hedge it as well: "raids believed to be Russian",
    "strikes reportedly carried out by X"; so may a blame of its owner: "the navy was
    blamed for the raid", "X is believed to be behind the raid" (see responsible).
    """
    if any(_is_hedged_participle(kid) for kid in noun.rights) or is_blamed_attack(noun):
        return True
    if any(hedged_what(prep, noun) for prep in noun.ancestors if prep.dep_ == "prep"):
        return True  # "killed in what they believed were X raids on Y": the raids
    words = list(noun.doc[noun.left_edge.i : noun.i])
    hedges = [
        tok.i
        for tok in words
        if tok.lower_ in DOUBT_PREMODIFIERS and tok.dep_ in {"amod", "advmod", "compound"}
    ]
    if not hedges:
        return False
    after = [tok for tok in words if tok.i > hedges[0]]
    if any(_is_owner_word(tok) for tok in after):
        return True  # "suspected government strikes": who struck is unsure
    # "an alleged raid" (the act itself is unsure) against "a suspected car bomb" (its kind).
    return not after


def _in_hedged_what(clause: Token) -> bool:
    # "two died in what is believed to have been X raids": who killed them is only believed
    # (not "X shelled the town in what appeared to be a reprisal": X's own act).
    if clause.dep_ == "acl" and _is_act_noun(clause.head):
        # "after what is believed to be an X attack carried out by Y": the carrying out
        return is_hedged_noun(clause.head)
    if child(clause, "nsubj") is not None and child(clause, "dobj") is not None:
        return False
    in_what = (kid for kid in clause.children if kid.dep_ == "prep" and kid.lower_ == "in")
    return any(hedged_what(prep) for prep in in_what)


def hedged_what(prep: Token, noun: Token | None = None) -> bool:
    """Return whether ``prep`` opens a free relative that names an act only as believed.

    "in what is believed to have been X strikes", "after what appeared to be an X raid",
    "in what were likely X strikes", "in what they believed were X raids": the act noun
    (``noun`` when given, else any) stands after a word of doubt in "what ...", and the
    relative names whose act it is. Not a report ("in what activists said was a raid"),
    whose act the writer credits to its source, nor a doubt on the kind of act alone.
    """
    words = list(prep.subtree)
    if len(words) < 3 or words[1].lower_ != "what":
        return False
    nouns = [tok for tok in words if _is_act_noun(tok) and (noun is None or tok == noun)]
    if not nouns or not any(_is_doubt_word(tok) for tok in words if tok.i < nouns[0].i):
        return False
    # whose act it is must be named: "in what is believed to be a gas attack" doubts its kind.
    return any(_is_owner_word(tok) for tok in words if tok.pos_ != "PRON")


def _is_doubt_word(tok: Token) -> bool:
    # "is believed to have been", "appeared to be", "were likely", "they suspect was".
    if tok.lower_ in HEDGE_ADVERBS or tok.lower_ in DOUBT_PREMODIFIERS:
        return True
    if tok.lemma_.lower() in SEEMING_VERBS and child(tok, "xcomp") is not None:
        return True
    return is_belief_verb(tok)  # not "what activists said was": a report, not a belief


def _is_hedged_participle(kid: Token) -> bool:
    # "jets believed to be Russian", "strikes reportedly carried out by the regime" (the
    # tagger may read the participle as a past tense: "the raid believed[VBD] to have been");
    # or a passive relative: "raids which were likely carried out by X".
    if kid.dep_ not in {"acl", "relcl"} or kid.tag_ not in {"VBN", "VBD"}:
        return False
    if kid.dep_ == "relcl" and not _names_doer(kid):
        return False  # not "Tabqa, which is believed to be their last stronghold"
    if any(k.dep_ == "advmod" and k.lower_ in HEDGE_ADVERBS for k in kid.children):
        # only a doer named by it: not "strikes ostensibly aimed at the militants".
        return child(kid, "agent") is not None
    return is_belief_verb(kid) and child(kid, "xcomp") is not None


def _names_doer(relative: Token) -> bool:
    # a passive relative with its "by" doer, or one believed of it: "which were (believed to
    # have been) carried out by X".
    if child(relative, "auxpass") is None:
        return False
    complement = child(relative, "xcomp")
    return any(child(verb, "agent") is not None for verb in (relative, complement) if verb)


def _is_owner_word(tok: Token) -> bool:
    # "Turkish", "US-led", "regime", "militia": a word that says whose the act is.
    return bool(tok.ent_type_) or tok.pos_ == "PROPN" or tok.lemma_.lower() in AGENT_NOUNS


def doer_nouns(clause: Token) -> list[Token]:
    """Return the nouns that may name who did ``clause``'s act.

    Its subject; the "by" agent of a passive; an event noun after "in" when no subject
    acts on an object ("were killed in an X strike", "died in a raid"); an event noun a
    light verb governs ("carried out a raid"); the antecedent of a relative subject ("a
    suspected strike that killed nine"); the "by" phrase of any of those acts.
    """
    found = doers(clause)
    # "bombers killed two in an attack claimed by X": the bombers' killing is no claim.
    own = child(clause, "nsubj") is not None and child(clause, "dobj") is not None
    for kid in clause.children:
        if kid.dep_ == "agent" or (kid.dep_ == "prep" and kid.lower_ == "in" and not own):
            pobj = child(kid, "pobj")
            if pobj is not None and (kid.dep_ == "agent" or _is_act_noun(pobj)):
                found.append(pobj)
        elif (
            kid.dep_ == "dobj" and clause.lemma_.lower() in LIGHT_EVENT_VERBS and _is_act_noun(kid)
        ):
            found.append(kid)
    # "raids by suspected Russian jets hit the village": the doer inside the act's phrase.
    return found + [by for noun in found if _is_act_noun(noun) for by in _by_phrase(noun)]


def _by_phrase(noun: Token) -> list[Token]:
    by = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "by"), None)
    pobj = child(by, "pobj") if by is not None else None
    return [pobj] if pobj is not None else []


def _is_act_noun(noun: Token) -> bool:
    # (eventnouns.is_event_noun, whose module imports this one's readers)
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in EVENT_NOUNS or lemma in INSTRUMENT_NOUNS)


def is_question(clause: Token) -> bool:
    """Return whether ``clause`` is the main clause of a direct question.

    "Did the militia shell the village?", "who fired the rockets?": the sentence ends in a
    question mark and the clause opens with an auxiliary or a question word.
    """
    if clause.dep_ != "ROOT" or clause.sent[-1].text != "?":
        return False
    subj = child(clause, "nsubj", "nsubjpass", "expl")
    first = next(iter(clause.lefts), None)
    if first is None:
        return False
    if first.tag_ in {"WDT", "WP", "WP$", "WRB"} or first.left_edge.tag_ in {"WDT", "WP", "WRB"}:
        return True
    return first.dep_ in {"aux", "auxpass"} and subj is not None and first.i < subj.i


def copular_head(clause: Token) -> Token | None:
    """Return the "be" clause whose content ``clause`` is, else None.

    The relative clause of a cleft, "it was Russian jets that bombed the clinic", and an
    act named as what something is, "if true, it would be the second raid by X on Y":
    the act is as sure as "was" (under "regardless of whether": open) or "would be"
    (hypothetical).
    """
    if clause.dep_ == "attr" and clause.pos_ == "NOUN" and clause.head.lemma_ == "be":
        return clause.head
    if clause.dep_ != "relcl" or clause.head.dep_ != "attr":
        return None
    copula = clause.head.head
    subj = child(copula, "nsubj", "expl")
    if copula.lemma_ != "be" or subj is None or subj.lower_ != "it":
        return None
    return copula
