"""The measurement, written once in the SQL that DuckDB and Spark SQL both speak.

Only portable constructs are used: CTEs, joins, GROUP BY, UNION [ALL], CASE, COALESCE, NULLIF, LN, SQRT,
ABS, COUNT(DISTINCT). No casts with ``::``, no QUALIFY, no arrays, no engine-specific functions;
every division is guarded with NULLIF (Spark's ANSI mode raises on division by zero). The SQL reads the
``in_*`` tables of :mod:`multipolar.measure.inputs` and nothing else.

``indicators_sql`` builds one query giving, per (power, target, year), every raw indicator, its scaled
value (``n_<name>``), the per-domain bandwidth, dependence, index and coverage, and the overall index.
``norms_sql`` gives the scaling constants: max ln(1+x) over all state-to-state dyad-years.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..errors import UsageError
from .methods import DOMAINS, INDICATORS, Method

LOG_MAX = ("trade_volume", "finance_volume", "arms_volume", "shared_igos", "event_count")
_CODE = re.compile(r"^[A-Z0-9:_\-]{2,24}$")


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
    ln_sc = f"LN(1E0 + {sc})"
    d = "CAST(NULL AS DOUBLE)"
    v = "CAST(NULL AS STRING)"
    i = "CAST(NULL AS INTEGER)"
    ctes: list[str] = []
    # -- trade: source priority per target-year (Armstat where it has the year, else COW) -------------
    ctes.append(f"""tsrc AS (
  SELECT actor AS target, year, MIN(CASE WHEN src = 'armstat' THEN 0 ELSE 1 END) AS pr
  FROM in_totals WHERE 1 = 1{tf('actor')}{yf('year')} GROUP BY actor, year)""")
    ctes.append(f"""tf AS (
  SELECT f.target, f.partner, f.year, f.m, f.x FROM in_tflows f
  LEFT JOIN tsrc s ON s.target = f.target AND s.year = f.year
  WHERE ((f.src = 'armstat' AND s.pr = 0) OR (f.src = 'cow' AND (s.pr IS NULL OR s.pr = 1)))
  {tf('f.target')}{yf('f.year')})""")
    ctes.append(f"""ttot AS (
  SELECT t.actor AS target, t.year, t.tm, t.tx FROM in_totals t
  LEFT JOIN tsrc s ON s.target = t.actor AND s.year = t.year
  WHERE ((t.src = 'armstat' AND s.pr = 0) OR (t.src = 'cow' AND (s.pr IS NULL OR s.pr = 1)))
  {tf('t.actor')}{yf('t.year')})""")
    ctes.append(f"""ptot AS (
  SELECT power, year, SUM(tm) AS tm, SUM(tx) AS tx FROM (
  {_mapped("s.actor AS power, s.year, s.tm, s.tx", "g.grp AS power, s.year, s.tm, s.tx", "in_totals", "actor",
           " AND s.src = 'cow'" + yf('s.year'))}) p WHERE 1 = 1{pf('power')} GROUP BY power, year)""")
    ctes.append(f"""armt AS (
  SELECT a.target, a.year + l.k AS year, SUM(a.tiv) AS tot5 FROM in_arms a CROSS JOIN in_lags l
  WHERE 1 = 1{tf('a.target')}{yf('a.year', 4)} GROUP BY a.target, a.year + l.k)""")
    ctes.append(f"""fdonor AS (
  SELECT DISTINCT power FROM (
  {_mapped("s.power", "g.grp AS power", "in_finance", "power", "")}) u)""")
    ctes.append("""cov AS (
  SELECT MIN(CASE WHEN source = 'sipri' THEN y0 END) AS s0, MAX(CASE WHEN source = 'sipri' THEN y1 END) AS s1,
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
    cols = ("m", "x", "tiv", "usd", "score", "igo", "agree", "dkey", "quad", "gold", "sn", "spos")
    types = {"dkey": v, "quad": i}

    def row(src_cols: Mapping[str, str]) -> str:
        return ", ".join(f"{src_cols.get(c, types.get(c, d))} AS {c}" if c in src_cols else f"{types.get(c, d)} AS {c}"
                         for c in cols)

    parts = []
    parts.append(_mapped(f"s.partner AS power, s.target, s.year, {row({'m': 's.m', 'x': 's.x'})}",
                         f"g.grp AS power, s.target, s.year, {row({'m': 's.m', 'x': 's.x'})}", "tf", "partner", ""))
    parts.append(f"""SELECT a.power, a.target, a.year + l.k AS year, {row({'tiv': 'a.tiv'})} FROM (
  {_mapped("s.power, s.target, s.year, s.tiv", "g.grp AS power, s.target, s.year, s.tiv", "in_arms", "power",
           tf('s.target') + yf('s.year', 4))}) a CROSS JOIN in_lags l""")
    parts.append(f"""SELECT f.power, f.target, f.year + l.k AS year, {row({'usd': 'f.usd'})} FROM (
  {_mapped("s.power, s.target, s.year, s.usd", "g.grp AS power, s.target, s.year, s.usd", "in_finance", "power",
           tf('s.target') + yf('s.year', 2))}) f CROSS JOIN in_lags l WHERE l.k < 3""")
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
    ctes.append(f"""dyad AS (
  SELECT power, target, year, SUM(m) AS m, SUM(x) AS x, SUM(tiv) AS tiv5, SUM(usd) / 1000000E0 AS usd3,
         MAX(score) AS score, AVG(igo) AS igo, AVG(agree) AS agree, COUNT(DISTINCT dkey) AS n_ev, AVG(gold) AS gold,
         SUM(CASE WHEN quad IN (1, 2) THEN 1 ELSE 0 END) AS n_coop,
         SUM(CASE WHEN quad IN (3, 4) THEN 1 ELSE 0 END) AS n_conf,
         SUM(CASE WHEN quad IS NOT NULL THEN 1 ELSE 0 END) AS n_quad,
         SUM(sn) AS sn, SUM(spos) AS spos
  FROM rows
  WHERE power <> target AND target NOT IN (SELECT DISTINCT grp FROM in_groups){tf('target')}{pf('power')}{yf('year')}
  GROUP BY power, target, year)""")
    # -- raw indicators ---------------------------------------------------------------------------------
    ctes.append("""raw AS (
  SELECT dy.power, dy.target, dy.year,
    CASE WHEN dy.m IS NULL AND dy.x IS NULL THEN NULL ELSE COALESCE(dy.m, 0) + COALESCE(dy.x, 0) END AS trade_volume,
    CASE WHEN dy.m IS NULL AND dy.x IS NULL THEN NULL
         ELSE (COALESCE(dy.m, 0) + COALESCE(dy.x, 0)) / NULLIF(COALESCE(tt.tm, 0) + COALESCE(tt.tx, 0), 0) END
      AS trade_share,
    dy.m / NULLIF(tt.tm, 0) AS import_share,
    dy.x / NULLIF(tt.tx, 0) AS export_share,
    CASE WHEN dy.m IS NULL AND dy.x IS NULL THEN NULL
         ELSE (COALESCE(dy.m, 0) + COALESCE(dy.x, 0)) / NULLIF(COALESCE(pt.tm, 0) + COALESCE(pt.tx, 0), 0) END
      AS reverse_trade_share,
    CASE WHEN fd.power IS NULL THEN NULL
         WHEN dy.year BETWEEN cov.f0 AND cov.f1 + 2 THEN COALESCE(dy.usd3, 0) ELSE NULL END AS finance_volume,
    CASE WHEN fd.power IS NULL OR NOT (dy.year BETWEEN cov.f0 AND cov.f1 + 2) THEN NULL
         WHEN COALESCE(dy.usd3, 0) / 3E0 >= tt.tm THEN 1E0
         ELSE COALESCE(dy.usd3, 0) / 3E0 / NULLIF(tt.tm, 0) END AS finance_intensity,
    CASE WHEN dy.year BETWEEN cov.s0 AND cov.s1 + 4 THEN COALESCE(dy.tiv5, 0) ELSE NULL END AS arms_volume,
    CASE WHEN dy.year BETWEEN cov.s0 AND cov.s1 + 4 THEN COALESCE(dy.tiv5 / NULLIF(atot.tot5, 0), 0) ELSE NULL END
      AS arms_share,
    CASE WHEN dy.score IS NOT NULL THEN dy.score WHEN dy.year BETWEEN cov.a0 AND cov.a1 THEN 0E0 ELSE NULL END
      AS alliance,
    CASE WHEN dy.score IS NOT NULL THEN dy.score WHEN dy.year BETWEEN cov.a0 AND cov.a1 THEN 0E0 ELSE NULL END
      AS alliance_tie,
    dy.igo AS shared_igos,
    dy.agree AS unga_agreement,
    CASE WHEN dy.n_ev > 0 THEN dy.n_ev END AS event_count,
    (dy.gold + 10E0) / 20E0 AS event_tone,
    CASE WHEN dy.n_ev > 0 THEN (dy.n_coop - dy.n_conf) / NULLIF(CAST(dy.n_quad AS DOUBLE), 0) END AS net_cooperation,
    CASE WHEN dy.n_ev > 0 THEN dy.n_coop END AS events_coop,
    CASE WHEN dy.n_ev > 0 THEN dy.n_conf END AS events_conflict,
    dy.spos / NULLIF(dy.sn, 0) AS stance_alignment,
    ABS(tth.theta - pth.theta) AS unga_ideal_distance,
    1E0 - ABS(tth.theta - pth.theta) / NULLIF(ip.rng, 0) AS unga_alignment,
    (CASE WHEN dy.m IS NULL AND dy.x IS NULL THEN NULL
         ELSE (COALESCE(dy.m, 0) + COALESCE(dy.x, 0)) / NULLIF(COALESCE(tt.tm, 0) + COALESCE(tt.tx, 0), 0) END)
    - (CASE WHEN dy.m IS NULL AND dy.x IS NULL THEN NULL
         ELSE (COALESCE(dy.m, 0) + COALESCE(dy.x, 0)) / NULLIF(COALESCE(pt.tm, 0) + COALESCE(pt.tx, 0), 0) END)
      AS trade_asymmetry
  FROM dyad dy CROSS JOIN cov
  LEFT JOIN ttot tt ON tt.target = dy.target AND tt.year = dy.year
  LEFT JOIN ptot pt ON pt.power = dy.power AND pt.year = dy.year
  LEFT JOIN fdonor fd ON fd.power = dy.power
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
        if ind.transform == "log_max":
            nv = norms.get(ind.name)
            expr = f"LN(1E0 + {col}) / {_num(nv)}" if nv else "CAST(NULL AS DOUBLE)"
        elif ind.transform == "sat":
            expr = f"LN(1E0 + {sc} * (CASE WHEN {col} > 1 THEN 1E0 ELSE {col} END)) / {ln_sc}"
        else:
            expr = col
        scaled.append(f"{expr} AS n_{ind.name}")
    ctes.append("nrm AS (\n  SELECT r.power, r.target, r.year,\n    " + ",\n    ".join(scaled) + "\n  FROM raw r)")
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


def norms_sql() -> str:
    """max ln(1+x) over state-to-state dyad-years, for every log_max indicator (NULL when no data)."""
    return """
WITH arms AS (SELECT a.power, a.target, a.year + l.k AS year, SUM(a.tiv) AS v FROM in_arms a CROSS JOIN in_lags l
              GROUP BY a.power, a.target, a.year + l.k),
fin AS (SELECT f.power, f.target, f.year + l.k AS year, SUM(f.usd) / 1000000E0 AS v FROM in_finance f
        CROSS JOIN in_lags l WHERE l.k < 3 GROUP BY f.power, f.target, f.year + l.k),
ev0 AS (SELECT actor AS a, recipient AS b, year, dkey FROM in_events
        UNION ALL SELECT recipient AS a, actor AS b, year, dkey FROM in_events),
ev AS (SELECT a, b, year, COUNT(DISTINCT dkey) AS v FROM ev0 GROUP BY a, b, year)
SELECT
  (SELECT MAX(LN(1E0 + COALESCE(m, 0) + COALESCE(x, 0))) FROM in_tflows) AS trade_volume,
  (SELECT MAX(LN(1E0 + v)) FROM fin) AS finance_volume,
  (SELECT MAX(LN(1E0 + v)) FROM arms) AS arms_volume,
  (SELECT MAX(LN(1E0 + n)) FROM in_igo) AS shared_igos,
  (SELECT MAX(LN(1E0 + v)) FROM ev) AS event_count
"""
