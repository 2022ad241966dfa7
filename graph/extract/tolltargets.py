"""Whom an attack killed is whom it hit: the toll names the target the attack lost (private).

News tells an attack and its toll in one breath, and the toll is often the only place
the sentence names whom the attack fell on: "the militia launched an offensive in the
north killing 40 soldiers", "air strikes carried out by the air force killed twelve
villagers", "nine people were killed in raids conducted by the coalition". The act
itself ("an offensive", "air strikes") is no target (see
:func:`graph.extract.eventtargets.act_targets`), so without the toll the attack is
coded against no one. An event coder codes the killed and wounded as its target; the
harm stays an event of its own. Only harm verbs (kill, wound, injure ...) give a toll,
and only when the attack names no target of its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .argspans import argument_spans
from .lexicon import HURT_VERBS, LIGHT_EVENT_VERBS, WEAPON_VERBS, word_set
from .locatives import ATTACK_VERBS
from .spans import child, conjuncts

__all__ = ["act_toll", "done_toll", "misread_toll", "relative_toll", "result_toll"]

# Verbs that do or stop an attack whose toll may follow: "launched", "fired", "shelled",
# "committed a massacre", "repelled the assault"; not "condemned the raid killing five",
# whose target is the raid's doer.
_TOLL_VERBS = (
    LIGHT_EVENT_VERBS
    | WEAPON_VERBS
    | ATTACK_VERBS
    | word_set("attack raid ambush storm commit perpetrate repel repulse foil thwart")
)
_FOILING = word_set("repel repulse foil thwart")
# Prepositions that tie victims to the attack that hurt them: "killed in/by/during raids".
_TOLL_PREPS = frozenset({"in", "by", "during"})
# How far up a harm gerund may hang below its attack: "struck the town (in the north)
# killing four" hangs "killing" on the verb, a place after it, or the act noun.
_MAX_HOPS = 4
# What an attack leaves its victims: "left 20 dead", "left dozens wounded".
_HURT = word_set("dead wounded injured hurt")


def result_toll(verb: Token) -> list[Span]:
    """Return whom the harm gerund after an attack names, else ``[]``.

    "The militia launched an offensive in the north killing 40 soldiers" -> "40
    soldiers"; "troops repelled the assault killing and wounding dozens of gunmen" ->
    "dozens of gunmen" (the object the two gerunds share). A gerund with a subject of
    its own ("as troops stormed it killing five": storming is another act) or under
    another clause is not this attack's toll.
    """
    if verb.lemma_.lower() not in _TOLL_VERBS:
        return []
    for tok in verb.doc[verb.i + 1 : verb.sent.end]:
        if _is_harm_gerund(tok) and _hangs_on(tok, verb):
            victims = _gerund_victims(tok)
            if victims:
                return _spans(tok, victims)
    return []


def act_toll(noun: Token) -> list[Span]:
    """Return whom a harm done by the attack ``noun`` hurt, else ``[]``.

    "Air strikes carried out by the air force killed twelve villagers" -> "twelve
    villagers" (the act is the harm's subject); "nine people were killed in raids
    conducted by the coalition" -> "nine people" (the act is in the harm's phrase).
    """
    told = relative_toll(noun)
    if told:
        return told
    harm = noun.head
    if noun.dep_ == "nsubj" and _is_harm(harm):
        return _spans(harm, [child(harm, "dobj")])
    prep = harm
    harm = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in _TOLL_PREPS or not _is_harm(harm):
        return []
    # "four were killed and nine injured in raids": the phrase hangs on the last harm.
    first = harm.head if harm.dep_ == "conj" and _is_harm(harm.head) else harm
    heads = [child(first, "nsubjpass")] + ([child(harm, "nsubjpass")] if first != harm else [])
    return _spans(harm, heads)


def done_toll(verb: Token, act: Token) -> list[Span]:
    """Return whom the act that ``verb`` does or stops hurt, by a relative clause.

    "The militia carried out a raid that killed nine herders" -> "nine herders"; not
    "X claimed/condemned the raid that killed nine" (a claim or a condemnation is
    aimed at no victim; see :func:`relative_toll` for the claimer's own raid), nor
    "repelled an assault that killed two guards" (whom the assault hit).
    """
    lemma = verb.lemma_.lower()
    # "troops repelled an assault that killed two guards": the assault's victims are
    # no one the troops hit
    return relative_toll(act) if lemma in _TOLL_VERBS and lemma not in _FOILING else []


def relative_toll(noun: Token) -> list[Span]:
    """Return whom the relative clause after the attack ``noun`` says it hurt, else ``[]``.

    "a raid that killed nine herders" -> "nine herders"; "the bombing which killed
    and wounded 30 guards" -> "30 guards". A clause with a subject of its own ("the
    raid that the army said killed nine") is another's word.
    """
    for clause in noun.rights:
        subj = child(clause, "nsubj")
        relative = subj is not None and subj.lower_ in {"that", "which"}
        if clause.dep_ == "relcl" and _is_harm(clause) and relative:
            return _spans(clause, _gerund_victims(clause))
        if clause.dep_ == "relcl" and _left_hurt(clause) and relative:
            return _spans(clause, [child(clause, "dobj")])  # "a raid which left 20 dead"
    return []


def _left_hurt(verb: Token) -> bool:
    """Return whether a verb leaves its object hurt: "left 20 people dead"."""
    result = child(verb, "oprd")
    return verb.lemma_.lower() == "leave" and result is not None and result.lower_ in _HURT


def misread_toll(verb: Token) -> list[Span]:
    """Return whom an attack gerund the parser read as a clause of its harm hurt.

    "Nine were killed in army shelling on Friday": the tagger reads "shelling" as a
    verb whose subject is the owner ("army") and hangs it on "killed" (or on the
    victims, "nine people killed in army shelling"), so the shelling lost whom it
    hit; they are the harm's victims. A gerund with an object of its own ("killed
    in the north shelling the town") is an act of its own.
    """
    owner = verb.doc[verb.i - 1] if verb.i > verb.sent.start else verb
    prep = owner.head
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl"} or child(verb, "dobj"):
        return []
    if owner.dep_ != "pobj" or prep.lower_ not in {"in", "by"} or not _is_harm(prep.head):
        return []
    harm = prep.head
    if verb.head.i not in {harm.i, harm.head.i}:
        return []
    # "nine people were killed in ..." (the passive subject); "nine people killed in
    # ..." (the noun the participle hangs on)
    victim = child(harm, "nsubjpass") or (harm.head if harm.dep_ == "acl" else None)
    return _spans(harm, [victim])


def _spans(harm: Token, heads: list[Token | None]) -> list[Span]:
    """Return the spans of the victims ``heads`` (and their conjuncts) of ``harm``."""
    victims = [v for head in heads if head is not None for v in conjuncts(head)]
    return [span for v in victims for span in argument_spans(v, harm)]


def _is_harm(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in HURT_VERBS


def _is_harm_gerund(tok: Token) -> bool:
    return tok.tag_ == "VBG" and _is_harm(tok) and child(tok, "nsubj") is None


def _hangs_on(gerund: Token, verb: Token) -> bool:
    """Return whether ``gerund`` hangs below ``verb`` through no other clause's verb."""
    head = gerund
    for _ in range(_MAX_HOPS):
        if head.head.i == head.i:
            return False
        head = head.head
        if head.i == verb.i:
            return True
        if head.pos_ in {"VERB", "AUX"} and not _is_harm_gerund(head) or head.lower_ == "to":
            # "the raids led to killing nine": an effect named as what "to" governs,
            # told by its own rules (see effects), not a toll after the attack.
            return False
    return False


def _gerund_victims(gerund: Token) -> list[Token | None]:
    # "killing and wounding dozens": the first gerund shares its partner's object.
    for harm in [gerund, *(k for k in gerund.children if k.dep_ == "conj" and _is_harm(k))]:
        obj = child(harm, "dobj")
        if obj is not None:
            return [obj]
    return []
