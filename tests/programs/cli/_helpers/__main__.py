# Run by "-m _helpers": a package's __main__ module.
import sys
print("package main", __name__, __package__)
