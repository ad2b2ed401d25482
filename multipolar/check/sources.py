"""Partner trade tables from the loaded datasets, as the checker needs them.

A *source* answers, for one reporter and one period (a year, or a month for monthly data): how much
the reporter exported to / imported from each partner, in USD, with the observation rows behind each
figure. Three sources are known:

* ``armstat-trade`` — Armenia's own statistics (monthly; imports by country of origin). A year counts
  only when all 12 months are loaded; annual figures are the sum of the months.
* ``comtrade`` — UN Comtrade, total trade only (indicators ``exports`` / ``imports``; commodity records
  such as ``imports:8703`` are *not* total trade and are never used for shares or ranks).
* ``cow-trade`` — Correlates of War v4.0, any state, 1870–2014. COW's dyadic table only has imports
  (``from_actor`` = importer), so a reporter's exports to P are P's imports from the reporter (mirror).
  World totals come from the state-year table (``total_exports`` / ``total_imports``).

When several sources have the same period, the reporter's national statistics decide first, then
Comtrade, then COW (:attr:`TradeSource.priority`); the others are reported beside the decision.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..store import Store

#: multiply a stored value by this to get USD
USD_SCALE = {"usd": 1.0, "usd_thousand": 1e3, "usd_million": 1e6, "usd_billion": 1e9}

FLOWS = ("exports", "imports")


@dataclass
class RowRef:
    """Observation rows behind one figure: one row for COW, the months of a year for Armstat."""

    dataset: str
    indicator: str
    from_actor: str | None
    to_actor: str | None
    period: str
    value: float  # in the stored unit
    unit: str
    source_file: str | None
    source_rows: list[int] = field(default_factory=list)
    n_rows: int = 0
    load_runs: list[int] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "dataset": self.dataset, "indicator": self.indicator, "from_actor": self.from_actor,
            "to_actor": self.to_actor, "period": self.period, "value": _round(self.value), "unit": self.unit,
            "source_file": self.source_file, "source_rows": self.source_rows, "n_rows": self.n_rows,
        }
        if self.source_file and self.source_rows and len(self.source_rows) <= 12:
            out["cite"] = f"{self.source_file}:" + ",".join(str(r) for r in self.source_rows)
        elif self.source_file:
            out["cite"] = f"{self.source_file} ({self.n_rows} rows: {self.indicator} {self.from_actor}→"\
                          f"{self.to_actor or '*'} {self.period})"
        return out


@dataclass
class Cell:
    """One partner's figure (USD) for one reporter, flow and period, with its rows."""

    partner: str
    usd: float
    rows: list[RowRef]

    def __add__(self, other: Cell) -> Cell:
        return Cell(self.partner, self.usd + other.usd, self.rows + other.rows)


def _round(x: float) -> float:
    return float(f"{x:.6g}") if abs(x) < 1e6 else round(x, 3)


def is_real_partner(code: str | None) -> bool:
    """Partners that can hold a rank: states, not "unknown" (XXX), "EU not specified" (EUU) or X-codes."""
    return bool(code) and len(code or "") == 3 and not (code or "").startswith("X") and code != "EUU"


@lru_cache(maxsize=1)
def _groups() -> dict[str, list[tuple[str, str, str | None]]]:
    try:
        text = resources.files("multipolar.resolve").joinpath("data/groups.json").read_text(encoding="utf-8")
        data = json.loads(text).get("memberships", {})
    except (OSError, ValueError, ModuleNotFoundError):  # pragma: no cover - packaging problem
        data = {}
    return {g: [(m[0], m[1] or "0000", m[2]) for m in members] for g, members in data.items()}


def expand(code: str, year: int | None) -> list[str]:
    """A group code (EU, EAEU, SCAUC…) as its members in ``year``; a state as itself."""
    if code == "SCAUC":
        return ["ARM", "AZE", "GEO"]
    members = _groups().get(code)
    if not members:
        return [code]
    out = []
    for iso, start, end in members:
        if year is None or (int(start[:4]) <= year and (end is None or int(end[:4]) >= year)):
            out.append(iso)
    if code == "EU":
        out.append("EUU")  # Armstat's "EU countries not specified"
    return out


def is_group(code: str | None) -> bool:
    return bool(code) and (code == "SCAUC" or code in _groups())


class TradeSource:
    """Partner trade of one reporter from one dataset."""

    dataset = ""
    label = ""
    priority = 9

    def __init__(self, store: Store):
        self.store = store
        self._cache: dict[tuple[Any, ...], Any] = {}

    def _memo(self, key: tuple[Any, ...], fn: Any) -> Any:
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    # -- to implement ------------------------------------------------------
    def periods(self, reporter: str) -> list[str]:
        """Periods (``YYYY`` complete years, and ``YYYY-MM`` for monthly data) with partner data."""
        raise NotImplementedError

    def _table(self, reporter: str, period: str, flow: str) -> dict[str, Cell]:
        raise NotImplementedError

    def _world(self, reporter: str, period: str, flow: str) -> Cell | None:
        return None

    # -- shared ------------------------------------------------------------
    def years(self, reporter: str) -> list[int]:
        return sorted({int(p) for p in self.periods(reporter) if len(p) == 4})

    def table(self, reporter: str, period: str, flow: str) -> dict[str, Cell]:
        """Partner → cell for ``flow`` in ``exports``, ``imports`` or ``trade`` (exports + imports)."""
        if flow == "trade":
            def both() -> dict[str, Cell]:
                ex, im = self.table(reporter, period, "exports"), self.table(reporter, period, "imports")
                out = dict(ex)
                for p, c in im.items():
                    out[p] = out[p] + c if p in out else c
                return out
            return self._memo(("table", reporter, period, flow), both)  # type: ignore[no-any-return]
        return self._memo(("table", reporter, period, flow),  # type: ignore[no-any-return]
                          lambda: self._table(reporter, period, flow))

    def world(self, reporter: str, period: str, flow: str) -> tuple[Cell | None, str]:
        """The reporter's total with the world, and how it was obtained."""
        if flow == "trade":
            ex, how = self.world(reporter, period, "exports")
            im, _ = self.world(reporter, period, "imports")
            return (ex + im if ex and im else None), how
        cell = self._memo(("world", reporter, period, flow), lambda: self._world(reporter, period, flow))
        if cell is not None:
            return cell, "reported total"
        table = self.table(reporter, period, flow)
        if not table:
            return None, ""
        total = Cell("*", sum(c.usd for c in table.values()), [])
        total.rows = [_sum_ref(self.dataset, flow, reporter, period, table.values())]
        return total, "sum over all partners"

    def commodity_only(self, reporter: str) -> list[str]:
        """Commodity-level indicators held for ``reporter`` (not total trade), e.g. ``imports:8703``."""
        return []


def _sum_ref(dataset: str, flow: str, reporter: str, period: str, cells: Iterable[Cell]) -> RowRef:
    rows = [r for c in cells for r in c.rows]
    files = {r.source_file for r in rows}
    return RowRef(dataset, f"{flow} (all partners)", reporter, None, period, sum(r.value for r in rows),
                  rows[0].unit if rows else "", ", ".join(sorted(f for f in files if f)), [],
                  sum(r.n_rows for r in rows), sorted({x for r in rows for x in r.load_runs}))


class CowSource(TradeSource):
    dataset = "cow-trade"
    label = "COW Trade v4.0"
    priority = 2

    def periods(self, reporter: str) -> list[str]:
        def q() -> list[str]:
            rows = self.store.query(
                "SELECT DISTINCT year FROM observations WHERE dataset = ? AND indicator = 'imports' "
                "AND (from_actor = ? OR to_actor = ?) ORDER BY year", [self.dataset, reporter, reporter])
            return [str(r["year"]) for r in rows if r["year"] is not None]
        return self._memo(("periods", reporter), q)  # type: ignore[no-any-return]

    def _table(self, reporter: str, period: str, flow: str) -> dict[str, Cell]:
        if len(period) != 4:
            return {}
        # imports of the reporter: its own rows; exports: the partners' imports from it (mirror)
        me, other = ("from_actor", "to_actor") if flow == "imports" else ("to_actor", "from_actor")
        rows = self.store.query(
            f"SELECT {other} AS partner, from_actor, to_actor, value, unit, source_file, source_row, load_run "
            f"FROM observations WHERE dataset = ? AND indicator = 'imports' AND {me} = ? AND year = ? "
            f"AND {other} IS NOT NULL", [self.dataset, reporter, int(period)])
        out: dict[str, Cell] = {}
        for r in rows:
            ref = RowRef(self.dataset, "imports", r["from_actor"], r["to_actor"], period, float(r["value"]),
                         r["unit"], r["source_file"], [int(r["source_row"])] if r["source_row"] is not None else [],
                         1, [int(r["load_run"])])
            cell = Cell(r["partner"], float(r["value"]) * USD_SCALE.get(r["unit"], 1.0), [ref])
            out[r["partner"]] = out[r["partner"]] + cell if r["partner"] in out else cell
        return out

    def _world(self, reporter: str, period: str, flow: str) -> Cell | None:
        if len(period) != 4:
            return None
        rows = self.store.query(
            "SELECT indicator, value, unit, source_file, source_row, load_run FROM observations WHERE dataset = ? "
            "AND indicator = ? AND from_actor = ? AND year = ?", [self.dataset, f"total_{flow}", reporter, int(period)])
        if not rows:
            return None
        r = rows[0]
        ref = RowRef(self.dataset, r["indicator"], reporter, None, period, float(r["value"]), r["unit"],
                     r["source_file"], [int(r["source_row"])] if r["source_row"] is not None else [], 1,
                     [int(r["load_run"])])
        return Cell("*", float(r["value"]) * USD_SCALE.get(r["unit"], 1.0), [ref])


class ReporterSource(TradeSource):
    """A dataset of one or more reporters' own trade by partner (from_actor = reporter), monthly or annual."""

    exports = "exports"
    imports = "imports"

    def _indicator(self, flow: str) -> str:
        return self.exports if flow == "exports" else self.imports

    def periods(self, reporter: str) -> list[str]:
        def q() -> list[str]:
            rows = self.store.query(
                "SELECT year, month FROM observations WHERE dataset = ? AND indicator IN (?, ?) AND from_actor = ? "
                "GROUP BY year, month", [self.dataset, self.exports, self.imports, reporter])
            months: dict[int, set[int]] = {}
            annual: set[int] = set()
            for r in rows:
                if r["year"] is None:
                    continue
                if r["month"] is None:
                    annual.add(int(r["year"]))
                else:
                    months.setdefault(int(r["year"]), set()).add(int(r["month"]))
            out = {str(y) for y in annual} | {str(y) for y, ms in months.items() if len(ms) == 12}
            out |= {f"{y:04d}-{m:02d}" for y, ms in months.items() for m in ms}
            return sorted(out)
        return self._memo(("periods", reporter), q)  # type: ignore[no-any-return]

    def _table(self, reporter: str, period: str, flow: str) -> dict[str, Cell]:
        if period not in self.periods(reporter):
            return {}
        year = int(period[:4])
        if len(period) == 7:
            cond, params = "month = ?", [int(period[5:])]
        elif self.store.scalar("SELECT count(*) FROM observations WHERE dataset = ? AND from_actor = ? AND year = ? "
                               "AND month IS NULL AND indicator IN (?, ?)",
                               [self.dataset, reporter, year, self.exports, self.imports]):
            cond, params = "month IS NULL", []
        else:
            cond, params = "month IS NOT NULL", []
        rows = self.store.query(
            "SELECT to_actor AS partner, sum(value) AS value, any_value(unit) AS unit, any_value(source_file) AS file, "
            "list(source_row ORDER BY source_row) AS srows, count(*) AS n, list(DISTINCT load_run) AS runs "
            f"FROM observations WHERE dataset = ? AND indicator = ? AND from_actor = ? AND year = ? AND {cond} "
            "AND to_actor IS NOT NULL GROUP BY to_actor",
            [self.dataset, self._indicator(flow), reporter, year, *params])
        out: dict[str, Cell] = {}
        for r in rows:
            ref = RowRef(self.dataset, self._indicator(flow), reporter, r["partner"], period, float(r["value"]),
                         r["unit"], r["file"], [int(x) for x in r["srows"] if x is not None], int(r["n"]),
                         sorted(int(x) for x in r["runs"]))
            out[r["partner"]] = Cell(r["partner"], float(r["value"]) * USD_SCALE.get(r["unit"], 1.0), [ref])
        return out

    def commodity_only(self, reporter: str) -> list[str]:
        rows = self.store.query(
            "SELECT DISTINCT indicator, min(period) AS first, max(period) AS last FROM observations "
            "WHERE dataset = ? AND from_actor = ? AND indicator LIKE '%:%' GROUP BY indicator ORDER BY indicator",
            [self.dataset, reporter])
        return [f"{r['indicator']} {r['first']}..{r['last']}" for r in rows]


class ArmstatSource(ReporterSource):
    dataset = "armstat-trade"
    label = "Armstat"
    priority = 0


class ComtradeSource(ReporterSource):
    dataset = "comtrade"
    label = "UN Comtrade"
    priority = 1


SOURCE_CLASSES: tuple[type[TradeSource], ...] = (ArmstatSource, ComtradeSource, CowSource)


def loaded_sources(store: Store) -> list[TradeSource]:
    """The trade sources whose dataset has observations in ``store``, in priority order."""
    names = {r["dataset"] for r in store.query(
        "SELECT DISTINCT dataset FROM load_runs WHERE kind = 'load' AND status = 'ok'")}
    return sorted((cls(store) for cls in SOURCE_CLASSES if cls.dataset in names), key=lambda s: s.priority)


def citations(store: Store) -> dict[str, str]:
    """Dataset name → citation line (from the ``datasets`` table)."""
    out = {}
    for r in store.query("SELECT name, version, citation, url FROM datasets"):
        text = r["citation"] or r["name"]
        if r["version"]:
            text += f" [version: {r['version']}]"
        if r["url"]:
            text += f" {r['url']}"
        out[r["name"]] = text
    return out
