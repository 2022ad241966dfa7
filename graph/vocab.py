"""RDF namespaces and IRIs, mirroring ``ontology.ttl`` (a test keeps the two in sync)."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .errors import OntologyError


class _Namespace(Namespace):
    """A namespace whose ``ns.term`` attributes are made once and reused.

    rdflib's ``Namespace.__getattr__`` builds (and validates) a new ``URIRef`` on
    every access; the RDF writer reads ``NG.actor`` and friends for every event.
    """

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):  # keep pickling and copying working
            raise AttributeError(name)
        return _term(str(self), name)


@cache
def _term(namespace: str, name: str) -> URIRef:
    return URIRef(namespace + name)


BASE = "https://w3id.org/newsgraph/"
NG = _Namespace(BASE + "ontology#")
ACT = _Namespace(BASE + "action/")
ACTOR = _Namespace(BASE + "actor/")
EVENT = _Namespace(BASE + "event/")
DOC = _Namespace(BASE + "doc/")
GRAPH = _Namespace(BASE + "graph/")
PLACE = _Namespace(BASE + "place/")
SCHEMA = _Namespace("https://schema.org/")
SEM = _Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
GEO = _Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")  # W3C Basic Geo (WGS84) lat/long
# The named graph of the gazetteer's actor descriptions, shared by all documents.
# Outside graph:, so that no document id can name it.
ACTOR_GRAPH = NG.actorDescriptions

PREFIXES: dict[str, Namespace] = {
    "ng": NG,
    "act": ACT,
    "actor": ACTOR,
    "event": EVENT,
    "doc": DOC,
    "place": PLACE,
    "schema": SCHEMA,
    "sem": SEM,
    "geo": GEO,
    "prov": Namespace(str(PROV)),
    "skos": Namespace(str(SKOS)),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)),
    "xsd": Namespace(str(XSD)),
    "dcterms": Namespace(str(DCTERMS)),
}
# The prefixes every SPARQL query gets predeclared: ours plus ``graph:`` (document graphs).
NAMESPACES: dict[str, Namespace] = {**PREFIXES, "graph": GRAPH}

# Actor types (model.ACTOR_TYPES) -> ontology classes.
ACTOR_CLASSES = {
    "country": NG.Country,
    "government": NG.Government,
    "military": NG.Military,
    "armed-group": NG.ArmedGroup,
    "organisation": NG.Organisation,
    "person": NG.Person,
    "civilian": NG.CivilianGroup,
    "location": NG.Location,
    "other": NG.OtherActor,
}

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Return a lowercase ASCII slug ("Deir ez-Zor" -> "deir-ez-zor"); "" stays ""."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_SLUG.sub("-", ascii_text.lower()).strip("-")


def mint_iri(namespace: Namespace, *parts: object) -> str:
    """Return a deterministic, always-valid IRI in ``namespace`` for ``parts``.

    A single part that slugifies cleanly (an actor id such as ``"russia"``) is
    used as is; anything else is hashed, so arbitrary article text can never
    produce an invalid IRI.

    Args:
        namespace: The namespace the IRI lives in.
        *parts: Values identifying the resource.

    Returns:
        The IRI as a string.
    """
    if len(parts) == 1:
        slug = slugify(str(parts[0]))
        if slug and slug == str(parts[0]) and len(slug) <= 120:
            return str(namespace[slug])
    # JSON keeps the parts apart whatever they contain (a separator character could
    # make ("a", "b") and ("a<sep>b") collide).
    joined = json.dumps([str(p) for p in parts], ensure_ascii=True)
    digest = hashlib.sha256(joined.encode("ascii")).hexdigest()[:20]
    return str(namespace[digest])


def ontology_path() -> Path:
    """Return the path of the packaged ``ontology.ttl``."""
    return Path(str(resources.files("graph") / "data" / "ontology.ttl"))


@cache
def load_ontology(path: Path | None = None) -> Graph:
    """Parse the ontology (the packaged one by default), cached per path.

    Raises:
        OntologyError: The file is missing or is not valid Turtle.
    """
    src = path or ontology_path()
    try:
        return Graph().parse(src, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise OntologyError(f"cannot read ontology {src}: {exc}") from exc


def shorten_iri(value: str) -> str:
    """Return an IRI as a prefixed name ("event:ab12...") when one of our prefixes fits.

    Anything else (a literal's text, an IRI outside our namespaces) comes back unchanged.
    """
    for prefix, namespace in _BY_LENGTH:
        if value.startswith(namespace) and _LOCAL_NAME.fullmatch(value[len(namespace) :]):
            return f"{prefix}:{value[len(namespace) :]}"
    return value


# Longest namespace first, so that "actor:" wins over a shorter namespace it extends.
_BY_LENGTH = sorted(((p, str(ns)) for p, ns in NAMESPACES.items()), key=lambda item: -len(item[1]))
_LOCAL_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")
