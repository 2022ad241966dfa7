"""Document bytes -> text: UTF-8 or a byte-order mark, binary data refused."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import TextIO

from ..errors import SeedError

__all__ = ["decode_bytes", "read_bytes", "read_lines"]

_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "gzip-compressed data",
    b"PK\x03\x04": "a ZIP archive",
}


def read_bytes(path: Path) -> bytes:
    """Return a file's bytes.

    Raises:
        SeedError: The path is a folder or cannot be read.
    """
    try:
        return path.read_bytes()
    except IsADirectoryError as exc:
        raise SeedError(f"cannot read {path}: it is a folder, not a file") from exc
    except OSError as exc:
        raise SeedError(f"cannot read {path}: {exc.strerror or exc}") from exc


def decode_bytes(data: bytes, path: Path | str) -> str:
    """Decode a document's bytes (UTF-8, or UTF-16/UTF-8 with a byte-order mark).

    Raises:
        SeedError: The bytes are binary data or not valid UTF-8.
    """
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise SeedError(
                    f"cannot read {path}: not valid {codec.upper()}: {exc.reason}"
                ) from exc
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise SeedError(f"cannot read {path}: it is {what}, not text")
    if b"\x00" in data[:8192]:
        raise SeedError(f"cannot read {path}: it is binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SeedError(
            f"cannot read {path}: not valid UTF-8 at byte {exc.start}. Hint: re-save as UTF-8."
        ) from exc


def read_lines(path: Path | str) -> TextIO:
    """Return a text file (decoded as documents are) or, for ``"-"``, standard input.

    Raises:
        SeedError: The file cannot be read or decoded.
    """
    if str(path) == "-":
        return sys.stdin
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SeedError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return io.StringIO(decode_bytes(data, path))
