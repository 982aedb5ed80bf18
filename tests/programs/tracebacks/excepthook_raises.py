# An excepthook that itself raises: CPython reports both the hook's error and the original exception.
import sys
def bad_hook(exc_type, exc, tb):
    raise RuntimeError("the hook is broken")
sys.excepthook = bad_hook
raise ValueError("original problem")
