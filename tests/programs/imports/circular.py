# Circular imports: a partially initialised module is visible, and attribute access later works.
import _helpers.circ_a as a
import _helpers.circ_b as b
print(a.A_VALUE, b.B_VALUE, a.get_b(), b.PARTIAL_SEES)
import sys
print([m for m in sorted(sys.modules) if m.startswith("_helpers.circ")])
try:
    from _helpers import circ_missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
