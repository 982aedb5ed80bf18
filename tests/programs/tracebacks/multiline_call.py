# A failing call that spans several lines: the traceback shows every line of the expression.
def combine(a, b, c):
    return a + b + c
result = combine(
    1,
    2,
    3,
)
print(result)
result = combine(
    "x",
    2,
    3,
)
