"""Command-line interface: click commands over the library."""

from .main import cli, format_rows, main

__all__ = ["cli", "format_rows", "main"]
