# Nested exception groups print as nested trees.
def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    raise TypeError(f"task {n} wrong type")
def run_batch(ns):
    errors = []
    for n in ns:
        try:
            task(n)
        except Exception as e:
            errors.append(e)
    return ExceptionGroup(f"batch {ns}", errors)
raise ExceptionGroup("all batches", [run_batch([1, 2]), run_batch([3])])
