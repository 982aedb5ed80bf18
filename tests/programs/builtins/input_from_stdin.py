# input() reads lines from stdin (this program has a .in file); EOFError at the end.
name = input()
print("name:", name)
age = input("age? ")
print("age:", int(age) + 1)
rest = []
while True:
    try:
        rest.append(input())
    except EOFError as e:
        print("EOFError", repr(e))
        break
print(rest)
import sys
print(sys.stdin.read() == "", sys.stdin.isatty())
