# Values returned or raised through nested try/finally blocks, including generators and loops.
def layered():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(layered())
def swallowed():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return f"loop ended at {i}"
import warnings
warnings.simplefilter("ignore", SyntaxWarning)
print(swallowed())
def finally_raises_after_return():
    try:
        return "never returned"
    finally:
        raise KeyError("finally wins")
try:
    finally_raises_after_return()
except KeyError as e:
    print("KeyError:", e, repr(e.__context__))
def nested_handlers():
    try:
        try:
            raise TypeError("a")
        except TypeError:
            raise ValueError("b")
        finally:
            print("finally sees exception in flight")
    except ValueError as e:
        return f"{e!r} context={e.__context__!r}"
print(nested_handlers())
def count_finally():
    n = 0
    for i in range(5):
        try:
            if i % 2:
                continue
            n += 1
        finally:
            n += 10
    return n
print(count_finally())
def gen():
    try:
        yield 1
        return "gen return"
    finally:
        print("gen finally")
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
