"""Reading documents: the rule-based and learned readers that turn text into events, claims and stances.

Import the modules themselves (``multipolar.extract.pipeline`` …); the package face exports nothing."""

__all__: list[str] = []
