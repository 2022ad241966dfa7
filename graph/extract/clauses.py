"""Clause features of a predicate: modality, and the governor it shares (private to extract)."""

from __future__ import annotations

from spacy.tokens import Token

from .alleged import alleged_modality, claimed_modality
from .believed import is_belief_verb
from .decisions import is_taken_decision
from .factclauses import states_own_fact
from .hedges import copular_head, hedged_modality
from .modalwords import (
    CONDITIONAL_MARKS,
    CONTROL_MODALITY,
    DIRECTIVE_VERBS,
    HEDGE_ADJECTIVES,
    INTENT_NOUNS,
    MODALS,
    PURPOSE_PASSIVES,
    READY_ADJECTIVES,
)
from .promised import promised_modality
from .purposeclauses import past_purpose, purpose_modality
from .requests import directed_act
from .spans import child, clause_head
from .speakergerunds import speaker_clause
from .speechtags import reported_gerund
from .stolensubjects import stolen_subject
from .tense import has_own_tense, is_mandative
from .unasserted import open_modality
from .verbspelling import gerund_lemma

# Dependency links along which a dependent clause shares its governor's setting.
_INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "acl"})


def governor(verb: Token) -> Token | None:
    """Return the clause a dependent clause shares its subject and setting with."""
    reported = reported_gerund(verb) or speaker_clause(verb)
    if reported is not None:
        # "jets hit the clinic the reporter said bringing down the roof": the jets did;
        # "urged X to stop the raids stressing that ...": the one who urged stresses.
        return reported
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        head = verb.head.head
        if head.lower_ == "addition" and head.dep_ == "pobj":
            head = head.head.head  # "took X in addition to destroying Y": took's subject
        return clause_head(head)
    if verb.dep_ in _INHERIT_DEPS and verb.head.i != verb.i:
        return clause_head(verb.head)
    return None


def has_aux(verb: Token) -> bool:
    """Return whether a clause has an auxiliary of its own ("has", "will"; not "to")."""
    return any(kid.dep_ in {"aux", "auxpass"} and kid.lower_ != "to" for kid in verb.children)


def hedge(verb: Token) -> Token | None:
    """Return the adjective of "it is ADJ (that) CLAUSE" when ``verb`` heads the clause.

    "it is likely that the rebels will attack" -> "likely"; the parser often hangs the
    adjective on the clause's subject instead ("it is possible ISIS could withdraw").
    """
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_ != "be":
        return None
    subj = child(head, "nsubj", "expl")
    if subj is None or subj.lower_ != "it":
        return None
    adj = child(head, "acomp")
    own = child(verb, "nsubj", "nsubjpass")
    if adj is None and own is not None:
        adj = own.doc[own.left_edge.i]
        adj = adj if adj.dep_ == "amod" and adj.head.i == own.i else None
    return adj if adj is not None and adj.lower_ in HEDGE_ADJECTIVES else None


def is_hedged(noun: Token) -> bool:
    """Return whether ``noun`` is a clause subject carrying the matrix adjective of "it is ADJ"."""
    adj = hedge(noun.head) if noun.dep_ in {"nsubj", "nsubjpass"} else None
    return adj is not None and adj.head.i == noun.i


def _hedged(tok: Token, own: str) -> str:
    """Return a clause's modality once "it is possible/clear (that)" is taken into account."""
    adj = hedge(tok)
    if adj is None or own not in {"asserted", "future"}:
        return own
    return "possible" if HEDGE_ADJECTIVES[adj.lower_] == "possible" else own


def modality(verb: Token) -> str:
    """Return the modality of a clause (own modal, if-clause, else its governor's).

    "it is likely that the rebels will attack" is possible; "it is clear that" asserted.
    An adverbial clause that states its own act escapes its governor's own modal or
    hedge, not a claim around both (:mod:`graph.extract.factclauses`).
    """
    seen = 0
    adverbial = own_fact = False
    tok: Token | None = verb
    while tok is not None and seen < 8:
        found = claimed_modality(tok) if own_fact else _clause_modality(tok, adverbial)
        if found:
            return found
        if tok.dep_ == "conj" and (
            has_aux(tok) or stolen_subject(tok) is not None or has_own_tense(tok, tok.head)
        ):
            # a conjoined clause with its own auxiliary or its own subject.
            break
        # "the toll could rise as rescuers pulled bodies from the rubble".
        own_fact = states_own_fact(tok, modality)
        adverbial = adverbial or tok.dep_ == "advcl"
        # "it was X that fired", "it would be the first raid by X": as sure as the "be".
        head = (governor(tok) or copular_head(tok)) if tok.dep_ != "acl" else None
        tok = past_purpose(tok, head) if head is not None else None  # not "to retake X killing Y"
        seen += 1
    return "asserted"


def _clause_modality(tok: Token, adverbial: bool) -> str:
    """Return the modality a clause's own words or its link to its head give it, or ""."""
    for kid in tok.children:
        if kid.dep_ == "aux" and kid.lower_ in MODALS:
            return _hedged(tok, MODALS[kid.lower_])
        if kid.dep_ == "mark" and kid.lower_ in CONDITIONAL_MARKS:
            return open_modality(tok) or "hypothetical"
    if hedge(tok) is not None:
        return _hedged(tok, "asserted")
    # "asked whether the army shelled", "reports of militants shelling the town"; an
    # adverbial clause below ("... after the envoy called") is not part of the question.
    opened = open_modality(tok) if not adverbial else ""
    # "claimed the army shelled", "accused X of shelling", "allegedly shelled".
    opened = opened or alleged_modality(tok) or hedged_modality(tok)
    if opened:
        return opened
    if tok.dep_ == "ccomp" and tok.head.lemma_ in DIRECTIVE_VERBS and is_mandative(tok):
        # "the envoy suggested that both armies withdraw their tanks".
        return "should"
    return _control_modality(tok)


def _is_epistemic_passive(verb: Token) -> bool:
    # "was believed to", and reduced: "airstrikes believed to be carried out by jets".
    reduced = verb.dep_ in {"acl", "advcl"} and verb.tag_ in {"VBN", "VBD"}
    reduced = reduced and child(verb, "nsubj") is None
    return is_belief_verb(verb) and (reduced or child(verb, "auxpass") is not None)


def intent_modality(verb: Token) -> str:
    """Return the modality of an infinitive after a noun of intent, or "" for any other.

    "his decision to form a coalition and (to) arm the rebels": both are decided.
    """
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    if verb.dep_ != "acl" or not any(k.tag_ == "TO" for k in verb.children):
        return ""
    return CONTROL_MODALITY.get(INTENT_NOUNS.get(verb.head.lemma_.lower(), ""), "")


def _control_modality(tok: Token) -> str:
    """Return the modality a control verb gives its complement, or "".

    "Turkey plans to launch an offensive" -> future; "Obama wants Putin to attack" ->
    hypothetical; "the UN urged the rebels to withdraw" -> should; "tried to" -> possible.
    """
    if aim := purpose_modality(tok, modality):
        return aim  # "launched an offensive to reopen the road", "will allow X to visit"
    if tok.dep_ in {"acl", "conj"} and intent_modality(tok):
        # "announced his decision to arm the rebels" (see intents.intent_frames).
        return intent_modality(tok)
    if tok.dep_ == "acl":
        return ""
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        # "launched an assault aimed at breaking the siege": the breaking is an aim.
        return CONTROL_MODALITY.get(tok.head.head.lemma_.lower(), "")
    if tok.dep_ not in {"xcomp", "ccomp"} or tok.head.i == tok.i:
        return ""
    if tok.dep_ == "xcomp" and tok.head.lower_ in READY_ADJECTIVES:
        # "the rebels are ready to storm the base", "the army is poised to enter the city";
        # the adjective's own clause may hedge it: "may not be willing to" (possible).
        own = modality(clause_head(tok.head))
        return own if own != "asserted" else "future"
    if tok.dep_ == "xcomp" and HEDGE_ADJECTIVES.get(tok.head.lower_) == "possible":
        # "the rebels were likely to withdraw from the town".
        return "possible"
    if tok.dep_ == "xcomp" and _is_epistemic_passive(tok.head):
        # "the raid is suspected to have been carried out by jets": a belief, not a fact.
        return "possible"
    if promised := promised_modality(tok):
        return promised  # "vowed to keep shelling the port"
    return _governing_verb_modality(tok)


def _governing_verb_modality(tok: Token) -> str:
    """Return the modality the verb governing a complement gives it, or "".

    "plans to launch" -> future; "had to ration" -> an obligation; "decided to suspend"
    and "hoped that ..." -> "" (done, or a finite clause with its own tense).
    """
    head = clause_head(tok.head)
    lemma = head.lemma_.lower()
    if lemma in {"have", "need"} and tok.dep_ == "xcomp" and child(tok, "aux") is not None:
        return _obligation(head)
    if lemma not in CONTROL_MODALITY and head.lower_.endswith("ing"):
        # the lemmatizer misses some: "hoping" -> "hop".
        lemma = gerund_lemma(head.lower_)
    if lemma in PURPOSE_PASSIVES and child(head, "auxpass") is not None:
        lemma = "intend"  # "the team is meant to probe the sites": a purpose, as "intended"
    if is_taken_decision(head):
        return ""  # "the UN decided to suspend the convoys": they were suspended
    if tok.dep_ == "ccomp" and child(tok, "mark") is not None and head.lemma_ != "demand":
        # "decided that ...", "hoped that ..." report a finite clause with its own tense.
        return ""
    own = CONTROL_MODALITY.get(lemma, "") or ("should" if directed_act(tok) else "")
    if own == "should" and tok.dep_ == "ccomp" and not is_mandative(tok):
        # "reports suggest the jets struck the town": a report, not a proposal.
        return ""
    return own


def _obligation(head: Token) -> str:
    """Return the modality "have/need to V" gives V ("" when it reports what was done).

    "residents have to ration water", "the army needs to retake the road" -> should;
    "the envoy has yet to respond" -> future; "farmers had to leave" -> asserted (they left).
    """
    if any(kid.lower_ == "yet" for kid in head.children):
        return "future"
    return "should" if head.tag_ in {"VB", "VBP", "VBZ"} else ""
