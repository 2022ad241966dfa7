"""View: the actor network (data, offline HTML page with ``static/`` assets, exports)."""

from .render import (
    ACTION_COLORS,
    TYPE_COLORS,
    build_network,
    export_graph,
    render_html,
    snapshot_png,
)

__all__ = [
    "ACTION_COLORS",
    "TYPE_COLORS",
    "build_network",
    "export_graph",
    "render_html",
    "snapshot_png",
]
