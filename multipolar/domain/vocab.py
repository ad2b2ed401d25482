"""The vocabularies of evidence (``multipolar.evidence/1``, ../shared/docs/evidence-format.md) in one home.

PLOVER event types (by quad class), modes per type and contexts; claim measures and qualifiers; stance issues
and polarities; actor kinds. The extraction rules may only write these (:class:`multipolar.extract.evidence
.Evidence` checks them when it is built). Sources: the PLOVER manual (DRAFT 2.0, as summarised in
../shared/docs/event-data.md) and the CAMEO→PLOVER table (``CAMEO2PLOVER-2021.txt``, which the CAMEO trigger
lexicon is built from), plus the few modes and issues of the project's own rules, marked below.
"""

from __future__ import annotations

import re

#: The 16 PLOVER event types by quad class (CAMEO 01 and 02 were dropped by PLOVER).
PLOVER_QUAD_CLASSES: dict[str, tuple[str, ...]] = {
    "verbal cooperation": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    "material cooperation": ("COOPERATE", "AID", "RETREAT"),
    "verbal conflict": ("REQUEST", "ACCUSE", "REJECT", "THREATEN"),
    "material conflict": ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}
EVENT_TYPES: tuple[str, ...] = tuple(t for types in PLOVER_QUAD_CLASSES.values() for t in types)

_ASK = ("assist", "change", "yield", "meet")
#: Type → its modes (the "how"): the manual's, those the CAMEO→PLOVER table adds (``ease``, ``return``,
#: ``ban``, ``assassinate``, ``cleansing``, ``massacre``; it also writes the contexts ``political`` and
#: ``pro_autocracy`` in the mode column), and the rules' own (CONSULT ``host``/``meet``, RETREAT ``drawdown``).
EVENT_MODES: dict[str, frozenset[str]] = {t: frozenset(m) for t, m in {
    "AGREE": (), "SUPPORT": (), "CONCEDE": (), "COOPERATE": (), "AID": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone", "host", "meet"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign", "ease", "return", "drawdown"),
    "REQUEST": _ASK,
    "REJECT": _ASK,
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence", "ban", "political"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber", "ban"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
                "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional",
                "assassinate", "cleansing", "massacre", "seize", "pro_autocracy"),
}.items()}

#: PLOVER's 37 contexts (the "why"; an event may have several).
EVENT_CONTEXTS: frozenset[str] = frozenset({
    "military", "intelligence", "executive", "legislative", "election", "political_institutions", "pro_democracy",
    "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms", "repression",
    "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory",
    "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource", "environment", "technology",
    "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
})

#: Trade flows, as the measures name them (``export_share``, ``trade_partner_rank`` …).
FLOWS: tuple[str, ...] = ("export", "import", "trade")
CLAIM_MEASURES: tuple[str, ...] = (
    *(f"{f}_value" for f in FLOWS), "trade_growth", *(f"{f}_share" for f in FLOWS),
    *(f"{f}_partner_rank" for f in FLOWS), "people_count", "investment_value", "aid_value", "loan_value",
    "area", "distance", "other",
)
CLAIM_QUALIFIERS: tuple[str, ...] = ("exact", "approx", "more_than", "less_than", "at_least", "at_most")

#: The format's stance issues, and the rules' own (``iran_nuclear_deal``, ``freedom_of_navigation``,
#: ``csto_membership``, ``security_council_reform``: issues the annotators coined that several writers share).
STANCE_ISSUES: frozenset[str] = frozenset({
    "territorial_integrity", "sovereignty", "self_determination", "one_china", "non_interference",
    "nato_membership", "eu_membership", "eaeu_membership", "csto_membership", "equidistance",
    "economic_ties_with_china", "economic_ties_with_russia", "economic_ties_with_eu", "economic_ties_with_usa",
    "economic_ties_with_turkey", "economic_ties_with_iran", "energy_security",
    "sanctions_on_russia", "sanctions_on_china", "sanctions_on_iran",
    "peace_agreement", "ceasefire", "humanitarian_access",
    "democratic_backsliding", "human_rights", "rule_of_law", "foreign_agent_law",
    "armenian_genocide_recognition", "iran_nuclear_deal", "freedom_of_navigation", "security_council_reform",
})
#: Issue families open to any state: ``sanctions_on_<state>``, ``economic_ties_with_<state>`` (a snake_case name).
ISSUE_FAMILIES: tuple[str, ...] = ("sanctions_on_", "economic_ties_with_")
STANCE_POLARITIES: tuple[str, ...] = ("support", "oppose")

#: A new issue in an annotation ("add a new snake_case issue only when none fits").
SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")

ACTOR_KINDS: frozenset[str] = frozenset({
    "state", "state_group", "person", "organization", "company", "place", "region", "armed_group", "project",
})


def is_stance_issue(issue: str) -> bool:
    """A known issue, or one of a family (``sanctions_on_north_korea``)."""
    return issue in STANCE_ISSUES or any(
        issue.startswith(f) and bool(SNAKE_CASE.fullmatch(issue[len(f):])) for f in ISSUE_FAMILIES)
