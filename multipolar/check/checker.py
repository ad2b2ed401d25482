"""Decide one claim against the loaded data.

The verdict object (one per claim; the ``check`` JSON and the ``checks`` table)::

    {"claim": {…as in multipolar.evidence/1…}, "quote": "…", "document": {…},
     "verdict": "supported" | "contradicted" | "insufficient_data",
     "value": 42.18, "unit": "percent",          # what the data gives (null when undecided)
     "period_used": "2014", "exact_period": false,
     "dataset": "cow-trade", "citation": "…",
     "rows": [{dataset, indicator, from_actor, to_actor, period, value, unit, source_file, source_rows, cite}],
     "reason": "one readable line",
     "nearest": null | {dataset, value, unit, period_used, rows, would_be, detail},
     "others": [{dataset, value, period_used, would_be, same_period, detail}], "disagreement": false,
     "method": "check.v1"}

Each figure (the deciding one's ``rows``, and every entry of ``others`` and ``nearest``) says whose report it
is: rows name the reporting state (``from_actor`` with the indicator as that state reports it), and the
entries of ``others`` / ``nearest`` also carry ``side`` (``reporter``: the reporter's own figures;
``partner``: its partners' mirror reports; ``mixed``: COW's compiled table; ``compiled``: SIPRI) and
``reported_by`` (the states whose reports they are). ``disagreement`` is true when a source with the same
period would give another verdict; the reason then names both figures and which one decided, and why.

Period rules: a claimed year (or month, or span) must be in the data, else ``insufficient_data`` with the
nearest evidence under ``nearest`` (not a verdict). A claim without a period is about "now": the latest
year with data up to the document's year is used and named. Source choice: the source with the claimed
period decides (national statistics first, then Comtrade, then the reporter's own IMF DOTS report, then
its partners' mirror reports in IMF DOTS, then COW: :mod:`multipolar.check.sources`); for "now", the source
with the most recent year decides. Other sources with the same period are compared and disagreement is
reported.

Topic rule: a claim is decided only by data that measure what it says. A rank or share whose words speak
of security, arms, the military, weapons or defence (:mod:`multipolar.check.topics`) is never decided by
trade tables: an arms-supplier rank is decided from SIPRI deliveries over five years
(:mod:`multipolar.check.arms`), anything else is ``insufficient_data`` naming the data that would decide it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..extract.evidence import Claim
from ..store import Store
from . import arms as A
from . import measures as M
from .rules import QUALIFIER_WORDS, Target, judge, period_distance, target_of
from .sources import TradeSource, citations, is_group, loaded_sources
from .topics import Topic, security_topic

METHOD = "check.v1"
SUPPORTED, CONTRADICTED, INSUFFICIENT = "supported", "contradicted", "insufficient_data"
UNDECIDED = "undecided"  # internal: the data give a range that straddles the claim
MAX_TRIES = 12  # periods tried per source when looking for the latest / nearest computable figure


@dataclass
class Candidate:
    fig: M.Figure
    exact: bool


def fmt_value(value: float, unit: str) -> str:
    if unit == "percent":
        return f"{value:.1f} %"
    if unit == "rank":
        return f"no. {int(value)}"
    if unit == "times":
        return f"{value:.1f}×"
    if unit == "usd":
        return M._money(value)
    return f"{value:g} {unit}"


def _claimed(claim: Claim) -> str:
    unit = claim.unit or ""
    v = claim.value
    if unit == "percent":
        s = f"{v:g} %"
    elif unit == "rank":
        s = f"no. {v:g}"
    elif unit == "times":
        s = f"{v:g}×"
    elif unit in ("usd",):
        s = M._money(v)
    else:
        s = f"{v:g} {unit}"
    return QUALIFIER_WORDS.get(claim.qualifier or "exact", "") + s


class Checker:
    """Checks claims against one store (read-only use)."""

    def __init__(self, store: Store):
        self.store = store
        self.sources = loaded_sources(store)
        self.arms_sources = A.loaded_arms_sources(store)
        self.cites = citations(store)

    # -- public ------------------------------------------------------------
    def check(self, claim: Claim, *, published: str | None = None, quote: str | None = None,
              document: dict[str, Any] | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"claim": claim.as_json(), "quote": quote, "document": document}
        # people counts and money flows have deciders of their own; trade measures and the rest are screened
        topic = None if claim.measure == "people_count" or claim.measure in M.NEEDS else \
            security_topic(claim, quote)
        target = target_of(claim.period, published)
        out.update(self._decide_security(claim, target, topic) if topic else self._decide(claim, target))
        out["method"] = METHOD
        return out

    # -- deciding ----------------------------------------------------------
    def _insufficient(self, reason: str, nearest: dict[str, Any] | None = None) -> dict[str, Any]:
        return {"verdict": INSUFFICIENT, "value": None, "unit": None, "period_used": None, "exact_period": False,
                "dataset": None, "citation": None, "rows": [], "reason": reason, "nearest": nearest, "others": [],
                "disagreement": False}

    def _decide(self, claim: Claim, target: Target) -> dict[str, Any]:
        m = claim.measure
        if m == "people_count":
            who = f" of {M.name(claim.subject)}" if claim.subject else ""
            return self._insufficient(f"No loaded dataset counts people{who} ({claim.about or 'unspecified'}); "
                                      f"deciding it needs {M.people_need(claim.about)}.")
        if m in M.NEEDS:
            return self._insufficient(f"No loaded dataset covers {m.replace('_', ' ')}; deciding it needs "
                                      f"{M.NEEDS[m]}.")
        if m not in M.TRADE_MEASURES:
            what = f" ({claim.about})" if claim.about else ""
            return self._insufficient(f"No loaded dataset covers this kind of figure{what}; it is not a trade "
                                      "share, rank, value or growth that the partner tables can decide.")
        if not claim.subject:
            return self._insufficient("The claim names no country whose trade it is about.")
        if claim.value is None:
            return self._insufficient("The claim has no number to check.")
        if target.kind == "bad":
            return self._insufficient(f"The claimed period {claim.period!r} is not understood (YYYY, YYYY-MM or "
                                      "YYYY/YYYY).")
        flow = M.TRADE_MEASURES[m]
        kind = "percent" if m in M.SHARE else "rank" if m in M.RANK else "other"
        claimed_value = float(claim.value)
        if m in M.SHARE and claim.unit != "percent":
            return self._insufficient(f"A share in {claim.unit!r} is not understood (expected percent).")
        if m in M.RANK:
            if not claim.partner:
                return self._insufficient("A partner rank needs the partner it ranks.")
            if is_group(claim.partner):
                return self._insufficient(f"Ranks of a group ({claim.partner}) among single partners are not "
                                          "computed.")
        if m in M.SHARE and not claim.partner:
            return self._insufficient("A share needs the partner whose share it is.")
        if m in M.VALUE and (claim.unit or "").lower() != "usd":
            return self._insufficient(f"The claim is in {claim.unit!r}; the trade data are in USD and no exchange "
                                      "rates are loaded to compare them.")
        growth_pct = False
        if m in M.GROWTH:
            if target.kind != "span":
                return self._insufficient("A growth multiple needs a span of years (from … to …); the claim gives "
                                          f"{claim.period or 'no period'}.")
            if claim.unit == "percent":
                growth_pct = True
            elif claim.unit != "times":
                return self._insufficient(f"Growth in {claim.unit!r} is not understood (times or percent).")

        sources = [s for s in self.sources if s.periods(claim.subject)]
        if not sources:
            return self._insufficient(self._no_data(claim, target))

        def compute(src: TradeSource, period: str) -> M.Figure | None:
            assert claim.subject is not None
            if m in M.SHARE:
                return M.share(src, claim.subject, claim.partner or "", claim.scope, period, flow)
            if m in M.RANK:
                return M.rank(src, claim.subject, claim.partner or "", period, flow, claimed_value)
            if m in M.VALUE:
                return M.value(src, claim.subject, claim.partner, period, flow)
            y0, y1 = (int(x) for x in period.split("/"))
            return M.growth(src, claim.subject, claim.partner, y0, y1, flow)

        cands = [c for s in sources if (c := self._candidate(s, claim.subject, target, compute, m in M.GROWTH))]

        def verdict_of(fig: M.Figure) -> tuple[str, str]:
            data = (fig.value - 1.0) * 100.0 if growth_pct else fig.value
            ok, rule = judge(data, claimed_value, claim.qualifier, kind)
            rng = fig.extra.get("rank_range")
            if isinstance(rng, tuple) and rng[0] != rng[1] and judge(rng[1], claimed_value, claim.qualifier,
                                                                     kind)[0] != ok:
                return UNDECIDED, rule
            return (SUPPORTED if ok else CONTRADICTED), rule

        def shown(fig: M.Figure) -> str:
            return fmt_value((fig.value - 1) * 100, "percent") if growth_pct else fmt_value(fig.value, fig.unit)

        return self._assemble(claim, target, cands, verdict_of, shown, lambda: self._no_data(claim, target))

    def _assemble(self, claim: Claim, target: Target, cands: list[Candidate],
                  verdict_of: Callable[[M.Figure], tuple[str, str]], shown: Callable[[M.Figure], str],
                  no_data: Callable[[], str]) -> dict[str, Any]:
        """The verdict from the candidate figures (one per source): which decides, the others beside it."""
        if target.kind == "now":
            eligible = [c for c in cands if c.exact or target.ref_year is None or
                        int(c.fig.period[-4:]) <= target.ref_year]
            eligible.sort(key=lambda c: (-int(c.fig.period[-4:]), c.fig.source.priority))
        else:
            eligible = sorted((c for c in cands if c.exact), key=lambda c: c.fig.source.priority)
        decided = [c for c in eligible if verdict_of(c.fig)[0] != UNDECIDED]
        if eligible and not decided:
            fig = eligible[0].fig
            return self._insufficient(f"Undecided: {fig.detail} in {fig.period} ({fig.source.label}); claimed "
                                      f"{_claimed(claim)} — true for some ranks in that range, not for others.",
                                      self._figure_json(fig, UNDECIDED))
        if not decided:
            nearest: dict[str, Any] | None = None
            if cands:
                want = target.period or (str(target.ref_year) if target.ref_year else None)
                best = min(cands, key=lambda c: (self._dist(c.fig.period, want), c.fig.source.priority))
                nearest = self._figure_json(best.fig, verdict_of(best.fig)[0])
            reason = no_data()
            if nearest:
                reason += (f" Nearest evidence, shown separately and not a verdict: {nearest['detail']} "
                           f"({nearest['period_used']}, {best.fig.source.label}; would be {nearest['would_be']}).")
            return self._insufficient(reason, nearest)

        top = decided[0]
        fig = top.fig
        verdict, rule = verdict_of(fig)
        if target.kind == "now":
            ref = target.ref_year
            end = int(fig.period[-4:])
            exact = ref is not None and end == ref
            span = "/" in fig.period
            when = (f"no period stated: latest {'window' if span else 'year'} with data{f' up to {ref}' if ref else ''}"
                    f" is {fig.period}" + ("" if exact or ref is None else f", {ref - end} year(s) before the text"))
        else:
            exact = True
            when = f"claimed period {target.period}" + (f" (window {fig.period})" if fig.period != target.period
                                                        else "")
        reason = (f"{verdict.replace('_', ' ').capitalize()}: {fig.detail} in {fig.period} ({fig.source.label}); "
                  f"claimed {_claimed(claim)} (data {rule}: {shown(fig)}); {when}.")
        others = []
        disagree = False
        rivals = []
        for c in cands:
            if c is top:
                continue
            v, _ = verdict_of(c.fig)
            same = c.fig.period == fig.period
            o = self._figure_json(c.fig, v)
            o["same_period"] = same
            others.append(o)
            if same:
                rivals.append(c.fig.source.label)
                who = _whose(c.fig)
                if v != verdict:
                    disagree = True
                    reason += (f" Sources disagree: {c.fig.source.label} gives {shown(c.fig)}{who} "
                               f"(would be {v}).")
                else:
                    reason += f" {c.fig.source.label} agrees ({shown(c.fig)}{who})."
        if rivals and fig.source.why:
            reason += f" {fig.source.label} decides{_whose(fig)}: {fig.source.why}."
        return {"verdict": verdict, "value": _num(fig.value), "unit": fig.unit, "period_used": fig.period,
                "exact_period": exact, "dataset": fig.source.dataset, "citation": self.cites.get(fig.source.dataset),
                "rows": [r.as_json() for r in fig.rows], "reason": reason, "nearest": None, "others": others,
                "disagreement": disagree, **({"ranking": fig.extra["ranking"]} if "ranking" in fig.extra else {})}

    # -- security, arms, the military: never decided by trade ---------------------------------------------
    def _decide_security(self, claim: Claim, target: Target, topic: Topic) -> dict[str, Any]:
        said = {"arms_supplier": "The claim speaks of arms suppliers", "arms": "The claim is about arms transfers"}.get(
            topic.kind, "The claim is about security ties")
        said += f" (\u201c{topic.phrase}\u201d), which trade figures do not measure: no trade table decides it."
        if topic.kind in ("arms_supplier", "arms"):
            if topic.kind == "arms" or claim.measure not in M.RANK:
                return self._insufficient(f"{said} Deciding it needs {A.NEED}; only a claim that names an arms "
                                          "supplier's rank is decided from them.")
            if not self.arms_sources:
                return self._insufficient(f"{said} Deciding it needs {A.NEED}, and none is loaded "
                                          "(`multipolar load sipri-register PATH`).")
            return self._decide_arms(claim, target, said)
        loaded = (" SIPRI arms transfers are loaded, but an arms-supplier rank alone does not make a security "
                  "partner." if self.arms_sources else "")
        return self._insufficient(f"{said} Deciding it needs {A.SECURITY_NEED}.{loaded}")

    def _decide_arms(self, claim: Claim, target: Target, said: str) -> dict[str, Any]:
        if not claim.subject or not claim.partner:
            return self._insufficient(f"{said} An arms-supplier rank needs the recipient and the supplier.")
        if claim.value is None:
            return self._insufficient("The claim has no number to check.")
        if target.kind == "bad":
            return self._insufficient(f"The claimed period {claim.period!r} is not understood (YYYY, YYYY-MM or "
                                      "YYYY/YYYY).")
        subject, partner, claimed = claim.subject, claim.partner, float(claim.value)
        cands = []
        for src in self.arms_sources:
            win = src.window(target)
            if win is None:
                continue
            fig = A.rank(src, subject, partner, win[0], win[1], claimed)
            if fig is not None:
                cands.append(Candidate(fig, win[2]))

        def verdict_of(fig: M.Figure) -> tuple[str, str]:
            if fig.extra.get("not_a_supplier"):
                return CONTRADICTED, "must be among the suppliers"
            ok, rule = judge(fig.value, claimed, claim.qualifier, "rank")
            return (SUPPORTED if ok else CONTRADICTED), rule

        def shown(fig: M.Figure) -> str:
            return "not a supplier" if fig.extra.get("not_a_supplier") else fmt_value(fig.value, fig.unit)

        def no_data() -> str:
            cover = "; ".join(f"{s.label} covers {s.first}–{s.last}" for s in self.arms_sources)
            return (f"{said} No SIPRI deliveries cover {A.WINDOW} years ending in {target.period or 'the text'}'s "
                    f"year for {M.name(subject)} ({cover}).")

        out = self._assemble(claim, target, cands, verdict_of, shown, no_data)
        if out["verdict"] != INSUFFICIENT:
            out["reason"] = f"{said} Decided from arms deliveries instead. " + out["reason"]
        return out

    # -- helpers -----------------------------------------------------------
    @staticmethod
    def _dist(period: str, ref: str | None) -> float:
        if ref is None:
            return -int(period[:4])  # no reference: the latest
        if "/" in period or "/" in ref:
            a, b = period.split("/") if "/" in period else (period, period)
            c, d = ref.split("/") if "/" in ref else (ref, ref)
            return abs(int(a) - int(c)) + abs(int(b) - int(d))
        return period_distance(period, ref)

    def _candidate(self, src: TradeSource, subject: str, target: Target, compute: Any,
                   span: bool) -> Candidate | None:
        periods = src.periods(subject)
        if span:
            years = src.years(subject)
            if not years or target.start is None or target.end is None:
                return None
            want = f"{target.start}/{target.end}"
            if target.start in years and target.end in years:
                fig = compute(src, want)
                if fig is not None:
                    return Candidate(fig, True)
            # nearest span: each end moved to the closest year with data
            y0 = min(years, key=lambda y: (abs(y - target.start), -y))  # type: ignore[operator]
            y1 = min(years, key=lambda y: (abs(y - target.end), y))  # type: ignore[operator]
            if y0 >= y1:
                return None
            fig = compute(src, f"{y0}/{y1}")
            return Candidate(fig, False) if fig is not None else None
        if target.kind == "now":
            annual = [p for p in periods if len(p) == 4]
            ref = target.ref_year
            before = sorted((p for p in annual if ref is None or int(p) <= ref), reverse=True)
            after = sorted(p for p in annual if ref is not None and int(p) > ref)
            for p in (before + after)[:MAX_TRIES]:
                fig = compute(src, p)
                if fig is not None:
                    return Candidate(fig, ref is not None and int(p) == ref)
            return None
        want = target.period or ""
        if want in periods:
            fig = compute(src, want)
            if fig is not None:
                return Candidate(fig, True)
        pool = [p for p in periods if p != want and (len(p) == 4 or len(want) == 7)]
        pool.sort(key=lambda p: (period_distance(p, want), len(p), p))
        for p in pool[:MAX_TRIES]:
            fig = compute(src, p)
            if fig is not None:
                return Candidate(fig, False)
        return None

    def _figure_json(self, fig: M.Figure, would_be: str) -> dict[str, Any]:
        return {"dataset": fig.source.dataset, "value": _num(fig.value), "unit": fig.unit,
                "period_used": fig.period, "would_be": would_be, "detail": fig.detail,
                "side": fig.extra.get("side", fig.source.side), "reported_by": fig.extra.get("reported_by", []),
                "citation": self.cites.get(fig.source.dataset), "rows": [r.as_json() for r in fig.rows]}

    def _no_data(self, claim: Claim, target: Target) -> str:
        subject = M.name(claim.subject)
        when = {"now": "", "span": f" for both {target.start} and {target.end}"}.get(target.kind,
                                                                                   f" for {target.period}")
        cover = []
        flow = M.TRADE_MEASURES.get(claim.measure)
        for s in self.sources:
            years = s.years(claim.subject or "")
            if years:
                cover.append(f"{s.label} covers {years[0]}–{years[-1]}"
                             + ("" if flow is None or s.holds(flow) else f" but holds {', '.join(s.flows)} only"))
                if (s.side == "partner" and flow and claim.measure in M.SHARE and not claim.scope and target.period
                        and target.period in s.periods(claim.subject or "")
                        and s.share_total(claim.subject or "", target.period, flow)[0] is None):
                    cover.append(f"{s.label} has {target.period} but no world total (mirror reports have none), "
                                 f"and no source has {subject}'s own total for {target.period}")
            extra = s.commodity_only(claim.subject or "")
            if extra:
                cover.append(f"{s.label} holds only commodity records for {claim.subject} ({'; '.join(extra)}), "
                             "not total trade")
        have = f" ({'; '.join(cover)})" if cover else ""
        if not self.sources:
            have = (" (no trade dataset is loaded: run `multipolar load "
                    "imf-dots|geostat-exports|armstat-trade|comtrade|cow-trade PATH`)")
        partner = f" with {M.name(claim.partner)}" if claim.partner else ""
        return f"No partner trade data for {subject}{partner}{when} is loaded{have}."


def _num(x: float) -> float:
    return round(x, 4)


def _whose(fig: M.Figure) -> str:
    """", as Armenia reports it" / ", as Georgia, Azerbaijan report it" — or nothing for a compiled table."""
    by = fig.extra.get("reported_by")
    if not isinstance(by, list) or not by or fig.extra.get("side") not in ("reporter", "partner"):
        return ""
    if fig.extra.get("side") == "partner" and len(by) > 3:
        return f", as {len(by)} partners report it"
    names = ", ".join(M.name(p) for p in by)
    return f", as {names} report{'s' if len(by) == 1 else ''} it"
