"""The indicators, each one unit: what it measures (domain, role, transform, sources, description), its raw
SQL expression over a dyad-year, the scaling constant its transform needs, the input views it reads and the
blocks of source rows ``explain`` shows for it. Adding an indicator is adding one entry here (and a weight in
a new method).

Roles: ``bw`` — bandwidth (volume of ties), ``dep`` — dependence (for the political domain: alignment),
``info`` — computed, shown and explained, not in the index. Transforms: ``log_max`` — ``ln(1+x) / max ln(1+x)``
over all state-to-state dyad-years loaded (its ``norm`` is that maximum's query); ``sat`` —
``ln(1+100·s) / ln(101)`` for shares in [0, 1]; ``unit`` — already in [0, 1]; ``raw`` — shown as is.

``raw`` is an SQL expression over the dyad-year row ``dy`` (and the joins of the ``raw`` step of
:func:`multipolar.measure.sql.indicators_sql`: ``tt`` the target's trade totals, ``pt`` the power's, ``cov``
the registers' years, ``fd``/``fi`` the finance donors and investors, ``atot`` the target's arms imports, ``pth``/
``tth`` the ideal points, ``ip`` their range). Placeholders: ``{both}`` (influence.v2: a trade figure needs both
flows' totals), ``{flag}``/``{slag}`` (years a finance/arms window counts past its register's end) and
``{<indicator>}`` (another indicator's raw expression). ``norm`` reads the views and the helper steps of
:func:`multipolar.measure.sql.norms_sql` (``arms``, ``fin``, ``ev``); ``{trade_sources}`` the method's.
"""

from __future__ import annotations

from dataclasses import dataclass

TRADE_BLOCKS = ("trade", "armstat", "imf_dots", "geostat")
TRADE_VIEWS = ("in_tflows", "in_totals")
TRADE_SOURCES = ("cow-trade", "armstat-trade")
EVENT_VIEWS = ("in_events",)


@dataclass(frozen=True)
class Indicator:
    name: str
    domain: str
    role: str             # 'bw', 'dep' or 'info'
    transform: str        # 'log_max', 'sat', 'unit' or 'raw'
    sources: tuple[str, ...]
    about: str
    unit: str = ""
    raw: str = ""                        # the SQL expression (see the module docstring)
    norm: str = ""                       # log_max: the query of max ln(1+x)
    inputs: tuple[str, ...] = ()         # the input views it reads
    source_rows: tuple[str, ...] = ()    # explain's blocks of source rows (multipolar.store.source_reads)


_TRADE_SHARE = """CASE WHEN {both}dy.m IS NULL AND dy.x IS NULL THEN NULL
         ELSE (COALESCE(dy.m, 0) + COALESCE(dy.x, 0)) / NULLIF(COALESCE(tt.tm, 0) + COALESCE(tt.tx, 0), 0) END"""
_REVERSE_SHARE = """CASE WHEN dy.m IS NULL AND dy.x IS NULL THEN NULL
         ELSE (COALESCE(dy.m, 0) + COALESCE(dy.x, 0)) / NULLIF(COALESCE(pt.tm, 0) + COALESCE(pt.tx, 0), 0) END"""
_ALLIANCE = "CASE WHEN dy.score IS NOT NULL THEN dy.score WHEN dy.year BETWEEN cov.a0 AND cov.a1 THEN 0E0 ELSE NULL END"


def _trade(name: str, role: str, transform: str, about: str, unit: str, raw: str, norm: str = "") -> Indicator:
    return Indicator(name, "economic", role, transform, TRADE_SOURCES, about, unit, raw, norm, TRADE_VIEWS,
                     TRADE_BLOCKS)


def _event(name: str, role: str, transform: str, about: str, unit: str, raw: str, norm: str = "") -> Indicator:
    return Indicator(name, "political", role, transform, ("events",), about, unit, raw, norm, EVENT_VIEWS, ("events",))


INDICATORS: tuple[Indicator, ...] = (
    # economic
    _trade("trade_volume", "bw", "log_max",
           "target's imports from + exports to the power (source: Armstat for ARM where it has the year, else COW)",
           "usd_million", "CASE WHEN {both}dy.m IS NULL AND dy.x IS NULL THEN NULL "
           "ELSE COALESCE(dy.m, 0) + COALESCE(dy.x, 0) END",
           "(SELECT MAX(LN(1E0 + COALESCE(m, 0) + COALESCE(x, 0))) FROM in_tflows WHERE src IN {trade_sources})"),
    _trade("trade_share", "dep", "sat", "power's share of the target's total trade (imports + exports)", "share",
           _TRADE_SHARE),
    _trade("import_share", "info", "unit", "power's share of the target's imports", "share",
           "dy.m / NULLIF(tt.tm, 0)"),
    _trade("export_share", "info", "unit", "power's share of the target's exports", "share",
           "dy.x / NULLIF(tt.tx, 0)"),
    _trade("reverse_trade_share", "info", "unit", "target's share of the power's total trade (the reverse dependence)",
           "share", _REVERSE_SHARE),
    _trade("trade_asymmetry", "info", "raw",
           "trade_share − reverse_trade_share (> 0: the target needs the power more than the reverse)", "share",
           "({trade_share})\n    - ({reverse_trade_share})"),
    Indicator("finance_volume", "economic", "bw", "log_max", ("aiddata",),
              "Chinese official finance committed to the target, 3-year rolling sum (CHN only)", "usd_million_2021",
              """CASE WHEN fd.power IS NULL THEN NULL
         WHEN dy.year BETWEEN cov.f0 AND cov.f1 + {flag} THEN COALESCE(dy.usd3, 0) ELSE NULL END""",
              "(SELECT MAX(LN(1E0 + v)) FROM fin)", ("in_finance", "in_coverage", "in_lags"), ("finance",)),
    Indicator("fdi_position", "economic", "bw", "log_max", ("imf-dip",),
              "the power's outward direct investment position in the target (IMF DIP; investors CHN DEU JPN USA SGP "
              "and groups holding them; negative net positions count as 0)", "usd_million",
              "CASE WHEN fi.power IS NULL OR NOT (dy.year BETWEEN cov.d0 AND cov.d1) THEN NULL ELSE dy.fdi END",
              "(SELECT MAX(LN(1E0 + usd)) FROM in_fdi)", ("in_fdi", "in_coverage"), ("investment",)),
    Indicator("finance_intensity", "economic", "dep", "sat", ("aiddata", "cow-trade", "armstat-trade"),
              "3-year average yearly finance / the target's yearly imports (capped at 1)", "ratio",
              """CASE WHEN fd.power IS NULL OR NOT (dy.year BETWEEN cov.f0 AND cov.f1 + {flag}) THEN NULL
         WHEN COALESCE(dy.usd3, 0) / 3E0 >= tt.tm THEN 1E0
         ELSE COALESCE(dy.usd3, 0) / 3E0 / NULLIF(tt.tm, 0) END""",
              inputs=("in_finance", "in_coverage", "in_lags", *TRADE_VIEWS), source_rows=("finance", *TRADE_BLOCKS)),
    # security
    Indicator("arms_volume", "security", "bw", "log_max", ("sipri",),
              "SIPRI TIV delivered by the power to the target, 5-year rolling sum", "tiv_million",
              "CASE WHEN dy.year BETWEEN cov.s0 AND cov.s1 + {slag} THEN COALESCE(dy.tiv5, 0) ELSE NULL END",
              "(SELECT MAX(LN(1E0 + v)) FROM arms)", ("in_arms", "in_coverage", "in_lags"), ("arms", "arms_register")),
    Indicator("arms_share", "security", "dep", "sat", ("sipri",),
              "power's share of the target's arms imports (TIV), 5-year rolling", "share",
              "CASE WHEN dy.year BETWEEN cov.s0 AND cov.s1 + {slag} THEN COALESCE(dy.tiv5 / NULLIF(atot.tot5, 0), 0) "
              "ELSE NULL END", inputs=("in_arms", "in_coverage", "in_lags"), source_rows=("arms", "arms_register")),
    Indicator("alliance", "security", "dep", "unit", ("atop", "cow-alliance"),
              "strongest alliance tie (defence/offence 1, neutrality/non-aggression 0.5, consultation 0.25)",
              "grade", _ALLIANCE, inputs=("in_alliance", "in_coverage"), source_rows=("alliance",)),
    Indicator("alliance_tie", "security", "bw", "unit", ("atop", "cow-alliance"),
              "the same alliance grade, counted as a channel of interaction (security bandwidth)", "grade",
              _ALLIANCE, inputs=("in_alliance", "in_coverage"), source_rows=("alliance",)),
    # political
    Indicator("shared_igos", "political", "bw", "log_max", ("cow-igo",),
              "IGOs both are full members of (for a group: the members' mean)", "count", "dy.igo",
              "(SELECT MAX(LN(1E0 + n)) FROM in_igo)", ("in_igo",), ("igo",)),
    _event("event_count", "bw", "log_max",
           "distinct events between the two (articles, GDELT, ICEWS; either direction, de-duplicated)", "count",
           "CASE WHEN dy.n_ev > 0 THEN dy.n_ev END", "(SELECT MAX(LN(1E0 + v)) FROM ev)"),
    Indicator("unga_alignment", "political", "dep", "unit", ("unga-ideal-points",),
              "1 − |ideal point distance| / the year's range of ideal points", "share",
              "1E0 - ABS(tth.theta - pth.theta) / NULLIF(ip.rng, 0)", inputs=("in_ideal",), source_rows=("unga",)),
    Indicator("unga_agreement", "political", "dep", "unit", ("unga-ideal-points",),
              "share of UNGA votes in which the two agreed (Voeten; powers USA RUS CHN BRA IND ISR)", "share",
              "dy.agree", inputs=("in_agree",), source_rows=("unga",)),
    _event("event_tone", "dep", "unit", "mean Goldstein score of their events, rescaled (g + 10) / 20", "share",
           "(dy.gold + 10E0) / 20E0"),
    Indicator("stance_alignment", "political", "dep", "unit", ("stances",),
              "share of stances aligned: the power's support for the target, and shared positions on issues",
              "share", "dy.spos / NULLIF(dy.sn, 0)", inputs=("in_stances",), source_rows=("stances",)),
    Indicator("unga_ideal_distance", "political", "info", "raw", ("unga-ideal-points",),
              "|ideal point of target − ideal point of power| (group: members' mean)", "ideal_point",
              "ABS(tth.theta - pth.theta)", inputs=("in_ideal",), source_rows=("unga",)),
    _event("net_cooperation", "info", "raw",
           "(verbal + material cooperation − verbal − material conflict) / events (quad classes)", "share",
           "CASE WHEN dy.n_ev > 0 THEN (dy.n_coop - dy.n_conf) / NULLIF(CAST(dy.n_quad AS DOUBLE), 0) END"),
    _event("events_coop", "info", "raw", "events in quad classes 1–2", "count",
           "CASE WHEN dy.n_ev > 0 THEN dy.n_coop END"),
    _event("events_conflict", "info", "raw", "events in quad classes 3–4", "count",
           "CASE WHEN dy.n_ev > 0 THEN dy.n_conf END"),
)

INDICATOR = {i.name: i for i in INDICATORS}

#: the indicators scaled by their historical maximum: each has a scaling constant (its ``norm``)
LOG_MAX = tuple(i.name for i in INDICATORS if i.transform == "log_max")


def raw_expression(ind: Indicator, **params: str) -> str:
    """The indicator's raw SQL with the placeholders filled (another indicator's expression for its name)."""
    others = {o.name: raw_expression(o, **params) for o in INDICATORS if "{" + o.name + "}" in ind.raw}
    return ind.raw.format(**params, **others)
