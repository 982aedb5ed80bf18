# global and nonlocal declarations, shadowing, and UnboundLocalError.
x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def write():
    global x
    x = "rewritten"
print(read(), shadow(), x)
write()
print(x)
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 1
        def inner():
            nonlocal a
            a *= 10
        inner()
    mid()
    return a
print(outer())
def make():
    global created
    created = "made in function"
make()
print(created)
for src in ["def f():\n    nonlocal q\n", "def f(a):\n    global a\n", "nonlocal z\n",
            "def f():\n    x = 1\n    global x\n", "def f():\n    def g():\n        nonlocal x\n"]:
    try:
        compile(src, "<scope>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)
def counter_factory():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter_factory(), counter_factory()
print(c1(), c1(), c2(), c1())
def del_global():
    global tmp
    tmp = 5
    del tmp
del_global()
print("tmp" in globals())
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
