# Helper module: logs its execution and reads first's state.
from . import log, first
log.append("second (first already loaded: %s)" % (first.__name__,))
