# ExceptionGroup API details: derive, split with predicates, nesting, __traceback__ preservation, notes copying.
eg = ExceptionGroup("root", [ValueError("v1"), ExceptionGroup("nested", [TypeError("t1"), ValueError("v2")]), KeyError("k")])
eg.add_note("root note")
print(eg.exceptions[1].message, len(eg.exceptions), [type(e).__name__ for e in eg.exceptions])
vals, rest = eg.split(ValueError)
print(repr(vals))
print(repr(rest))
print(vals.__notes__, rest.__notes__, vals.message, type(vals).__name__)
print(repr(eg.split(lambda e: "2" in str(e))[0]))
print(eg.split((KeyError, TypeError))[0].exceptions[0].exceptions if False else repr(eg.split((KeyError, TypeError))[0]))
print(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "nested") is not None)
print(eg.subgroup(ExceptionGroup) is eg, eg.split(Exception)[1])
try:
    raise eg
except ExceptionGroup as caught:
    m, r = caught.split(KeyError)
    print(m.__traceback__ is caught.__traceback__, r.__traceback__ is caught.__traceback__)
class Custom(ExceptionGroup):
    def __new__(cls, msg, excs, extra="x"):
        self = super().__new__(cls, msg, excs)
        self.extra = extra
        return self
    def derive(self, excs):
        return Custom(self.message, excs, self.extra + "!")
c = Custom("c", [ValueError(1), OSError(2)], "data")
m, r = c.split(OSError)
print(type(m).__name__, m.extra, r.extra, repr(m))
bg = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__, type(bg.split(ValueError)[0]).__name__, type(bg.split(KeyboardInterrupt)[0]).__name__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), ExceptionGroup.__mro__[1].__name__)
try:
    BaseExceptionGroup("x", [ValueError()]).exceptions[0] = 5
except TypeError as e:
    print("TypeError:", e)
print(str(ExceptionGroup("one", [ValueError()])), str(ExceptionGroup("two", [ValueError(), ValueError()])))
