"""Per-measure deciders: the figure the data gives for a claim, from one source and one period.

Each decider returns a :class:`Figure` (value, unit, rows, a short description), or ``None`` when this
source cannot give the figure for that period (the reporter or partner is not in the table).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..resolve.codes import describe
from .sources import Cell, RowRef, TradeSource, expand, is_real_partner

SHARE = {"export_share": "exports", "import_share": "imports", "trade_share": "trade"}
RANK = {"export_partner_rank": "exports", "import_partner_rank": "imports", "trade_partner_rank": "trade"}
VALUE = {"export_value": "exports", "import_value": "imports", "trade_value": "trade"}
GROWTH = {"trade_growth": "trade"}
TRADE_MEASURES = {**SHARE, **RANK, **VALUE, **GROWTH}

#: measures no loaded dataset can decide → what data would decide them
NEEDS = {
    "investment_value": "investment flows by source and destination (FDI statistics from the national bank or "
                        "UNCTAD, or project-level records such as AidData GCDF projects or the China Global "
                        "Investment Tracker)",
    "aid_value": "project-level development-finance records (AidData GCDF projects, OECD CRS)",
    "loan_value": "project-level loan records (AidData GCDF projects, the lender's or World Bank debt statistics)",
    "area": "geographic reference data (areas: national statistics or the CIA World Factbook)",
    "distance": "geographic reference data (lengths and distances: national statistics or the CIA World Factbook)",
}

FLOW_WORDS = {"exports": "exports", "imports": "imports", "trade": "trade"}
PARTNER_WORDS = {"exports": "export partners", "imports": "import partners", "trade": "trade partners"}


def name(code: str | None) -> str:
    if not code:
        return "?"
    return describe(code) or code


def people_need(about: str | None) -> str:
    a = (about or "").lower()
    if any(w in a for w in ("islamic state", " is ", "isis", "isil", "fighter", "jihad", "daesh")) or \
            a.startswith("is ") or "with is" in a:
        return "foreign-fighter counts (e.g. Soufan Group or ICSR estimates)"
    if any(w in a for w in ("kill", "wound", "injur", "dead", "death", "casualt", "fallen", "died")):
        return "a casualty dataset (e.g. UCDP GED or ACLED event fatalities)"
    if any(w in a for w in ("displac", "refugee", "idp")):
        return "displacement statistics (UNHCR, IDMC)"
    return "a people count for this (population, membership or event records)"


@dataclass
class Figure:
    value: float
    unit: str  # percent | rank | times | usd
    period: str
    rows: list[RowRef]
    detail: str
    source: TradeSource
    extra: dict[str, object] = field(default_factory=dict)


def _scope_members(scope: list[str] | None, year: int) -> list[str]:
    out: list[str] = []
    for s in scope or []:
        for m in expand(s, year):
            if m not in out:
                out.append(m)
    return out


def _money(usd: float) -> str:
    if abs(usd) >= 1e9:
        return f"{usd / 1e9:,.2f} bn USD"
    if abs(usd) >= 1e6:
        return f"{usd / 1e6:,.1f} m USD"
    return f"{usd:,.0f} USD"


def _side(src: TradeSource, subject: str, partners: list[str]) -> tuple[str, dict[str, object]]:
    """Whose reports a figure is, in words (for the detail) and as fields (``side``, ``reported_by``)."""
    by = src.reported_by(subject, partners)
    extra: dict[str, object] = {"side": src.side, "reported_by": by}
    if src.side == "partner":
        return (f"as {', '.join(name(p) for p in by)} report{'s' if len(by) == 1 else ''} it "
                "(partners' mirror figures)"), extra
    if src.side == "reporter" and src.dataset == "imf-dots":
        return f"as {name(subject)} reports it", extra
    return "", extra


def _with_side(detail: str, side: str) -> str:
    return f"{detail}; {side}" if side else detail


def share(src: TradeSource, subject: str, partner: str, scope: list[str] | None, period: str,
          flow: str) -> Figure | None:
    table = src.table(subject, period, flow)
    if not table:
        return None
    year = int(period[:4])
    members = expand(partner, year)
    cells = [table[p] for p in members if p in table]
    if not cells:
        return None
    num = sum(c.usd for c in cells)
    rows = [r for c in cells for r in c.rows]
    used = [c.partner for c in cells]
    if scope:
        within = _scope_members(scope, year)
        den_cells = [table[p] for p in within if p in table]
        den = sum(c.usd for c in den_cells)
        rows += [r for c in den_cells if c.partner not in members for r in c.rows]
        used = [c.partner for c in den_cells]
        what = f"{name(subject)}'s {FLOW_WORDS[flow]} with {'+'.join(scope)}"
        how = "sum over the scope"
        missing = [p for p in within if p not in table]
        if missing:
            how += f"; no figure for {', '.join(missing)}"
    else:
        total, how = src.share_total(subject, period, flow)
        if total is None:
            return None
        den = total.usd
        rows += total.rows
        what = f"{name(subject)}'s {FLOW_WORDS[flow]}"
    if den <= 0:
        return None
    value = 100.0 * num / den
    side, extra = _side(src, subject, used)
    detail = _with_side(f"{name(partner)}'s share of {what}: {value:.1f} % ({_money(num)} of {_money(den)}, {how})",
                        side)
    return Figure(value, "percent", period, rows, detail, src, extra)


def rank(src: TradeSource, subject: str, partner: str, period: str, flow: str, claimed: float) -> Figure | None:
    table = src.table(subject, period, flow)
    if partner not in table:
        return None
    ranked = sorted((c for p, c in table.items() if is_real_partner(p) and p != subject),
                    key=lambda c: (-c.usd, c.partner))
    mine = table[partner].usd
    r = 1 + sum(1 for c in ranked if c.usd > mine)
    show = min(max(int(claimed) if claimed == claimed else 0, r) + 1, 15)
    shown = ranked[:show]
    if table[partner] not in shown:
        shown.append(table[partner])
    rows = [ref for c in shown for ref in c.rows]
    def item(c: Cell) -> str:
        return f"{1 + sum(1 for x in ranked if x.usd > c.usd)}. {c.partner} {_money(c.usd)}"

    listed = ranked[:max(r, 3)] if r <= 4 else ranked[:3]
    lead = ", ".join(item(c) for c in listed)
    bound = int(claimed) if claimed == claimed and 3 < claimed < r and claimed <= len(ranked) else None
    if bound:
        lead += f", … {item(ranked[bound - 1])}"
    if table[partner] not in listed:
        lead += f", … {item(table[partner])}"
    detail = f"{name(partner)} is no. {r} of {len(ranked)} among {name(subject)}'s {PARTNER_WORDS[flow]} ({lead})"
    side, side_extra = _side(src, subject, [c.partner for c in ranked])
    if src.side == "partner":
        side = f"as the partners report it (mirror figures of {len(ranked)} reporters)"
    # A partner table that does not add up to the reporter's reported total may miss partners that would
    # outrank this one: the rank is then only known to lie in [r, r + remainder // mine].
    hi = r
    total, how = src.world(subject, period, flow)
    if total is not None and how == "reported total":
        listed_usd = sum(c.usd for c in table.values())
        remainder = total.usd - listed_usd
        if remainder > 0.02 * total.usd and remainder >= mine:
            hi = r + int(remainder // mine) if mine > 0 else 10**6
            rows += total.rows
            detail += (f"; but the loaded partners add up to only {listed_usd / total.usd:.0%} of the reported total "
                       f"({_money(listed_usd)} of {_money(total.usd)}), so the rank could be as low as no. {hi}")
    if src.side == "partner":
        side_extra["reported_by"] = sorted({c.partner for c in shown})
    return Figure(float(r), "rank", period, rows, _with_side(detail, side), src,
                  {"ranking": [{"rank": 1 + sum(1 for x in ranked if x.usd > c.usd), "partner": c.partner,
                                "usd": round(c.usd, 2)} for c in shown], "rank_range": (r, hi), **side_extra})


def value(src: TradeSource, subject: str, partner: str | None, period: str, flow: str) -> Figure | None:
    if partner:
        table = src.table(subject, period, flow)
        cells = [table[p] for p in expand(partner, int(period[:4])) if p in table]
        if not cells:
            return None
        total = sum(c.usd for c in cells)
        rows = [r for c in cells for r in c.rows]
        what = f"{name(subject)}'s {FLOW_WORDS[flow]} with {name(partner)}"
        used = [c.partner for c in cells]
    else:
        cell, _ = src.world(subject, period, flow)
        if cell is None:
            return None
        total, rows = cell.usd, cell.rows
        what = f"{name(subject)}'s total {FLOW_WORDS[flow]}"
        used = []
    side, extra = _side(src, subject, used)
    return Figure(total, "usd", period, rows, _with_side(f"{what}: {_money(total)}", side), src, extra)


def _pair(src: TradeSource, subject: str, partner: str | None, year: int, flow: str) -> Cell | None:
    period = str(year)
    if partner:
        table = src.table(subject, period, flow)
        cells = [table[p] for p in expand(partner, year) if p in table]
        if not cells:
            return None
        out = cells[0]
        for c in cells[1:]:
            out = out + c
        return out
    cell, _ = src.world(subject, period, flow)
    return cell


def growth(src: TradeSource, subject: str, partner: str | None, y0: int, y1: int, flow: str) -> Figure | None:
    a, b = _pair(src, subject, partner, y0, flow), _pair(src, subject, partner, y1, flow)
    if a is None or b is None or a.usd <= 0:
        return None
    mult = b.usd / a.usd
    who = f"{name(subject)}–{name(partner)}" if partner else f"{name(subject)}'s total"
    detail = f"{who} {FLOW_WORDS[flow]} {y0}→{y1}: {_money(a.usd)} → {_money(b.usd)} = {mult:.1f}×"
    side, extra = _side(src, subject, sorted({r.from_actor for r in a.rows + b.rows if r.from_actor} - {subject})
                        if src.side == "partner" else [])
    return Figure(mult, "times", f"{y0}/{y1}", a.rows + b.rows, _with_side(detail, side), src, extra)
