"""The client side of a SPARQL 1.1 server: requests and SELECTs over HTTP.

:func:`sparql_select` runs a query over the SPARQL 1.1 Protocol (re-exported by
:mod:`graph.serve.server`); :func:`query_endpoint` runs a named query there as
:func:`graph.query.oxigraph.query_store` does on a store; :func:`send` sends one
request with errors that say what failed. Pushing lives in :mod:`graph.serve.push`.
Only the standard library talks HTTP.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping

from ..errors import GraphFileError, QueryError
from ..query.oxigraph import prepare_query


def send(request: urllib.request.Request, what: str, timeout: float) -> bytes:
    """Send a request; return the body or raise GraphFileError saying ``what`` failed."""
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return bytes(response.read())
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()
        reason = f"HTTP {exc.code} {detail[0] if detail else exc.reason}"
        raise GraphFileError(f"{what}: {reason}") from exc
    except OSError as exc:
        raise GraphFileError(f"{what}: {exc}. Hint: is the server running?") from exc


def sparql_select(query_url: str, sparql: str, *, timeout: float = 60.0) -> list[dict[str, str]]:
    """Run a SELECT over HTTP (SPARQL 1.1 Protocol, POST) and return plain-string rows.

    Returns:
        One dict per solution, variable -> value ("" when unbound).

    Raises:
        QueryError: The server refused the query or cannot be reached.
    """
    request = urllib.request.Request(  # noqa: S310  # the user's endpoint
        query_url,
        data=urllib.parse.urlencode({"query": sparql}).encode("utf-8"),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json",
        },
    )
    try:
        payload = json.loads(send(request, f"query failed at {query_url}", timeout))
        names = payload["head"]["vars"]
        return [
            {name: binding.get(name, {}).get("value", "") for name in names}
            for binding in payload["results"]["bindings"]
        ]
    except GraphFileError as exc:
        raise QueryError(str(exc)) from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        # A server stopping a query at its timeout may cut the answer off mid-stream.
        raise QueryError(
            f"query failed at {query_url}: the answer is cut off or not SPARQL JSON results "
            f"({exc}). Hint: the query may have run into the server's timeout"
        ) from exc


def query_endpoint(
    query_url: str,
    name_or_sparql: str,
    *,
    params: Mapping[str, str] | None = None,
    timeout: float = 60.0,
    limit: int | None = None,
) -> list[dict[str, str]]:
    """Run a named query (or SPARQL text) on a SPARQL server; return plain-string rows.

    The named query's name parameters are looked up on the server first (one or
    two small queries): sent as they are written, the named queries matching an
    actor or place by name made the server scan every event (18-31 s instead of
    1-7 s on a 1,600-document store, ``bench/serve_load.py``). ``limit`` goes
    into the query's LIMIT as in :func:`graph.query.run_query` (a named query's
    own LIMIT is its default: ``who-did-what`` gives 1,000 events; 0 gives
    every row), so the server never sends the rows left out.

    Raises:
        QueryError: Unknown query or parameter, or the server refused the query.
    """

    def select(sparql: str, bound: Mapping[str, str]) -> list[dict[str, str]]:
        return sparql_select(
            query_url, prepare_query(sparql, select, params=bound), timeout=timeout
        )

    text = prepare_query(name_or_sparql, select, params=params, limit=limit)
    return sparql_select(query_url, text, timeout=timeout)
