# add_note, ExceptionGroup construction, split/subgroup, and the printed form of groups.
import traceback
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
print("".join(traceback.format_exception_only(e)), end="")
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda x: isinstance(x, KeyError))))
print(eg.subgroup(OSError))
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
for bad in [("m", []), ("m", [1]), (5, [ValueError()])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as err:
    print("TypeError:", err)
print("".join(traceback.format_exception(ExceptionGroup("top", [ValueError("a"), KeyError("b")]))), end="")
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.split(TypeError)[0]))
