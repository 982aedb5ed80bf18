# Helper module run with -m by cli/dash_m.py.
import sys
print("running as", __name__)
print("argv tail", sys.argv[1:])
print("argv0 is file", sys.argv[0].endswith("runnable.py"))
if __name__ == "__main__":
    sys.exit(len(sys.argv) - 1)
