"""The hurt are no actors: victims the parser made the subject of their attack (private).

Headlines drop the auxiliary of their passives, and the small model then misreads the
attack that hurt the victims: "Five recruits and their trainers killed in army shelling
near X" is parsed with "their trainers" as the subject of "shelling". Victims told by a
harm participle ("killed in ...", "wounded by ...") whose phrase holds the attack are
its patients, never its doers; nor do they do what the lead glued after the headline
tells: "Two guards injured in rebel attack on Kessa Rebels shelled the market" (the
rebels shelled it).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import HURT_VERBS

__all__ = ["glued_subject", "is_hurt_by"]


def is_hurt_by(victim: Token, owner: Token) -> bool:
    """Return whether ``victim`` is told hurt in a phrase of ``owner``'s attack.

    "their trainers killed in army shelling" -> the trainers are hurt by the army's
    shelling (``owner`` is "army", the object of the participle's preposition).
    """
    prep = owner.head
    part = prep.head
    return (
        owner.dep_ == "pobj"
        and part.tag_ == "VBN"
        and part.lemma_.lower() in HURT_VERBS
        and part.dep_ in {"acl", "amod"}
        and part.head.i == victim.i
    )


def glued_subject(verb: Token, subj: Token) -> Token | None:
    """Return the lead's subject glued after a headline whose victims the parser made ``subj``.

    "Two guards injured in rebel attack on Kessa Rebels shelled the market" -> Rebels:
    a capitalised word of people ending the headline's phrase, right before the verb.
    """
    part = next((k for k in subj.rights if k.dep_ == "acl" and k.tag_ == "VBN"), None)
    if part is None or part.lemma_.lower() not in HURT_VERBS or part.i > verb.i:
        return None
    last = verb.doc[verb.i - 1]
    if not (part.i < last.i and last.text[:1].isupper() and last.pos_ in {"NOUN", "PROPN"}):
        return None
    if last.i not in {t.i for t in part.subtree}:
        return None
    from .agentnouns import is_agent_noun  # (agentnouns reads owners, which use this module)

    return last if is_agent_noun(last.lower_) else None
