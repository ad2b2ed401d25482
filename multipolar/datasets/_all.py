"""Import every dataset module so that each registers its loader."""

from . import aiddata, armstat, comtrade, cow_trade, fbic, gdelt, icews, peacesciencer, sipri, unga  # noqa: F401
