"""Old import path of the Dask build the README documented; use :mod:`graph.pipeline.distributed`.

``build_shards`` now takes a :class:`graph.BuildOptions` (``scheduler``, ``workers``,
``extractor``, ``actors``) as its second argument.
"""

from .pipeline.distributed import build_shards, load_shards

__all__ = ["build_shards", "load_shards"]
