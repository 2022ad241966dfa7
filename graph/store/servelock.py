"""Writers and a server never share a store: a lock both sides honour (issue 17).

A read-only ``oxigraph`` server reads the store's files as they were when it
opened them; a writer (``build --store``, ``remove``) that changes them under it
made it answer stale data, then IO errors inside HTTP 200, then grow without
bound. So a server holds a shared ``flock`` on ``<store>/newsgraph-serve.lock``
for as long as it serves, and a writer that finds that lock held refuses to
write. The order closes the race: a writer opens the store (RocksDB's own
writer lock) *before* it checks the serve lock, and a server takes the serve
lock *before* it checks, by opening the store for writing a moment, that no
writer has it.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO, NoReturn

import pyoxigraph as ox

from ..errors import GraphFileError

__all__ = ["LOCK_NAME", "ServeLock", "check_not_served"]

LOCK_NAME = "newsgraph-serve.lock"


def _holder(path: Path) -> str:
    try:
        pid = path.read_text(encoding="ascii").split()
    except OSError:
        pid = []
    return f" (pid {pid[-1]})" if pid else ""


def check_not_served(store_dir: Path) -> None:
    """Raise GraphFileError when a server holds the store (writers call this).

    Raises:
        GraphFileError: ``newsgraph serve`` is serving the store.
    """
    path = store_dir / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise GraphFileError(
            f"cannot write store {store_dir}: newsgraph serve is serving it{_holder(path)}. "
            "Hint: stop the server, write, then serve again"
        ) from None
    finally:
        os.close(fd)  # also releases the lock if we got it


class ServeLock:
    """The lock a server holds on a store directory while it serves it.

    Read-only servers share it. A read-write server holds it alone: it writes
    the store, so it must no more start under a read-only server than ``build``
    may (and a read-only server must not start under it).

    Args:
        store_dir: The store served.
        exclusive: Hold the lock alone (a read-write server).
    """

    def __init__(self, store_dir: Path, *, exclusive: bool = False) -> None:
        self.store_dir = store_dir
        self.exclusive = exclusive
        self._file: IO[str] | None = None

    def acquire(self) -> ServeLock:
        """Take the lock, then make sure no writer has the store open.

        Raises:
            GraphFileError: Another server holds the lock in a way this one may not
                share, or a writer (``build``, ``remove``) has the store open.
        """
        path = self.store_dir / LOCK_NAME
        self._file = open(path, "a+", encoding="ascii")  # noqa: SIM115
        try:  # the first server (re)writes the file; later ones add their pid
            fcntl.flock(self._file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self._file.truncate(0)
        except BlockingIOError:
            if self.exclusive:
                self._refuse("newsgraph serve is serving it" + _holder(path))
        try:
            if not self.exclusive:
                fcntl.flock(self._file, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            self._refuse("a read-write newsgraph serve is serving it" + _holder(path))
        self._file.write(f"{os.getpid()}\n")
        self._file.flush()
        try:
            probe = ox.Store(str(self.store_dir))
        except OSError as exc:
            self.release()
            raise GraphFileError(
                f"cannot serve {self.store_dir}: another process is writing it ({exc}). "
                "Hint: wait for the build or removal to finish"
            ) from exc
        del probe
        return self

    def _refuse(self, why: str) -> NoReturn:
        self.release()
        mode = "read-write" if self.exclusive else "read-only"
        raise GraphFileError(
            f"cannot serve {self.store_dir} {mode}: {why}. "
            "Hint: a read-write server serves a store alone; stop the other server first"
        )

    def release(self) -> None:
        """Release the lock; safe to call twice."""
        if self._file is not None:
            self._file.close()
            self._file = None
