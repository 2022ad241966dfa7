"""A group's one-word name inside a longer Arabic name is not that group (issue 14).

"Jaish al-Fateh" (a Syrian coalition) is not "Fateh" (the Palestinian movement), nor
is "Fateh al-Sham Front": a one-word name joined by an Arabic article ("al", "el",
"ash", ...) to a capitalised word before or after it is the last or first word of
another, longer name. A name the article joins to a name of its own is a list
("fought Hezbollah al-Qaeda and IS" written without commas), not one name.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence

__all__ = ["article_words", "inside_longer_name"]

_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul", "il"})


def inside_longer_name(
    words: Sequence[str],
    index: int,
    is_name: Callable[[str], bool],
    own: Callable[[], Collection[str]],
) -> bool:
    """Return whether the one-word name ``words[index]`` is a part of a longer name.

    Args:
        words: The text's tokens ("Jaish", "al", "Fateh", "fighters").
        index: The name's token.
        is_name: Whether two casefolded tokens ("al qaeda") begin a name of their own.
        own: Gives the casefolded words the group's own aliases write before an article
            ("jabhat" for "Jabhat al-Nusra": "Jabhat an-Nusra" is still that group).

    Returns:
        True for "Jaish al-Fateh" and "Fateh al-Sham" (Capitalised, article, name or
        name, article, Capitalised); False for "the Fateh movement", "Hezbollah
        al-Qaeda" (the words after it are a name of their own) or a longer form of the
        group's own name.
    """
    before = words[max(0, index - 2) : index]
    if len(before) == 2 and _joins(before[1], before[0]):
        return before[0].casefold() not in own()
    after = words[index + 1 : index + 3]
    if len(after) == 2 and _joins(after[0], after[1]):
        return words[index].casefold() not in own() and not is_name(
            f"{after[0]} {after[1]}".casefold()
        )
    return False


def article_words(names: Iterable[str]) -> set[str]:
    """Return the casefolded words a group's names write before an article.

    ["Jabhat al Nusrah", "Nusra Front"] -> {"jabhat"}.
    """
    found: set[str] = set()
    for name in names:
        words = name.casefold().split()
        found.update(w for w, nxt in zip(words, words[1:], strict=False) if nxt in _ARTICLES)
    return found


def _joins(article: str, word: str) -> bool:
    # "al" + "Jaish", "Al" + "Sham": an article and the capitalised word it joins
    return article.casefold() in _ARTICLES and word[:1].isupper() and not word.isupper()
