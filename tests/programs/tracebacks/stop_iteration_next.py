# StopIteration escaping from next() at module level is an ordinary uncaught exception.
it = iter([1])
print(next(it))
next(it)
