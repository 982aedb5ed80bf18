# Helper module that raises while it is imported, for tracebacks/error_during_import.py.
VALUE = 1
def compute():
    return {}["missing key"]
RESULT = compute()
