"""Partner trade tables from the loaded datasets, as the checker needs them.

A *source* answers, for one reporter and one period (a year, or a month for monthly data): how much
the reporter exported to / imported from each partner, in USD, with the observation rows behind each
figure. Values stay in the stored unit in the rows (``usd_thousand``, ``usd_million``…); they are
converted to USD (:data:`USD_SCALE`) only to compare them. The sources, in the order in which they
decide a reporter's figures (:attr:`TradeSource.priority`):

0. national statistics, the reporter's own count:
   ``armstat-trade`` — Armenia (monthly; imports by country of origin; a year counts only when all 12
   months are loaded; annual figures are the sum of the months);
   ``geostat-exports`` — Georgia, **exports only** (no imports, so no total trade: trade shares and
   growth of Georgia never come from it); its world total is its total row where the file has one,
   else the sum over partners.
1. ``comtrade`` — UN Comtrade, total trade only (indicators ``exports`` / ``imports``; commodity records
   such as ``imports:8703`` are *not* total trade and are never used for shares or ranks).
2. ``imf-dots``, the reporter's own report to the IMF (Direction of Trade Statistics: ``exports`` FOB
   and ``imports`` CIF with from_actor = the reporter; ``total_exports`` / ``total_imports`` its world
   row).
3. ``imf-dots``, the partners' mirror reports: what every *other* state reports about its trade with
   the reporter (the reporter's exports to P = P's reported imports from it; its imports from P = P's
   reported exports to it). Mirror reports have no world total: a share of the reporter's whole
   exports or imports from mirror figures takes its denominator from the first source above that has
   the reporter's total, and says so (:meth:`TradeSource.share_total`).
4. ``cow-trade`` — Correlates of War v4.0, any state, 1870–2014. COW's dyadic table only has imports
   (``from_actor`` = importer), so a reporter's exports to P are P's imports from the reporter (mirror).
   World totals come from the state-year table (``total_exports`` / ``total_imports``).

The two sides of one flow often disagree (China's reported exports to Armenia in 2019 are less than a
third of Armenia's reported imports from China), so every figure says whose report it is
(:meth:`TradeSource.reported_by`), and the checker shows the other side beside the one that decides.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..store import Store
from ..store import observations as obs

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
    estimate: bool = False  # the publisher marks (one of) the values as an estimate (IMF DOTS " e")

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "dataset": self.dataset, "indicator": self.indicator, "from_actor": self.from_actor,
            "to_actor": self.to_actor, "period": self.period, "value": _round(self.value), "unit": self.unit,
            "source_file": self.source_file, "source_rows": self.source_rows, "n_rows": self.n_rows,
        }
        if self.estimate:
            out["estimate"] = True
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
    #: the flows this source holds for a reporter (``trade`` needs both)
    flows: tuple[str, ...] = FLOWS
    #: ``reporter``: the reporter's own figures; ``partner``: its partners' reports (mirror figures);
    #: ``mixed``: a compiled table (COW: imports as the importer reports them, exports mirrored)
    side = "reporter"
    #: why this source decides when it does (named in the verdict's reason)
    why = ""

    def __init__(self, store: Store):
        self.store = store
        self._cache: dict[tuple[Any, ...], Any] = {}
        #: sources that may lend a world total to a share computed here (set by :func:`loaded_sources`)
        self.total_sources: list[TradeSource] = []

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
    def holds(self, flow: str) -> bool:
        """Whether this source has ``flow`` (``trade`` = exports and imports) for its reporters."""
        return all(f in self.flows for f in (FLOWS if flow == "trade" else (flow,)))

    def reported_by(self, reporter: str, partners: Iterable[str]) -> list[str]:
        """Whose reports a figure of ``reporter``'s trade with ``partners`` comes from."""
        if self.side == "partner":
            return sorted(set(partners))
        if self.side == "reporter":
            return [reporter]
        return []

    def years(self, reporter: str) -> list[int]:
        return sorted({int(p) for p in self.periods(reporter) if len(p) == 4})

    def table(self, reporter: str, period: str, flow: str) -> dict[str, Cell]:
        """Partner → cell for ``flow`` in ``exports``, ``imports`` or ``trade`` (exports + imports).

        Empty when this source does not hold the flow (Geostat has no imports, so no trade either)."""
        if not self.holds(flow):
            return {}
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
        if not self.holds(flow):
            return None, ""
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

    def share_total(self, reporter: str, period: str, flow: str) -> tuple[Cell | None, str]:
        """The denominator of a share of the reporter's whole ``flow``: its world total (see :meth:`world`)."""
        return self.world(reporter, period, flow)

    def commodity_only(self, reporter: str) -> list[str]:
        """Commodity-level indicators held for ``reporter`` (not total trade), e.g. ``imports:8703``."""
        return []


def _ref(dataset: str, r: obs.ObservationRow, period: str, *, estimate: bool = True) -> RowRef:
    """The reference of one observation row (``estimate``: carry the publisher's estimate mark)."""
    return RowRef(dataset, r.indicator, r.from_actor, r.to_actor, period, r.value, r.unit, r.source_file,
                  [r.source_row] if r.source_row is not None else [], 1, [r.load_run], estimate and r.estimate)


def _world_cell(dataset: str, r: obs.ObservationRow, period: str, *, estimate: bool = True) -> Cell:
    """A reporter's world total from its total row."""
    ref = RowRef(dataset, r.indicator, r.from_actor, None, period, r.value, r.unit, r.source_file,
                 [r.source_row] if r.source_row is not None else [], 1, [r.load_run], estimate and r.estimate)
    return Cell("*", r.value * USD_SCALE.get(r.unit, 1.0), [ref])


def _sum_ref(dataset: str, flow: str, reporter: str, period: str, cells: Iterable[Cell]) -> RowRef:
    rows = [r for c in cells for r in c.rows]
    files = {r.source_file for r in rows}
    return RowRef(dataset, f"{flow} (all partners)", reporter, None, period, sum(r.value for r in rows),
                  rows[0].unit if rows else "", ", ".join(sorted(f for f in files if f)), [],
                  sum(r.n_rows for r in rows), sorted({x for r in rows for x in r.load_runs}))


class CowSource(TradeSource):
    dataset = "cow-trade"
    label = "COW Trade v4.0"
    priority = 4
    side = "mixed"
    why = "COW comes last: no source with the reporter's own or its partners' reported figures has this period"

    def periods(self, reporter: str) -> list[str]:
        return self._memo(("periods", reporter),  # type: ignore[no-any-return]
                          lambda: [str(y) for y in obs.dyadic_import_years(self.store, self.dataset, reporter)])

    def _table(self, reporter: str, period: str, flow: str) -> dict[str, Cell]:
        if len(period) != 4:
            return {}
        # imports of the reporter: its own rows; exports: the partners' imports from it (mirror)
        importer = flow == "imports"
        out: dict[str, Cell] = {}
        for r in obs.dyadic_imports(self.store, self.dataset, reporter, int(period), as_importer=importer):
            partner = str(r.to_actor if importer else r.from_actor)
            cell = Cell(partner, r.value * USD_SCALE.get(r.unit, 1.0), [_ref(self.dataset, r, period, estimate=False)])
            out[partner] = out[partner] + cell if partner in out else cell
        return out

    def _world(self, reporter: str, period: str, flow: str) -> Cell | None:
        if len(period) != 4:
            return None
        rows = obs.total_rows(self.store, self.dataset, f"total_{flow}", reporter, int(period))
        return _world_cell(self.dataset, rows[0], period, estimate=False) if rows else None


class ReporterSource(TradeSource):
    """A dataset of one or more reporters' own trade by partner (from_actor = reporter), monthly or annual."""

    exports: str | None = "exports"
    imports: str | None = "imports"

    def _indicator(self, flow: str) -> str | None:
        return self.exports if flow == "exports" else self.imports

    def periods(self, reporter: str) -> list[str]:
        def q() -> list[str]:
            months: dict[int, set[int]] = {}
            annual: set[int] = set()
            for year, month in obs.reporter_months(self.store, self.dataset, (self.exports, self.imports), reporter):
                if month is None:
                    annual.add(year)
                else:
                    months.setdefault(year, set()).add(month)
            out = {str(y) for y in annual} | {str(y) for y, ms in months.items() if len(ms) == 12}
            out |= {f"{y:04d}-{m:02d}" for y, ms in months.items() for m in ms}
            return sorted(out)
        return self._memo(("periods", reporter), q)  # type: ignore[no-any-return]

    def _table(self, reporter: str, period: str, flow: str) -> dict[str, Cell]:
        if period not in self.periods(reporter):
            return {}
        year = int(period[:4])
        month = int(period[5:]) if len(period) == 7 else None
        monthly = month is None and not obs.has_annual_rows(self.store, self.dataset, reporter, year,
                                                             (self.exports, self.imports))
        indicator = self._indicator(flow)
        if indicator is None:
            return {}
        out: dict[str, Cell] = {}
        for t in obs.partner_totals(self.store, self.dataset, indicator, reporter, year, month=month, monthly=monthly):
            ref = RowRef(self.dataset, indicator, reporter, t.partner, period, t.value, t.unit, t.source_file,
                         t.source_rows, t.n_rows, t.load_runs, t.estimate)
            out[t.partner] = Cell(t.partner, t.value * USD_SCALE.get(t.unit, 1.0), [ref])
        return out

    def _world(self, reporter: str, period: str, flow: str) -> Cell | None:
        """The reporter's own world row (``total_exports`` / ``total_imports``, to_actor NULL), if loaded."""
        if len(period) != 4:
            return None
        row = obs.world_row(self.store, self.dataset, f"total_{flow}", reporter, int(period))
        return _world_cell(self.dataset, row, period) if row else None

    def commodity_only(self, reporter: str) -> list[str]:
        return [f"{indicator} {first}..{last}"
                for indicator, first, last in obs.commodity_ranges(self.store, self.dataset, reporter)]


class ArmstatSource(ReporterSource):
    dataset = "armstat-trade"
    label = "Armstat"
    priority = 0
    why = "national statistics come first"


class GeostatSource(ReporterSource):
    """Georgia's exports by destination (Geostat), thousand USD. No imports: no trade totals either."""

    dataset = "geostat-exports"
    label = "Geostat"
    priority = 0
    flows = ("exports",)
    imports = None
    why = "national statistics come first"


class ComtradeSource(ReporterSource):
    dataset = "comtrade"
    label = "UN Comtrade"
    priority = 1
    why = "the reporter's own report to UN Comtrade comes before IMF DOTS and COW"


class DotsSource(ReporterSource):
    """IMF DOTS as the reporter reports its own trade (its workbook's export and import sheets)."""

    dataset = "imf-dots"
    label = "IMF DOTS, reporter's own report"
    priority = 2
    why = "a reporter's own figures come before its partners' mirror reports and COW"


class DotsMirrorSource(TradeSource):
    """IMF DOTS as the reporter's partners report the same flows (mirror figures); no world totals."""

    dataset = "imf-dots"
    label = "IMF DOTS, partners' mirror reports"
    priority = 3
    side = "partner"
    why = ("no source with the reporter's own figures has this period, and its partners' mirror reports come "
           "before COW")

    def periods(self, reporter: str) -> list[str]:
        return self._memo(("periods", reporter),  # type: ignore[no-any-return]
                          lambda: [str(y) for y in obs.mirror_years(self.store, self.dataset, reporter)])

    def _table(self, reporter: str, period: str, flow: str) -> dict[str, Cell]:
        if len(period) != 4:
            return {}
        # the reporter's exports to P = P's imports from it; its imports from P = P's exports to it
        indicator = "imports" if flow == "exports" else "exports"
        out: dict[str, Cell] = {}
        for r in obs.mirror_rows(self.store, self.dataset, indicator, reporter, int(period)):
            partner = str(r.from_actor)
            cell = Cell(partner, r.value * USD_SCALE.get(r.unit, 1.0), [_ref(self.dataset, r, period)])
            out[partner] = out[partner] + cell if partner in out else cell
        return out

    def world(self, reporter: str, period: str, flow: str) -> tuple[Cell | None, str]:
        """Mirror reports have no world total (a sum of what the partners report is not one: states that do
        not report are missing, and each partner counts the flow its own way)."""
        return None, ""

    def share_total(self, reporter: str, period: str, flow: str) -> tuple[Cell | None, str]:
        """The reporter's total from the first source that has it, named: mirror reports have none."""
        for src in self.total_sources:
            cell, how = src.world(reporter, period, flow)
            if cell is not None:
                return cell, (f"total from {src.label} ({how}), as mirror reports have no world total")
        return None, ""


SOURCE_CLASSES: tuple[type[TradeSource], ...] = (ArmstatSource, GeostatSource, ComtradeSource, DotsSource,
                                                 DotsMirrorSource, CowSource)


def loaded_sources(store: Store) -> list[TradeSource]:
    """The trade sources whose dataset has observations in ``store``, in priority order."""
    names = obs.loaded_datasets(store)
    out = sorted((cls(store) for cls in SOURCE_CLASSES if cls.dataset in names), key=lambda s: s.priority)
    for src in out:
        if src.side == "partner":
            src.total_sources = [s for s in out if s.side != "partner"]
    return out


def citations(store: Store) -> dict[str, str]:
    """Dataset name → citation line (from the ``datasets`` table)."""
    out = {}
    for r in obs.dataset_citations(store):
        text = r.citation or r.name
        if r.version:
            text += f" [version: {r.version}]"
        if r.url:
            text += f" {r.url}"
        out[r.name] = text
    return out
