# The built-in exception hierarchy, as CPython 3.12 defines it.
import builtins
def walk(cls, depth=0, seen=set()):
    print("  " * depth + cls.__name__)
    for sub in sorted(cls.__subclasses__(), key=lambda c: c.__name__):
        if sub.__module__ == "builtins" and sub not in seen:
            seen.add(sub)
            walk(sub, depth + 1)
walk(BaseException)
print(OSError is IOError, OSError is EnvironmentError, issubclass(ModuleNotFoundError, ImportError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
print(sorted(n for n in dir(builtins) if n.endswith("Warning")))
