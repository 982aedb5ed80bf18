# Helper module: plain functions and module-level state.
print("mathutil imported")
calls = 0
def square(x):
    global calls
    calls += 1
    return x * x
def _private():
    return "private"
PI_ISH = 3.14
