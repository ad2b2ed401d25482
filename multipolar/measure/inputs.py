"""The measurement's input views now live in the store (:mod:`multipolar.store.inputs`); these names stay
importable here for callers not yet moved (the brief's source years, ``scripts/build_starter.py``)."""

from ..store.inputs import ALLIANCE_GRADES, FINANCE_INDICATORS, INPUT_TABLES, STAGING_SQL, stage

__all__ = ["ALLIANCE_GRADES", "FINANCE_INDICATORS", "INPUT_TABLES", "STAGING_SQL", "stage"]
