# The execution order of a package's __init__ and its submodules, and module attributes visible during import.
import _helpers.order as order
print(order.log)
print(sorted(n for n in dir(order) if not n.startswith("__")))
import sys
print([m for m in sorted(sys.modules) if m.startswith("_helpers.order")])
print(order.first.__spec__.parent, order.second.__name__)
