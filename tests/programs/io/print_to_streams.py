# print() writes through the file's write(); custom writers, flush, and sys.stdout replacement.
import sys

class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)
        return len(s)
    def flush(self):
        self.calls.append("<flush>")

r = Recorder()
print("a", 1, None, sep="|", end="$\n", file=r)
print(file=r, flush=True)
print(r.calls)

class Upper:
    def write(self, s):
        return sys.__stdout__.write(s.upper())
    def flush(self):
        pass

saved = sys.stdout
sys.stdout = Upper()
print("shouted", "words")
sys.stdout = saved
print("quiet again")
print(sys.stdout.write("direct\n"))
sys.stdout.writelines(["w1 ", "w2\n"])
print("unicode: é ✓ 😀")
print("x" * 10000 == "x" * 10000, end="\n\n")
try:
    print("bad", file=object())
except AttributeError as e:
    print("AttributeError", e)
try:
    sys.stdout.write(42)
except TypeError as e:
    print("TypeError", e)
