# ZeroDivisionError from float division inside a nested expression.
def ratio(a, b):
    return (a * 2.0) / (b - b)
print("ratios")
values = [ratio(x, x) for x in [1]]
