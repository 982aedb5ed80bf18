# An exception in a finally block replaces the one in flight; both are shown.
def cleanup():
    try:
        raise ValueError("original problem")
    finally:
        raise OSError("cleanup failed")
cleanup()
