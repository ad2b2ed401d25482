"""The door to what a store can compute: ``status`` (measures ready, what a full brief still needs and how to
get it), and the years and actors the store has data on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..store import status as reads
from ._db import DbLike, opened
from .data import datasets

#: "events": any event in the store (GDELT, ICEWS or read from documents); "documents": ingested texts
EVENTS, DOCUMENTS = "events", "documents"
TRADE = ("cow-trade", "imf-dots", "armstat-trade", "geostat-exports")

#: measure → its needs: (what, any one of these datasets); every need must be met
NEEDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "economic influence": (("trade", TRADE),),
    "security influence": (("arms transfers", ("sipri", "sipri-register")),
                           ("alliances", ("atop", "cow-alliance"))),
    "political influence": (("shared IGOs, UN votes or events", ("cow-igo", "unga-ideal-points", EVENTS)),),
    "FBIC validation": (("FBIC", ("fbic",)), ("trade", TRADE)),
}
#: what a full brief needs besides the three influence domains (hedging and the network come from them)
BRIEF_EXTRA: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("events (GDELT, ICEWS or ingested texts)", ("gdelt-events", "icews", EVENTS)),
    ("documents whose claims are checked", (DOCUMENTS,)),
)
#: datasets that add to a domain when present (not needed for it)
EXTRAS: dict[str, tuple[str, ...]] = {"economic influence": ("imf-dip", "aiddata")}


@dataclass(frozen=True)
class Need:
    """One thing a measure or the brief needs: met or not, and how to get it."""

    need: str
    met: bool
    how: str | None
    any_of: tuple[str, ...] | None = None  # the datasets any one of which meets it
    have: tuple[str, ...] | None = None  # those of them the store has

    def as_json(self) -> dict[str, Any]:
        if self.any_of is None:
            return {"need": self.need, "met": self.met, "how": self.how}
        return {"need": self.need, "any_of": list(self.any_of), "have": list(self.have or ()), "met": self.met,
                "how": self.how}


@dataclass(frozen=True)
class Readiness:
    """Whether a measure can be computed, from what, and the datasets that add to it."""

    measure: str
    ready: bool
    needs: tuple[Need, ...]
    also_used: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {"measure": self.measure, "ready": self.ready, "needs": [n.as_json() for n in self.needs],
                "also_used": list(self.also_used)}


@dataclass(frozen=True)
class DatasetYears:
    dataset: str
    first_year: int | None
    last_year: int | None
    rows: int

    def as_json(self) -> dict[str, Any]:
        return {"dataset": self.dataset, "first_year": self.first_year, "last_year": self.last_year,
                "rows": self.rows}


@dataclass(frozen=True)
class Status:
    """What a store can compute and what it lacks for a full brief."""

    store: str
    measures: tuple[Readiness, ...]
    brief_needs: tuple[Need, ...]
    datasets: tuple[DatasetYears, ...]
    events: int
    documents: int

    @property
    def brief_full(self) -> bool:
        return all(n.met for n in self.brief_needs)

    def as_json(self) -> dict[str, Any]:
        return {"store": self.store, "measures": [m.as_json() for m in self.measures],
                "brief": {"full": self.brief_full, "needs": [n.as_json() for n in self.brief_needs],
                          "missing": [n.need for n in self.brief_needs if not n.met]},
                "datasets": [d.as_json() for d in self.datasets], "events": self.events, "documents": self.documents}


def _how(name: str) -> str:
    if name == EVENTS:
        return "`multipolar ingest TEXTS` or `multipolar load gdelt-events/icews …`"
    if name == DOCUMENTS:
        return "`multipolar ingest TEXTS`"
    from ..datasets.base import get_loader

    folder = get_loader(name).folder  # the loader knows where its dataset lies in ../shared/data
    return f"`multipolar load {name} {'../shared/data/' + folder if folder else 'PATH'}`"


def _need(what: str, any_of: tuple[str, ...], have: set[str]) -> Need:
    met = tuple(n for n in any_of if n in have)
    return Need(what, bool(met), None if met else _how(any_of[0]), any_of, met)


def status(*, db: DbLike = None) -> Status:
    """What the store can compute (influence by domain, hedging, FBIC validation), what a full brief still
    needs and how to get it, and the years each loaded dataset covers."""
    with opened(db, read_only=True) as store:
        loaded = datasets(db=store)
        n_events, n_docs = reads.event_count(store), reads.document_count(store)
        path = store.path
    have = {d.dataset for d in loaded if d.rows} | ({EVENTS} if n_events else set()) | \
        ({DOCUMENTS} if n_docs else set())
    measures = [Readiness(name, all(n.met for n in items), items, tuple(x for x in EXTRAS.get(name, ()) if x in have))
                for name, needs in NEEDS.items() for items in [tuple(_need(w, a, have) for w, a in needs)]]
    domains = [m for m in measures if m.measure.endswith("influence")]
    brief_needs = [Need(m.measure, m.ready, None if m.ready else "; ".join(str(n.how) for n in m.needs if not n.met))
                   for m in domains]
    brief_needs += [_need(what, any_of, have) for what, any_of in BRIEF_EXTRA]
    any_domain = any(m.ready for m in domains)
    measures.append(Readiness("hedging", any_domain, (Need("at least one influence domain", any_domain, None),), ()))
    return Status(path, tuple(measures), tuple(brief_needs),
                  tuple(DatasetYears(d.dataset, d.first_year, d.last_year, d.rows) for d in loaded), n_events, n_docs)


def data_years(*, db: DbLike = None) -> tuple[int, int] | None:
    """First and last year of the store's observations (the inputs of every score)."""
    with opened(db, read_only=True) as store:
        return reads.data_years(store)


def actors_with_data(*, db: DbLike = None) -> frozenset[str]:
    """Codes the store holds any observation or UN vote on."""
    with opened(db, read_only=True) as store:
        return reads.actors_with_data(store)

