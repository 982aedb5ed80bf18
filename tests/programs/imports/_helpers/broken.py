# Helper module that fails while being imported.
value = 1
raise RuntimeError("broken module cannot be imported")
