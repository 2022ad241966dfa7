"""A title-case headline's first verb read into its subject (private to extract).

"Velnian Army Advances in Wau Kills 16 Rebels", "Militants Attack Kosti Kill 3": a
headline drops the comma or "and" between its two predicates, and the parser reads the
first verb as the subject's head noun ("Velnian Army Advances" kill 16 rebels). The
headline's own agreement tells the verb from a noun: the word agrees with the noun
before it as a verb does ("Army advances", "Militants attack"), and the clause's verb
agrees with that noun, not with the word ("Army ... kills", "Militants ... kill"). In
"Coalition Strikes Kill 20" the verb agrees with "Strikes": a noun, kept.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..parse.recase import is_recased, is_recased_noun
from .agentnouns import is_agent_noun

__all__ = ["before_headline_verb"]

# Entity labels of names that act: "Velnian Army", "Kosti Brigades".
_ACTOR_LABELS = frozenset({"ORG", "NORP", "PERSON", "GPE"})
# Verb tags that show no number: "Killed", "Killing".
_NUMBERLESS_TAGS = frozenset({"VBD", "VBN", "VBG"})


def before_headline_verb(span: Span, root: Token) -> int:
    """Return where the actor ends before a headline verb read as its head, else ``span.end``.

    "Velnian Army Advances" (kills 16) -> "Velnian Army"; "Coalition Strikes" (kill 20)
    stays whole.
    """
    verb = root.head
    if root.i == span.start or verb.i <= root.i or verb.tag_ in _NUMBERLESS_TAGS:
        return span.end
    if not is_recased(root) or is_recased_noun(root) or not is_recased(verb):
        return span.end  # only a title-case headline's verb forms (see parse.recase)
    doer = root.doc[root.i - 1]
    if not _names_doer(doer):
        return span.end
    plural = _is_plural(doer)
    # as a verb, the word agrees with the doer, and so does the clause's verb, which then
    # cannot agree with the word read as a noun ("Army Advances ... Kills": a singular verb)
    agrees = _is_third_person(root) != plural and _is_third_person(verb) != plural
    return root.i if agrees else span.end


def _names_doer(tok: Token) -> bool:
    """Return whether the word before the headline verb names someone: "Army", "Militants"."""
    if not tok.text[:1].isupper() or tok.pos_ not in {"NOUN", "PROPN"} or tok.tag_ == "JJ":
        return False  # "Velnian Jets Pounds ...": a nationality names no one alone
    return tok.ent_type_ in _ACTOR_LABELS or is_agent_noun(tok.lower_)


def _is_plural(noun: Token) -> bool:
    return noun.tag_ in {"NNS", "NNPS"} or (noun.lower_.endswith("s") and not _ends_ss(noun))


def _is_third_person(word: Token) -> bool:
    # "kills", "advances": not "kill", "attack", "press".
    return word.lower_.endswith("s") and not _ends_ss(word)


def _ends_ss(word: Token) -> bool:
    return word.lower_.endswith("ss")
