"""Check an article's quantitative claims against the loaded public record.

* :func:`check` — extract the claims of files/URLs and decide each against a store's data;
* :func:`check_stored` — decide the claims of every stored document and save the verdicts (``checks``);
* :func:`check_claims` — decide :class:`~multipolar.extract.evidence.Claim` objects directly.

How a claim is decided: :mod:`multipolar.check.checker` (verdict object, period and source rules),
:mod:`multipolar.check.rules` (qualifiers and tolerances), :mod:`multipolar.check.measures` (shares,
ranks, values, growth multiples; what data would decide the rest), :mod:`multipolar.check.sources`
(partner tables from Armstat, Geostat, Comtrade, IMF DOTS — the reporter's own report and its partners'
mirror reports — and COW), :mod:`multipolar.check.topics` (claims about security, arms or the military,
which trade figures never decide) and :mod:`multipolar.check.arms` (arms-supplier ranks from SIPRI).
"""

from .api import check, check_claims, check_stored, stored_checks
from .checker import CONTRADICTED, INSUFFICIENT, METHOD, SUPPORTED, Checker

__all__ = ["CONTRADICTED", "INSUFFICIENT", "METHOD", "SUPPORTED", "Checker", "check", "check_claims",
           "check_stored", "stored_checks"]
