# PEP 614 relaxed decorator grammar: any expression may be a decorator.
log = []
def deco(name):
    def wrap(f):
        log.append(name)
        return f
    return wrap
decos = {"a": deco("from dict"), "b": [deco("from list")]}
@decos["a"]
def f1(): pass
@decos["b"][0]
def f2(): pass
@(lambda f: deco("from lambda")(f))
def f3(): pass
@deco("first") if True else None
def f4(): pass
class Holder:
    d = staticmethod(deco("from attribute"))
@Holder.d
def f5(): pass
buttons = [deco(f"button {i}") for i in range(2)]
@buttons[1]
def f6(): pass
print(log)
def count_calls(f):
    def inner(*a):
        inner.calls += 1
        return f(*a)
    inner.calls = 0
    return inner
@count_calls
def hello():
    return "hi"
hello(); hello()
print(hello.calls, hello.__name__)
class Decorated:
    @property
    @count_calls
    def p(self):
        return 5
print(Decorated().p)
def class_deco(cls):
    cls.added = "yes"
    return cls
@class_deco
@class_deco
class K: pass
print(K.added)
try:
    exec("@1\ndef g(): pass")
except TypeError as e:
    print("TypeError:", e)
def returns_none(f):
    return None
@returns_none
def gone(): pass
print(gone)
