"""Import every dataset module so that each registers its loader."""

from . import aiddata, armstat, comtrade, cowtrade, fbic, gdelt, icews, peacesciencer, sipri, unga  # noqa: F401
from .geostat import GeostatExports  # noqa: F401
from .imfdip import ImfDip  # noqa: F401
from .imfdots import ImfDots  # noqa: F401
from .sipriregister import SipriRegister  # noqa: F401
