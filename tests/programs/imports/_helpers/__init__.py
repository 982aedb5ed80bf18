# Helper package for the imports/ programs (not a program of its own).
print("_helpers package initialised")
PACKAGE_CONSTANT = "from __init__"
