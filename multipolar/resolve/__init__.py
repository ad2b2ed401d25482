"""Resolving names, codes and dates: the actor registry, code tables and date parsing.

Import the modules themselves (``multipolar.resolve.registry`` …); the package face exports nothing."""

__all__: list[str] = []
