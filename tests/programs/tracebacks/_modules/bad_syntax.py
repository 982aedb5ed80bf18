# Helper module with a syntax error, imported by tracebacks/syntax_error_in_import.py.
def ok():
    return 1
def broken()
    return 2
