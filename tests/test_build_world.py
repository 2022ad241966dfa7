"""tools/build_world.py: the offline world outline compiled from a Natural Earth shapefile."""

from __future__ import annotations

import importlib.util
import json
import struct
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tool() -> Any:
    spec = importlib.util.spec_from_file_location("build_world", ROOT / "tools/build_world.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_world"] = module
    spec.loader.exec_module(module)
    return module


def polygon_record(number: int, rings: list[list[tuple[float, float]]]) -> bytes:
    """Return one ESRI shapefile polygon record (type 5)."""
    points = [pt for ring in rings for pt in ring]
    starts, at = [], 0
    for ring in rings:
        starts.append(at)
        at += len(ring)
    body = struct.pack("<i4d", 5, 0, 0, 0, 0) + struct.pack("<ii", len(rings), len(points))
    body += struct.pack(f"<{len(rings)}i", *starts)
    body += struct.pack(f"<{2 * len(points)}d", *(c for pt in points for c in pt))
    return struct.pack(">ii", number, len(body) // 2) + body


def write_shapefile_zip(path: Path, records: list[bytes]) -> Path:
    shp = struct.pack(">i", 9994) + bytes(96) + b"".join(records)
    inner = path.with_suffix(".inner.zip")
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("ne_10m_admin_0_countries_deu.shp", shp)
    with zipfile.ZipFile(path, "w") as wheel:  # a wheel holding the zip, like the real package
        wheel.write(inner, "pkg/ne_10m_admin_0_countries_deu.zip")
    return path


def test_outline_is_simplified_rounded_and_flipped(tool, tmp_path):
    # A square with a nearly straight edge (its middle point goes) and an islet too small to keep.
    square = [(30.0, 30.0), (40.0, 30.0), (40.0, 35.01), (40.0, 40.0), (30.0, 40.0), (30.0, 30.0)]
    islet = [(50.0, 10.0), (50.1, 10.0), (50.1, 10.1), (50.0, 10.0)]
    source = write_shapefile_zip(tmp_path / "ne.whl", [polygon_record(1, [square, islet])])
    out = tmp_path / "world.json"
    assert tool.main([str(source), "-o", str(out)]) == 0
    world = json.loads(out.read_text())
    assert world["path"] == "M30 -30L40 -30L40 -40L30 -40L30 -30Z"
    assert "Natural Earth" in world["notice"] and "public domain" in world["notice"]


def test_missing_shapefile_is_a_one_line_error(tool, tmp_path):
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("README.txt", "nothing here")
    with pytest.raises(SystemExit, match="no \\*admin_0_countries_deu.shp in"):
        tool.main([str(empty), "-o", str(tmp_path / "w.json")])


def test_packaged_outline_is_the_compiled_one():
    world = json.loads((ROOT / "graph/view/static/world.json").read_text())
    assert world["notice"].startswith("Country outlines: Natural Earth")
    assert 50_000 < len(world["path"]) < 400_000 and world["path"].count("M") > 100
