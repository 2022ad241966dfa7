"""Keep tables that are slow to build (the place index) in a per-user cache folder.

Building the GeoNames place index takes 1-2 s, which every ``newsgraph`` run
paid again; loading the pickled index takes about 0.15 s. The cache file's name
carries a hash of everything the table is built from (the code, the data files,
the versions of the packages that supply data), so a change to any of them
builds a new file and a stale one is never read.

The folder is ``$NEWSGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsgraph``, else
``~/.cache/newsgraph``; ``NEWSGRAPH_CACHE_DIR=""`` turns the cache off. Files are
pickles: only files this user's processes wrote are read, from this user's folder.
A file that cannot be read (truncated, from another Python) is rebuilt, and a
folder that cannot be written only costs the time saved.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from .._version import __version__

log = logging.getLogger(__name__)

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Return the cache folder, or None when caching is turned off."""
    configured = os.environ.get("NEWSGRAPH_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newsgraph"


def cached(name: str, sources: Iterable[bytes | str], build: Callable[[], T]) -> T:
    """Return the table ``build()`` makes, from the cache when it holds one for ``sources``.

    Args:
        name: The table's name (the file name's stem).
        sources: Everything the table is built from (code, data, versions); any
            change to them makes a new cache entry.
        build: Builds the table; its result must pickle.

    Returns:
        The table.
    """
    digest = hashlib.sha256(f"{__version__}\0{sys.version}".encode())
    for part in sources:
        digest.update(part.encode("utf-8") if isinstance(part, str) else part)
        digest.update(b"\0")
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{digest.hexdigest()[:24]}.pickle"
    try:
        with path.open("rb") as handle:
            table: T = pickle.load(handle)
        return table
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as exc:
        log.info("rebuilding cached %s (%s: %s)", name, path, exc)
    table = build()
    _write(path, table)
    return table


def _write(path: Path, table: object) -> None:
    """Write ``table`` to ``path`` atomically; a failure is logged, not raised."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(table, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            for stale in path.parent.glob(f"{path.name.rsplit('-', 1)[0]}-*.pickle"):
                if stale != path:  # built from older sources
                    stale.unlink(missing_ok=True)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as exc:
        log.info("cannot write cache %s: %s", path, exc)
