"""Versioned measurement methods: which indicators enter the index, how they are scaled and weighted.

A stored score names the method that produced it (``scores.method``). A method is immutable once
published: change the weights and you have a new method (register it under a new name, e.g.
``influence.v1-custom`` from :meth:`Method.with_weights`, or ``influence.v2``).

Indicator roles: ``bw`` — bandwidth (volume of ties), ``dep`` — dependence (for the political domain:
alignment), ``info`` — computed, shown and explained, not in the index. Transforms: ``log_max`` —
``ln(1+x) / max ln(1+x)`` over all state-to-state dyad-years loaded (FBIC's historical-maximum scaling);
``sat`` — ``ln(1+100·s) / ln(101)`` for shares in [0, 1] (saturating: the first per cents of a share weigh
more than the last); ``unit`` — already in [0, 1]. See docs/methods.md for the reasons.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from ..errors import UsageError


@dataclass(frozen=True)
class Indicator:
    name: str
    domain: str
    role: str             # 'bw', 'dep' or 'info'
    transform: str        # 'log_max', 'sat', 'unit' or 'raw'
    sources: tuple[str, ...]
    about: str
    unit: str = ""


INDICATORS: tuple[Indicator, ...] = (
    # economic
    Indicator("trade_volume", "economic", "bw", "log_max", ("cow-trade", "armstat-trade"),
              "target's imports from + exports to the power (source: Armstat for ARM where it has the year, else COW)",
              "usd_million"),
    Indicator("trade_share", "economic", "dep", "sat", ("cow-trade", "armstat-trade"),
              "power's share of the target's total trade (imports + exports)", "share"),
    Indicator("import_share", "economic", "info", "unit", ("cow-trade", "armstat-trade"),
              "power's share of the target's imports", "share"),
    Indicator("export_share", "economic", "info", "unit", ("cow-trade", "armstat-trade"),
              "power's share of the target's exports", "share"),
    Indicator("reverse_trade_share", "economic", "info", "unit", ("cow-trade", "armstat-trade"),
              "target's share of the power's total trade (the reverse dependence)", "share"),
    Indicator("trade_asymmetry", "economic", "info", "raw", ("cow-trade", "armstat-trade"),
              "trade_share − reverse_trade_share (> 0: the target needs the power more than the reverse)", "share"),
    Indicator("finance_volume", "economic", "bw", "log_max", ("aiddata",),
              "Chinese official finance committed to the target, 3-year rolling sum (CHN only)", "usd_million_2021"),
    Indicator("fdi_position", "economic", "bw", "log_max", ("imf-dip",),
              "the power's outward direct investment position in the target (IMF DIP; investors CHN DEU JPN USA SGP "
              "and groups holding them; negative net positions count as 0)", "usd_million"),
    Indicator("finance_intensity", "economic", "dep", "sat", ("aiddata", "cow-trade", "armstat-trade"),
              "3-year average yearly finance / the target's yearly imports (capped at 1)", "ratio"),
    # security
    Indicator("arms_volume", "security", "bw", "log_max", ("sipri",),
              "SIPRI TIV delivered by the power to the target, 5-year rolling sum", "tiv_million"),
    Indicator("arms_share", "security", "dep", "sat", ("sipri",),
              "power's share of the target's arms imports (TIV), 5-year rolling", "share"),
    Indicator("alliance", "security", "dep", "unit", ("atop", "cow-alliance"),
              "strongest alliance tie (defence/offence 1, neutrality/non-aggression 0.5, consultation 0.25)",
              "grade"),
    Indicator("alliance_tie", "security", "bw", "unit", ("atop", "cow-alliance"),
              "the same alliance grade, counted as a channel of interaction (security bandwidth)", "grade"),
    # political
    Indicator("shared_igos", "political", "bw", "log_max", ("cow-igo",),
              "IGOs both are full members of (for a group: the members' mean)", "count"),
    Indicator("event_count", "political", "bw", "log_max", ("events",),
              "distinct events between the two (articles, GDELT, ICEWS; either direction, de-duplicated)", "count"),
    Indicator("unga_alignment", "political", "dep", "unit", ("unga-ideal-points",),
              "1 − |ideal point distance| / the year's range of ideal points", "share"),
    Indicator("unga_agreement", "political", "dep", "unit", ("unga-ideal-points",),
              "share of UNGA votes in which the two agreed (Voeten; powers USA RUS CHN BRA IND ISR)", "share"),
    Indicator("event_tone", "political", "dep", "unit", ("events",),
              "mean Goldstein score of their events, rescaled (g + 10) / 20", "share"),
    Indicator("stance_alignment", "political", "dep", "unit", ("stances",),
              "share of stances aligned: the power's support for the target, and shared positions on issues",
              "share"),
    Indicator("unga_ideal_distance", "political", "info", "raw", ("unga-ideal-points",),
              "|ideal point of target − ideal point of power| (group: members' mean)", "ideal_point"),
    Indicator("net_cooperation", "political", "info", "raw", ("events",),
              "(verbal + material cooperation − verbal − material conflict) / events (quad classes)", "share"),
    Indicator("events_coop", "political", "info", "raw", ("events",), "events in quad classes 1–2", "count"),
    Indicator("events_conflict", "political", "info", "raw", ("events",), "events in quad classes 3–4", "count"),
)

INDICATOR = {i.name: i for i in INDICATORS}


@dataclass(frozen=True)
class Method:
    """A registered index: indicator weights per domain and role, domain weights, and the overall form."""

    name: str
    about: str
    weights: Mapping[str, float]                 # indicator → weight inside its (domain, role) block
    domain_weights: Mapping[str, float]          # domain → weight in the overall bandwidth
    dependence_weights: Mapping[str, float]      # domain → weight in the overall dependence
    share_scale: float = 100.0                   # the 100 in ln(1 + 100 s) / ln(101)
    draws: int = 100                             # bootstrap draws for the 90 % interval
    weight_jitter: float = 0.5                   # weights drawn uniformly in [w(1-j), w(1+j)]
    seed: int = 20240501
    extra: Mapping[str, float] = field(default_factory=dict)
    # -- which sources decide, and what missing data does (influence.v2 and later) ------------------------
    trade_sources: tuple[str, ...] = ("armstat", "cow")   # precedence, first decides (see measure/inputs.py)
    arms_sources: tuple[str, ...] = ("sipri",)             # per year, the first source covering it decides
    missing: str = "legacy"             # 'legacy' (v1: domains with partial data still enter) or 'absent'
    min_domain_coverage: float = 0.0    # 'absent': below this share of a domain's indicator weight, no domain
    min_overall_weight: float = 0.0     # 'absent': below this share of the domain weights present, no overall

    def indicators(self, domain: str, role: str) -> list[tuple[Indicator, float]]:
        return [(i, float(self.weights[i.name])) for i in INDICATORS
                if i.domain == domain and i.role == role and self.weights.get(i.name, 0) > 0]

    def with_weights(self, name: str, weights: Mapping[str, float] | None = None,
                     domain_weights: Mapping[str, float] | None = None,
                     dependence_weights: Mapping[str, float] | None = None) -> Method:
        """A variant under a new name (the original stays as registered)."""
        unknown = set(weights or {}) - set(INDICATOR)
        if unknown:
            raise UsageError(f"unknown indicator(s) {sorted(unknown)}", hint=f"choose from {sorted(INDICATOR)}")
        return replace(self, name=name, weights={**self.weights, **(weights or {})},
                       domain_weights={**self.domain_weights, **(domain_weights or {})},
                       dependence_weights={**self.dependence_weights, **(dependence_weights or {})})


INFLUENCE_V1 = Method(
    name="influence.v1",
    about=("FBIC-style influence capacity: per domain sqrt(bandwidth × dependence); overall sqrt(mean domain "
           "bandwidth × mean economic and security dependence). Calibrated against FBIC (docs/methods.md)."),
    weights={"trade_volume": 1.0, "finance_volume": 0.5, "trade_share": 1.0, "finance_intensity": 0.25,
             "arms_volume": 1.0, "alliance_tie": 0.5, "arms_share": 1.0, "alliance": 1.0,
             "shared_igos": 1.0, "event_count": 0.25,
             "unga_alignment": 1.0, "unga_agreement": 1.0, "event_tone": 0.25, "stance_alignment": 0.5},
    domain_weights={"economic": 1.5, "political": 1.0, "security": 1.0},
    dependence_weights={"economic": 1.5, "political": 0.0, "security": 1.0},
)


INFLUENCE_V2 = replace(
    INFLUENCE_V1,
    name="influence.v2",
    about=("influence.v1's index with the record to the present and missing kept missing: trade decided by one "
           "source per state, year and flow (national statistics, the state's own IMF DOTS report, partners' "
           "mirror reports, COW), arms by one SIPRI edition per year, outward direct investment (IMF DIP) as "
           "economic bandwidth; a domain below half its indicator weight is absent (never a zero factor), the "
           "overall index re-weights over the domains present and exists only when they hold at least 60 % of "
           "both the bandwidth and the dependence weights; intervals widened for the domains missing."),
    weights={**INFLUENCE_V1.weights, "fdi_position": 0.5},
    trade_sources=("armstat", "geostat", "dots", "dots_mirror", "cow"),
    arms_sources=("sipri-register", "sipri"),
    missing="absent",
    min_domain_coverage=0.5,
    min_overall_weight=0.6,
)


@dataclass(frozen=True)
class HedgingMethod:
    name: str
    about: str
    divergence_domains: tuple[str, str] = ("economic", "security")
    require_all: bool = False   # True: a target-year with a power lacking a score has no hedging figure


HEDGING_V1 = HedgingMethod(
    name="hedging.v1",
    about=("Shares of influence among the powers per target, year and domain; normalised entropy "
           "H = −Σ π ln π / ln |P|, lead gap π(1) − π(2), and the Jensen–Shannon divergence between the "
           "economic and the security shares."),
)

HEDGING_V2 = HedgingMethod(
    name="hedging.v2",
    about=("hedging.v1 over influence.v2 scores, missing kept missing: a target-year where any power asked has "
           "no score has no entropy, leader or divergence (the powers without a score are named)."),
    require_all=True,
)

DEFAULT_METHOD = INFLUENCE_V2.name
METHODS: dict[str, Method] = {INFLUENCE_V1.name: INFLUENCE_V1, INFLUENCE_V2.name: INFLUENCE_V2}
HEDGING_METHODS: dict[str, HedgingMethod] = {HEDGING_V1.name: HEDGING_V1, HEDGING_V2.name: HEDGING_V2}


def hedging_method_for(influence_method: str) -> HedgingMethod:
    """The hedging method that goes with an influence method (v1 scores: hedging.v1; later: hedging.v2)."""
    return HEDGING_V1 if get_method(influence_method).missing == "legacy" else HEDGING_V2


def register(method: Method) -> Method:
    if method.name in METHODS and METHODS[method.name] != method:
        raise UsageError(f"a different method is already registered as {method.name!r}",
                         hint="give the variant a new name")
    METHODS[method.name] = method
    return method


def get_method(name: str) -> Method:
    try:
        return METHODS[name]
    except KeyError:
        raise UsageError(f"unknown method {name!r}", hint=f"choose one of: {', '.join(sorted(METHODS))}") from None
