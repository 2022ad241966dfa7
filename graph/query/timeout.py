"""A query given up after a timeout: neither rdflib nor Oxigraph can be interrupted."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from ..errors import QueryError

__all__ = ["with_timeout"]

_T = TypeVar("_T")


def with_timeout(run: Callable[[], _T], timeout: float | None, label: str) -> _T:
    """Call ``run``; give up with QueryError after ``timeout`` seconds.

    Neither rdflib nor Oxigraph can be interrupted, so the query runs in a
    daemon thread that is left to finish on its own when the caller stops waiting.
    """
    if timeout is None:
        return run()
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["rows"] = run()
        except BaseException as exc:  # re-raised in the caller's thread below
            outcome["error"] = exc

    worker = threading.Thread(target=work, name=f"query {label}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryError(
            f"query {label} timed out after {timeout:g} s. "
            "Hint: narrow it (a LIMIT, a more specific pattern) or allow more time"
        )
    if "error" in outcome:
        raise outcome["error"]
    result: _T = outcome["rows"]
    return result
