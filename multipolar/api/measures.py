"""The door to measurement: influence, hedging, explain and validation against FBIC, as frozen results."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..domain import parse_codes
from ..errors import UsageError
from ..measure.methods import DEFAULT_METHOD
from ._db import DbLike, opened
from .explanation import DomainScore, Explanation, IndicatorValue, SourceRows
from .scores import Divergence, Hedging, HedgingReport, InfluenceReport, Score

if TYPE_CHECKING:  # numpy, pyarrow and the engines load when something is measured, not when the CLI starts
    from ..engines import Engine
    from ..measure.validate import Validation

Years = tuple[int, int] | str | None
Codes = Sequence[str] | str | None


def influence(*, targets: Codes = None, powers: Codes = None, years: Years = None, db: DbLike = None,
              engine: Engine | str = "duckdb", spark_master: str | None = None, method: str = DEFAULT_METHOD,
              save_scores: bool = True) -> InfluenceReport:
    """Influence of each power over each target, per year and domain, with 90 % intervals, shares among the
    powers asked, year-on-year change and the indicators that drove it; saved in the store's ``scores``."""
    from ..engines import resolve
    from ..measure import api as measure

    eng = resolve(engine, master=spark_master)
    with opened(db, read_only=not save_scores) as store:
        rep = measure.influence(store, targets=parse_codes(targets), powers=parse_codes(powers), years=years,
                                engine=eng, method=method, save_scores=save_scores)
    return InfluenceReport(rep.method, rep.engine, rep.powers, rep.targets, rep.years,
                           tuple(Score.of(r) for r in rep.rows), rep.measure_run)


def hedging(*, targets: Codes = ("ARM", "AZE", "GEO"), powers: Codes = None, years: Years = None,
            db: DbLike = None, engine: Engine | str = "duckdb", spark_master: str | None = None,
            method: str = DEFAULT_METHOD) -> HedgingReport:
    """How each small state spreads its ties among the powers (entropy, leader, lead gap per domain) and
    the divergence between its economic and security leaders."""
    from ..engines import resolve
    from ..measure import api as measure

    eng = resolve(engine, master=spark_master)
    with opened(db, read_only=True) as store:
        rep = measure.hedging(store, targets=parse_codes(targets), powers=parse_codes(powers), years=years,
                              engine=eng, method=method)
    return HedgingReport(rep.method, rep.influence_method, tuple(rep.powers), tuple(Hedging.of(r) for r in rep.rows),
                         tuple(Divergence.of(d) for d in rep.divergence))


def explain(*, power: str, target: str, year: int, db: DbLike = None, engine: Engine | str = "duckdb",
            spark_master: str | None = None, method: str = DEFAULT_METHOD) -> Explanation:
    """The indicators behind one score, their source rows and documents, and the change since the year before."""
    from ..engines import resolve
    from ..measure import api as measure

    eng = resolve(engine, master=spark_master)
    with opened(db, read_only=True) as store:
        ex = measure.explain(store, power=power, target=target, year=year, engine=eng, method=method)
    return Explanation(ex["method"], ex["engine"], ex["power"], ex["target"], ex["year"],
                       {d: DomainScore.of(s) for d, s in ex["scores"].items()},
                       tuple(IndicatorValue.of(i) for i in ex["indicators"]), ex["norms"],
                       SourceRows.of(ex["sources"]), ex["trade_decision"])


def validate(benchmark: str = "fbic", *, power: str = "CHN", years: Years = None, db: DbLike = None,
             engine: Engine | str = "duckdb", spark_master: str | None = None,
             method: str = DEFAULT_METHOD) -> Validation:
    """Our index against a published benchmark (``fbic``: Spearman ρ per year over all targets with both)."""
    if benchmark != "fbic":
        raise UsageError(f"unknown benchmark {benchmark!r}", hint="the benchmark is fbic")
    from ..engines import resolve
    from ..measure import api as measure

    eng = resolve(engine, master=spark_master)
    with opened(db, read_only=True) as store:
        return measure.validate_fbic(store, power=power, years=years, method=method, engine=eng)
