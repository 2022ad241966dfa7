"""The import rules of the layout (one package per stage), checked on every module's AST.

- The base modules (errors, model, vocab, _version) import only each other.
- A stage imports the base modules and the stages before it in the data flow,
  never a later one: ingest < parse < extract < normalize < rdf < store <
  query, validate < view.
- pipeline, serve and evaluate may import any stage (not the CLI).
- cli imports only the package's public names (``from graph import ...``), its
  own modules, click and the standard library: never rdflib, pyoxigraph or spaCy.
- Nothing but the CLI (and ``__main__``, which runs it) imports the package root
  ``graph/__init__``, so importing a stage never drags in the whole package.
- ``graph.oxstore``, ``graph.oxquery`` and ``graph.distributed`` only re-export
  (old paths the README documented); nothing in the package imports them.

Imports inside functions count: a late import is still an arrow.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import graph

PACKAGE = Path(graph.__file__).parent
BASE = {"errors", "model", "vocab", "_version"}
# Rank of each stage in the data flow; a module may import ranks below its own.
RANK = {
    "ingest": 1,
    "parse": 2,
    "extract": 3,
    "normalize": 4,
    "rdf": 5,
    "store": 6,
    "query": 7,
    "validate": 7,
    "view": 8,
}
ANY_STAGE = {"pipeline", "serve", "evaluate"}
# Old import paths the README's Python API documented: they re-export, nobody imports them.
COMPAT = {"oxstore", "oxquery", "distributed"}
CLI_THIRD_PARTY = {"click"}


def stage_of(module: str) -> str:
    """Return the stage (first part after ``graph.``) of a dotted module name."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[tuple[int, str]]:
    """Return ``(line, absolute module)`` for every import in a module, late ones too."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target == "graph":  # `from graph import x` may name a submodule
                found += [(node.lineno, f"graph.{a.name}") for a in node.names if _is_sub(a.name)]
                found += [(node.lineno, "graph")] * any(not _is_sub(a.name) for a in node.names)
            else:
                found.append((node.lineno, target))
    return found


def _is_sub(name: str) -> bool:
    return (PACKAGE / name).is_dir() or (PACKAGE / f"{name}.py").is_file()


def violation(importer: str, imported: str) -> str | None:
    """Return why ``importer`` may not import ``imported``, or None when it may."""
    top = imported.split(".")[0]
    mine, theirs = stage_of(importer), stage_of(imported)
    if mine == "cli":
        if top == "graph" and imported != "graph" and theirs != "cli":
            return "the CLI imports only graph's public names (from graph import ...)"
        if top not in ("graph", *CLI_THIRD_PARTY) and top not in sys.stdlib_module_names:
            return f"the CLI does not use {top} (only click and graph's public API)"
        return None
    if top != "graph" or mine in ("__main__",):
        return None
    if imported == "graph":
        return "only the CLI imports the package root graph/__init__"
    if theirs == mine or theirs in BASE:
        return None
    if mine in BASE:
        return "a base module imports only the other base modules"
    if theirs == "cli":
        return "nothing imports the CLI"
    if theirs in COMPAT:
        return f"graph.{theirs} is an old import path kept for users, not for the package"
    if mine in ANY_STAGE | COMPAT:
        return None
    if theirs in ANY_STAGE:
        return f"{theirs} comes after every stage"
    if RANK[theirs] >= RANK[mine]:
        return f"{theirs} does not come before {mine} in the data flow"
    return None


def arrows() -> list[tuple[str, int, str]]:
    return [
        (module_name(path), line, imported)
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "__init__.py" or path.parent != PACKAGE
        for line, imported in imports_of(path)
    ]


def test_every_module_belongs_to_a_known_stage():
    stages = {stage_of(module) for module, _, _ in arrows()}
    assert stages <= BASE | set(RANK) | ANY_STAGE | COMPAT | {"cli", "__main__"}


def test_imports_point_along_the_data_flow():
    broken = [
        f"{module}:{line} imports {imported}: {why}"
        for module, line, imported in arrows()
        if (why := violation(module, imported)) is not None
    ]
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize(
    "importer, imported",
    [
        ("graph.rdf.triples", "graph.pipeline.build"),  # a stage importing the pipeline
        ("graph.store.oxigraph", "graph.query.sparql"),  # store before query
        ("graph.normalize.places", "graph"),  # the package root from inside
        ("graph.model", "graph.parse"),  # a base module importing a stage
        ("graph.cli.graphs", "graph.store.dataset"),  # the CLI past the public API
        ("graph.cli.main", "rdflib"),  # the CLI using rdflib itself
        ("graph.query.sparql", "graph.validate"),  # two stages of the same rank
        ("graph.pipeline.run", "graph.oxstore"),  # an old path from inside
    ],
)
def test_the_rules_refuse_arrows_against_the_flow(importer, imported):
    assert violation(importer, imported) is not None


@pytest.mark.parametrize(
    "importer, imported",
    [
        ("graph.extract.rules", "graph.parse"),
        ("graph.query.sparql", "graph.normalize.places"),
        ("graph.pipeline.run", "graph.view.render"),
        ("graph.cli.main", "graph"),
        ("graph.cli.main", "click"),
        ("graph.vocab", "graph.errors"),
    ],
)
def test_the_rules_allow_arrows_along_the_flow(importer, imported):
    assert violation(importer, imported) is None
