# Comprehension scoping (PEP 709 inlining keeps semantics): iteration variables don't leak, first iterable evaluated outside.
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
class C:
    base = [1, 2]
    doubled = [b * 2 for b in base]
print(C.doubled)
def uses_closure():
    fns = [lambda: i for i in range(3)]
    return [fn() for fn in fns]
print(uses_closure())
i = "untouched"
[i for i in range(5)]
print(i)
def order():
    log = []
    def it(tag, n):
        log.append(tag)
        return range(n)
    result = [(a, b) for a in it("outer", 2) for b in it("inner", 2)]
    return result, log
print(order())
try:
    [x for x in 5]
except TypeError as e:
    print("TypeError:", e)
def gen_first_iter_eager():
    try:
        g = (x for x in 5)
    except TypeError as e:
        return "eager: " + str(e)
    return "lazy"
print(gen_first_iter_eager())
def gen_later_iter_lazy():
    g = (y for x in [1] for y in 5)
    try:
        next(g)
    except TypeError as e:
        return "lazy: " + str(e)
print(gen_later_iter_lazy())
def locals_in_comp():
    a = 1
    return [sorted(locals()) for _ in range(1)][0]
print(locals_in_comp())
def nested_scope():
    v = "free"
    return [[v + str(j) for j in range(2)] for _ in range(1)]
print(nested_scope())
def shadow_arg(x):
    return [x for x in range(x)], x
print(shadow_arg(3))
print([[j for j in range(i)] for i in range(3)])
print({(k := i): k for i in range(2)} if False else "walrus in dict comp checked elsewhere")
import dis
def comp():
    return [a for a in range(2)]
print([name for name in comp.__code__.co_varnames])
