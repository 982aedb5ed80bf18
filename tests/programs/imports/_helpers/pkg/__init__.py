# Helper subpackage using relative imports.
from .sub import sub_value
from . import sibling
PKG_NAME = __name__
