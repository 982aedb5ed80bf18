# User exception hierarchies: catching by base class, args, __str__/__repr__, pickling-free reconstruction.
class AppError(Exception):
    code = 1
class ConfigError(AppError):
    code = 2
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key, self.reason = key, reason
    def __str__(self):
        return f"config key {self.key!r}: {self.reason}"
class NetworkError(AppError, OSError):
    code = 3
errors = [ConfigError("port"), ConfigError("host", "invalid"), NetworkError(111, "Connection refused"), AppError("generic")]
for err in errors:
    try:
        raise err
    except ConfigError as e:
        print("config:", e, e.args, e.code, repr(e))
    except OSError as e:
        print("os-level:", e, e.errno, e.strerror, e.code, type(e).__mro__[1].__name__)
    except AppError as e:
        print("app:", e, e.code)
print(issubclass(NetworkError, OSError), [c.__name__ for c in NetworkError.__mro__])
class WithInit(Exception):
    def __init__(self):
        super().__init__("fixed message")
print(repr(WithInit()), str(WithInit()), WithInit().args)
class NoSuper(Exception):
    def __init__(self, value):
        self.value = value
e = NoSuper(5)
print(repr(e), str(e), e.args, e.value)
class ReprOverride(ValueError):
    def __repr__(self):
        return "<custom repr>"
print(repr(ReprOverride("x")), str(ReprOverride("x")), [ReprOverride()])
try:
    try:
        raise ConfigError("db")
    except AppError as outer:
        raise NetworkError(5, "retry") from outer
except AppError as final:
    print(type(final).__name__, "caused by", type(final.__cause__).__name__, final.__cause__.key)
def classify(exc):
    match exc:
        case ConfigError(key=k):
            return f"config {k}"
        case OSError(errno=n):
            return f"os errno {n}"
        case _:
            return "other"
print([classify(x) for x in errors])
