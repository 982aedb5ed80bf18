# Helper module imported relatively from the package's __init__.
from .sub import whoami
SIBLING = "sibling of " + whoami()[0]
