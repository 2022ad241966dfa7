"""The targets of a clause: its objects, or whom its act is aimed at when they are no side.

:func:`clause_targets` picks them for :mod:`graph.extract.predicates`; each construction
it asks about has its own module (light verbs in :mod:`graph.extract.eventnouns`, aims,
recipients, content verbs, places hit).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .aims import aimed_target
from .argspans import argument_spans
from .armedaims import aim_after_arms
from .blamedon import blamed_on
from .causatives import helped_party
from .complements import content_targets, is_content_verb
from .demandsides import asked_for, called_for, condition_side, demanded_of
from .eventnouns import counted_event
from .eventtargets import act_object, act_targets, is_clause_subject, is_foiled_act, names_act
from .fingers import finger_target
from .foughtover import fought_over
from .halts import halt_target
from .idioms import lives_taken
from .landings import landing_target
from .locatives import aimed_past_agent, hit_by, struck_place
from .modalwords import CONTENT_VERBS
from .nountargets import control_target, light_verb_target
from .operationtargets import operation_place
from .origins import is_origin
from .partstaken import part_taken
from .purposes import fight_purpose
from .recipients import is_thing, recipient_target, thing_side
from .setoffs import set_off_relation, set_off_target
from .siegeholders import held_by
from .spans import child, is_relative, np_span
from .stancenouns import stance_target
from .straycounts import stray_count
from .tolltargets import act_toll, done_toll, misread_toll, result_toll
from .unasserted import is_wh_pronoun
from .usedarms import used_on

Targets = tuple[list[Span], str]


def clause_targets(verb: Token, targets: list[Token]) -> Targets:
    """Return the target spans of a clause and its surface relation ("" for the default)."""
    # "what planes carried out the raids", "the road which troops cut": a wh- or relative
    # pronoun is no second object.
    if (blamed := blamed_on(verb)) is not None:
        # "blamed it on the rebels", "the blast the police blamed on X" -> X (see blamedon)
        return blamed
    objs = [kid for kid in verb.children if kid.dep_ == "dobj" and not is_wh_pronoun(kid)]
    found = _object_targets(verb, objs) if objs else _objectless_targets(verb, targets)
    if found is not None:
        return found
    # "protested against X's decision", "called for sanctions on X", "struck around X" -> X;
    # "two shells fell in the Old Quarter" -> the Old Quarter (see landings).
    targets = (
        [thing_side(tok) or tok for tok in targets]
        or called_for(verb)
        or struck_place(verb)
        or landing_target(verb)
    )
    if not targets:
        # "called for UN action" -> who is asked to act (see demandsides.asked_for);
        # "helicopters struck overnight killing six" -> whom they killed; "nine were
        # killed in army shelling" (a gerund read as a verb) -> the nine (see tolltargets);
        # "killed nine and wounded 30 Friday" -> the 30 (see straycounts).
        toll = result_toll(verb) or misread_toll(verb) or stray_count(verb)
        return asked_for(verb) or toll, ""
    return [span for tok in targets for span in argument_spans(tok, verb)], ""


def _object_targets(verb: Token, objs: list[Token]) -> Targets | None:
    if _has_stray_that(verb):
        # "said that the gunmen tried to seize the depot": the parser may read
        # the "that" of a reported clause as an object of its verb.
        return [np_span(objs[0])], ""
    if len(objs) > 1:
        # two objects next to each other are a misparse of one phrase ("much of it
        # leadership"); a first one that ends at a place or a time, or apart from the
        # second, is the object: "targeted the base in the region with surface to
        # surface missiles" -> the base.
        first = np_span(objs[0])
        if first.end <= objs[0].right_edge.i or objs[1].left_edge.i > first.end:
            return [first], ""
        return [verb.doc[objs[0].left_edge.i : np_span(objs[-1]).end]], ""
    killed = lives_taken(verb)
    if killed:
        # "claimed the lives of two boys and a nurse" -> the boys and the nurse.
        return [np_span(tok) for tok in killed], ""
    if is_clause_subject(objs[0]):
        # "Russia denied Damascus carried out the attack": the content is a clause.
        return [], ""
    return _aimed_targets(verb, objs[0])


def _aimed_targets(verb: Token, obj: Token) -> Targets | None:
    found = _aim_of_object(verb, obj)
    if found is not None:
        return [np_span(tok) for tok in found[0]], found[1]
    if verb.lemma_.lower() in CONTENT_VERBS and is_thing(obj):
        # "threatened a strike unless the company raised wages" -> aimed at the company.
        aimed = condition_side(verb)
        if aimed:
            return aimed, ""
    taken = part_taken(verb, obj)
    if taken is not None:
        # "took part in the attack on Aleppo" -> Aleppo, never "part" (see partstaken)
        return [np_span(tok) for tok in taken[0]], taken[1]
    acted = act_targets(verb, obj)
    if acted is not None:
        # "jets carried out raids", "the UN condemned the attack": the act is no side;
        # "fired shells which fell near X": where they fell (see hit_by).
        # "launched an offensive killing 40 soldiers": whom it killed (see tolltargets).
        # "carried out a raid that killed nine herders": whom the raid killed.
        toll = result_toll(verb) or done_toll(verb, counted_event(obj))
        # "mounted a Hama offensive", "launched an offensive in Iraq" -> the place
        # (see operationtargets)
        place = operation_place(verb, obj)
        return acted[0] or hit_by(obj) or toll or place, acted[1]
    relation = set_off_relation(verb, obj)
    if relation is not None:
        # "detonated his vest", "fired two mortar rounds which fell near X": the munition
        # is the means; where it came down, if said, is the target (see hit_by).
        return hit_by(obj) or result_toll(verb), relation
    return None


def _aim_of_object(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return whom an act object is aimed at, and the relation, unless foiled or an origin."""
    # light verb + event noun: "launched an air strike against X" -> target X;
    # a thing aimed at someone: "froze funding for X", "praised X's election" -> X.
    # "voiced anger at X", "renewed its calls on X to withdraw" -> X (see stancenouns).
    found = (
        # "declared a pause in strikes on X" -> X, never the pause (see halts)
        halt_target(verb, obj)
        # "breached the siege of X by the militia" -> the militia (see siegeholders)
        or held_by(verb, obj)
        or stance_target(verb, obj)
        # "pointed the finger at X" -> X (see fingers)
        or finger_target(verb, obj)
        or light_verb_target(verb, obj)
        # "used chemical weapons on the village" -> the village (see usedarms)
        or used_on(verb, obj)
        or aimed_target(verb, obj)
        or control_target(verb, obj)
        or recipient_target(verb, obj)
        # "detonated his vest at a checkpoint" -> the checkpoint (see setoffs)
        or set_off_target(verb, obj)
    )
    if found is not None and found[0] and is_foiled_act(verb, obj, found[0][0]):
        found = None  # "repelled an ISIS attack on the town": the attackers (act_targets)
    if found is not None and any(is_origin(verb, tok.head) for tok in found[0]):
        return None  # "launched a campaign from the north": where it started (origins)
    return found


def _objectless_targets(verb: Token, targets: list[Token]) -> Targets | None:
    if not targets and (placed := aim_after_arms(verb)):
        # "gunmen targeted with rocket shells the old quarter" -> the old quarter
        return placed, ""
    if is_content_verb(verb):
        # "Iran vowed to retaliate against Israel" -> a vow, target Israel.
        spans, relation = content_targets(verb)
        if all(is_thing(span.root) for span in spans):
            # "threatened a strike unless Israel withdrew" -> aimed at Israel.
            return condition_side(verb) or spans, relation
        return spans, relation
    if (noun := act_object(verb)) is not None and names_act(verb, noun):
        # "the raid on the camp was carried out by jets" -> the camp (passive light verb);
        # "the raid was carried out by jets", "a truce brokered by Moscow" name no side.
        # "a truce in Aleppo announced by Russia" -> Aleppo (see halts)
        found = halt_target(verb, noun) or light_verb_target(verb, noun)
        if found is None:
            # "rockets fired by X hit a school": X fired at the school (see hit_by).
            spans, relation = act_targets(verb, noun) or ([], "")
            # "raids conducted by X killed nine": X raided the nine (see tolltargets).
            sent_at = spans or hit_by(noun) or aimed_past_agent(verb, noun)
            return sent_at or act_toll(noun) or result_toll(verb), relation
        return [np_span(tok) for tok in found[0]], ""
    if not targets and (aimed := fight_purpose(verb) or fought_over(verb)) is not None:
        # "troops battled to drive the militants out" -> the militants (see purposes);
        # "troops battled for control of the town" -> the town (see foughtover).
        return [np_span(tok) for tok in aimed[0]], aimed[1]
    if not targets and (helped := helped_party(verb)):
        # "Iran helped the army retake the town" -> Iran aids the army (see causatives).
        return helped, ""
    if not targets and (demanded_of(verb) or condition_side(verb)):
        # "Canada demanded that Russia free the sailors" -> a demand on Russia.
        return demanded_of(verb) or condition_side(verb), ""
    return None


def _has_stray_that(verb: Token) -> bool:
    first = child(verb, "dobj")
    return first is not None and first.tag_ == "WDT" and first.i < verb.i and not is_relative(first)
