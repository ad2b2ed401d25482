"""The store is a boundary: nothing outside ``multipolar/store`` touches its connection or writes SQL
against its tables. Read from the source (no ``../shared`` needed)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from multipolar.store import Store

PACKAGE = Path(__file__).resolve().parent.parent / "multipolar"
OUTSIDE = sorted(p for p in PACKAGE.rglob("*.py") if "store" not in p.relative_to(PACKAGE).parts[:1])
#: a loader reads its source files and its own staging tables through the load session the store hands it
#: (and ``pa.scalar`` is Arrow's)
NOT_THE_STORE = {"ctx", "session", "pa"}


def _violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "duckdb" for a in node.names):
            found.append(f"{where} imports duckdb")
        elif isinstance(node, ast.ImportFrom) and not node.level and (node.module or "").split(".")[0] == "duckdb":
            found.append(f"{where} imports from duckdb")
        elif isinstance(node, ast.Attribute) and node.attr in {"con", "_con", "__new__", "transaction",
                                                                "new_run", "finish_run"}:
            found.append(f"{where} uses .{node.attr}")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in {"query", "scalar", "execute", "sql"} and node.args
              and isinstance(node.args[0], ast.Constant | ast.JoinedStr)
              and not (isinstance(node.func.value, ast.Name) and node.func.value.id in NOT_THE_STORE)):
            found.append(f"{where} runs SQL through .{node.func.attr}(...)")
    return found


def test_there_is_code_outside_the_store_to_check() -> None:
    assert len(OUTSIDE) > 50


@pytest.mark.parametrize("path", OUTSIDE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_outside_the_store_does_not_touch_the_connection(path: Path) -> None:
    assert _violations(path) == []


def test_the_connection_is_private(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        assert not hasattr(store, "con")
        assert store.counts()["documents"] == 0
        twin = store.cursor()
        assert twin.counts() == store.counts() and twin.path == store.path


def test_the_detector_sees_a_leak(tmp_path: Path) -> None:
    leak = tmp_path / "leak.py"
    leak.write_text("import duckdb\n\ndef f(store):\n    store.con.execute('x')\n"
                    "    return store.query('SELECT 1 FROM events')\n", encoding="utf-8")
    moved = PACKAGE.parent / "leak_probe.py"
    try:
        moved.write_text(leak.read_text(encoding="utf-8"), encoding="utf-8")
        found = _violations(moved)
    finally:
        moved.unlink()
    assert sorted(f.split(" ", 1)[1] for f in found) == [
        "imports duckdb", "runs SQL through .execute(...)", "runs SQL through .query(...)", "uses .con"]
