# The script has an inconsistent dedent: IndentationError, no traceback frames.
def f():
        x = 1
    y = 2
