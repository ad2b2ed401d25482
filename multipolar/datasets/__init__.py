"""Public datasets (trade, votes, arms, finance, alliances, events): readers, fetchers and the starter pack.

>>> from multipolar.datasets import load, datasets
"""

from .api import dataset_names, datasets, load, load_starter
from .base import LOADERS, FileReport, LoadReport

__all__ = ["LOADERS", "FileReport", "LoadReport", "dataset_names", "datasets", "load", "load_starter"]
