# Helper module for tracebacks/import_suggestion.py (not a program of its own).
def join(*parts):
    return "/".join(parts)
RADIUS = 3
