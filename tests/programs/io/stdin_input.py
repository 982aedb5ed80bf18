# input() and sys.stdin reads go through the buffered TextIOWrapper on fd 0.
import sys

print(repr(input()))
print(repr(input("prompt> ")))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read(5)))
for line in sys.stdin:
    print("iter", repr(line))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print("EOFError", repr(str(e)))
