"""Who does it: the subject rules of the extractor (private).

Each construction has its own small function with an example sentence; the
object side is :mod:`graph.extract.patients`, and :mod:`graph.extract` turns
what they find into frames.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actorspan import glued_name
from .agentlists import agent_heads, has_own_agent
from .agentnouns import is_someone
from .alleged import controlled_object, is_object_controlled
from .appositions import named_head
from .believed import believed_doer
from .causatives import caused_doer
from .clauses import governor
from .countedvictims import counted_governor
from .edges import subject
from .effectgerunds import circumstance_governor, effect_governor, owned_thing, toll_governor
from .eventnouns import split_gerund
from .eventtargets import clause_subject
from .faragents import far_agent
from .frontchains import chained_subject
from .fronted import participle_patient
from .gerunds import can_act, counts_back, gerund_doer, names_where
from .lexicon import HURT_VERBS, OBJECT_CONTROL, PLACE_LABELS, PLACE_NOUNS
from .passives import conjoined_passive_subject, is_passive_complement
from .reduced import reduced_subject
from .relatives import partitive_antecedent, reported_antecedent, subject_antecedent
from .requests import call_on_object, directed_act
from .senders import fired_weapon, sent_munition
from .spans import antecedent, child, conjuncts, is_relative
from .speakergerunds import speaker_clause
from .speakertails import told_subject
from .stolensubjects import stolen_subject
from .victims import glued_subject, is_hurt_by


def agents(verb: Token, depth: int = 0) -> tuple[list[Token], str]:
    """Return the heads of who does ``verb`` and the name of the rule that found them."""
    if reduced_subject(verb) is not None:
        # "a boy shot in the town was taken to hospital": the boy was shot (see reduced).
        return [], ""
    if sent_munition(verb) is not None:
        # "hurt by bombs dropped from a helicopter": the bombs were dropped (see senders).
        return _passive(verb)
    # ("jets believed to be X struck Y": the belief's subject, see believed)
    subj = subject(verb) or _strike_gerund(verb) or believed_doer(verb)
    if subj is not None and verb.tag_ == "VBG" and is_hurt_by(subj, verb.doc[verb.i - 1]):
        return [verb.doc[verb.i - 1]], "participle"  # "trainers killed in army shelling"
    glued = glued_subject(verb, subj) if subj is not None else None
    subj = glued or subj  # "Two hurt in X attack on Kessa Rebels shelled ...": the rebels
    attack = (effect_governor(verb, subj) if subj is not None else None) or counted_governor(verb)
    if attack is not None:
        # "jets hit the bus killing four": the jets killed them (see effect_governor);
        # "clashed with gunmen who fled killing ten of them": not the gunmen (see
        # counted_governor).
        actors, rule = agents(attack, depth + 1)
        return actors, "inherited" if rule else ""
    if subj is not None and not (
        verb.tag_ == "VBG" and verb.dep_ in {"advcl", "acl"} and _is_place(subj)
    ):
        # (a place before a gerund adjunct is a misparse: "a shell fell in the X
        # neighbourhood injuring two" -> the gerund shares the clause's subject.)
        return _active(verb, subj)
    if child(verb, "nsubjpass", "auxpass") is not None or conjoined_passive_subject(verb):
        return _passive(verb)  # (a second passive: "was shelled and captured by rebels")
    if participle_patient(verb) is not None or has_own_agent(verb):
        # "Backed by X, the army ...": X backs (see fronted); "a push led by X and
        # backed by Y": Y backs (see agentlists)
        return _passive(verb)
    if verb.dep_ in {"acl", "relcl"}:
        return _participle(verb)
    stolen = fired_weapon(verb) or stolen_subject(verb) or clause_subject(verb)
    if stolen is not None:
        # "... and the only obstacle is a garrison": see :func:`stolen_subject`.
        return [stolen], "active"
    if verb.dep_ in {"advcl", "pcomp"} and verb.tag_ == "VBG":
        subj = _undergoer(verb) or _gerund_subject(verb) or _gerund_object_control(verb)
        if subj is not None:
            return list(conjuncts(subj)), "active"
    # ("In the south of Karvan units of the guard shelled X": see chained_subject.)
    fronted = _fronted_subject(verb) or chained_subject(verb)
    if fronted is not None:
        return list(conjuncts(fronted)), "active"
    return _inherited(verb, depth)


def _strike_gerund(verb: Token) -> Token | None:
    from .strikeplaces import gerund_strike  # strikeplaces -> nominals -> ... -> here

    return gerund_strike(verb)  # "Shelling on X wounded four" (see gerund_strike)


def _fronted_subject(verb: Token) -> Token | None:
    # "On a separate front Kurdish fighters made advances": without the comma the parser
    # reads the subject as the object of the fronted preposition, leaving the verb none.
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    prep = verb.doc[verb.sent.start]
    if prep.dep_ != "prep" or prep.head.i != verb.i or prep.right_edge.i + 1 != verb.i:
        return None
    pobj = child(prep, "pobj")
    if pobj is None or not (can_act(pobj) and is_someone(pobj)):
        return None
    return pobj


def _active(verb: Token, subj: Token) -> tuple[list[Token], str]:
    # active: "Rebels shelled the airport" -> actor is the nsubj.
    if subj.dep_ == "expl" or subj.lower_ == "there":
        return [], ""
    if subj.tag_ == "WP" and (verb.dep_ != "relcl" or subj.doc[subj.i - 1].pos_ == "ADP"):
        # an embedded question, not a relative clause: "a clash over who would
        # control the city" names no one who acts.
        return [], ""
    if is_relative(subj) and verb.dep_ == "relcl":
        # relative clause: "the militia, which has shelled the town" -> the militia.
        noun = subject_antecedent(verb)
        return ([], "") if noun.i == verb.i else (list(conjuncts(noun, before=verb.i)), "relative")
    reported = reported_antecedent(verb, subj)
    if reported is not None:
        # "the raid which the monitor said killed six" -> the raid.
        return list(conjuncts(reported, before=verb.head.i)), "relative"
    counted = partitive_antecedent(subj)
    if counted is not None:
        # "two bombers one of whom reached the gate" -> the bombers.
        return [counted], "relative"
    glued = glued_name(subj, verb)
    if glued is not None:
        # "A loyal patron of the junta in Caracas Havana stepped up" -> Havana.
        return [glued], "active"
    # a title with its holder's name: "the army's spokesman, Col. Jane Doe, said" -> the name.
    return [named_head(tok) for tok in conjuncts(subj)], "active"


def _is_place(noun: Token) -> bool:
    # ("in the town of Hamra": a name of a place, whatever the tagger's type)
    return noun.ent_type_ in PLACE_LABELS or noun.lemma_.lower() in PLACE_NOUNS or names_where(noun)


def _passive(verb: Token) -> tuple[list[Token], str]:
    # passive with agent: "the town was shelled by rebels" -> rebels shell the town.
    # ("backed by Qatar and by Sunni volunteers": each "by" names a doer, see agentlists)
    # ("killed in villages of X by army units": a "by" after other adjuncts, see faragents)
    agent = child(verb, "agent") or far_agent(verb)
    heads = agent_heads(agent) if agent is not None else []
    return (heads, "passive") if heads else ([], "")


def _participle(verb: Token) -> tuple[list[Token], str]:
    told = told_subject(verb)
    if told is not None:
        # "A bomb killed nine people the monitor said": the bomb killed them.
        return list(conjuncts(told)), "active"
    if is_misread_main_verb(verb):
        # a sentence parsed as one noun phrase: "Doctors from two charities donated and
        # delivered medicine" -> the verb with an object is the main verb, its subject
        # the noun the parser made the root.
        root = verb.sent.root
        return list(conjuncts(verb.head if _is_according(root) else root)), "active"
    if verb.tag_ == "VBN":
        # participial modifier: "convoys escorted by Turkish troops" -> troops escort convoys.
        return _passive(verb)
    if verb.tag_ == "VBG" and verb.dep_ == "acl":
        owner = verb.doc[verb.i - 1]
        if split_gerund(owner) is not None:
            # "people killed in army shelling of X": the army shells, not the people.
            return [owner], "participle"
        # ("blew himself up at a police station killing five": see toll_governor)
        doer = toll_governor(verb) or gerund_doer(verb)
        if doer is None or doer.i != verb.head.i:
            # "struck the village killing five": a place or an event does not act; the
            # clause's subject does (see gerund_doer).
            return agents(doer) if doer is not None else ([], "")
        copula = verb.head.head
        subj = child(copula, "nsubj") if verb.head.dep_ == "attr" else None
        if copula.lemma_ == "be" and subj is not None and subj.pos_ != "PRON":
            # "the SDF are the main force fighting ISIS" -> the SDF fight ISIS.
            return list(conjuncts(subj)), "participle"
        # "militiamen guarding the bridge" -> militiamen guard the bridge.
        return [verb.head], "participle"
    # relative clause without a subject pronoun: "the man the police arrested".
    return [], ""


def is_misread_main_verb(verb: Token) -> bool:
    """Return whether a participle modifier is the main verb of a sentence with a noun root.

    The small model reads "Doctors from two charities donated and delivered medicine" as
    one noun phrase; a participle that (or whose coordinated verb) takes a direct object
    is no passive modifier.
    """
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"}:
        return False
    root = verb.sent.root
    if root.pos_ not in {"NOUN", "PROPN"} and not (_is_according(root) and verb.head.i != root.i):
        # ("According to the outlet the coalition bombed X": the source is the root.)
        return told_subject(verb) is not None  # "a bomb killed nine the monitor said"
    verbs = [verb, *(k for k in verb.children if k.dep_ == "conj" and k.pos_ == "VERB")]
    # ("The coalition called on the council to meet": someone called on is no passive.)
    return any(k.dep_ == "dobj" for v in verbs for k in v.children) or bool(call_on_object(verb))


def _is_according(tok: Token) -> bool:
    return tok.lower_ == "according"


def _gerund_subject(verb: Token) -> Token | None:
    # "the strike left soldiers digging trenches": the noun right before a gerund is its
    # subject when the parser hangs the gerund on the verb instead.
    if child(verb, "mark") is not None:
        # "launched an assault on militant hideouts while shelling the villages": a gerund
        # after "while", "after", "before" is said of the clause's subject.
        return None
    first = verb.left_edge
    before = verb.doc[first.i - 1] if first.i > 0 and not first.is_sent_start else None
    if before is not None and before.dep_ == "pobj" and before.pos_ in {"NOUN", "PROPN"}:
        # only someone can be the subject: "rockets hit the city killing 16", "struck
        # a village on Tuesday killing 9" take the clause's subject instead; so do the
        # people a toll counts back: "clashed with gunmen, killing 16 of them".
        someone = can_act(before) and is_someone(before) and not names_where(before)
        # ("targeted a hospital in the Hama governorate killing two": see owned_thing)
        someone = someone and not (verb.lemma_.lower() in HURT_VERBS and owned_thing(before))
        someone = someone and not counts_back(verb)
        return before if someone else None
    return None


# Subordinators of time: a gerund they introduce says what the subject was doing.
_WHILE = frozenset({"while", "when", "after", "before", "since", "upon", "on", "whilst"})


def _undergoer(verb: Token) -> Token | None:
    # "she was shot by a sniper while buying bread", "he was detained after crossing the
    # border": a time clause of a passive is about its subject, not its agent; a bare
    # result ("the town was shelled by rebels, killing five") is the agent's act.
    word = child(verb, "mark") if verb.dep_ == "advcl" else verb.head
    if word is None or word.lower_ not in _WHILE:
        return None
    head = governor(verb)
    return child(head, "nsubjpass") if head is not None else None


def _gerund_object_control(verb: Token) -> Token | None:
    # "the army accused the militia of shelling the market" -> the militia shells it;
    # "police stopped the crowd from marching" -> the crowd (negated, see _clauses).
    return controlled_object(verb) if is_object_controlled(verb) else None


def _inherited(verb: Token, depth: int) -> tuple[list[Token], str]:
    # conjoined verbs, xcomp chains and gerund adjuncts share the governor's subject:
    # "troops crossed the river and seized the bridge"; "police tried to stop the march";
    # "jets struck the depot, destroying tanks".
    # ("struck the wedding as guests danced killing 30": see circumstance_governor)
    head = circumstance_governor(verb) or governor(verb)
    if head is None or depth > 6 or verb.dep_ == "acl":
        return [], ""
    if (caused := caused_doer(verb)) is not None:
        return list(conjuncts(caused)), "inherited"  # "drove the villagers to flee"
    if verb.dep_ == "xcomp" and speaker_clause(verb) is None:  # ("to act, stressing")
        passive_subj = child(head, "nsubjpass")
        if is_passive_complement(verb):
            return _passive(verb)  # "ten were reported killed (by X)": they did nothing
        if passive_subj is not None and child(head, "agent") is None:
            # a passive governor: "the envoy was asked to leave", "they are said to have fled".
            if is_relative(passive_subj) and head.dep_ == "relcl":
                return [antecedent(head)], "inherited"
            return list(conjuncts(passive_subj)), "inherited"
        obj = child(head, "dobj") or call_on_object(head)
        controls = head.lemma_ in OBJECT_CONTROL or directed_act(verb)
        if obj is not None and (controls or obj.dep_ == "pobj"):
            # object control: "the UN urged the rebels to withdraw" -> the rebels withdraw.
            return list(conjuncts(obj)), "inherited"
        if head.lemma_ == "be" and child(head, "acomp", "attr") is None:
            # "the plan is to leave": the subject names a plan, not an agent.
            return [], ""
        subj = child(head, "nsubj")
        if head.lemma_ == "be" and subj is not None and subj.lower_ == "it":
            # extraposition: "it is hard to say" has no agent.
            return [], ""
    actors, rule = agents(head, depth + 1)
    return actors, "inherited" if rule else ""
