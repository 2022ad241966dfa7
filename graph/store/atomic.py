"""Atomic file writes: a temporary file beside the target, renamed over it when complete.

Format-independent; :mod:`graph.store` writes graph and text files through it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import GraphFileError


def open_temp(path: Path) -> tuple[int, Path]:
    """Create a new temporary file next to ``path`` and return its descriptor and path.

    Unlike ``tempfile.mkstemp`` (always 0600) the file gets the mode an
    ordinary new file would get (0666 minus the umask), or the mode of the
    file it is about to replace.
    """
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise GraphFileError(f"cannot write graph {path}: {_os_reason(exc)}") from exc
    with contextlib.suppress(OSError):  # keeping the old mode is a courtesy, not a must
        os.chmod(fd, stat.S_IMODE(path.stat().st_mode))
    return fd, tmp


def save_text(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically, as :func:`~graph.store.save_graph` does.

    Raises:
        GraphFileError: The file cannot be written; the previous one is left intact.
    """
    with atomic_file(path, what="file") as out:
        out.write(text.encode("utf-8"))
    return path


@contextlib.contextmanager
def atomic_file(path: Path, *, what: str = "graph") -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path`` for writing; put it in place when all went well.

    The data is flushed to disk before the rename, so a crash leaves either the old
    file or the complete new one. On any error the temporary file is removed.

    Args:
        path: The file to write.
        what: What the file is, for the error message ("graph", "file").

    Yields:
        The temporary file, open for binary writing.

    Raises:
        GraphFileError: The file cannot be written; the previous one is left intact.
    """
    fd, tmp = open_temp(path)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise GraphFileError(f"cannot write {what} {path}: {_os_reason(exc)}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _os_reason(exc: OSError) -> str:
    """Return an OS error's reason in lowercase, without the repeated file name."""
    reason = exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]
