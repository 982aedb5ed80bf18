# An uncaught exception with notes: each note follows the exception line.
def risky(step):
    try:
        raise OSError(5, "Input/output error")
    except OSError as e:
        e.add_note(f"while running step {step}")
        e.add_note("retry might help")
        raise
risky(3)
