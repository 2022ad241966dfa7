"""Old import path of the store functions the README documented; use :mod:`graph.store`."""

from .store import compact_if_grown, open_store

__all__ = ["compact_if_grown", "open_store"]
