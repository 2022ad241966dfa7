"""Alleged acts: what a claim, an accusation or a hedging adverb reports (private).

"The opposition claimed that the army used chlorine", "Kyiv accused Moscow of shelling
the plant", "the militia was suspected of killing the journalist" and "the army
allegedly shelled the town" all report an act that someone says happened, not one the
writer states. :func:`alleged_modality` gives such a clause the modality "possible";
its attribution (who says so) is found by :func:`graph.extract.clauses.attribution`.
So is a belief: "the allies believe the army used sarin" (:func:`is_believed`).
"X said Y attacked Z" is no claim of this kind: news credits its sources that way, and
the act stays asserted, credited to X.
"""

from __future__ import annotations

from spacy.tokens import Token

from .appositions import named_head
from .denials import denied_claim
from .lexicon import QUOTING_VERBS, SPEECH_VERBS
from .modalwords import (
    ACCUSE_VERBS,
    ALLEGING_VERBS,
    ALLEGING_WORDS,
    BELIEF_VERBS,
    CLAIM_VERBS,
    PREVENT_VERBS,
)
from .spans import antecedent, child, is_relative, np_span

# Prepositions of a gerund the object of the verb above does: "accused X of shelling",
# "stopped X from marching".
_CONTROL_PREPS = frozenset({"of", "for", "from", "with"})
# Prepositions of an accusation's act: "accused X of V-ing", "charged X with V-ing",
# "blamed X for V-ing".
_ACT_PREPS = frozenset({"of", "for", "with"})


def alleged_modality(clause: Token) -> str:
    """Return "possible" when ``clause`` is claimed, alleged or hedged, else "".

    "claimed (that) the army shelled the town", "claimed to have shelled", "accused the
    rebels of shelling", "was suspected of killing", "allegedly shelled", "the alleged
    attack by X on Y".
    """
    if any(_is_alleging(kid) for kid in clause.children):
        return "possible"
    return claimed_modality(clause)


def claimed_modality(clause: Token) -> str:
    """Return "possible" when ``clause`` is what someone claims or is accused of, else "".

    "claimed (that) the army shelled the town", "claimed to have shelled", "accused the
    rebels of shelling": the claim covers all of the clause, its adverbial clauses too.
    """
    head = clause.head
    if denied_claim(clause) is not None:
        return ""  # "dismissed claims that X shelled Y": denied (see denials)
    if clause.dep_ == "ccomp" and head.lemma_.lower() in CLAIM_VERBS and not child(head, "dobj"):
        # (with an object, "claimed the blast but X blamed Y" is a misread coordination)
        return "possible"
    if is_believed(clause):
        return "possible"
    if clause.dep_ == "xcomp" and head.lemma_.lower() in CLAIM_VERBS:
        # "the army claimed to have killed 50 militants".
        return "possible"
    if is_accused_act(clause):
        return "possible"
    return ""


def is_believed(clause: Token) -> bool:
    """Return whether ``clause`` is the content of a belief: "X believe(s) (that) CLAUSE".

    "The allies believe (that) the army used sarin", "residents suspect the militia
    planted the bomb", "it is thought that the jets struck the depot": the act is what
    someone believes, not what the writer states. A belief's object makes the clause a
    misread coordination ("suspect the militia and ..."), as with a claim; a speech verb
    is the tag of a quote the parser hung on the belief ("I think the war is lost the
    minister told reporters": the minister told them).
    """
    head = clause.head
    return (
        clause.dep_ == "ccomp"
        and head.i != clause.i
        and head.lemma_.lower() in BELIEF_VERBS
        and child(head, "dobj") is None
        and clause.lemma_.lower() not in SPEECH_VERBS
    )


def is_accused_act(clause: Token) -> bool:
    """Return whether ``clause`` is the act of "accused X of V-ing" ("blamed X for V-ing")."""
    prep = clause.head
    verb = accusing_verb(clause)
    return (
        clause.dep_ == "pcomp"
        and prep.lower_ in _ACT_PREPS
        and verb is not None
        and verb.lemma_.lower() in ALLEGING_VERBS
    )


def accusing_verb(clause: Token) -> Token | None:
    """Return the verb whose "of/for/with V-ing" ``clause`` is, else None.

    "accused the militia of shelling" -> accused; the parser often hangs the gerund on
    the accused ("the regime of killing"): the act is still the accusation's.
    """
    if clause.dep_ != "pcomp":
        return None
    prep = clause.head
    if prep.lower_ in _ACT_PREPS and is_hung_on_accused(clause):
        return _hung_under(clause)
    return prep.head


def is_hung_on_accused(clause: Token) -> bool:
    """Return whether a gerund is hung on the object of an accusation: "accused X of V-ing".

    Or on the accuser of a passive one: "X is accused by Y of V-ing" (hung on Y).
    """
    verb = _hung_under(clause)
    return clause.tag_ == "VBG" and verb is not None and verb.lemma_.lower() in ACCUSE_VERBS


def _hung_under(clause: Token) -> Token | None:
    """Return the verb whose object or passive agent the gerund's preposition hangs on."""
    noun = clause.head.head
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return noun.head.head  # "accused by rights groups of killing"
    return None


def _is_alleging(kid: Token) -> bool:
    # "allegedly shelled", "reportedly fled"; "the suspected attack" (an event noun).
    if kid.dep_ == "advmod":
        return kid.lower_.endswith("ly") and kid.lower_ in ALLEGING_WORDS
    return kid.dep_ == "amod" and kid.head.pos_ == "NOUN" and kid.lower_ in ALLEGING_WORDS


def is_object_controlled(verb: Token) -> bool:
    """Return whether the object of the verb above does ``verb``, a gerund after a preposition.

    "accused the militia of shelling", "stopped the crowd from marching", "quoted the
    mayor as saying".
    """
    prep = verb.head
    if verb.dep_ != "pcomp":
        return False
    if prep.lower_ == "as":
        return prep.head.lemma_.lower() in QUOTING_VERBS
    if prep.lower_ in _ACT_PREPS and is_hung_on_accused(verb):
        return True  # "accused the regime of killing" (the gerund hung on the regime)
    return prep.lower_ in _CONTROL_PREPS and prep.head.lemma_ in ACCUSE_VERBS | PREVENT_VERBS


def controlled_object(verb: Token) -> Token | None:
    """Return the object of the verb whose "of/for/from V-ing" ``verb`` is, or None.

    It does the gerund: "the army accused the militia of shelling the market" -> the
    militia; passive, the subject: "the militia was accused of shelling", "a convoy which
    was stopped from entering" -> the militia, the convoy.
    """
    governing = verb.head.head
    if verb.head.lower_ in _ACT_PREPS and is_hung_on_accused(verb):
        if governing.dep_ == "dobj":
            return governing  # "accused the regime of killing": the regime
        under = _hung_under(verb)  # "X is accused by Y of killing": X, below
        if under is None:
            return None
        governing = under
    obj = child(governing, "dobj")
    if obj is not None:
        return obj
    subj = child(governing, "nsubjpass")
    if subj is not None and is_relative(subj) and governing.dep_ == "relcl":
        return antecedent(governing)
    if subj is None and governing.dep_ == "acl" and governing.tag_ == "VBN":
        return governing.head  # "the regime, accused (by X) of starving the town": the regime
    return subj


def accuser(verb: Token) -> str:
    """Return who makes an accusation: its subject, or the agent of a passive ("by X")."""
    subj = child(verb, "nsubj")
    if subj is None:
        agent = child(verb, "agent")
        subj = child(agent, "pobj") if agent is not None else None
    return np_span(named_head(subj)).text if subj is not None else ""
