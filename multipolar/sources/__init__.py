"""Where documents come from: files, folders, feeds and web pages, read into text with provenance.

Import the modules themselves (``multipolar.sources.discover`` …); the package face exports nothing."""

__all__: list[str] = []
