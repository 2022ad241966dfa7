"""View: the actor network (data, offline HTML page with ``static/`` assets, exports)."""

from .render import (
    ViewMeta,
    build_network,
    export_graph,
    render_html,
    snapshot_png,
)

__all__ = [
    "ViewMeta",
    "build_network",
    "export_graph",
    "render_html",
    "snapshot_png",
]
