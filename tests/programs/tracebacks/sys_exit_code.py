# sys.exit(3) exits silently with status 3; finally blocks still run.
import sys
try:
    print("exiting with 3")
    sys.exit(3)
finally:
    print("finally ran")
