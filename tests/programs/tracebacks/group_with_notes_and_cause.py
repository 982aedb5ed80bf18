# An exception group whose member has a cause and a note.
def step(n):
    try:
        raise ValueError(f"step {n} bad input")
    except ValueError as e:
        err = RuntimeError(f"step {n} failed")
        err.add_note(f"note for step {n}")
        raise err from e
errors = []
for n in (1, 2):
    try:
        step(n)
    except RuntimeError as e:
        errors.append(e)
raise ExceptionGroup("steps failed", errors)
