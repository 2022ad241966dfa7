"""The frames one sentence's words head, before screening (private to :mod:`graph.extract.rules`).

Which words head a predicate ("declined to coordinate": the complement; "Iran vowed to
retaliate": the vow; "according to X": a source, no event), the participles, appositions,
copulas and speech verbs with their frames, and the frames event nouns head ("clashes
between X and Y", "an attack by X on Y", "Russian air strikes on the city").
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Span, Token

from .armedaims import armed_aim_frames
from .byagents import grouped_event, late_agent_frames
from .casualtynouns import is_casualty_noun
from .causatives import caused_doer
from .complements import asks_someone, is_content_complement, is_content_verb
from .compoundframes import agent_compound, misread_participle
from .compounds import is_listed_participle
from .denials import denies_act
from .drives import drive_frames
from .eventnouns import is_event_noun
from .facts import appositive, copula
from .frames import Frame
from .intents import intent_frames
from .lexicon import REPORT_ONLY
from .meetings import fight_frames, meeting_frames, takes_part_in_fight
from .mutualattacks import mutual_attack_frames
from .nominals import attack_frames
from .nounframes import between_frames, nominal_frames, verb_agent_frames
from .ownedattacks import owned_attack_frames
from .predicates import clause_frames
from .purposes import fights_for_aim, is_fight_aim
from .receipts import received_frames
from .responses import response_frames
from .results import adjunct_attack_frames
from .spans import child
from .speech import is_speech, speech
from .speechtags import tag_speaker
from .strikeplaces import strike_place_frames
from .tollnouns import toll_frames
from .undergone import undergone_frames
from .weaponuse import weapon_use_frames

__all__ = ["noun_frames", "sentence_frames"]


def sentence_frames(sent: Span, toks: list[Token]) -> Iterator[Frame]:
    """Yield the frames the candidate words ``toks`` of ``sent`` head (clauses, compounds)."""
    # "according to a statement issued by the ministry" names a source, not an event.
    sourcing = {t.i for acc in toks if acc.lower_ == "according" for t in _source(acc)}
    for tok in toks:
        if tok.i in sourcing:
            continue
        if tok.tag_ == "VBN" and tok.dep_ in {"amod", "acl"} or is_listed_participle(tok):
            yield from agent_compound(tok)
        if tok.dep_ == "appos" and tok.head.i not in sourcing:
            yield from appositive(tok)
        if tok.lemma_ == "be" and tok.dep_ not in {"aux", "auxpass"}:
            # "the town has been under a regime siege since 2012" (see undergone_frames).
            yield from undergone_frames(tok) or copula(tok)
        elif _is_predicate(tok):
            yield from clause_frames(tok)
        elif is_speech(tok):
            # "officials said the talks collapsed": the saying is a fact, its clause the event.
            yield from speech(tok)
        if tok.pos_ in {"VERB", "AUX"}:
            yield from misread_participle(tok)


def _source(according: Token) -> list[Token]:
    # only "according to X" itself: in copy without commas the parser may hang the
    # whole sentence on it ("According to the outlet the coalition bombed a village").
    to = child(according, "prep")
    pobj = child(to, "pobj") if to is not None else None
    clause = child(pobj, "appos") if pobj is not None else None
    cut = {t.i for t in clause.subtree} if clause is not None else set()
    return [t for t in according.subtree if t.i not in cut]


def _is_predicate(verb: Token) -> bool:
    if verb.pos_ != "VERB" or verb.dep_ in {"amod", "aux", "auxpass"}:
        return False
    if verb.tag_ == "VBD" and any(
        k.dep_ == "mark" and k.lower_ in {"with", "without"} for k in verb.children
    ):
        # "with" takes no finite clause: "with summary execution, rape, forced labour"
        # is a list of nouns and "forced" an adjective the parser read as a past tense.
        return False
    if takes_part_in_fight(verb):
        return False  # "engaged in clashes with X": the clash is the event (see meetings)
    if is_casualty_noun(verb):
        return False  # "volunteers carried the dead and wounded": people, not a wounding
    if fights_for_aim(verb) or is_fight_aim(verb):
        # "rebels are fighting to topple the king": the fight is the event (aimed at the
        # king), the toppling its aim, not done (see purposes.is_fight_aim).
        return fights_for_aim(verb)
    kids = {kid.dep_ for kid in verb.children}
    if is_content_complement(verb):
        # "Iran threatened to cut off electricity": the cut is the threat's content.
        return False
    if "dobj" not in kids and (is_content_verb(verb) or asks_someone(verb)):
        # "Iran vowed to retaliate", "the UN called on both sides to stop": the matrix
        # verb is the event (a threat, a demand).
        return True
    if "dobj" not in kids and denies_act(verb):
        # "Damascus denied using such weapons": the denial is an event (the act denied,
        # negated, is another, see negation).
        return True
    if "dobj" not in kids and ("xcomp" in kids or "ccomp" in kids):
        # "declined to coordinate", "believe (that) ...": the complement is the event,
        # except for a speech act that proposes something ("the envoy proposed that ...").
        return "ccomp" in kids and verb.lemma_ not in REPORT_ONLY and "xcomp" not in kids
    if verb.lemma_ in REPORT_ONLY and (not kids & {"dobj", "nsubjpass"} or tag_speaker(verb)):
        return False
    # "a proposal to coordinate" has no agent; a purpose is intended, not reported, unless
    # it is a causative misread as a purpose ("drove them to flee", see causatives).
    purpose = verb.dep_ in {"acl", "advcl"} and any(k.tag_ == "TO" for k in verb.children)
    return not purpose or caused_doer(verb) is not None


def noun_frames(sent: Span) -> Iterator[Frame]:
    """Yield the frames the event nouns of ``sent`` head with their sides."""
    for tok in sent:
        if tok.lower_ == "between" and tok.dep_ == "prep":
            # "clashes between X and Y": an event noun of two sides (see between_frames).
            yield from between_frames(tok)
            # "tit-for-tat attacks between X and Y" (see mutual_attack_frames).
            yield from mutual_attack_frames(tok)
        elif tok.lower_ == "by" and tok.dep_ == "prep" and is_event_noun(grouped_event(tok.head)):
            # "an attack by X on Y", "dozens of raids by X" (see nominal_frames).
            yield from nominal_frames(tok)
        elif tok.lower_ == "by" and tok.head.pos_ == "VERB":
            # "killed in air raids by X on Y" (see verb_agent_frames).
            yield from verb_agent_frames(tok)
        elif tok.dep_ == "pobj" and tok.pos_ == "NOUN":
            # "killed in an attack on a checkpoint" (see adjunct_attack_frames).
            yield from adjunct_attack_frames(tok)
        if tok.pos_ in {"NOUN", "VERB"}:
            # "Russian air strikes on the city intensified" (see attack_frames); "In a
            # phone call with X, Y said" (see meeting_frames).
            yield from itertools.chain(
                attack_frames(tok), meeting_frames(tok), fight_frames(tok), intent_frames(tok)
            )
            # "their offensive was a reply to army shelling" (see owned_attack_frames).
            yield from owned_attack_frames(tok)
            # "the army's push into the valley stalled" (see drive_frames).
            yield from drive_frames(tok)
            # "the bombardment of the district by army jets" (see late_agent_frames).
            yield from late_agent_frames(tok)
            # "the regime's use of sarin" (see weapon_use_frames).
            yield from weapon_use_frames(tok)
            # "the raids around Tadmur killed 20": they struck Tadmur (see strike_place_frames).
            yield from strike_place_frames(tok)
        if tok.dep_ == "pobj" and tok.pos_ == "NOUN":
            # "rallies were met with a police crackdown" (see response_frames).
            yield from response_frames(tok)
        # "the brigade received missiles from Karvonia" (see received_frames).
        yield from received_frames(tok)
        # "three children were among the dead in Russian strikes" (see toll_frames).
        yield from toll_frames(tok)
        if tok.dep_ == "acl" and tok.tag_ in {"VBD", "VBN"}:
            # "gunmen targeted with rocket shells the old quarter" (see armed_aim_frames).
            yield from armed_aim_frames(tok)
