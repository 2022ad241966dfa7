"""Read the Phoenix/CAMEO actor dictionaries and choose the entries newsgraph ships.

Used by ``tools/build_actors.py``. The format (PETRARCH's ``.actors.txt``): a
line starting with a capital letter is a name pattern (words joined by ``_``, a
trailing ``_`` ends the phrase), ``+NAME`` lines are synonyms of the entry above,
``[CODE dates]`` (inline or on the following indented lines) gives a role, ``#``
starts a comment. Names written one after another before a block of codes all
get those codes. A role's dates are ``YYMMDD`` or ``YYYYMMDD``: ``a-b`` from a
to b, ``>a`` from a on, ``<b`` until b; a role without dates is the default.

Filtering rules (general, never per sentence), applied by :func:`select`:

1. Entries whose only code is a bare country (``[AFG]``) are skipped: country
   names, demonyms and capitals come from our own gazetteer (the Phoenix country
   blocks also list landmarks, misspellings and foreign-language names).
2. An alias is dropped when it has fewer than two letters or more than eight
   words, or when every word is an English stop word, a generic agent word of
   ``Phoenix.agents.txt`` ("Senate", "Government", "Security Forces": every
   country has one) or a country name or demonym ("American").
3. An alias that names entries of different countries ("Supreme Court" of two
   states, a surname two politicians share) is ambiguous and dropped from all.
4. An entry that shares a name with a curated actor of ``actors.ttl`` (a name
   of several words, or one word and the same country) only lends that actor its
   other aliases, so "United Nations" and "Islamic State of Iraq" stay one actor,
   typed as the curated file types it; a curated actor without a country code
   also takes the entry's roles (al-Qaeda: ``IMG``, an international militant group).
5. Aliases of one or two letters-only words of at most three letters ("UN",
   "IS") are kept in capitals: they match only as written.
6. A person's one-word alias is kept only when it is the surname of the
   entry's main name ("Obama" of Barack Obama); "Hassan" alone, or the first
   words of the main name ("Salah al-Din" of Salah al-Din Baha al-Din), are
   given names many people share. Dated roles make an entry a person, except in
   the armed groups file.
7. An Arabic article and one word ("al-Fateh", "al-Assad") is part of too many
   names to stand for one actor, unless the curated file has it ("al-Qaeda").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from graph.vocab import slugify

_CODE = re.compile(r"\[([A-Z~][A-Z0-9]*)(?:\s+([<>]?)(\d{6,8})(?:-(\d{6,8}))?)?\s*\]")
_NAME = re.compile(r"^[A-Z0-9]")
_AGENT = re.compile(r"^([A-Z][A-Z_!'.-]*?)_*(?:\s*\{[^}]*\})?\s*\[~")
# Comments that mark an entry as a person (a ruler or a CountryInfo leader).
_PERSON_NOTE = re.compile(r"CountryInfo|rulers", re.IGNORECASE)
_LOWER_WORDS = frozenset(
    re.findall(
        r"\w+",
        "of the and for in on at to de la le du da des del van von der al el ul ash as ad ar an "
        "az ath bin ibn bint",
    )
)
# Arabic articles written as a word of a name ("al-Fateh", "Ash Sham").
_ARTICLES = frozenset(re.findall(r"\w+", "al el ash as ad ar an at az ath ul"))
# Abbreviated titles: capitalised, not read as acronyms ("MR" -> "Mr").
_TITLES = frozenset(re.findall(r"\w+", "mr mrs ms dr st sr jr lt col gen sgt maj adm"))
MAX_WORDS = 8


@dataclass(frozen=True, slots=True)
class Role:
    """A CAMEO code valid from ``start`` to ``end`` (ISO dates, "" = open)."""

    code: str
    start: str = ""
    end: str = ""

    def text(self) -> str:
        """Return the role as the compiled file writes it (``USAGOV@20090120-``)."""
        if not self.start and not self.end:
            return self.code
        return f"{self.code}@{self.start.replace('-', '')}-{self.end.replace('-', '')}"


@dataclass
class Entry:
    """One dictionary entry: its names (first = the pattern), roles and comment."""

    names: list[str]
    roles: list[Role] = field(default_factory=list)
    person: bool = False
    dated_people: bool = True  # whether dated roles make the entry a person (not for groups)


def _date(text: str) -> str:
    # Six digits are YYMMDD; the files date from 2014, so YY <= 30 is 20YY.
    if len(text) == 6:
        year = int(text[:2])
        text = ("20" if year <= 30 else "19") + text
    if len(text) != 8 or not "01" <= text[4:6] <= "12" or not "01" <= text[6:8] <= "31":
        raise ValueError(text)
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}"


def _roles(line: str) -> list[Role]:
    roles = []
    for code, sign, first, second in _CODE.findall(line):
        try:
            if sign == ">" or (first and second):
                roles.append(Role(code, _date(first), _date(second) if second else ""))
            elif sign == "<":
                roles.append(Role(code, "", _date(first)))
            else:
                roles.append(Role(code, _date(first) if first else "", ""))
        except ValueError:
            continue  # a malformed date ("2004017"): the role is left out
    return roles


def read_entries(path: Path, *, dated_people: bool = True) -> Iterator[Entry]:
    """Yield the entries of a ``.actors.txt`` file in file order.

    Args:
        path: The file.
        dated_people: Whether an entry with dated roles is a person (people hold
            offices for a time; the armed groups file dates groups too).
    """
    pending: list[Entry] = []
    coded = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        body, _, comment = raw.partition("#")
        line = body.strip()
        if not line:
            continue
        roles = _roles(line)
        name = _CODE.sub("", line).strip()
        if name.startswith("+") and pending:
            pending[-1].names.append(name[1:].strip())
        elif _NAME.match(name):
            if coded:
                yield from pending
                pending, coded = [], False
            noted = _PERSON_NOTE.search(comment) is not None
            pending.append(Entry([name], person=noted, dated_people=dated_people))
        if roles and pending:
            # A block of codes belongs to every name written since the last block.
            for entry in pending if not name or name.startswith("+") else pending[-1:]:
                entry.roles.extend(roles)
            coded = True
    yield from pending


def read_agent_words(path: Path) -> frozenset[str]:
    """Return the words of the generic agent patterns ("police", "senate", "minister")."""
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _AGENT.match(line)
        if match:
            words.update(w.lower() for w in re.split(r"[_!]+", match[1]) if w)
    return frozenset(words)


def phrase(name: str) -> str:
    """Return a pattern as words ("BARACK_OBAMA_" -> "BARACK OBAMA")."""
    return " ".join(name.replace("_", " ").split())


def display(words: str) -> str:
    """Return a name in capitals as a label ("BASHAR AL-ASSAD" -> "Bashar al-Assad")."""
    out = []
    for i, word in enumerate(words.split()):
        parts = [_cap(part, i == 0 and j == 0) for j, part in enumerate(word.split("-"))]
        out.append("-".join(parts))
    return " ".join(out)


def _cap(part: str, first: bool) -> str:
    lower = part.lower()
    if lower in _LOWER_WORDS:
        return lower.capitalize() if first else lower
    if lower in _TITLES:
        return lower.capitalize()
    if "." in part or any(ch.isdigit() for ch in part):
        return part
    if len(part) <= 3 and not any(ch in "AEIOU" for ch in part[1:]) and part.isalpha():
        return part  # "US", "UN", "CIA", "NGO": acronyms, not words
    return part[:1] + lower[1:]


def is_acronym(alias: str) -> bool:
    """Return whether an alias is a short capital word that should match only as written."""
    letters = alias.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 3 and " " not in alias


@dataclass
class Compiled:
    """A shipped actor: id, label, type, roles and aliases (as written for matching)."""

    actor_id: str
    label: str
    actor_type: str
    roles: list[Role]
    aliases: list[str]


_TYPES = (
    ("armed-group", {"REB", "INS", "SEP", "UAF", "RAD", "IMG", "MOD"}),
    ("military", {"MIL", "COP", "SPY"}),
    ("government", {"GOV", "LEG", "JUD", "EXE", "PTY", "ELI"}),
)


# Last words that make a name a body, whatever the dictionary files it under ("Syrian
# National Coalition" is listed with the persons who led it).
_GROUP_WORDS = frozenset(
    [
        "coalition",
        "council",
        "front",
        "army",
        "brigade",
        "brigades",
        "party",
        "movement",
        "committee",
        "union",
        "forces",
        "organization",
        "organisation",
        "ministry",
        "agency",
        "group",
        "alliance",
        "commission",
        "authority",
    ]
)


def names_group(label: str) -> bool:
    """Return whether a name is a body's ("Syrian National Coalition"), not a person's."""
    words = label.split()
    return len(words) > 1 and words[-1].lower() in _GROUP_WORDS


def actor_type(roles: Iterable[Role], person: bool) -> str:
    """Return the newsgraph actor type of an entry from its codes."""
    if person:
        return "person"
    codes = [r.code for r in roles]
    for kind, sectors in _TYPES:
        if any(c[:3] in sectors or c[3:6] in sectors for c in codes):
            return kind
    return "organisation"


def blocked(words: str, agent_words: frozenset[str], country_words: frozenset[str]) -> bool:
    """Return whether an alias is too generic to name one actor (rule 2)."""
    tokens = re.findall(r"[a-z0-9]+", words.lower())
    letters = sum(len(t) for t in tokens)
    if letters < 2 or len(tokens) > MAX_WORDS:
        return True
    generic = STOP_WORDS | agent_words | country_words
    return all(t in generic for t in tokens)


# Prefixes of codes that are not countries: IGOs, NGOs, multinationals,
# international militarised groups and regions.
NON_STATES = frozenset({"IGO", "NGO", "IMG", "MNC", "INT", "UIS", "NGM"})


def _country(code: str, sectors: frozenset[str]) -> str:
    """Return the country (or IGO) part of a code ("" for a sector alone: "ELI")."""
    return "" if code[:3] in sectors else code[:3]


def keep_role(role: Role, sectors: frozenset[str], states: frozenset[str]) -> bool:
    """Return whether a role says more than its country (rule 1: ``[AFG]`` is dropped)."""
    head, rest = role.code[:3], role.code[3:6]
    return head in sectors or head in NON_STATES or head not in states or rest in sectors


def latest(roles: list[Role]) -> Role:
    """Return the role with the latest start (an undated default counts as the earliest)."""
    return max(roles, key=lambda r: (r.start or "0000", not r.end, r.end))


@dataclass
class Curated:
    """What the compiler needs to know of the hand-curated gazetteer."""

    keys: dict[str, tuple[str, str]]  # alias key -> (actor id, country code)
    country_keys: frozenset[str]  # names, demonyms and capitals of countries
    ids: frozenset[str]
    countries: dict[str, str] = field(default_factory=dict)  # actor id -> country code


@dataclass
class Tables:
    """Word lists the filtering rules read."""

    agent_words: frozenset[str]
    sectors: frozenset[str]
    states: frozenset[str]
    key: Callable[[str], str]


def _merged(entries: Iterable[Entry]) -> Iterator[Entry]:
    # Spellings of one name in one code block ("DMITRY_MEDVEDEV", "DMITR_MEDVEDEV").
    last: Entry | None = None
    for entry in entries:
        if (
            last is not None
            and last.roles == entry.roles
            and phrase(last.names[0]).split()[-1:] == phrase(entry.names[0]).split()[-1:]
        ):
            last.names.extend(entry.names)
            continue
        if last is not None:
            yield last
        last = entry
    if last is not None:
        yield last


def _aliases(entry: Entry, tables: Tables, curated: Curated) -> list[tuple[str, str]]:
    """Return the entry's (key, alias) pairs that pass rule 2."""
    generic = (STOP_WORDS - curated.country_keys) | tables.agent_words
    main = tables.key(display(phrase(entry.names[0]))).casefold().split()
    surname = main[-1:] if len(main) > 1 else []
    out: dict[str, str] = {}
    for name in entry.names:
        words = phrase(name)
        alias = display(words)
        key = tables.key(alias)
        tokens = key.casefold().split()
        if not tokens or sum(len(t) for t in tokens) < 2 or len(tokens) > MAX_WORDS:
            continue
        if key.casefold() in curated.country_keys or all(t in generic for t in tokens):
            continue
        if entry.person and len(tokens) < len(main) and tokens == main[: len(tokens)]:
            continue  # rule 6: "Salah al-Din" of "Salah al-Din Baha al-Din" is a given name
        if entry.person and len(tokens) == 1 and tokens != surname:
            continue  # rule 6: "Hassan" alone is a given name many people share
        if len(tokens) == 2 and tokens[0] in _ARTICLES and key.casefold() not in curated.keys:
            continue  # rule 7: "al-Fateh" is part of many names ("Jaysh al-Fateh")
        out.setdefault(key, alias)
    return [(k, a) for k, a in out.items()]


def select(entries: Iterable[Entry], tables: Tables, curated: Curated) -> list[Compiled]:
    """Apply the filtering rules; return the shipped actors (folds have an empty type)."""
    kept: list[tuple[Entry, str, list[tuple[str, str]]]] = []
    countries: dict[str, set[str]] = {}
    for entry in _merged(entries):
        entry.roles = [r for r in entry.roles if keep_role(r, tables.sectors, tables.states)]
        if not entry.roles:
            continue
        entry.person = entry.person or (
            entry.dated_people and any(r.start or r.end for r in entry.roles)
        )
        country = _country(latest(entry.roles).code, tables.sectors)
        aliases = _aliases(entry, tables, curated)
        for key, _ in aliases:
            countries.setdefault(key.casefold(), set()).add(country)
        kept.append((entry, country, aliases))
    taken: set[str] = set(curated.keys)
    used_ids: set[str] = set(curated.ids)
    out: list[Compiled] = []
    folded: dict[str, list[str]] = {}
    lent: dict[str, list[Role]] = {}
    for entry, country, aliases in kept:
        clear = [(k, a) for k, a in aliases if len(countries[k.casefold()]) == 1]
        folds = {
            (*curated.keys[k.casefold()], len(k.split()))
            for k, _ in clear
            if k.casefold() in curated.keys
        }
        fold = next((i for i, c, n in sorted(folds) if n > 1 or c in (country, "")), None)
        fresh = [a for k, a in clear if k.casefold() not in taken]
        taken.update(k.casefold() for k, _ in clear)
        if fold is not None:
            if fresh:
                folded.setdefault(fold, []).extend(fresh)
            if not curated.countries.get(fold, "x"):
                lent.setdefault(fold, entry.roles)  # rule 4: a code the curated actor lacks
                folded.setdefault(fold, [])
            continue
        if not fresh:
            continue
        label = fresh[0]
        actor_id = _new_id(label, country, used_ids)
        kind = actor_type(entry.roles, entry.person and not names_group(label))
        out.append(Compiled(actor_id, label, kind, entry.roles, fresh))
    return out + [Compiled(i, "", "", lent.get(i, []), names) for i, names in folded.items()]


def _new_id(label: str, country: str, used: set[str]) -> str:
    base = slugify(label) or "actor"
    candidates = [base, f"{base}-{country.lower()}" if country else base]
    candidates += [f"{candidates[1]}-{n}" for n in range(2, 100)]
    actor_id = next(c for c in candidates if c not in used)
    used.add(actor_id)
    return actor_id
