# except*: matching leaves of groups, re-raising unmatched parts, naked exceptions wrapped.
def run(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as g:
        print("ValueError part:", repr(g))
    except* (TypeError, KeyError) as g:
        print("Type/Key part:", repr(g))
run([ValueError(1), TypeError(2), KeyError(3), ValueError(4)])
try:
    run([OSError(1), ValueError(2)])
except ExceptionGroup as rest:
    print("unhandled rest:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped:", repr(g), type(g).__name__)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as eg:
    print("raised inside except*:", repr(eg))
except KeyError as ke:
    print("KeyError", repr(ke))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        raise
except ExceptionGroup as eg:
    print("bare raise keeps all:", repr(eg))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), TypeError("c")])])
try:
    raise nested
except* ValueError as g:
    print("nested values:", repr(g))
except* TypeError as g:
    print("nested types:", repr(g))
count = 0
for i in range(2):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError:
        count += 1
print(count)
try:
    compile("try:\n    pass\nexcept* ExceptionGroup:\n    pass", "<s>", "exec")
    exec("try:\n    raise ValueError\nexcept* ExceptionGroup:\n    pass")
except TypeError as e:
    print("TypeError:", e)
