from collections.abc import Callable

from graph.normalize.diskcache import cache_dir, cached

Table = dict[str, tuple[float, float]]


def _builder(calls: list[int]) -> Callable[[], Table]:
    def build() -> Table:
        calls.append(1)
        return {"raqqa": (35.95, 39.01)}

    return build


def test_second_call_reads_the_file_instead_of_building(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path))
    calls: list[int] = []
    first = cached("table", ["v1"], _builder(calls))
    second = cached("table", ["v1"], _builder(calls))
    assert first == second == {"raqqa": (35.95, 39.01)}
    assert len(calls) == 1
    assert len(list(tmp_path.glob("table-*.pickle"))) == 1


def test_changed_sources_rebuild_and_replace_the_old_file(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path))
    calls: list[int] = []
    cached("table", ["v1"], _builder(calls))
    old = list(tmp_path.glob("table-*.pickle"))
    cached("table", [b"v2"], _builder(calls))
    assert len(calls) == 2
    files = list(tmp_path.glob("table-*.pickle"))
    assert len(files) == 1 and files != old
    assert not list(tmp_path.glob("*.tmp"))


def test_a_corrupt_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path))
    calls: list[int] = []
    cached("table", ["v1"], _builder(calls))
    (path,) = tmp_path.glob("table-*.pickle")
    path.write_bytes(path.read_bytes()[:10])  # truncated
    assert cached("table", ["v1"], _builder(calls)) == {"raqqa": (35.95, 39.01)}
    assert len(calls) == 2


def test_an_unwritable_folder_still_gives_the_table(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(blocker / "cache"))
    calls: list[int] = []
    assert cached("table", ["v1"], _builder(calls)) == {"raqqa": (35.95, 39.01)}
    assert cached("table", ["v1"], _builder(calls)) == {"raqqa": (35.95, 39.01)}
    assert len(calls) == 2


def test_an_empty_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", "")
    assert cache_dir() is None
    calls: list[int] = []
    cached("table", ["v1"], _builder(calls))
    cached("table", ["v1"], _builder(calls))
    assert len(calls) == 2


def test_default_folder_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "newsgraph"
