"""Versioned measurement methods: which indicators enter the index, how they are scaled and weighted.

A stored score names the method that produced it (``scores.method``). A method is immutable once
published: change the weights and you have a new method (register it under a new name, e.g.
``influence.v1-custom`` from :meth:`Method.with_weights`, or ``influence.v2``).

The indicators themselves (roles, transforms, their SQL) are units of :mod:`multipolar.measure.indicators`.
See docs/methods.md for the reasons.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from ..errors import UsageError
from .indicators import INDICATOR, INDICATORS, Indicator


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
    trade_sources: tuple[str, ...] = ("armstat", "cow")   # precedence, first decides (see store/inputs.py)
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
