# A bare assert failing: AssertionError with no message, the assert line shown.
def check(x):
    assert x > 0
    return x
print(check(5))
check(-1)
