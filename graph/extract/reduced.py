"""A past participle the parser read as a past tense: its subject is the victim (private).

Headlines and reduced relatives drop the auxiliary of a passive: "Russian helicopter
downed near Idlib", "a boy shot in the town was taken to hospital". The tagger reads
the participle as a past tense with the victim as its subject, and the victim becomes
the actor. A verb that needs an object and has none, and either can hardly go without
one (kill, wound, capture, down ...) or is followed by a finite verb that lacks a
subject ("shot in the town was taken"), is such a passive: its subject is its patient.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import TARGET_PREPS, TIME_LABELS
from .spans import child
from .transitives import transitive_verbs

__all__ = ["reduced_subject"]

# Verbs of harm and capture that news never uses without an object: "the army killed"
# alone is no sentence, "the army attacked" or "troops fired" are.
_OBJECT_BOUND = frozenset(
    {"kill", "wound", "injure", "down", "capture", "arrest", "detain", "abduct", "kidnap"}
    | {"execute", "behead", "torture", "slaughter", "massacre", "assassinate", "maim"}
)
# Dependents that show the verb has its object, its complement or a target phrase.
_FILLED = frozenset(
    {"dobj", "ccomp", "xcomp", "dative", "attr", "oprd", "prt", "nsubjpass", "agent", "aux"}
)


def reduced_subject(verb: Token) -> Token | None:
    """Return the subject of ``verb`` when it is the patient of a reduced passive, else None.

    "A boy shot in the town was taken to hospital", "Two soldiers killed in an ambush"
    -> the boy, the soldiers; "Rebels attacked overnight" -> None.
    """
    lemma = verb.lemma_.lower()
    # (a headline's participle may be tagged as one: "Three soldiers killed in ambush".)
    if verb.tag_ not in {"VBD", "VBN"} or lemma not in transitive_verbs():
        return None
    if not verb.lower_.endswith(("ed", "wn", "ot", "en", "ht")):
        return None
    subj = child(verb, "nsubj")
    if subj is None or subj.pos_ == "PRON" or any(k.dep_ in _FILLED for k in verb.children):
        return None
    followed = _subjectless_finite(verb)
    if not followed and any(k.dep_ == "prep" and k.lower_ in TARGET_PREPS for k in verb.children):
        # "troops fired at the crowd": an object by a preposition; but "families displaced
        # from the city have found shelter": "from" says whence, and "have found" needs them
        return None
    if any(_is_lost_object(k) for k in verb.rights) or _object_stolen(verb):
        return None  # "Kurds captured Sarrin Monday": an object the parser read as a date
    if any(k.dep_ == "cc" for k in verb.children):
        return None  # "militants killed and wounded dozens": the verbs share the object
    if lemma in _OBJECT_BOUND or followed:
        return subj
    return None


def _is_lost_object(kid: Token) -> bool:
    """Return whether a right dependent holds a noun that is no time: a misparsed object."""
    if kid.dep_ in {"prep", "punct", "cc", "conj", "advcl", "mark"}:
        return False
    if kid.dep_ == "dep" and kid.pos_ in {"VERB", "AUX"}:
        return False  # "displaced from X, have settled in camps": the next clause's verb
    return any(
        t.pos_ in {"NOUN", "PROPN", "NUM"} and t.ent_type_ not in TIME_LABELS for t in kid.subtree
    )


def _object_stolen(verb: Token) -> bool:
    """Return whether the reporting verb after ``verb`` took its object as its subject.

    "Strikes killed ten civilians said the monitor": without a comma the parser reads
    "ten civilians" as the subject of "said".
    """
    if verb.dep_ != "ccomp" or verb.head.i < verb.i:
        return False
    subj = child(verb.head, "nsubj")
    own = [k.right_edge.i for k in verb.rights if k.dep_ not in {"conj", "cc", "punct"}]
    return subj is not None and subj.left_edge.i == max(own, default=verb.i) + 1


def _subjectless_finite(verb: Token) -> bool:
    """Return whether a conjoined finite verb after ``verb`` lacks a subject of its own.

    "A boy shot in the town was taken to hospital": "was taken" needs a subject, so
    "shot" is no verb of the clause but a participle of its subject; so does the verb
    the parser hangs it on ("families displaced from Homs have found shelter").
    """
    head = verb.head
    if verb.dep_ in {"advcl", "csubj"} and head.i > verb.i and head.pos_ in {"VERB", "AUX"}:
        aux = [k for k in head.lefts if k.dep_ in {"aux", "auxpass"} and k.i > verb.i]
        if aux and child(head, "nsubj", "nsubjpass") is None:
            return True
    for conj in verb.rights:
        if conj.dep_ not in {"conj", "dep"} or conj.pos_ not in {"VERB", "AUX"}:
            continue
        aux = [k for k in conj.lefts if k.dep_ in {"aux", "auxpass"}]
        return bool(aux) and child(conj, "nsubj", "nsubjpass") is None
    return False
