"""Sources as the brief and the dashboard name them, and the years each covers (the index's sources first)."""

from __future__ import annotations

from typing import Any

from ..domain import ALL_DOMAINS

# source → (label, index domain, dataset). ``{state}`` is the state under influence (a national statistic is that
# state's own). Sources not listed show under their own name.
SOURCES: dict[str, tuple[str, str | None, str]] = {
    "cow-trade": ("COW trade", "economic", "cow-trade"),
    "cow": ("COW trade", "economic", "cow-trade"),
    "armstat-trade": ("Armstat trade", "economic", "armstat-trade"),
    "armstat": ("{state}'s own trade statistics (Armstat)", "economic", "armstat-trade"),
    "geostat-exports": ("Geostat exports", "economic", "geostat-exports"),
    "geostat": ("{state}'s own exports (Geostat)", "economic", "geostat-exports"),
    "imf-dots": ("IMF DOTS trade", "economic", "imf-dots"),
    "dots": ("IMF DOTS ({state}'s own report)", "economic", "imf-dots"),
    "dots_mirror": ("IMF DOTS (partners' reports)", "economic", "imf-dots"),
    "imf-dip": ("IMF direct investment positions", "economic", "imf-dip"),
    "aiddata": ("AidData Chinese official finance", "economic", "aiddata"),
    "sipri": ("SIPRI arms transfers", "security", "sipri"),
    "sipri-register": ("the SIPRI trade register", "security", "sipri-register"),
    "atop": ("ATOP alliances", "security", "atop"),
    "cow-alliance": ("COW alliances", "security", "cow-alliance"),
    "cow-igo": ("shared IGOs (COW)", "political", "cow-igo"),
    "unga-ideal-points": ("UNGA votes", "political", "unga-ideal-points"),
    "events:article": ("article events", "political", "events:article"),
    "events:gdelt": ("GDELT events", "political", "events:gdelt"),
    "events:icews": ("ICEWS events", "political", "events:icews"),
}
CHANNELS = ("trade", "investment", "finance", "arms", "alliances", "IGOs", "UN votes", "events")


def source_row(source: str, y0: Any, y1: Any, n: Any, channel: str | None = None) -> dict[str, Any]:
    """A source's years as the brief shows them: source, label, domain, dataset, channel, first, last, rows."""
    label, domain, dataset = SOURCES.get(source, (source, None, source))
    return {"source": source, "label": label, "domain": domain, "dataset": dataset, "channel": channel,
            "first": int(y0) if y0 is not None else None, "last": int(y1) if y1 is not None else None,
            "rows": int(n or 0)}


def by_domain(row: dict[str, Any]) -> tuple[Any, ...]:
    """The index's sources first, by domain, then by label."""
    return (row["domain"] is None, ALL_DOMAINS.index(row["domain"]) if row["domain"] else 0, row["label"].lower())


def by_channel(row: dict[str, Any]) -> tuple[Any, ...]:
    """By domain and channel, then the source that ends first."""
    return (ALL_DOMAINS.index(row["domain"]), CHANNELS.index(row["channel"]), row["last"], row["first"])
