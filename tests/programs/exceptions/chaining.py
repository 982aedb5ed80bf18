# Exception chaining: __context__, __cause__, __suppress_context__, and printed chains.
import traceback
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
def explicit():
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("explicit") from e
def suppressed():
    try:
        [][1]
    except IndexError:
        raise TypeError("no context") from None
for fn in [implicit, explicit, suppressed]:
    try:
        fn()
    except Exception as e:
        print(fn.__name__, repr(e), repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
        print("".join(traceback.format_exception_only(type(e), e)), end="")
try:
    explicit()
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(len(lines), "chained message present:",
          any("direct cause" in l for l in lines))
try:
    implicit()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(any("During handling of the above exception" in l for l in lines))
e = ValueError("v")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, e.__cause__)
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError:", err)
def nested():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise KeyError(2)
        except KeyError as k:
            return k
k = nested()
print(repr(k), repr(k.__context__), k.__context__.__context__)
try:
    try:
        raise ValueError("a")
    finally:
        print("finally runs while propagating")
except ValueError as e:
    print("caught", e)
try:
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
except KeyError as e:
    print(repr(e), repr(e.__context__))
