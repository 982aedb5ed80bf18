# __main__ module attributes when run as a script.
import sys
import __main__
print(__name__, __main__.__name__, __main__ is sys.modules["__main__"])
print(__file__.endswith("sys/main_module.py"), __spec__ is None, __package__, __loader__ is not None)
print(__doc__ is None, type(__builtins__).__name__)
print(sorted(k for k in globals() if k.startswith("__")))
import os.path
print(os.path.isabs(__file__), os.path.basename(__file__))
print(sys.path[0].endswith("sys"), os.path.basename(sys.argv[0]))
def f():
    pass
print(f.__module__, type(sys.modules[__name__]).__name__)
