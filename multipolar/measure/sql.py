"""The measurement, written once in the SQL that DuckDB and Spark SQL both speak.

Only portable constructs are used: CTEs, joins, GROUP BY, UNION [ALL], CASE, COALESCE, NULLIF, LN, SQRT,
ABS, COUNT(DISTINCT). No casts with ``::``, no QUALIFY, no arrays, no engine-specific functions;
every division is guarded with NULLIF (Spark's ANSI mode raises on division by zero). The SQL reads the
``in_*`` views of :mod:`multipolar.store.inputs` and nothing else.

``indicators_sql`` builds one query giving, per (power, target, year), every raw indicator, its scaled
value (``n_<name>``), the per-domain bandwidth, dependence, index and coverage, and the overall index.
``norms_sql`` gives the scaling constants: max ln(1+x) over all state-to-state dyad-years.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..domain import DOMAINS
from ..errors import UsageError
from .indicators import INDICATOR, INDICATORS, LOG_MAX, Indicator, raw_expression
from .methods import Method

_CODE = re.compile(r"^[A-Z0-9:_\-]{2,24}$")


LEGACY_TRADE = ("armstat", "cow")
SOURCE_LABELS = {"armstat": "armstat-trade", "geostat": "geostat-exports", "dots": "imf-dots (own report)",
                 "dots_mirror": "imf-dots (partners' mirror reports)", "cow": "cow-trade"}


def _legacy_trade_ctes(scope: Scope) -> list[str]:
    """influence.v1: Armstat where it has the target-year, else COW (kept as it was)."""
    tf = scope.target_filter
    yf = scope.year_filter
    pf = scope.power_filter
    ctes: list[str] = []
    ctes.append(f"""tsrc AS (
  SELECT actor AS target, year, MIN(CASE WHEN src = 'armstat' THEN 0 ELSE 1 END) AS pr
  FROM in_totals WHERE 1 = 1{tf('actor')}{yf('year')} GROUP BY actor, year)""")
    ctes.append(f"""tf AS (
  SELECT f.target, f.partner, f.year, f.m, f.x FROM in_tflows f
  LEFT JOIN tsrc s ON s.target = f.target AND s.year = f.year
  WHERE ((f.src = 'armstat' AND s.pr = 0) OR (f.src = 'cow' AND (s.pr IS NULL OR s.pr = 1)))
  {tf('f.target')}{yf('f.year')})""")
    ctes.append(f"""ttot AS (
  SELECT t.actor AS target, t.year, t.tm, t.tx, CAST(NULL AS STRING) AS src_m, CAST(NULL AS STRING) AS src_x
  FROM in_totals t
  LEFT JOIN tsrc s ON s.target = t.actor AND s.year = t.year
  WHERE ((t.src = 'armstat' AND s.pr = 0) OR (t.src = 'cow' AND (s.pr IS NULL OR s.pr = 1)))
  {tf('t.actor')}{yf('t.year')})""")
    ctes.append(f"""ptot AS (
  SELECT power, year, SUM(tm) AS tm, SUM(tx) AS tx FROM (
  {_mapped("s.actor AS power, s.year, s.tm, s.tx", "g.grp AS power, s.year, s.tm, s.tx", "in_totals", "actor",
           " AND s.src = 'cow'" + yf('s.year'))}) p WHERE 1 = 1{pf('power')} GROUP BY power, year)""")
    return ctes


def _rank(method: Method, col: str) -> str:
    """The precedence rank of a trade source (0 decides first)."""
    whens = " ".join(f"WHEN {col} = '{src}' THEN {i}" for i, src in enumerate(method.trade_sources))
    return f"(CASE {whens} END)"


def _label(method: Method, col: str) -> str:
    whens = " ".join(f"WHEN {col} = {i} THEN '{src}'" for i, src in enumerate(method.trade_sources))
    return f"(CASE {whens} END)"


def _trade_ctes(method: Method, scope: Scope) -> list[str]:
    """One source decides each (state, year, flow): the first of ``method.trade_sources`` that has the state's
    total for that flow. The state's flows with every partner and its total then come from that source only,
    so a share's numerator and denominator never mix sources, and no flow is counted twice."""
    tf = scope.target_filter
    yf = scope.year_filter
    pf = scope.power_filter
    srcs = "(" + ", ".join(f"'{x}'" for x in method.trade_sources) + ")"
    ctes: list[str] = []
    ctes.append(f"""tsel AS (
  SELECT actor, year, flow, MIN(rk) AS rk FROM (
    SELECT actor, year, 'm' AS flow, {_rank(method, 'src')} AS rk FROM in_totals
    WHERE tm IS NOT NULL AND src IN {srcs}{yf('year')}
    UNION ALL
    SELECT actor, year, 'x' AS flow, {_rank(method, 'src')} AS rk FROM in_totals
    WHERE tx IS NOT NULL AND src IN {srcs}{yf('year')}) u
  GROUP BY actor, year, flow)""")
    ctes.append(f"""tf AS (
  SELECT f.target, f.partner, f.year,
    MAX(CASE WHEN sm.rk = {_rank(method, 'f.src')} THEN f.m END) AS m,
    MAX(CASE WHEN sx.rk = {_rank(method, 'f.src')} THEN f.x END) AS x
  FROM in_tflows f
  LEFT JOIN tsel sm ON sm.actor = f.target AND sm.year = f.year AND sm.flow = 'm'
  LEFT JOIN tsel sx ON sx.actor = f.target AND sx.year = f.year AND sx.flow = 'x'
  WHERE f.src IN {srcs}{tf('f.target')}{yf('f.year')}
  GROUP BY f.target, f.partner, f.year
  HAVING MAX(CASE WHEN sm.rk = {_rank(method, 'f.src')} THEN f.m END) IS NOT NULL
      OR MAX(CASE WHEN sx.rk = {_rank(method, 'f.src')} THEN f.x END) IS NOT NULL)""")
    ctes.append(f"""stot AS (
  SELECT t.actor, t.year,
    MAX(CASE WHEN sm.rk = {_rank(method, 't.src')} THEN t.tm END) AS tm,
    MAX(CASE WHEN sx.rk = {_rank(method, 't.src')} THEN t.tx END) AS tx,
    MAX({_label(method, 'sm.rk')}) AS src_m, MAX({_label(method, 'sx.rk')}) AS src_x
  FROM in_totals t
  LEFT JOIN tsel sm ON sm.actor = t.actor AND sm.year = t.year AND sm.flow = 'm'
  LEFT JOIN tsel sx ON sx.actor = t.actor AND sx.year = t.year AND sx.flow = 'x'
  WHERE t.src IN {srcs}{yf('t.year')}
  GROUP BY t.actor, t.year)""")
    ctes.append(f"""ttot AS (
  SELECT actor AS target, year, tm, tx, src_m, src_x FROM stot WHERE 1 = 1{tf('actor')})""")
    ctes.append(f"""ptot AS (
  SELECT power, year, SUM(tm) AS tm, SUM(tx) AS tx FROM (
  {_mapped("s.actor AS power, s.year, s.tm, s.tx", "g.grp AS power, s.year, s.tm, s.tx", "stot", "actor", "")}) p
  WHERE 1 = 1{pf('power')} GROUP BY power, year)""")
    return ctes


def _arms_cte(method: Method) -> str:
    """``arms_in``: the deliveries the method counts — for each year, the first of ``method.arms_sources`` whose
    coverage (first to last year loaded) holds that year, so no year is counted from two editions."""
    conds = []
    for i, src in enumerate(method.arms_sources):
        earlier = [f"NOT (a.year BETWEEN COALESCE(c{j}.y0, 0) AND COALESCE(c{j}.y1, -1))" for j in range(i)]
        conds.append("(" + " AND ".join([f"a.src = '{src}'", *earlier]) + ")")
    joins = " ".join(f"LEFT JOIN in_coverage c{j} ON c{j}.source = '{src}'"
                     for j, src in enumerate(method.arms_sources))
    return f"""arms_in AS (
  SELECT a.power, a.target, a.year, a.tiv FROM in_arms a {joins}
  WHERE {" OR ".join(conds)})"""


def _lit_list(codes: Sequence[str]) -> str:
    for c in codes:
        if not _CODE.match(c):
            raise UsageError(f"not an actor code: {c!r}", hint="use ISO3 codes (GEO) or group codes (WEST, EU)")
    return "(" + ", ".join(f"'{c}'" for c in codes) + ")"


def _num(v: float) -> str:
    """A DOUBLE literal in both dialects (plain ``1.5`` is DECIMAL in Spark and would round)."""
    return f"{float(v):.17e}"


@dataclass(frozen=True)
class Scope:
    """Which dyad-years to compute: None means all."""

    targets: tuple[str, ...] | None = None
    powers: tuple[str, ...] | None = None
    years: tuple[int, int] | None = None

    def target_filter(self, col: str) -> str:
        return f" AND {col} IN {_lit_list(self.targets)}" if self.targets else ""

    def power_filter(self, col: str) -> str:
        return f" AND {col} IN {_lit_list(self.powers)}" if self.powers else ""

    def year_filter(self, col: str, lag: int = 0) -> str:
        if not self.years:
            return ""
        return f" AND {col} BETWEEN {int(self.years[0]) - lag} AND {int(self.years[1])}"


def _mapped(select_state: str, select_group: str, source: str, member_col: str, where: str) -> str:
    """Rows of ``source`` for the state itself, UNION ALL the same rows credited to every group the state
    belongs to that year (a group's figures are computed from its members' data)."""
    return (f"SELECT {select_state} FROM {source} s WHERE 1 = 1{where}\n"
            f"  UNION ALL SELECT {select_group} FROM {source} s JOIN in_groups g "
            f"ON g.member = s.{member_col} AND g.year = s.year WHERE 1 = 1{where}")


def indicators_sql(method: Method, norms: Mapping[str, float | None], scope: Scope = Scope(), *,
                   detail: bool = True, order: bool = True) -> str:
    """The whole measurement as one query. ``detail`` adds the raw (unscaled) indicator values."""
    tf = scope.target_filter
    yf = scope.year_filter
    pf = scope.power_filter
    sc = _num(method.share_scale)
    d = "CAST(NULL AS DOUBLE)"
    v = "CAST(NULL AS STRING)"
    i = "CAST(NULL AS INTEGER)"
    ctes: list[str] = []
    if method.trade_sources == LEGACY_TRADE:
        ctes.extend(_legacy_trade_ctes(scope))
    else:
        ctes.extend(_trade_ctes(method, scope))
    ctes.append(_arms_cte(method))
    ctes.append(f"""armt AS (
  SELECT a.target, a.year + l.k AS year, SUM(a.tiv) AS tot5 FROM arms_in a CROSS JOIN in_lags l
  WHERE 1 = 1{tf('a.target')}{yf('a.year', 4)} GROUP BY a.target, a.year + l.k)""")
    ctes.append(f"""fdonor AS (
  SELECT DISTINCT power FROM (
  {_mapped("s.power", "g.grp AS power", "in_finance", "power", "")}) u)""")
    ctes.append(f"""finv AS (
  SELECT DISTINCT power FROM (
  {_mapped("s.power", "g.grp AS power", "in_fdi", "power", "")}) u)""")
    arms = "(" + ", ".join(f"'{x}'" for x in method.arms_sources) + ")"
    ctes.append(f"""cov AS (
  SELECT MIN(CASE WHEN source IN {arms} THEN y0 END) AS s0, MAX(CASE WHEN source IN {arms} THEN y1 END) AS s1,
         MIN(CASE WHEN source = 'imf-dip' THEN y0 END) AS d0, MAX(CASE WHEN source = 'imf-dip' THEN y1 END) AS d1,
         MIN(CASE WHEN source = 'aiddata' THEN y0 END) AS f0, MAX(CASE WHEN source = 'aiddata' THEN y1 END) AS f1,
         MIN(CASE WHEN source IN ('atop', 'cow') THEN y0 END) AS a0,
         MAX(CASE WHEN source IN ('atop', 'cow') THEN y1 END) AS a1,
         MIN(CASE WHEN source = 'atop' THEN y0 END) AS t0, MAX(CASE WHEN source = 'atop' THEN y1 END) AS t1
  FROM in_coverage)""")
    ctes.append(f"""ipr AS (
  SELECT year, MAX(theta) - MIN(theta) AS rng FROM in_ideal WHERE 1 = 1{yf('year')} GROUP BY year)""")
    ctes.append(f"""ptheta AS (
  SELECT actor AS power, year, theta FROM in_ideal WHERE 1 = 1{yf('year')}
  UNION ALL SELECT g.grp AS power, s.year, AVG(s.theta) AS theta FROM in_ideal s
  JOIN in_groups g ON g.member = s.actor AND g.year = s.year WHERE 1 = 1{yf('s.year')} GROUP BY g.grp, s.year)""")
    # -- every dyadic row, credited to the state and to its groups, in one stream -----------------------
    cols = ("m", "x", "tiv", "usd", "fdi", "score", "igo", "agree", "dkey", "quad", "gold", "sn", "spos")
    types = {"dkey": v, "quad": i}

    def row(src_cols: Mapping[str, str]) -> str:
        return ", ".join(f"{src_cols.get(c, types.get(c, d))} AS {c}" if c in src_cols else f"{types.get(c, d)} AS {c}"
                         for c in cols)

    parts = []
    parts.append(_mapped(f"s.partner AS power, s.target, s.year, {row({'m': 's.m', 'x': 's.x'})}",
                         f"g.grp AS power, s.target, s.year, {row({'m': 's.m', 'x': 's.x'})}", "tf", "partner", ""))
    parts.append(f"""SELECT a.power, a.target, a.year + l.k AS year, {row({'tiv': 'a.tiv'})} FROM (
  {_mapped("s.power, s.target, s.year, s.tiv", "g.grp AS power, s.target, s.year, s.tiv", "arms_in", "power",
           tf('s.target') + yf('s.year', 4))}) a CROSS JOIN in_lags l""")
    parts.append(f"""SELECT f.power, f.target, f.year + l.k AS year, {row({'usd': 'f.usd'})} FROM (
  {_mapped("s.power, s.target, s.year, s.usd", "g.grp AS power, s.target, s.year, s.usd", "in_finance", "power",
           tf('s.target') + yf('s.year', 2))}) f CROSS JOIN in_lags l WHERE l.k < 3""")
    if method.weights.get("fdi_position", 0) > 0:  # a method without the indicator gets no dyad-years from it
        parts.append(_mapped(f"s.power, s.target, s.year, {row({'fdi': 's.usd'})}",
                             f"g.grp AS power, s.target, s.year, {row({'fdi': 's.usd'})}", "in_fdi", "power",
                             tf('s.target') + yf('s.year')))
    ctes.append(f"""al0 AS (
  SELECT x.a, x.b, x.year, x.score FROM in_alliance x CROSS JOIN cov
  WHERE (x.src = 'atop' OR cov.t0 IS NULL OR x.year NOT BETWEEN cov.t0 AND cov.t1){tf('x.b')}{yf('x.year')})""")
    parts.append(_mapped(f"s.a AS power, s.b AS target, s.year, {row({'score': 's.score'})}",
                         f"g.grp AS power, s.b AS target, s.year, {row({'score': 's.score'})}", "al0", "a", ""))
    parts.append(_mapped(f"s.a AS power, s.b AS target, s.year, {row({'igo': 's.n'})}",
                         f"g.grp AS power, s.b AS target, s.year, {row({'igo': 's.n'})}", "in_igo", "a",
                         tf('s.b') + yf('s.year')))
    parts.append(_mapped(f"s.b AS power, s.a AS target, s.year, {row({'agree': 's.share'})}",
                         f"g.grp AS power, s.a AS target, s.year, {row({'agree': 's.share'})}", "in_agree", "b",
                         tf('s.a') + yf('s.year')))
    ctes.append(f"""ev0 AS (
  SELECT actor AS a, recipient AS b, year, quad, goldstein, dkey FROM in_events WHERE 1 = 1{yf('year')}
  UNION ALL SELECT recipient AS a, actor AS b, year, quad, goldstein, dkey FROM in_events WHERE 1 = 1{yf('year')})""")
    ctes.append(f"""ev1 AS (
  SELECT DISTINCT power, target, year, dkey, quad, goldstein FROM (
  {_mapped("s.a AS power, s.b AS target, s.year, s.dkey, s.quad, s.goldstein",
           "g.grp AS power, s.b AS target, s.year, s.dkey, s.quad, s.goldstein", "ev0", "a", tf('s.b'))}) u)""")
    parts.append(f"SELECT power, target, year, {row({'dkey': 'dkey', 'quad': 'quad', 'gold': 'goldstein'})} FROM ev1")
    ctes.append(f"""st1 AS (
  {_mapped("s.holder AS power, s.holder AS member, s.issue, s.about, s.polarity, s.year",
           "g.grp AS power, s.holder AS member, s.issue, s.about, s.polarity, s.year", "in_stances", "holder",
           yf('s.year'))})""")
    support = row({'sn': '1E0', 'spos': "CASE WHEN polarity = 'support' THEN 1E0 ELSE 0E0 END"})
    parts.append(f"""SELECT power, about AS target, year, {support}
  FROM st1 WHERE about IS NOT NULL AND about <> member""")
    same = row({'sn': '1E0', 'spos': 'CASE WHEN p.polarity = t.polarity THEN 1E0 ELSE 0E0 END'})
    parts.append(f"""SELECT p.power, t.holder AS target, p.year, {same}
  FROM st1 p JOIN in_stances t ON t.issue = p.issue AND COALESCE(t.about, '-') = COALESCE(p.about, '-')
   AND t.year = p.year AND t.holder <> p.member""")
    ctes.append("rows AS (\n  " + "\n  UNION ALL\n  ".join(parts) + ")")
    # distinct events are counted over the event rows alone: a COUNT(DISTINCT) over every row of the union made
    # the engine materialise and re-group all of them (about half the query's CPU time on the full data)
    ctes.append(f"""nev AS (
  SELECT power, target, year, COUNT(DISTINCT dkey) AS n_ev FROM ev1
  WHERE power <> target AND target NOT IN (SELECT DISTINCT grp FROM in_groups){tf('target')}{pf('power')}{yf('year')}
  GROUP BY power, target, year)""")
    ctes.append(f"""dyad AS (
  SELECT a.*, COALESCE(n.n_ev, 0) AS n_ev FROM (
  SELECT power, target, year, SUM(m) AS m, SUM(x) AS x, SUM(tiv) AS tiv5, SUM(usd) / 1000000E0 AS usd3, SUM(fdi) AS fdi,
         MAX(score) AS score, AVG(igo) AS igo, AVG(agree) AS agree, AVG(gold) AS gold,
         SUM(CASE WHEN quad IN (1, 2) THEN 1 ELSE 0 END) AS n_coop,
         SUM(CASE WHEN quad IN (3, 4) THEN 1 ELSE 0 END) AS n_conf,
         SUM(CASE WHEN quad IS NOT NULL THEN 1 ELSE 0 END) AS n_quad,
         SUM(sn) AS sn, SUM(spos) AS spos
  FROM rows
  WHERE power <> target AND target NOT IN (SELECT DISTINCT grp FROM in_groups){tf('target')}{pf('power')}{yf('year')}
  GROUP BY power, target, year) a
  LEFT JOIN nev n ON n.power = a.power AND n.target = a.target AND n.year = a.year)""")
    # -- raw indicators ---------------------------------------------------------------------------------
    # influence.v2: a trade figure needs both flows decided for the target-year (exports alone are not trade)
    both = "tt.tm IS NULL OR tt.tx IS NULL OR " if method.missing == "absent" else ""
    # v1 counted a rolling window as covered while any of its years was (last year + 4 for arms, + 2 for
    # finance): past a register's end that read as deliveries falling to 0. v2: only up to the last year loaded.
    flag, slag = ("0", "0") if method.missing == "absent" else ("2", "4")
    params = {"both": both, "flag": flag, "slag": slag}
    raw = ",\n    ".join(f"{raw_expression(ind, **params)} AS {ind.name}" for ind in INDICATORS)
    ctes.append(f"""raw AS (
  SELECT dy.power, dy.target, dy.year,
    {raw},
    tt.src_m AS src_m, tt.src_x AS src_x
  FROM dyad dy CROSS JOIN cov
  LEFT JOIN ttot tt ON tt.target = dy.target AND tt.year = dy.year
  LEFT JOIN ptot pt ON pt.power = dy.power AND pt.year = dy.year
  LEFT JOIN fdonor fd ON fd.power = dy.power
  LEFT JOIN finv fi ON fi.power = dy.power
  LEFT JOIN armt atot ON atot.target = dy.target AND atot.year = dy.year
  LEFT JOIN ptheta pth ON pth.power = dy.power AND pth.year = dy.year
  LEFT JOIN in_ideal tth ON tth.actor = dy.target AND tth.year = dy.year
  LEFT JOIN ipr ip ON ip.year = dy.year)""")
    # -- scaled values ----------------------------------------------------------------------------------
    scaled = []
    for ind in INDICATORS:
        col = f"r.{ind.name}"
        if detail:
            scaled.append(f"{col} AS {ind.name}")
        if ind.role == "info":
            continue
        scaled.append(f"{_scaled(ind, col, norms.get(ind.name), sc)} AS n_{ind.name}")
    ctes.append("nrm AS (\n  SELECT r.power, r.target, r.year, r.src_m, r.src_x,\n    " + ",\n    ".join(scaled)
                + "\n  FROM raw r)")
    # -- domain aggregates and the index ----------------------------------------------------------------
    agg = []
    for d in DOMAINS:
        for role in ("bw", "dep"):
            items = method.indicators(d, role)
            if not items:
                agg.append(f"CAST(NULL AS DOUBLE) AS {role}_{d}")
                agg.append(f"0E0 AS cov_{role}_{d}")
                continue
            num = " + ".join(f"{_num(w)} * COALESCE(n_{i.name}, 0)" for i, w in items)
            den = " + ".join(f"(CASE WHEN n_{i.name} IS NULL THEN 0 ELSE {_num(w)} END)" for i, w in items)
            tot = sum(w for _, w in items)
            agg.append(f"({num}) / NULLIF({den}, 0) AS {role}_{d}")
            agg.append(f"({den}) / {_num(tot)} AS cov_{role}_{d}")
    ctes.append("dom AS (\n  SELECT nrm.*,\n    " + ",\n    ".join(agg) + "\n  FROM nrm)")

    def wmean(prefix: str, weights: Mapping[str, float]) -> str:
        ds = [d for d in DOMAINS if weights.get(d, 0) > 0]
        num = " + ".join(f"{_num(weights[d])} * COALESCE({prefix}_{d}, 0)" for d in ds)
        den = " + ".join(f"(CASE WHEN {prefix}_{d} IS NULL THEN 0 ELSE {_num(weights[d])} END)" for d in ds)
        return f"({num}) / NULLIF({den}, 0)"

    if method.missing == "absent":
        ctes.append(_absent_index(method))
        return ("WITH " + ",\n".join(ctes) + "\nSELECT * FROM fin_idx"
                + ("\nORDER BY power, target, year" if order else ""))
    cov_all = []
    for d in DOMAINS:
        cov_all.append(f"cov_bw_{d} + cov_dep_{d}")
    final = [f"SQRT(bw_{d} * dep_{d}) AS i_{d}" for d in DOMAINS]
    final += [f"(cov_bw_{d} + cov_dep_{d}) / 2E0 AS cov_{d}" for d in DOMAINS]
    final.append(f"{wmean('bw', method.domain_weights)} AS bw_overall")
    final.append(f"{wmean('dep', method.dependence_weights)} AS dep_overall")
    final.append("(" + " + ".join(cov_all) + f") / {_num(2.0 * len(DOMAINS))} AS cov_overall")
    ctes.append("fin_idx AS (\n  SELECT dom.*,\n    " + ",\n    ".join(final) + "\n  FROM dom)")
    return ("WITH " + ",\n".join(ctes) + "\nSELECT fin_idx.*, SQRT(bw_overall * dep_overall) AS i_overall FROM fin_idx"
            + ("\nORDER BY power, target, year" if order else ""))


def _scaled(ind: Indicator, col: str, norm: float | None, sc: str) -> str:
    """The indicator's value in [0, 1] by its transform (``sc``: the share scale of ``sat``)."""
    if ind.transform == "log_max":
        return f"LN(1E0 + {col}) / {_num(norm)}" if norm else "CAST(NULL AS DOUBLE)"
    if ind.transform == "sat":
        return f"LN(1E0 + {sc} * (CASE WHEN {col} > 1 THEN 1E0 ELSE {col} END)) / LN(1E0 + {sc})"
    return col


def _absent_index(method: Method) -> str:
    """Missing is missing (``Method.missing == 'absent'``): a domain whose indicators hold less than
    ``min_domain_coverage`` of its weight (bandwidth and dependence averaged), or lacking either side, has no
    index and is absent from the overall one; the overall index re-weights over the domains present and
    exists only when they hold at least ``min_overall_weight`` of both the bandwidth and the dependence
    domain weights. ``ok_<domain>`` says which domains entered; ``wcov_overall`` the weight they hold."""
    mdc = _num(method.min_domain_coverage)
    mow = _num(method.min_overall_weight)
    ok = {d: f"(CASE WHEN bw_{d} IS NOT NULL AND dep_{d} IS NOT NULL AND (cov_bw_{d} + cov_dep_{d}) / 2E0 >= {mdc} "
             f"THEN 1 ELSE 0 END)" for d in DOMAINS}
    dom = [f"{ok[d]} AS ok_{d}" for d in DOMAINS] + [f"(cov_bw_{d} + cov_dep_{d}) / 2E0 AS cov_{d}" for d in DOMAINS]

    def wsum(prefix: str, weights: Mapping[str, float]) -> tuple[str, str, float]:
        ds = [d for d in DOMAINS if weights.get(d, 0) > 0]
        num = " + ".join(f"(CASE WHEN ok_{d} = 1 THEN {_num(weights[d])} * {prefix}_{d} ELSE 0E0 END)" for d in ds)
        den = " + ".join(f"(CASE WHEN ok_{d} = 1 THEN {_num(weights[d])} ELSE 0E0 END)" for d in ds)
        return num, den, float(sum(weights[d] for d in ds))

    bnum, bden, btot = wsum("bw", method.domain_weights)
    pnum, pden, ptot = wsum("dep", method.dependence_weights)
    fin = [f"CASE WHEN ok_{d} = 1 THEN SQRT(bw_{d} * dep_{d}) END AS i_{d}" for d in DOMAINS]
    fin += [f"({bnum}) / NULLIF({bden}, 0) AS bw_all", f"({pnum}) / NULLIF({pden}, 0) AS dep_all",
            f"({bden}) / {_num(btot)} AS wcov_bw", f"({pden}) / {_num(ptot)} AS wcov_dep"]
    passes = f"wcov_bw >= {mow} AND wcov_dep >= {mow}"
    return (
        "dok AS (\n  SELECT dom.*,\n    " + ",\n    ".join(dom) + "\n  FROM dom),\n"
        "dfin AS (\n  SELECT dok.*,\n    " + ",\n    ".join(fin) + "\n  FROM dok),\n"
        "fin_idx AS (\n  SELECT dfin.*,\n"
        "    CASE WHEN wcov_bw < wcov_dep THEN wcov_bw ELSE wcov_dep END AS wcov_overall,\n"
        f"    (cov_economic * {_num(method.domain_weights.get('economic', 0))}"
        f" + cov_political * {_num(method.domain_weights.get('political', 0))}"
        f" + cov_security * {_num(method.domain_weights.get('security', 0))}) / {_num(btot)} AS cov_overall,\n"
        f"    CASE WHEN {passes} THEN bw_all END AS bw_overall,\n"
        f"    CASE WHEN {passes} THEN dep_all END AS dep_overall,\n"
        f"    CASE WHEN {passes} THEN SQRT(bw_all * dep_all) END AS i_overall\n"
        "  FROM dfin)")


def norms_sql(method: Method | None = None) -> str:
    """max ln(1+x) over state-to-state dyad-years, for every log_max indicator (NULL when no data), over the
    sources ``method`` counts (influence.v1's when not given)."""
    from .methods import INFLUENCE_V1

    m = method or INFLUENCE_V1
    srcs = "(" + ", ".join(f"'{x}'" for x in m.trade_sources) + ")"
    maxima = ",\n  ".join(f"{INDICATOR[name].norm.format(trade_sources=srcs)} AS {name}" for name in LOG_MAX)
    return f"""
WITH {_arms_cte(m)},
arms AS (SELECT a.power, a.target, a.year + l.k AS year, SUM(a.tiv) AS v FROM arms_in a CROSS JOIN in_lags l
              GROUP BY a.power, a.target, a.year + l.k),
fin AS (SELECT f.power, f.target, f.year + l.k AS year, SUM(f.usd) / 1000000E0 AS v FROM in_finance f
        CROSS JOIN in_lags l WHERE l.k < 3 GROUP BY f.power, f.target, f.year + l.k),
ev0 AS (SELECT actor AS a, recipient AS b, year, dkey FROM in_events
        UNION ALL SELECT recipient AS a, actor AS b, year, dkey FROM in_events),
ev AS (SELECT a, b, year, COUNT(DISTINCT dkey) AS v FROM ev0 GROUP BY a, b, year)
SELECT
  {maxima}
"""
