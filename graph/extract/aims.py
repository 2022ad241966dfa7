"""Whom an act is aimed at when a clause names it without "on X" (private).

Two constructions name the target of an act outside the act noun's own "on/against X"
phrase (see :func:`graph.extract.eventnouns.light_verb_target`); each rule has an
example sentence, and :mod:`graph.extract.rules` asks them when it picks a clause's
targets:

* a participle of aim on the act: "the army carried out an operation targeting rebel
  hideouts" -> the hideouts, as "an operation against rebel hideouts" would;
* a pronoun object that takes up an earlier object of its own sentence: "rebels stormed
  an air base capturing it", "police arrested five men and beat them" -> the base, the
  men (an event coder codes whom the act hit, not the word "it").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .asides import without_aside, without_time
from .causephrases import doer_span
from .effects import harmed
from .eventnouns import counted_event, is_event_noun
from .lexicon import LIGHT_EVENT_VERBS, PERSON_NOUNS, TIME_LABELS, WEAPON_VERBS, WEEKDAYS
from .locatives import attack_place
from .nountargets import noun_target
from .purposes import purpose_target
from .qualities import quality_owners
from .series import series_targets
from .spans import child, conjuncts, join_tokens, np_span, verb_group

# Participles that aim an act at someone: "an operation targeting X", "raids hitting X".
_AIM_PARTICIPLES = frozenset({"target", "hit", "strike", "attack", "bomb", "shell", "pound"})
# Participles whose "at/against" phrase aims the act: "a campaign aimed at the rebels".
_AIMED = frozenset({"aim", "direct"})
_UPON = frozenset({"on", "upon", "among"})


def aimed_target(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return the targets and relation of an act object aimed outside its "on X" phrase.

    See :func:`participle_target`, :func:`of_target`, :func:`claimed_target`,
    :func:`graph.extract.locatives.attack_place` ("forty raids around Kobani") and
    :func:`graph.extract.purposes.purpose_target` ("an offensive to retake X").
    """
    return (
        participle_target(verb, obj)
        or of_target(verb, obj)
        or claimed_target(verb, obj)
        or attack_place(verb, obj)
        or purpose_target(verb, obj)
    )


def participle_target(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return the targets and relation of "VERB an ACT targeting X" ("aimed at X"), or None.

    "The army carried out an operation targeting rebel hideouts" -> the hideouts,
    relation "carried out an operation targeting"; "launched a campaign aimed at the
    militants" -> the militants.
    """
    act = counted_event(obj)
    if verb.lemma_.lower() not in LIGHT_EVENT_VERBS | WEAPON_VERBS or not is_event_noun(act):
        return None  # "condemned the raid targeting civilians" is aimed at the raiders
    # "carried out two strikes near Raqqa hitting a bridge": the parser may hang the
    # participle on the light verb.
    adjuncts = [k for k in verb.rights if k.dep_ == "advcl" and k.tag_ == "VBG" and k.i > act.i]
    # "continued its operations in several areas inflicting losses upon X": or on a place.
    placed = [k for p in verb.rights if p.dep_ == "prep" for o in p.children for k in o.rights]
    for part in [*act.rights, *adjuncts, *(k for k in placed if k.dep_ == "acl")]:
        if part.dep_ not in {"acl", "relcl", "advcl"} or part.tag_ not in {"VBG", "VBN"}:
            continue
        aimed = _aimed_at(part)
        if aimed is None:
            continue
        particles = [kid for kid in verb.children if kid.dep_ == "prt"]
        words = [*verb_group(verb), verb, *particles, *np_span(obj), part]
        if aimed.head.i != part.i:
            words.append(aimed.head)  # "aimed at"
        return list(conjuncts(aimed)), join_tokens(words)
    return None


# Acts whose "of" phrase names what they are done to: "its bombardment of rebel areas",
# "the siege of the town" ("the war of attrition", "an attack of panic" name no side).
_OF_ACTS = frozenset(
    {"bombardment", "bombing", "shelling", "siege", "blockade", "encirclement", "storming"}
    | {"occupation", "invasion", "targeting", "shelling", "pounding", "besieging"}
)


def of_target(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return what a light verb's act "of X" is done to, and the relation, or None.

    "Russia resumed its bombardment of rebel areas" -> the areas, relation "resumed its
    bombardment of"; "the army tightened its siege of the town" -> the town.
    """
    act = counted_event(obj)
    if verb.lemma_.lower() not in LIGHT_EVENT_VERBS | _SIEGE_VERBS:
        return None
    if act.lemma_.lower() not in _OF_ACTS and act.lower_ not in _OF_ACTS:
        return None
    # "laid a siege on the town", "tightened its siege around X": a siege encloses X.
    enclosing = act.lemma_.lower() in _SIEGES
    heads = [*act.rights, *(k for k in verb.rights if enclosing and k.i > act.i)]
    preps = {"of", "on", "to", "around", "upon"} if enclosing else {"of"}
    of = next((k for k in heads if k.dep_ == "prep" and k.lower_ in preps), None)
    pobj = child(of, "pobj") if of is not None else None
    if of is None or pobj is None or pobj.ent_type_ in TIME_LABELS:
        return None
    particles = [kid for kid in verb.children if kid.dep_ == "prt"]
    words = [*verb_group(verb), verb, *particles, *verb.doc[obj.left_edge.i : of.i + 1]]
    return list(conjuncts(pobj)), join_tokens(words)


# Verbs that tighten, lift or break a siege (a light verb of the act besides).
_SIEGE_VERBS = frozenset({"tighten", "impose", "lift", "break", "end", "ease", "lay"})
_SIEGES = frozenset({"siege", "blockade", "encirclement"})
# Verbs of owning or disowning an act: "claimed responsibility for the attack on X".
_CLAIM_VERBS = frozenset({"claim", "deny", "admit", "accept", "bear", "take", "assume"})


def claimed_target(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return the target of an act claimed ("responsibility for the attack on X"), or None.

    "ISIS claimed responsibility for the attack on the checkpoint" -> the checkpoint,
    relation "claimed responsibility for the attack on": whom the claimed act was aimed
    at. An act aimed at no one named gives no target (``([], relation)``).
    """
    if obj.lemma_.lower() != "responsibility" or verb.lemma_.lower() not in _CLAIM_VERBS:
        return None
    for_ = next((k for k in obj.rights if k.dep_ == "prep" and k.lower_ == "for"), None)
    act = child(for_, "pobj") if for_ is not None else None
    if act is None or not is_event_noun(counted_event(act)):
        return None
    particles = [kid for kid in verb.children if kid.dep_ == "prt"]
    found = noun_target(act)
    end = found[1] if found is not None else act
    words = [*verb_group(verb), verb, *particles, *verb.doc[obj.left_edge.i : end.i + 1]]
    return (list(conjuncts(found[0])) if found is not None else []), join_tokens(words)


def _aimed_at(part: Token) -> Token | None:
    lemma = part.lemma_.lower()
    if part.tag_ == "VBG" and lemma in _AIM_PARTICIPLES:
        return child(part, "dobj")
    if part.tag_ == "VBG" and lemma == "inflict":
        # "inflicting heavy losses upon the militants": whom the losses fell on.
        obj = child(part, "dobj")
        preps = [k for h in (part, obj) if h is not None for k in h.rights if k.lower_ in _UPON]
        return child(preps[0], "pobj") if preps else None
    if part.tag_ == "VBN" and lemma in _AIMED:
        preps = [k for k in part.rights if k.dep_ == "prep" and k.lower_ in {"at", "against"}]
        return child(preps[0], "pobj") if preps else None
    return None


_SINGULAR = frozenset({"it"})
_PLURAL = frozenset({"them"})
# Where an earlier object sits: the object of a verb, a passive subject, the object of
# an aiming preposition ("fired at the base and destroyed it").
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_AIM_PREPS = frozenset({"at", "on", "against", "into"})


def pronoun_antecedent(span: Span, verb: Token) -> Span:
    """Return the earlier object of the sentence a pronoun target takes up, else ``span``.

    Only "it" and "them" as the object of ``verb``, and only the nearest earlier object
    of another verb of the same number: "stormed an air base capturing it" -> "an air
    base"; "seized the villages and burned them" -> "the villages". A person, an act
    or another pronoun is no antecedent ("launched an attack and claimed it").
    """
    if len(span) != 1 or span[0].lower_ not in _SINGULAR | _PLURAL:
        return span
    pron = span[0]
    for tok in reversed(list(pron.doc[pron.sent.start : pron.i])):
        if tok.text in {'"', "\u201c", "\u201d"}:
            return span  # a quotation changes the speaker
        if not _is_object(tok) or tok.head.i == verb.i:
            continue
        if _number_agrees(tok, pron.lower_ in _PLURAL):
            return np_span(tok)
        return span  # the nearest earlier object decides
    return span


def _is_object(tok: Token) -> bool:
    if tok.pos_ not in {"NOUN", "PROPN"} or is_event_noun(tok):
        return False
    if tok.dep_ in _OBJECT_DEPS:
        return True
    if tok.ent_type_ in TIME_LABELS or tok.lower_ in WEEKDAYS:
        return False  # "stormed the base on Sunday capturing it"
    # "... fired at the base", "kept up its raids against X": aimed by a verb or an act.
    aimer = tok.head.head
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in _AIM_PREPS
        and (aimer.pos_ == "VERB" or is_event_noun(aimer))
    )


def _number_agrees(tok: Token, plural: bool) -> bool:
    many = tok.tag_ in {"NNS", "NNPS"} or any(k.dep_ == "conj" for k in tok.children)
    if plural:
        return many
    return not many and tok.ent_type_ != "PERSON" and tok.lemma_.lower() not in PERSON_NOUNS


# Pronouns that a relative clause describes: "fight those who attack them".
_DESCRIBED = frozenset({"those", "anyone", "whoever", "everyone", "anybody", "all"})


def _described(span: Span) -> Span:
    """Return a bare "those" with the relative clause that says who they are, else ``span``.

    "The Kurds will fight those who attack their villages" -> "those who attack their
    villages": the target is whoever the clause describes, not the word "those".
    """
    if len(span) != 1 or span[0].lower_ not in _DESCRIBED:
        return span
    clause = child(span[0], "relcl")
    return span if clause is None else span.doc[span.start : clause.right_edge.i + 1]


def settled_targets(
    spans: list[Span], relation: str, verb: Token, prep: Token | None
) -> tuple[list[Span], str]:
    """Return a clause's targets and relation with pronouns, asides and harms settled.

    A pronoun takes up its antecedent (:func:`pronoun_antecedent`), a count said aside
    and a day glued on are dropped (:mod:`graph.extract.asides`) and a harm gives way to whom
    it fell on (:func:`graph.extract.effects.harmed`), its words joining the relation:
    "caused the deaths of eight civilians" -> "eight civilians", "caused the deaths of".
    """
    settled: list[Span] = []
    for span in spans:
        if span.root.dep_ == "pobj" and span.root.head.lower_ == "by":
            # "repelled an attack by the rebels on the airport" -> the rebels.
            span = span.doc[span.start : doer_span(span.root).end]
        found, harm = harmed(pronoun_antecedent(_described(span), verb), verb)
        # ("inflicting losses upon them": the pronoun the harm fell on is taken up too.)
        found = [pronoun_antecedent(target, verb) for target in found]
        # "praised the steadfastness of the villagers" -> the villagers (qualities.py).
        owners = (owner for target in found for owner in quality_owners(target, verb))
        found = list({(owner.start, owner.end): owner for owner in owners}.values())
        timeless = (without_time(without_aside(target)) for target in found)
        settled.extend(target for target in timeless if target is not None)
        if harm and not relation:
            particles = [kid for kid in verb.children if kid.dep_ == "prt"]
            lead = [prep] if prep is not None else []
            relation = join_tokens([*verb_group(verb), verb, *particles, *lead, *harm])
    # "killed a guard a driver and two boys" (commas lost): each member (see series).
    return series_targets(settled), relation
