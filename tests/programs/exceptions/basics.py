# try/except/else/finally flow, exception attributes, re-raise and bare raise.
def check(n):
    try:
        if n == 0:
            raise ValueError("zero")
        if n == 1:
            raise KeyError("one")
        r = 10 // (n - 2)
    except ValueError as e:
        print("ValueError", e.args, str(e), repr(e))
        return "v"
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e)
        return "k"
    except Exception as e:
        print("other", type(e).__name__, e)
        return "o"
    else:
        print("no exception, r =", r)
        return "else"
    finally:
        print("finally for", n)
for n in range(4):
    print("->", check(n))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
import warnings
warnings.simplefilter("ignore")
print(finally_overrides())
def reraise():
    try:
        raise TypeError("original")
    except TypeError:
        raise
try:
    reraise()
except TypeError as e:
    print("re-raised", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
e = ValueError("a", 1, None)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(KeyError("k")), str(KeyError()))
try:
    try:
        raise ValueError("inner")
    except ValueError as exc:
        name = exc
    print(name)
except NameError as err:
    print("NameError:", err)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as e:
    print("TypeError:", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
