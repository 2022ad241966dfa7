"""Who the sentence itself names behind a weapon or an attack it tells (private, issue 14).

Two constructions name the owner of an event noun that is the subject of its own clause:

- a participle of belief after the noun: "jets believed to be Tarvan struck the bridge",
  "a raid thought to be by Tarvan jets", "a drone believed to belong to the militia",
  "the strike suspected to have been carried out by the navy": the named side, whose act
  stays a guess (:mod:`graph.extract.hedges` gives it the modality "possible");
- a statement of responsibility whose object is the attack, told on in a relative clause:
  "the brigade is believed to be behind the bombing that hit the depot", "the navy was
  responsible for the raid that killed nine", "the brigade claimed responsibility for a
  bombing that killed six", "residents blamed the navy for the strikes that hit the
  village", "Tarvo accused the militia of the attack which killed ten"; a blame laid on
  someone for a use of arms: "the use of sarin (which Tarvo blames on the militia) was
  blamed on the militia" (see :mod:`graph.extract.weaponuse`). A blame, an
  accusation or a belief leaves the act a guess (:func:`is_blamed_attack`); a claim or a
  plain statement of who was behind it does not (event coders code a claimed attack as
  the claimer's).

Nothing is named when the text leaves the owner open or shared ("jets believed to be
Tarvan or Karvonian", "the navy and the militia were behind the raid"), denies it ("the
navy was not behind the raid", "no group claimed responsibility for the blast that ..."),
or names no one ("it is unclear who was behind the raid").
"""

from __future__ import annotations

from spacy.tokens import Token

from .alternatives import offers_alternatives
from .blamedon import blamed_on
from .lexicon import AGENT_NOUNS, PLACE_LABELS, TIME_LABELS
from .poisonmeans import used_poison
from .spans import child

__all__ = ["behind_party", "hedged_owner", "is_blamed_attack", "responsible_party"]

# Verbs of belief whose participle hedges who owns a weapon: "jets believed to be X".
_BELIEF = frozenset({"believe", "think", "suspect", "presume", "suppose"})
# Who may own an attack: a name, a nationality, an armed body ("the militia").
_OWNER_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
# Verbs whose object "responsibility" names the doer: "bore/claimed/took responsibility".
_OWNING_VERBS = frozenset({"bear", "claim", "take", "assume", "accept", "have", "carry"})
# A blame or an accusation of someone and the preposition of the act: "blamed X for".
_BLAMES = frozenset({("for", "blame"), ("of", "accuse")})
# The phrases that name who is behind an act: "is behind the raid", "responsible for it".
_BEHIND = frozenset({("behind", "be"), ("for", "responsible")})
# Relative pronouns whose clause hangs on the noun they stand for.
_RELATIVE = frozenset({"which", "who", "that"})
# Quantifiers the phrase may name in place of the acts they count: "behind many of the raids".
_COUNTING = frozenset({"many", "most", "some", "several", "all", "half", "few", "one", "each"})
# Words that name no one: "no one claimed responsibility", "nobody was behind".
_NO_ONE = frozenset({"nobody", "none", "no", "who", "whoever", "which", "what", "that"})


def hedged_owner(noun: Token) -> Token | None:
    """Return whom a participle of belief after an event noun names as its owner, or None.

    "raids believed to be Tarvan" -> Tarvan; "a strike thought to be by Tarvan jets",
    "jets thought to be from the coalition" -> jets, coalition; "a drone believed to
    belong to the militia" -> militia; "a raid believed to have been carried out by
    the navy" -> navy.
    """
    participles = [kid for kid in noun.rights if kid.dep_ == "acl"]
    for acl in [*participles, *_misread_belief(noun)]:
        if acl.lemma_.lower() not in _BELIEF:
            continue
        comp = child(acl, "xcomp")
        found = _named_by(comp) if comp is not None else None
        if found is not None and _is_one_owner(found):
            return found
    return None


def _misread_belief(noun: Token) -> list[Token]:
    """Return the belief verb the parser made the main verb over its noun: "Jets believed".

    "Jets believed to be Tarvan struck the bridge" is often read as "Jets believed (to be
    Tarvan)" with "struck" its conjunct; not "the envoy believed them to be Tarvan".
    """
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.dep_ not in {"ROOT", "ccomp"}:
        return []  # (or, before "a medic said", the complement of the speech verb)
    if verb.tag_ not in {"VBD", "VBN"}:
        return []
    if any(k.dep_ in {"aux", "auxpass", "dobj", "neg"} for k in verb.children):
        return []
    return [verb]


def _named_by(comp: Token) -> Token | None:
    """Return the owner a belief's complement names: "be X", "be by X", "belong to X"."""
    lemma = comp.lemma_.lower()
    if lemma == "be":
        prep = next((k for k in comp.children if k.dep_ == "prep"), None)
        pobj = child(prep, "pobj") if prep is not None else None
        if pobj is not None and prep is not None and prep.lower_ == "by":
            return pobj
        if pobj is not None and prep is not None and prep.lower_ == "from":
            # "from the coalition" names a side, "from rebel positions" a place
            return pobj if pobj.lemma_.lower() in AGENT_NOUNS or _names_owner(pobj) else None
        named = child(comp, "acomp", "attr")
        return named if named is not None and _names_owner(named) else None
    if lemma == "belong":
        prep = child(comp, "prep")
        return child(prep, "pobj") if prep is not None and prep.lower_ == "to" else None
    agent = child(comp, "agent")  # "believed to have been carried out by X"
    return child(agent, "pobj") if agent is not None else None


def _names_owner(tok: Token) -> bool:
    # "believed to be Russian" names a side; "believed to be deliberate" does not.
    return tok.ent_type_ in _OWNER_LABELS or tok.pos_ == "PROPN"


def responsible_party(noun: Token) -> Token | None:
    """Return who a statement of responsibility names behind an attack noun, or None.

    "the brigade is believed to be behind the bombing that ..." -> brigade; "residents
    blamed the navy for the strikes that ..." -> navy; "no group claimed responsibility
    for the blast that ..." -> None.
    """
    found = _responsibility(noun)
    return found[0] if found is not None else None


def behind_party(noun: Token) -> Token | None:
    """Return who a statement names behind an attack noun, not by a claim or a blame.

    "X is believed to be behind the bombing", "X was responsible for the raid", "the
    brigade, which is thought to be behind the blast, ..." -> X; "blamed X for the
    raid" (a blame: its own event) and "X claimed the raid" (see claims) -> None.
    """
    counted = _counting(noun)  # "X was behind many of the raids"
    prep = counted.head
    if counted.dep_ != "pobj" or (prep.lower_, prep.head.lemma_.lower()) not in _BEHIND:
        return None
    return responsible_party(noun)


def is_blamed_attack(noun: Token) -> bool:
    """Return whether the owner of an attack noun is only believed, blamed or accused.

    "the brigade is believed to be behind the bombing", "blamed the navy for the
    strikes", "accused the militia of the attack": yes; "the brigade claimed
    responsibility for the bombing", "the navy was behind the raid": no.
    """
    found = _responsibility(noun)
    return found is not None and found[1]


def _responsibility(noun: Token) -> tuple[Token, bool] | None:
    """Return ``(owner, hedged)`` of the statement of responsibility an attack noun ends."""
    # only for a use of arms: a blamed attack is often told again as another side's
    # ("the strike answered the attack that X blames on Y; the strike killed five").
    laid = _laid_on(noun) if used_poison(noun) else None
    if laid is not None:
        return (laid, True) if _is_one_owner(laid) else None
    noun = _counting(noun)  # "X was behind many of the raids": the raids' owner
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    head, word = prep.head, prep.lower_
    lemma = head.lemma_.lower()
    found: tuple[Token | None, bool] = (None, False)
    if word == "behind" and lemma == "be":
        found = _subject_of(head)  # "X is believed to be behind the bombing"
    elif word == "for" and lemma == "responsible" and head.dep_ == "acomp":
        found = _subject_of(head.head)  # "X was responsible for the raid"
    elif word == "for" and lemma == "responsibility" and head.dep_ == "dobj":
        verb = head.head
        if verb.lemma_.lower() in _OWNING_VERBS and not _is_negated(verb):
            found = (child(verb, "nsubj"), False)  # "X claimed responsibility for ..."
    elif (word, lemma) in _BLAMES and not _is_negated(head):
        found = (child(head, "dobj"), True)  # "blamed X for the strikes", "accused X of"
    elif head.dep_ == "dobj" and (word, head.head.lemma_.lower()) in _BLAMES:
        # the parser hangs the phrase on the blamed: "blamed [X for the strikes]"
        found = (None, False) if _is_negated(head.head) else (head, True)
    owner, hedged = found
    if owner is None or not _is_one_owner(owner):
        return None
    return owner, hedged


def _counting(noun: Token) -> Token:
    """Return the quantifier that counts an act, else the act: "many of the raids" -> many."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in _COUNTING:
        return prep.head
    return noun


def _laid_on(noun: Token) -> Token | None:
    """Return whom a blame laid on a use of arms names: "the use of X which Y blames on Z".

    "the use of sarin was blamed on Z", "the use of sarin, which was blamed on Z"; not
    "Y did not blame the use of sarin on Z".
    """
    # (the parser may hang the clause on the noun's place or time: "the raid in X, which")
    heads = [noun, *(_setting_noun(prep) for prep in noun.rights if prep.dep_ == "prep")]
    verbs = [
        kid
        for head in heads
        if head is not None
        for kid in head.rights
        if kid.dep_ == "relcl" and any(k.tag_ in {"WDT", "WP"} for k in kid.children)
    ]
    if noun.dep_ == "nsubjpass":
        verbs.append(noun.head)
    for verb in verbs:
        found = blamed_on(verb) if not _is_negated(verb) else None
        if found is not None and len(found[0]) == 1:
            return found[0][0].root
    return None


def _setting_noun(prep: Token) -> Token | None:
    # a place or a time can be no matter blamed: "the raid on Monday, which X blames on Y".
    pobj = child(prep, "pobj")
    return pobj if pobj is not None and pobj.ent_type_ in PLACE_LABELS | TIME_LABELS else None


def _subject_of(verb: Token) -> tuple[Token | None, bool]:
    """Return the subject of a "be" clause, or of the belief it completes, and the hedge.

    "X were behind" -> X; "X is believed to be behind" -> X, hedged.
    """
    if _is_negated(verb):
        return None, False
    subj = child(verb, "nsubj")
    if subj is not None:
        return _antecedent(subj, verb), False
    belief = verb.head if verb.dep_ == "xcomp" else None
    if belief is None or belief.lemma_.lower() not in _BELIEF or _is_negated(belief):
        return None, False
    subj = child(belief, "nsubjpass", "nsubj")
    return (_antecedent(subj, belief) if subj is not None else None), True


def _antecedent(subj: Token, verb: Token) -> Token:
    """Return the noun a relative subject stands for: "X, which was behind the raid" -> X."""
    if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
        # only the noun right before it: "nine people in X and the brigade which ..." is
        # a clause the parser may hang on "people"
        between = subj.doc[verb.head.i + 1 : subj.i]
        return verb.head if all(t.is_punct for t in between) else subj
    return subj


def _is_negated(verb: Token) -> bool:
    return any(k.dep_ == "neg" for k in verb.children)


def _is_one_owner(tok: Token) -> bool:
    """Return whether a word names one side: no alternatives, no list, no "no one"."""
    listed = [*tok.children, *(k for left in tok.lefts for k in left.subtree)]
    if offers_alternatives(tok) or any(k.dep_ in {"conj", "cc"} for k in listed):
        return False  # "Tarvan or Karvonian jets", "the navy and the militia"
    if tok.lower_ in _NO_ONE or any(k.lower_ in _NO_ONE for k in tok.lefts):
        return False  # "no group claimed ...", "nobody was behind ..."
    return tok.pos_ in {"NOUN", "PROPN", "ADJ"} or tok.ent_type_ in _OWNER_LABELS
