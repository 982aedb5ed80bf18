# A warning printed to stderr (with its source line) before an uncaught exception.
import warnings
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1
warnings.simplefilter("always")
print(old_api())
warnings.warn("plain user warning")
raise RuntimeError("stopping after warnings")
