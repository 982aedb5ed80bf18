# ImportError and ModuleNotFoundError messages, failed imports leaving no module behind.
import sys
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _helpers.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _helpers.mathutil import nonexistent
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    import _helpers.mathutil.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import _helpers.broken
except RuntimeError as e:
    print("RuntimeError:", e)
print("_helpers.broken" in sys.modules)
try:
    import _helpers.broken
except RuntimeError as e:
    print("again RuntimeError:", e)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    __import__(5)
except TypeError as e:
    print("TypeError:", e)
m = __import__("_helpers.mathutil")
print(m.__name__, __import__("_helpers.mathutil", fromlist=["x"]).__name__)
sys.modules["fake_module"] = "i am a string"
import fake_module
print(fake_module)
sys.modules["none_module"] = None
try:
    import none_module
except ImportError as e:
    print(type(e).__name__, e)
