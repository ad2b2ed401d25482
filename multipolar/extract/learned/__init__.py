"""A learned event reader: sentence-level event detection and PLOVER typing by a small linear model.

The model (``model/``) scores each sentence over "no event" and the 16 PLOVER types from features of
the spaCy parse (lemmas, lemma bigrams, verb–argument pairs, negation and modality, named-entity
kinds, and the PLOVER type the CAMEO verb dictionary gives a verb). Actors and recipients come from the
rule machinery's role reading (:mod:`multipolar.extract.events`) around the sentence's strongest trigger.

It sits behind the same stage contract as the rules (:class:`LearnedEventStage`: requires ``doc``,
``mentions``, ``speaker``; provides ``events``) and is chosen with ``Extractor(reader=...)``:
``rules`` (the rules alone), ``model`` (the model alone) or ``rules+model`` (the model adds events to
sentences where the rules are silent). Train it with ``python -m multipolar.extract.learned.train``.
"""

from __future__ import annotations

from .stage import READERS, LearnedEventStage

__all__ = ["READERS", "LearnedEventStage"]
