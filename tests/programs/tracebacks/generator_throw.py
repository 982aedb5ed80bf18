# An exception thrown into a generator surfaces at its yield.
def worker():
    total = 0
    while True:
        item = yield total
        total += item
w = worker()
next(w)
w.send(5)
print("total so far", w.send(10))
w.throw(RuntimeError("stop the worker"))
