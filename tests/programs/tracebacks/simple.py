def f(x):
    return x["key"] + 1
f({"key": "a"})
