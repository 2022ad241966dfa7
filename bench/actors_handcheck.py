"""Draw the hand-check samples of issue 13: resolved pronouns and place links from real news.

Runs extract on the real-news corpus and prints, as TSV, N resolved pronoun roles
(from N distinct sentences) and N linked places drawn at random with a fixed seed,
each with the sentence (and the text before it, for pronouns) so a person can judge
them. The judged files live next to this script (``handcheck_pronouns.tsv``,
``handcheck_places.tsv``).

Usage: python bench/actors_handcheck.py pronouns|places|both [--n 50] [--seed 13] [--limit N]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import tempfile
from pathlib import Path

from graph import BuildOptions, Event, extract_documents
from graph.normalize.places import get_place

ROOT = Path(__file__).resolve().parents[1]
PRONOUNS = frozenset(
    {"it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "which", "who"}
    | {"whom", "that", "those", "these"}
)


def _events(corpus: Path, limit: int) -> list[Event]:
    source = corpus
    if limit:
        source = Path(tempfile.mkdtemp(prefix="handcheck-")) / "head.jsonl"
        with corpus.open(encoding="utf-8") as handle:
            source.write_text("".join(itertools.islice(handle, limit)), "utf-8")
    return list(extract_documents([source], BuildOptions(skip_bad=True)))


def _texts(corpus: Path) -> dict[str, str]:
    with corpus.open(encoding="utf-8") as handle:
        return {r["id"]: r["text"] for r in map(json.loads, handle)}


def _clip(text: str, width: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def pronoun_rows(events: list[Event], texts: dict[str, str]) -> list[list[str]]:
    """Return one row per resolved pronoun role."""
    rows = []
    for e in events:
        for role in ("actor", "target"):
            span = getattr(e, role)
            acronym = len(span) > 1 and span.isupper()  # "WHO" is the organisation
            if span.lower() in PRONOUNS and not acronym and getattr(e, f"{role}_id"):
                p = e.provenance
                before = texts.get(p.doc_id, "")[max(0, p.start_char - 220) : p.start_char]
                rows.append([p.doc_id, str(p.sentence_index), role, span,
                             getattr(e, f"{role}_label") or getattr(e, f"{role}_id"),
                             _clip(before, 200), _clip(p.sentence)])  # fmt: skip
    return rows


def distinct_sentences(rows: list[list[str]], n: int, rng: random.Random) -> list[list[str]]:
    """Draw ``n`` rows from distinct sentences: one pronoun role per drawn sentence.

    One sentence can give several events (coordination, several verbs) that repeat the
    same pronoun; drawing rows would judge it several times.
    """
    by_sentence: dict[tuple[str, str], list[list[str]]] = {}
    for row in rows:
        by_sentence.setdefault((row[0], row[1]), []).append(row)
    keys = rng.sample(sorted(by_sentence), min(n, len(by_sentence)))
    return [rng.choice(by_sentence[key]) for key in keys]


def place_rows(events: list[Event]) -> list[list[str]]:
    """Return one row per distinct (document, place text) linked to GeoNames."""
    seen: dict[tuple[str, str], list[str]] = {}
    for e in events:
        links = [(e.location, e.location_id)]
        links += [(getattr(e, r), getattr(e, f"{r}_id")) for r in ("actor", "target")
                  if getattr(e, f"{r}_type") == "location"]  # fmt: skip
        for text, place_id in links:
            place = get_place(place_id) if place_id else None
            if place is None or not text:
                continue
            where = f"{place.country_code} {place.lat:.2f},{place.lon:.2f}" if place.lat else ""
            seen.setdefault((e.provenance.doc_id, text), [
                e.provenance.doc_id, str(e.provenance.sentence_index), text, place.id, where,
                _clip(e.provenance.sentence)])  # fmt: skip
    return list(seen.values())


def main() -> None:
    """Print the sample(s)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=["pronouns", "places", "both"])
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    corpus = args.shared / "benchmarks" / "realnews" / "fakes-syria.jsonl"
    events = _events(corpus, args.limit)  # one extraction for both samples
    for kind in ("pronouns", "places") if args.kind == "both" else (args.kind,):
        _print_sample(kind, events, corpus, args.n, args.seed)


def _print_sample(kind: str, events: list[Event], corpus: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    if kind == "pronouns":
        header = ["doc", "sent", "role", "pronoun", "resolved_to", "before", "sentence"]
        rows = pronoun_rows(events, _texts(corpus))
        sample = distinct_sentences(rows, n, rng)
        sentences = len({(r[0], r[1]) for r in rows})
        print(f"# pronouns: {len(rows)} candidates in {sentences} sentences, "
              f"{len(sample)} drawn from distinct sentences with seed {seed}")  # fmt: skip
    else:
        header = ["doc", "sent", "text", "place_id", "country_latlon", "sentence"]
        rows = place_rows(events)
        sample = rng.sample(rows, min(n, len(rows)))
        print(f"# places: {len(rows)} candidates, {len(sample)} drawn with seed {seed}")
    print("\t".join(header))
    for row in sample:
        print("\t".join(c.replace("\t", " ") for c in row))


if __name__ == "__main__":
    main()
