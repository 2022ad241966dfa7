"""What an act of war is launched to take or strike: its target (private).

News names the target of an offensive by its purpose more often than by "on X":
"the army launched an offensive to retake the airport" -> the airport, relation
"launched an offensive to retake"; in a relative clause the purpose's object is the
clause's antecedent: "the hill villages that the militia mounted a push to seize"
-> the villages. A fight without an object is aimed the same way: "government troops
battled to drive the militants out" -> the militants, relation "battled to drive".
A noun or participle may carry the purpose: "an offensive in order to retake X", "in a
bid to seize X", "an operation aimed at liberating X" (see :func:`carried_purpose`).
Only purposes of taking, striking or stopping something count: "a campaign to raise
funds", "talks to end the war", "fought to protect the town" name no target.
"""

from __future__ import annotations

from spacy.tokens import Token

from .eventnouns import counted_event, is_event_noun
from .lexicon import LIGHT_EVENT_VERBS, word_set
from .nountargets import control_target
from .siegeholders import BREAK_VERBS, broken_holder
from .spans import antecedent, child, conjuncts, is_relative, join_tokens, verb_group

# Purposes that aim an act at a place or a side ("to retake X", "to drive X out").
PURPOSE_VERBS = word_set(
    "take retake recapture capture seize storm regain liberate recover besiege encircle "
    "surround clear expel drive oust dislodge attack strike target hit bomb shell crush "
    "defeat rout enter topple overthrow unseat push"
)
# Purposes that aim at something: taking or striking it, or breaking a siege's holder.
_AIM_VERBS = PURPOSE_VERBS | BREAK_VERBS
# How a purpose clause hangs on its verb or noun.
_PURPOSE_DEPS = frozenset({"acl", "advcl", "relcl", "xcomp"})
# Verbs of fighting that name whom they fight by their purpose: "fought to retake X".
_FIGHTING = word_set("fight battle struggle push press")
# What a fight is waged to stop: "fought to stop the militants (from) entering".
_STOPPING = word_set("stop prevent halt block repel repulse")


def purpose_target(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return the targets and relation of "VERB an ACT to V X", or None.

    "The army launched an offensive to retake the airport" -> the airport; "the
    hill villages that the militia mounted a push to seize" -> the villages.
    """
    act = counted_event(obj)
    if verb.lemma_.lower() not in LIGHT_EVENT_VERBS or not is_event_noun(act):
        return None
    part = next((k for k in act.rights if _is_purpose(k)), None)
    if part is None:
        # "opened a drive in May to seize X": the parser may hang it on the verb.
        part = next((k for k in verb.rights if k.i > act.i and _is_purpose(k)), None)
    carrier: list[Token] = []
    if part is None:
        # "an offensive in order to retake X", "an operation aimed at liberating X"
        part, carrier = carried_purpose([*act.rights, *(k for k in verb.rights if k.i > act.i)])
    if part is None:
        return None
    particles = [kid for kid in verb.children if kid.dep_ == "prt"]
    words = [*verb_group(verb), verb, *particles, *verb.doc[obj.left_edge.i : act.i + 1]]
    words += carrier
    aimed = held_aim(part)
    if aimed is not None:
        # "an offensive to break through regime lines", "... to seize control of X"
        return aimed[0], join_tokens(words) + " " + aimed[1]
    if part.lemma_.lower() in BREAK_VERBS:
        return None  # "an offensive to break the siege": no holder is named
    aim = child(part, "dobj")
    if aim is not None:
        found = list(conjuncts(aim))
    elif _gap_is_object(verb):
        found = [antecedent(verb)]
    else:
        return None
    words += [k for k in part.children if k.tag_ == "TO"] + [part]
    return found, join_tokens(words)


def held_aim(part: Token) -> tuple[list[Token], str] | None:
    """Return whom a purpose of breaking or taking control aims at, and its words.

    "to break through regime lines" -> the regime, "to break through"; "to seize
    control over the town" -> the town, "to seize control over" (control is no
    place, see :func:`graph.extract.nountargets.control_target`). "To break the
    siege" (no holder named) and any other purpose: None.
    """
    aim = child(part, "dobj")
    held = control_target(part, aim) if aim is not None else None
    if held is not None:
        return held
    holder = broken_holder(part)
    if holder is None:
        return None
    through = [k for k in part.children if k.lower_ == "through"]
    return [holder], join_tokens([*verb_group(part), part, *through])


def _is_purpose(tok: Token) -> bool:
    if tok.dep_ not in _PURPOSE_DEPS or not any(k.tag_ == "TO" for k in tok.children):
        return False
    lemma = tok.lemma_.lower()
    if lemma in _AIM_VERBS:
        return True
    # "to break a siege" aims at who holds it; "to gain control of X" at X (see held_aim)
    aim = child(tok, "dobj") if lemma == "gain" else None
    return aim is not None and control_target(tok, aim) is not None


# Nouns that carry a purpose: "in order to retake X", "in an attempt to seize X".
_PURPOSE_NOUNS = word_set("order attempt bid effort")
# Participles that carry a purpose: "an operation aimed to liberate X", "intended to".
_PURPOSE_PARTICIPLES = word_set("aim intend design mean")


def carried_purpose(heads: list[Token]) -> tuple[Token | None, list[Token]]:
    """Return a purpose carried by a noun or participle among ``heads``, and its carrier.

    "in order to retake X", "in a bid to seize X" (a purpose noun's clause), "aimed to
    liberate X", "aimed at liberating X" (a participle's complement) -> the purpose verb,
    with the words that carry it ("in", "order"; "aimed", "at"); else (None, []).
    """
    for head in heads:
        pobj = child(head, "pobj") if head.dep_ == "prep" and head.lower_ == "in" else None
        if pobj is not None and pobj.lemma_.lower() in _PURPOSE_NOUNS:
            part = next((k for k in pobj.rights if _is_purpose(k)), None)
            if part is not None:
                return part, [head, pobj]
        if head.dep_ != "acl" or head.lemma_.lower() not in _PURPOSE_PARTICIPLES:
            continue
        part = next((k for k in head.rights if _is_purpose(k)), None)
        if part is not None:
            return part, [head]
        at = next((k for k in head.rights if k.dep_ == "prep" and k.lower_ == "at"), None)
        aim = child(at, "pcomp") if at is not None else None
        if at is not None and aim is not None and _aims(aim):
            return aim, [head, at]
    return None, []


def _gap_is_object(verb: Token) -> bool:
    # "the hill villages that the militia mounted a push to seize": a relative clause with
    # its own subject, so the relative pronoun is the purpose's gapped object.
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    subj = child(verb, "nsubj")
    return subj is not None and not is_relative(subj)


def fight_purpose(verb: Token) -> tuple[list[Token], str] | None:
    """Return the targets and relation of "X fought/battled to V Y" without an object.

    "Government troops battled to drive the militants out of the town" -> the militants,
    relation "battled to drive"; "fought back to recapture the airport" -> the airport.
    """
    if verb.lemma_.lower() not in _FIGHTING or child(verb, "dobj") is not None:
        return None
    part = next(
        (k for k in verb.rights if _is_purpose(k) or k.lemma_.lower() in _STOPPING and _has_to(k)),
        None,
    )
    carrier: list[Token] = []
    if part is None:
        part, carrier = carried_purpose(list(verb.rights))  # "fought in order to retake X"
    if part is None:
        return None
    words = [*verb_group(verb), verb, *carrier]
    held = held_aim(part)
    if held is not None:
        # "a militia battling to take control of the port of Vell" -> the port, not
        # "control"; "fighting to break through regime lines" -> the regime (the
        # relation of the aim starts at its "to").
        return held[0], join_tokens(words) + " " + held[1]
    aim = child(part, "dobj")
    if aim is None or is_relative(aim) or part.lemma_.lower() in BREAK_VERBS:
        return None
    words += [k for k in part.children if k.tag_ == "TO"]
    return list(conjuncts(aim)), join_tokens([*words, part])


# Fights that are the act when they are waged to take or strike something (the
# struggles of "struggling to push east" report a try, see modalwords.CONTROL_MODALITY).
_FIGHTS_FOR = word_set("fight battle")


def is_fight_aim(verb: Token) -> bool:
    """Return True if ``verb`` is the aim of a fight: "rebels are fighting to topple the king".

    The fight is the reported act (with the king as its target, see :func:`fight_purpose`);
    the toppling is what it is waged for, not done.
    """
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.i != verb.i
        and head.lemma_.lower() in _FIGHTS_FOR
        and child(head, "dobj") is None
        and _is_purpose(verb)
        and _has_aim(verb)
    )


def _has_aim(verb: Token) -> bool:
    # "fighting to break through army lines": the lines are no object, their holder is
    # the aim; "fighting to break the siege" names no holder (the breaking stays a clause)
    if verb.lemma_.lower() in BREAK_VERBS:
        return broken_holder(verb) is not None
    return child(verb, "dobj") is not None


def fights_for_aim(verb: Token) -> bool:
    """Return True if ``verb`` is a fight waged for an aim: "troops fought to retake the hill"."""
    return any(is_fight_aim(kid) for kid in verb.children)


def _has_to(tok: Token) -> bool:
    return tok.dep_ in {"advcl", "xcomp"} and any(k.tag_ == "TO" for k in tok.children)


def _aims(word: Token) -> bool:
    """Return whether a word is a gerund of aiming at a goal: "aimed at capturing"."""
    return word.tag_ == "VBG" and word.lemma_.lower() in _AIM_VERBS
