# Deep nesting: free variables through several levels, shadowing at each level, closures over loop variables.
def level1():
    a = "a1"
    def level2():
        b = "b2"
        def level3():
            c = "c3"
            def level4():
                return a + b + c
            return level4
        return level3
    return level2
print(level1()()()())
def shadowing():
    x = 1
    def inner():
        x = 2
        def innermost():
            return x
        return innermost()
    return inner(), x
print(shadowing())
def late_binding():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    i = 100
    return [f() for f in funcs]
print(late_binding())
def mutate_through_closure():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    add(1); add(2)
    return items
print(mutate_through_closure())
def nonlocal_chain():
    v = 0
    def a():
        nonlocal v
        v += 1
        def b():
            nonlocal v
            v += 10
        b()
    a(); a()
    return v
print(nonlocal_chain())
def class_in_function():
    secret = "closure value"
    class K:
        def reveal(self):
            return secret
        attr = secret.upper()
    return K().reveal(), K.attr
print(class_in_function())
def lambda_scopes():
    n = 3
    return (lambda: (lambda: n * 2)())()
print(lambda_scopes())
def free_var_introspection():
    a, b = 1, 2
    def inner():
        return a + b
    return inner.__code__.co_freevars, [c.cell_contents for c in inner.__closure__]
print(free_var_introspection())
def generator_closure():
    factor = 3
    return (x * factor for x in range(3))
print(list(generator_closure()))
x = "global x"
def reads_global_after_local_del():
    x = "local"
    del x
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(reads_global_after_local_del())
