"""Read and write graph files: TriG, N-Quads, Turtle and JSON-LD.

TriG and N-Quads (and JSON-LD) keep one named graph per document; Turtle
cannot, so a ``.ttl`` file holds the union of all documents in its default
graph and a reloaded Turtle file can no longer replace or remove a single
document. Writes are atomic (:mod:`graph.store.atomic`): a temporary file in the
target's directory is renamed over the target only once it is complete.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from xml.sax import SAXParseException

from rdflib import Dataset, Graph
from rdflib.exceptions import ParserError
from rdflib.plugins.parsers.notation3 import BadSyntax

from ..errors import GraphFileError
from ..rdf.triples import new_dataset
from .atomic import _os_reason, atomic_file, open_temp, save_text

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "atomic_file",
    "load_graph",
    "open_temp",
    "save_graph",
    "save_text",
    "sniff_format",
]

logger = logging.getLogger(__name__)

# Format names accepted by save_graph()/load_graph() -> rdflib plugin names.
FORMATS = {
    "trig": "trig",
    "nquads": "nquads",
    "nq": "nquads",
    "turtle": "turtle",
    "ttl": "turtle",
    "nt": "nt",
    "ntriples": "nt",
    "json-ld": "json-ld",
    "jsonld": "json-ld",
    "xml": "xml",
}
EXTENSIONS = {
    ".trig": "trig",
    ".nq": "nquads",
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}
# Formats that flatten named graphs into one default graph on write.
_TRIPLE_FORMATS = {"turtle", "nt", "xml"}
_SNIFF_BYTES = 65536
# An N-Triples/N-Quads statement: starts with an IRI or blank node and an IRI,
# ends with " .". Anchored at both ends and free of nested quantifiers, so a
# hostile multi-megabyte line cannot make the match slow.
_NQUAD_START = re.compile(r"(<[^<>\s]*>|_:\S+)\s+<[^<>\s]*>\s")
_SNIFF_LINES = 20
_PARSE_ERRORS = (
    BadSyntax,
    ParserError,
    SAXParseException,
    SyntaxError,
    ValueError,
    KeyError,
    # rdflib's Turtle/TriG parser indexes past the end of a truncated file and
    # asserts on an unterminated string, so these mean "bad input" here too.
    IndexError,
    AssertionError,
    TypeError,
    UnicodeDecodeError,
)


def _format_for_save(path: Path, fmt: str | None) -> str:
    """Return the rdflib format for writing ``path`` (explicit ``fmt`` wins)."""
    if fmt is not None:
        if fmt.lower() not in FORMATS:
            known = ", ".join(sorted(FORMATS))
            raise GraphFileError(f"cannot write graph {path}: unknown format {fmt!r} ({known})")
        return FORMATS[fmt.lower()]
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        known = ", ".join(sorted(EXTENSIONS))
        raise GraphFileError(
            f"cannot write graph {path}: unknown extension {suffix or '(none)'!r}. "
            f"Hint: end the file name with one of {known}"
        )
    return EXTENSIONS[suffix]


def _flatten(kg: Dataset) -> Graph:
    """Return the union of every graph of ``kg`` as one plain graph."""
    flat = Graph()
    for prefix, namespace in kg.namespaces():
        flat.bind(prefix, namespace, override=True)
    for s, p, o, _ in kg.quads((None, None, None, None)):
        flat.add((s, p, o))
    return flat


def save_graph(kg: Dataset, path: Path, *, format: str | None = None) -> Path:
    """Write ``kg`` to ``path`` atomically.

    The format comes from ``format`` or the extension: ``.trig`` (TriG),
    ``.nq`` (N-Quads), ``.jsonld`` (JSON-LD) keep the named graphs; ``.ttl``
    (Turtle) and ``.nt`` write the union of all graphs as one default graph.

    Args:
        kg: The dataset to write.
        path: Target file; its directory must exist.
        format: A format name (trig, nquads, turtle, nt, json-ld, xml).

    Returns:
        The path written.

    Raises:
        GraphFileError: Unknown format, or the file cannot be written. The
            previous file, if any, is left intact.
    """
    path = Path(path)
    rdf_format = _format_for_save(path, format)
    source: Graph = _flatten(kg) if rdf_format in _TRIPLE_FORMATS else kg
    with atomic_file(path) as out:
        source.serialize(destination=out, format=rdf_format, encoding="utf-8")
    return path


def sniff_format(head: str) -> str:
    """Guess the RDF format of a file from its first characters.

    Args:
        head: The start of the file, decoded.

    Returns:
        An rdflib format name; TriG (a superset of Turtle) when unsure.
    """
    text = head.lstrip("\ufeff \t\r\n")
    if text.startswith(("{", "[")):
        return "json-ld"
    if text.startswith("<?xml") or text.startswith("<rdf:RDF"):
        return "xml"
    lines = [line.strip() for line in text.splitlines()[: _SNIFF_LINES * 5]]
    statements = [line for line in lines if line and not line.startswith("#")][:_SNIFF_LINES]
    # The last line may be cut off by the sniffing window: judge it only when alone.
    complete = statements[:-1] or statements
    if complete and all(_NQUAD_START.match(line) and line.endswith(".") for line in complete):
        return "nquads"
    return "trig"


def _read_head(path: Path) -> str:
    """Check that ``path`` is a readable, non-empty text file and return its start."""
    if not path.exists():
        raise GraphFileError(f"cannot read graph {path}: no such file")
    if path.is_dir():
        raise GraphFileError(
            f"cannot read graph {path}: it is a directory. Hint: pass the graph file inside it"
        )
    try:
        with path.open("rb") as src:
            raw = src.read(_SNIFF_BYTES)
    except OSError as exc:
        raise GraphFileError(f"cannot read graph {path}: {_os_reason(exc)}") from exc
    if not raw.strip():
        raise GraphFileError(f"cannot read graph {path}: the file is empty")
    if b"\x00" in raw:
        raise GraphFileError(f"cannot read graph {path}: binary content, not an RDF text file")
    return raw.decode("utf-8", errors="replace")


def _describe(exc: BaseException) -> str:
    """Return a one-line reason for a parser error, with its line when known."""
    if isinstance(exc, BadSyntax):
        why = str(getattr(exc, "_why", "") or "bad syntax")
        return f"bad syntax at line {exc.lines + 1}: {why}"
    if isinstance(exc, SAXParseException):
        return f"bad XML at line {exc.getLineNumber()}: {exc.getMessage()}"
    if isinstance(exc, IndexError):
        return "unexpected end of file (truncated?)"
    if isinstance(exc, AssertionError):
        return "unterminated string or statement (truncated?)"
    if isinstance(exc, UnicodeDecodeError):
        return f"not valid UTF-8 at byte {exc.start}"
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]


def _remote_contexts(node: object) -> list[str]:
    """Return the context references in a JSON-LD document that rdflib would fetch."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("@context", "@import"):
                refs = value if isinstance(value, list) else [value]
                found += [ref for ref in refs if isinstance(ref, str)]
            found += _remote_contexts(value)
    elif isinstance(node, list):
        for item in node:
            found += _remote_contexts(item)
    return found


def _parse(path: Path, rdf_format: str) -> Dataset:
    """Parse ``path`` into a new dataset (parser errors propagate).

    A JSON-LD file that points to a context by URL is refused rather than
    letting rdflib fetch it: reading a graph never touches the network.
    """
    kg = new_dataset()
    if rdf_format != "json-ld":
        kg.parse(path, format=rdf_format)
        return kg
    text = path.read_text(encoding="utf-8")
    remote = _remote_contexts(json.loads(text))
    if remote:
        raise ValueError(f"refers to a remote JSON-LD context {remote[0][:100]!r} (not fetched)")
    kg.parse(data=text, format="json-ld")
    return kg


def load_graph(path: Path) -> Dataset:
    """Read a graph file into a dataset whose default graph is the union of its graphs.

    The format comes from the extension and, when that is unknown or the
    parse fails, from the content.

    Args:
        path: A .trig, .nq, .ttl, .nt, .jsonld or .rdf file.

    Returns:
        The dataset (``default_union`` on, our prefixes bound).

    Raises:
        GraphFileError: The file is missing, a directory, empty, binary,
            truncated or not valid RDF.
    """
    path = Path(path)
    sniffed = sniff_format(_read_head(path))
    by_ext = EXTENSIONS.get(path.suffix.lower())
    # TriG reads Turtle too, and is the last resort for anything unrecognised.
    first = "trig" if by_ext in (None, "turtle") and sniffed == "trig" else (by_ext or sniffed)
    candidates = dict.fromkeys([first, sniffed, "trig"])
    error: BaseException | None = None
    for rdf_format in candidates:
        try:
            kg = _parse(path, rdf_format)
        except _PARSE_ERRORS as exc:
            error = error or exc
            continue
        if rdf_format != first:
            logger.warning("read %s as %s, not as its extension says", path, rdf_format)
        return kg
    reason = _describe(error) if error is not None else "not an RDF file"
    raise GraphFileError(f"cannot read graph {path}: {reason}") from error
