"""Views held and interviews given: clauses that report no act (private to extract).

- A name someone goes by: "the alliance, which calls itself the Dawn Front".
- A standing judgement of someone or something: "Lisbon considers the militia a terrorist
  group", "the guerrillas whom the junta regards as bandits", "the militia is deemed a
  threat". The CAMEO dictionary codes "consider" alone as deliberation (040, CONSULT: "the
  council considered the request"); with a predicate in the present or in a relative
  clause it is a view held, not an act. A judgement passed in the past ("the council
  considered the raid a crime") stays a comment (010, see ``bareverbs.named_sense``).
- A characterisation: "described the raid as a massacre", "termed the strikes war
  crimes" says what the speaker makes of an event; PLOVER codes what a statement
  announces ("declared a ceasefire"), and a description announces no raid.
- An interview: "speaking to reporters", "a nurse who spoke to a news agency". The
  statement it gives ("said") is its own event; talking to the press consults no party.
- Sourcing: "the agency reported a police source who said", "the monitor referenced
  three local sources": how the news is known; what the source says is the statement.
- Recording an event: "a cameraman filming the clashes", "activists documenting the
  raids", "a reporter covering the offensive" films no clash and fights no one; the
  event recorded is its doers' (an armed party or a state that covers a move shields
  it, and one that records advances makes them: "jets covered the advance", "the army
  recorded advances" stay events).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import word_set
from .spans import child

__all__ = ["characterises", "cites_source", "gives_interview", "holds_view", "records_event"]

_JUDGING = word_set("consider regard deem")
# Clausal and predicate complements: "considers the militia a threat", "considered to be".
_PREDICATES = frozenset({"ccomp", "oprd", "xcomp", "acomp"})
_RELATIVES = frozenset({"WDT", "WP", "WP$"})
_TALKING = word_set("speak talk")
_REFLEXIVES = word_set("itself themselves himself herself")
_NAMING = word_set("describe call term dub label brand characterise characterize")
# The press, by common noun or by the wire services news cites by name.
_PRESS = word_set(
    "reporter reporters journalist journalists press media correspondent correspondents "
    "newspaper newspapers television broadcaster broadcasters interviewer interviewers "
    "afp ap reuters bbc cnn sana tass sputnik anadolu dpa xinhua upi"
)


def holds_view(verb: Token) -> bool:
    """Return whether a verb of judging gives a view, not a deliberation.

    "X considers Y a threat", "Y is regarded as a threat", "the fighters X considers
    terrorists"; not "X considered the request".
    """
    kids = list(verb.children)
    if verb.lemma_.lower() in _NAMING | {"name"}:
        # "the alliance, which calls itself the Dawn Front": a name it goes by
        return any(k.dep_ == "dobj" and k.lower_ in _REFLEXIVES for k in kids)
    if verb.lemma_.lower() not in _JUDGING:
        return False
    if not _relative(verb) and any(k.tag_ == "VBD" for k in [verb, *kids]):
        return False  # "the council considered the raid a crime": a judgement passed, a comment
    if any(k.dep_ in _PREDICATES and _unpunctuated(k) for k in kids):
        return True  # "considers the militia a threat", "is considered to be the leader"
    if any(k.dep_ == "prep" and k.lower_ == "as" for k in kids):
        return True  # "regards the group as a terrorist organisation"
    objects = [k for k in kids if k.dep_ == "dobj" and k.tag_ not in _RELATIVES]
    appositions = [k for o in objects for k in o.rights if k.dep_ == "appos"]
    if len(objects) > 1 or any(map(_unpunctuated, appositions)):
        return True  # "deemed it a breach of the truce", "considers the militia a threat"
    marked = any(k.dep_ == "mark" and k.tag_ not in _RELATIVES for k in kids)
    if not _relative(verb) or not objects or marked:
        return False  # "after the council considered the plan" deliberates
    # "the fighters (whom) Ankara considers terrorists": the noun described is the one
    # judged, the object is the judgement; "a council which considered the plan" deliberates.
    subject = next((k for k in kids if k.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ not in _RELATIVES


def characterises(verb: Token) -> bool:
    """Return whether a verb of naming says what its object is: "described X as Y".

    Describing an event is never announcing it: "the monitors described the raids".
    """
    lemma = verb.lemma_.lower()
    if lemma not in _NAMING:
        return False
    return lemma == "describe" or any(
        (k.dep_ == "prep" and k.lower_ == "as") or k.dep_ in _PREDICATES for k in verb.children
    )


def _relative(verb: Token) -> bool:
    """Return whether a clause describes the noun before it: "the clans (whom) X considers".

    Without a relative word the parser may hang the clause on the main verb.
    """
    if verb.dep_ in {"relcl", "advcl"}:
        return True
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > verb.sent.start else None
    return verb.dep_ == "ccomp" and before is not None and before.pos_ in {"NOUN", "PROPN"}


def _unpunctuated(phrase: Token) -> bool:
    """Return whether no comma sets a phrase off: "considers the militia a threat".

    "considered the plan, a proposal by the monitors" names the plan twice; the parser
    may read either as a predicate or an apposition.
    """
    return not phrase.doc[phrase.left_edge.i - 1].is_punct


# (interviewing witnesses about an attack is part of an inquiry: not here)
_CITING = word_set("report reference cite quote")
_SOURCES = word_set("source sources witness witnesses informant informants")


def cites_source(verb: Token) -> bool:
    """Return whether a verb of reporting names its source: "reported a police source".

    Not a report of what befell people ("reported two witnesses killed").
    """
    if verb.lemma_.lower() not in _CITING:
        return False
    for obj in (k for k in verb.children if k.dep_ == "dobj"):
        if obj.lemma_.lower() in _SOURCES or obj.lower_ in _SOURCES:
            return not any(k.dep_ == "acl" and k.tag_ == "VBN" for k in obj.children)
    return False


def gives_interview(verb: Token) -> bool:
    """Return whether a verb of talking is to the press: "speaking to reporters"."""
    if verb.lemma_.lower() not in _TALKING:
        return False
    for prep in (k for k in verb.children if k.dep_ == "prep" and k.lower_ in {"to", "with"}):
        for pobj in (k for k in prep.children if k.dep_ == "pobj"):
            words = [pobj, *(k for k in pobj.lefts if k.dep_ in {"compound", "nmod"})]
            if any(w.lower_ in _PRESS or w.lemma_.lower() in _PRESS for w in words):
                return True
    return False


# Verbs of recording what happens, for the news or the record.
_RECORDING = word_set("film photograph videotape tape record document chronicle cover")
# Verbs that are acts of an armed party, a group or a state: "jets covered the advance",
# "the army recorded advances" (achieved them).
_SHIELDING = word_set("cover record")
# Who may cover a move as a shield: a group, a state, a party that names none.
_GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})


def records_event(verb: Token) -> bool:
    """Return whether a verb records an event rather than taking part in it.

    "a cameraman filming the clashes", "reporters who covered the offensive"; not
    "filmed the prisoners" (no event filmed), nor "the jets covered the advance", nor
    "the army recorded advances".
    """
    from .eventnouns import is_event_noun  # eventnouns -> ... -> classify -> here
    from .misfires import is_armed

    lemma = verb.lemma_.lower()
    obj = child(verb, "dobj")
    if lemma not in _RECORDING or obj is None or not is_event_noun(obj):
        return False
    if lemma not in _SHIELDING:
        return True
    doer = child(verb, "nsubj")
    if verb.dep_ in {"acl", "relcl"} and (doer is None or doer.tag_ in _RELATIVES):
        doer = verb.head  # "a reporter covering the war", "reporters who covered the war"
    if doer is None:
        return True  # "was hurt while covering the operations": the subject is no shield
    return doer.ent_type_ not in _GROUP_LABELS and doer.pos_ != "PRON" and not is_armed(doer)
