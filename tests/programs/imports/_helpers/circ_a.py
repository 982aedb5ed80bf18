# Helper: half of a circular import; reads circ_b's attribute lazily.
import _helpers.circ_b as circ_b
A_VALUE = "a"
def get_b():
    return circ_b.B_VALUE
