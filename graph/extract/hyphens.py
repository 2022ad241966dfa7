"""Words the parser split at a hyphen, joined back into one phrase (private to extract).

"de-confliction" is one word written with no spaces; "Jaysh al-Islam" is one name the
parser may split into sibling words. :func:`graph.extract.spans.np_span` widens a
phrase over them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Arabic articles that open the second word of a name: "Jaysh al-Islam", "Deir el-Zor".
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath"})


def hyphen_joined(doc: Doc, left: int, right: int) -> tuple[int, int]:
    """Widen ``[left, right]`` over words the parser split at a hyphen ("de-confliction")."""
    while right + 2 < len(doc) and _is_glued_hyphen(doc[right + 1]):
        right += 2
    while right + 3 < len(doc) and _is_article_joined(doc[right]):
        right += 3  # "Jaysh al-Islam" split into sibling words by the parser
    while left >= 2 and _is_glued_hyphen(doc[left - 1]) and doc[left - 2].dep_ != "npadvmod":
        left -= 2
    return left, right


def _is_glued_hyphen(tok: Token) -> bool:
    # "de-confliction" is one word written with no spaces: "de", "-", "confliction";
    # a spaced " - " or a hyphen before a participle ("US-led") is no such join.
    doc = tok.doc
    if tok.text != "-" or tok.whitespace_ or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return not before.whitespace_ and after.is_alpha and after.tag_ not in {"VBN", "VBG", "VBD"}


def _is_article_joined(tok: Token) -> bool:
    """Return whether a name goes on after ``tok`` with an article glued by a hyphen.

    "Jaysh al-Islam", "Hamid el-Din": the parser may hang "al", "-" and "Islam" on the
    verb beside "Jaysh"; the entity tagger keeps them one name ("ISIS al-Nusra" is two).
    """
    article = tok.doc[tok.i + 1]
    return (
        tok.pos_ == "PROPN"
        and article.lower_ in _ARTICLES
        and article.ent_iob_ == "I"
        and _is_glued_hyphen(tok.doc[tok.i + 2])
    )
