"""Compile WordNet's nouns for people and groups into graph/data/agent_nouns.tsv.

An event needs an agent: someone who can act (a person, a group, an organisation,
a state). Whether a common noun names such a thing is read from WordNet 3.0
(Princeton University; Debian package ``wordnet-base``, files in /usr/share/wordnet):
a sense is *agentive* when its hypernym closure reaches ``person``, ``social group``,
``people`` or ``gathering`` (an assemblage of persons), or when it is the top sense
``group`` itself (news' "the group" is one of people). A noun is listed when one of its
three most frequent senses is agentive and every sense before it is an abstraction
(an attribute, a state, a relation, a quantity ...), not a thing, a place, an act or
a message: "witness", "alliance" (a bond, then an organisation), "unit", "volunteer"
are listed; "video", "situation", "shortage", "town" (a place first), "visit" are not.

The output is one lemma per line (lower case, ``_`` for spaces as WordNet writes
multiword lemmas), with WordNet's licence notice in its header. At run time the
list is read by :mod:`graph.normalize.agency`; the plural lemmatiser there uses
WordNet's irregular noun forms, which this script also writes (``lemma<TAB>form``).

Usage: python tools/build_agent_nouns.py [--wordnet /usr/share/wordnet] [--check]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "graph" / "data" / "agent_nouns.tsv"
SOURCE = "WordNet 3.0 (Princeton University), Debian package wordnet-base 1:3.0"
# Synset offsets of the roots of agentive senses: person, social group, people, gathering.
AGENT_ROOTS = frozenset({"00007846", "07950920", "07942152", "07975026"})
GROUP = "00031264"  # group, grouping: "any number of entities considered as a unit"
# Lexicographer files of abstractions (Tops, attribute, cognition, feeling, motive,
# phenomenon, possession, process, quantity, relation, shape, state, time): a sense of
# one of them before an agentive sense does not make the noun a thing.
ABSTRACT_FILES = frozenset(
    ["03", "07", "09", "12", "16", "19", "21", "22", "23", "24", "25", "26", "28"]
)
SENSES = 3
NOTICE = """\
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided
# that you agree to comply with the following copyright notice and statements, including
# the disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for
# distribution. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
# MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton
# University or Princeton may not be used in advertising or publicity pertaining to
# distribution of the software and/or database. Title to copyright in this software,
# database and any associated documentation shall at all times remain with Princeton
# University and LICENSEE agrees to preserve same."""


def read_synsets(path: Path) -> dict[str, tuple[str, list[str]]]:
    """Return each noun synset's lexicographer file and hypernym offsets, by offset."""
    synsets: dict[str, tuple[str, list[str]]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.split(" | ", 1)[0].split()
        words = int(fields[3], 16)
        at = 4 + 2 * words
        pointers = int(fields[at])
        ptrs = [fields[at + 1 + 4 * i : at + 5 + 4 * i] for i in range(pointers)]
        hyper = [p[1] for p in ptrs if p[0] in {"@", "@i"} and p[2] == "n"]
        synsets[fields[0]] = (fields[1], hyper)
    return synsets


def agentive_offsets(synsets: dict[str, tuple[str, list[str]]]) -> set[str]:
    """Return the offsets whose hypernym closure reaches one of :data:`AGENT_ROOTS`."""
    memo: dict[str, bool] = {}

    def reaches(offset: str, seen: frozenset[str]) -> bool:
        if offset in memo:
            return memo[offset]
        if offset in AGENT_ROOTS:
            return True
        hyper = synsets.get(offset, ("", []))[1]
        found = any(reaches(h, seen | {offset}) for h in hyper if h not in seen)
        memo[offset] = found
        return found

    return {offset for offset in synsets if reaches(offset, frozenset())}


def agent_lemmas(index: Path, synsets: dict[str, tuple[str, list[str]]]) -> list[str]:
    """Return the noun lemmas with an agentive sense after abstractions only."""
    agentive = agentive_offsets(synsets) | {GROUP}
    found: list[str] = []
    for line in index.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        for offset in fields[-int(fields[2]) :][:SENSES]:
            if offset in agentive:
                found.append(fields[0])
                break
            if synsets[offset][0] not in ABSTRACT_FILES:
                break
    return found


def exception_pairs(path: Path) -> list[tuple[str, str]]:
    """Return a WordNet exception list (noun.exc, verb.exc) as ``(form, first lemma)``."""
    pairs: list[tuple[str, str]] = []
    for line in path.read_text(encoding="latin-1").splitlines():
        form, *lemmas = line.split()
        pairs.extend((form, lemma) for lemma in lemmas[:1])
    return pairs


def irregular_plurals(path: Path) -> list[tuple[str, str]]:
    """Return WordNet's irregular noun forms as ``(lemma, form)`` ("man", "men")."""
    return [(lemma, form) for form, lemma in exception_pairs(path)]


def render(lemmas: list[str], plurals: list[tuple[str, str]], agentive: set[str]) -> str:
    """Return the TSV text: the header, the lemmas, then the irregular plurals of them."""
    lines = [
        "# Nouns whose main sense names a person or a group of people (agents of events).",
        f"# GENERATED by tools/build_agent_nouns.py from {SOURCE}; do not edit by hand.",
        "# Rows: a lemma alone, or 'lemma<TAB>irregular plural form'.",
        NOTICE,
        *lemmas,
        *(f"{lemma}\t{form}" for lemma, form in plurals if lemma in agentive),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Compile the list; with ``--check`` only compare with the file in the package."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if not (args.wordnet / "data.noun").exists():
        print(f"cannot read {args.wordnet}/data.noun. Hint: apt-get install wordnet-base")
        return 1
    synsets = read_synsets(args.wordnet / "data.noun")
    lemmas = agent_lemmas(args.wordnet / "index.noun", synsets)
    plurals = irregular_plurals(args.wordnet / "noun.exc")
    text = render(lemmas, plurals, set(lemmas))
    if args.check:
        same = OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUTPUT} is out of date; re-run the compiler")
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(lemmas)} nouns to {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
