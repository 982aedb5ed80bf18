# Helper module: logs its execution, imports its sibling lazily.
from . import log
log.append("first")
