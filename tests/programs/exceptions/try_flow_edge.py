# Control flow through try/finally: return/break/continue interplay and the order finally blocks run.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("f2 finally", i)
    return i
print(f2())
def f3():
    for i in range(3):
        try:
            continue
        finally:
            print("f3 finally", i)
f3()
def f4():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("f4 finally sees", x)
print(f4())
def f5():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
        return "handled"
    finally:
        print("outer finally")
print(f5())
def f6():
    try:
        raise KeyError("k")
    except KeyError:
        return "from except"
    else:
        return "from else"
    finally:
        print("f6 finally")
print(f6())
def f7():
    try:
        pass
    except Exception:
        return "never"
    else:
        print("else runs when no exception")
        return "from else"
print(f7())
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
for v in gen_finally():
    print("got", v)
    break
import gc
gc.collect()
def nested_loops():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    continue
                if i == 2:
                    return out
                out.append((i, j))
            finally:
                out.append("f")
print(nested_loops())
def exc_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return "err" in locals()
print(exc_var_cleared())
