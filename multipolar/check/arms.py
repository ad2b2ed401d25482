"""Arms-supplier ranks from SIPRI deliveries: who supplies a state's major conventional arms.

Only a claim that clearly says *arms supplier* ("Russia is Armenia's main arms supplier",
:mod:`multipolar.check.topics`) is decided here; "security partner" or "military partner" is wider than
arms deliveries and is not.

A supplier's rank is by the SIPRI trend-indicator value (TIV, millions) of its deliveries to the recipient,
summed over a window of :data:`WINDOW` years (arms deliveries are lumpy: one year says little) ending in the
claimed year, or for a claim without a year in the latest year up to the text's that the data cover. A
claimed span (``YYYY/YYYY``) is the window itself. A window counts only when the dataset covers all of it.

Sources, in order: ``sipri-register`` (the trade register, deal rows ``arms_tiv_deal`` by delivery year,
1995–2025), then ``sipri`` (``arms_tiv``, supplier × recipient × year, 1950–2021). Suppliers that are not
states (``XXX`` unknown, non-state groups, organisations) are listed in SIPRI but hold no rank.
"""

from __future__ import annotations

from typing import Any

from ..store import Store
from ..store import observations as obs
from .measures import Figure, name
from .rules import Target
from .sources import Cell, RowRef, TradeSource, is_real_partner

WINDOW = 5

NEED = ("arms-transfer data (the SIPRI Arms Transfers Database: trend-indicator values of deliveries by supplier, "
        f"summed over {WINDOW} years)")
SECURITY_NEED = ("records of security ties, not trade: arms deliveries by supplier (SIPRI TIV), alliances and defence "
                 "agreements (ATOP, COW formal alliances), foreign bases, joint exercises and military aid")


class ArmsSource(TradeSource):
    """Deliveries of major conventional arms to one recipient, by supplier, from one SIPRI dataset."""

    indicator = ""
    side = "compiled"
    flows = ("arms",)
    why = ""

    def __init__(self, store: Store):
        super().__init__(store)
        self.first, self.last = obs.indicator_years(store, self.dataset, self.indicator) or (0, -1)

    def periods(self, reporter: str) -> list[str]:
        return [str(y) for y in range(self.first, self.last + 1)]

    def _table(self, reporter: str, period: str, flow: str) -> dict[str, Cell]:
        return {}

    def window(self, target: Target) -> tuple[int, int, bool] | None:
        """(first year, last year, exact) of the window for ``target``; a nearest window (exact False) when
        the claimed one is not covered; None when the data cannot give one."""
        if self.last - self.first + 1 < WINDOW:
            return None
        if target.kind == "span" and target.start is not None and target.end is not None:
            y0, y1 = target.start, target.end
            if self.first <= y0 and y1 <= self.last:
                return y0, y1, True
            y1 = min(max(y1, self.first + (y1 - y0)), self.last)
            return max(y1 - (target.end - target.start), self.first), y1, False
        if target.kind == "now":
            ref = target.ref_year
            end = min(ref, self.last) if ref is not None else self.last
            if end - WINDOW + 1 < self.first:
                return None
            return end - WINDOW + 1, end, ref is not None and end == ref
        if target.start is None:
            return None
        end = target.start
        if self.first <= end - WINDOW + 1 and end <= self.last:
            return end - WINDOW + 1, end, True
        end = min(max(end, self.first + WINDOW - 1), self.last)
        return end - WINDOW + 1, end, False

    def suppliers(self, recipient: str, y0: int, y1: int) -> dict[str, Cell]:
        def q() -> dict[str, Cell]:
            out: dict[str, Cell] = {}
            for t in obs.supplier_totals(self.store, self.dataset, self.indicator, recipient, y0, y1):
                ref = RowRef(self.dataset, self.indicator, t.partner, recipient, f"{y0}/{y1}", t.value, t.unit,
                             t.source_file, t.source_rows, t.n_rows, t.load_runs, t.estimate)
                out[t.partner] = Cell(t.partner, t.value, [ref])
            return out
        return self._memo(("suppliers", recipient, y0, y1), q)  # type: ignore[no-any-return]


class SipriRegisterSource(ArmsSource):
    dataset = "sipri-register"
    indicator = "arms_tiv_deal"
    label = "SIPRI trade register"
    priority = 0
    why = "the deal-level trade register is SIPRI's latest edition"


class SipriSource(ArmsSource):
    dataset = "sipri"
    indicator = "arms_tiv"
    label = "SIPRI TIV tables"
    priority = 1
    why = "the trade register does not cover the window"


ARMS_CLASSES: tuple[type[ArmsSource], ...] = (SipriRegisterSource, SipriSource)


def loaded_arms_sources(store: Store) -> list[ArmsSource]:
    names = obs.loaded_datasets(store)
    out = [cls(store) for cls in ARMS_CLASSES if cls.dataset in names]
    return sorted((s for s in out if s.last >= s.first), key=lambda s: s.priority)


def _tiv(x: float) -> str:
    return f"{x:,.0f} m TIV" if abs(x) >= 10 else f"{x:,.1f} m TIV"


def rank(src: ArmsSource, recipient: str, supplier: str, y0: int, y1: int, claimed: float) -> Figure | None:
    """The supplier's rank among the recipient's arms suppliers by TIV delivered in ``y0``–``y1``."""
    table = src.suppliers(recipient, y0, y1)
    ranked = sorted((c for p, c in table.items() if is_real_partner(p) and p != recipient),
                    key=lambda c: (-c.usd, c.partner))
    if not ranked:
        return None
    period = f"{y0}/{y1}"

    def pos(c: Cell) -> int:
        return 1 + sum(1 for x in ranked if x.usd > c.usd)

    what = f"{name(recipient)}'s arms suppliers by SIPRI TIV of deliveries {y0}–{y1}"
    listing = ", ".join(f"{pos(c)}. {c.partner} {_tiv(c.usd)}" for c in ranked[:5])
    extra: dict[str, Any] = {"side": src.side, "reported_by": [],
                             "ranking": [{"rank": pos(c), "partner": c.partner, "tiv": round(c.usd, 2)}
                                         for c in ranked[:max(5, int(claimed) + 1 if claimed == claimed else 5)]]}
    cell = table.get(supplier)
    if cell is None or cell not in ranked or cell.usd <= 0:
        rows = [ref for c in ranked[:5] for ref in c.rows]
        detail = f"{name(supplier)} delivered no major arms to {name(recipient)} in {y0}–{y1}; {what}: {listing}"
        return Figure(float(len(ranked) + 1), "rank", period, rows, detail, src, {**extra, "not_a_supplier": True})
    r = pos(cell)
    shown = ranked[:max(r, 5)]
    rows = [ref for c in shown for ref in c.rows]
    total = sum(c.usd for c in ranked)
    detail = (f"{name(supplier)} is no. {r} of {len(ranked)} among {what} ({listing}"
              f"{'' if r <= 5 else f', … {r}. {supplier} {_tiv(cell.usd)}'}; {100 * cell.usd / total:.0f} % of "
              f"{_tiv(total)})")
    return Figure(float(r), "rank", period, rows, detail, src, extra)
