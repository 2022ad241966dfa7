"""The gazetteer's name tables: names -> (actor id, how named), and the mentions in a text.

A name matches with its case where the case says something ("Turkey" the country, not
"turkey"); a scan takes the longest name at each word and skips a group's one-word name
inside a longer name ("Jaish al-Fateh" is not "Fateh"). :class:`~graph.normalize.gazindex.Gazetteer`
fills the tables from its actors.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .actordict import Actor
from .gaztokens import TOKEN, Mention, is_case_sensitive, tokens, with_bare_possessives
from .namebounds import article_words, inside_longer_name

__all__ = ["NameIndex"]

_MAX_TOKENS = 8
_MAX_REMEMBERED = 65536  # texts whose mentions a gazetteer keeps


class NameIndex:
    """Names -> actors, filled by :meth:`_index`; the actors themselves are the subclass's."""

    def __init__(self) -> None:
        self._exact: dict[str, tuple[str, str]] = {}
        self._folded: dict[str, tuple[str, str]] = {}
        # Casefolded names and their proper word prefixes ("united", "united states"
        # for "United States Congress"): a scan stops when the words so far start none.
        self._names: set[str] = set()
        self._prefixes: set[str] = set()
        self._mentions: dict[str, tuple[Mention, ...]] = {}
        self._override = False

    def get(self, actor_id: str) -> Actor | None:
        """Return the actor with this id, or None (the subclass knows the actors)."""
        raise NotImplementedError

    def _index(self, actor_id: str, names: Iterable[str], via: str) -> None:
        self._mentions.clear()
        for name in with_bare_possessives(names):
            words = tokens(name)
            if len(words) > 1 and words[0].lower() == "the":
                words = words[1:]
            if not words:
                continue
            key = " ".join(words)
            if is_case_sensitive(name):
                table, value = self._exact, (actor_id, via)
            else:
                # Remember the alias's first letter case for _match.
                table, value, key = (
                    self._folded,
                    (actor_id, via + ":" + words[0][0]),
                    key.casefold(),
                )
            if self._override or key not in table:
                table[key] = value
            folded = [w.casefold() for w in words]
            self._names.add(" ".join(folded))
            self._prefixes.update(" ".join(folded[:n]) for n in range(1, len(folded)))

    def _match(self, words: Sequence[str]) -> tuple[str, str] | None:
        key = " ".join(words)
        if key in self._exact:
            return self._exact[key]
        hit = self._folded.get(key.casefold())
        if hit is None:
            return None
        actor_id, tagged = hit
        via, first = tagged.split(":", 1)
        # "Turkey" the country, not "turkey"; lowercase aliases ("regime") match any case.
        # A name of three words or more that keeps a capital inside ("the so-called free
        # Syrian army") is that name written loosely: its inner "Syrian army" is not the state's.
        loose = len(words) >= 3 and any(w[:1].isupper() for w in words[1:])
        if first.isupper() and not words[0][:1].isupper() and not loose:
            return None
        return actor_id, via

    def names(self) -> dict[str, str]:
        """Return every name the gazetteer matches, casefolded, with its actor id (for search)."""
        table = {key: actor_id for key, (actor_id, _) in self._folded.items()}
        for key, (actor_id, _) in self._exact.items():
            table.setdefault(key.casefold(), actor_id)
        return table

    def find_mentions(self, text: str) -> list[Mention]:
        """Return the non-overlapping gazetteer mentions in ``text``, longest match first."""
        # (a document's phrases are looked up again and again: each distinct text once)
        found = self._mentions.get(text)
        if found is None:
            if len(self._mentions) >= _MAX_REMEMBERED:
                self._mentions.clear()
            found = self._mentions[text] = tuple(self._scan(text))
        return list(found)

    def _scan(self, text: str) -> list[Mention]:
        spans = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text.replace("’", "'"))]
        folded = [s[2].casefold() for s in spans]
        found: list[Mention] = []
        i = 0
        while i < len(spans):
            best: tuple[int, tuple[str, str]] | None = None
            key = ""
            for j in range(i, min(len(spans), i + _MAX_TOKENS)):
                key = f"{key} {folded[j]}" if key else folded[j]
                if key in self._names:
                    hit = self._match([s[2] for s in spans[i : j + 1]])
                    best = (j, hit) if hit is not None else best
                if key not in self._prefixes:
                    break
            if best is None:
                i += 1
                continue
            j, (actor_id, via) = best
            if i == j and self._in_longer_name([s[2] for s in spans], i, actor_id):
                i += 1
                continue  # "Jaish al-Fateh" is not "Fateh"
            plural = via == "demonym" and spans[j][2].endswith("s")
            found.append(Mention(spans[i][0], spans[j][1], actor_id, via, plural))
            i = j + 1
        return found

    def _in_longer_name(self, words: list[str], index: int, actor_id: str) -> bool:
        if getattr(self.get(actor_id), "actor_type", "") != "armed-group":
            return False  # only a group's name is checked (see namebounds)
        tables = (self._folded, self._exact)
        return inside_longer_name(
            words,
            index,
            lambda key: key in self._names or key in self._prefixes,
            lambda: article_words(k for t in tables for k, v in t.items() if v[0] == actor_id),
        )
