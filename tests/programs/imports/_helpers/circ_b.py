# Helper: the other half of the circular import; circ_a is partially initialised here.
import _helpers.circ_a as circ_a
B_VALUE = "b"
PARTIAL_SEES = hasattr(circ_a, "A_VALUE")
