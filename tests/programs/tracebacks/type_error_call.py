# A TypeError from calling a function with the wrong arguments, raised at the call site.
def greet(name, *, greeting="hello"):
    return f"{greeting}, {name}"
print(greet("ann"))
print(greet("bob", greeting="hi"))
greet("carl", "hey")
