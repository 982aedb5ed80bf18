# if __name__ == "__main__", importing the main script as a module, and __main__ identity.
import sys
import os
def helper():
    return "helper called"
if __name__ == "__main__":
    print("running as main:", __name__)
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    import main_guard_and_dunder_main as again
    print(again.__name__, again is sys.modules["__main__"], again.helper(), again.__file__ == __file__)
    import __main__
    print(__main__.helper is helper, __main__.__name__)
else:
    print("imported as a module:", __name__)
