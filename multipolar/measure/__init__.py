"""Measurement: influence indices, hedging and validation computed from the store's published inputs.

Import the modules themselves (``multipolar.measure.api`` …); the package face exports nothing."""

__all__: list[str] = []
