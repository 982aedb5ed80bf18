# Writing to sys.stdout and sys.stderr directly, flush ordering, and replacing stdout.
import sys, io
sys.stdout.write("written with write\n")
n = sys.stdout.write("count me")
print()
print("write returned", n)
print("to stderr via print", file=sys.stderr)
sys.stderr.write("to stderr via write\n")
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured line")
captured = sys.stdout.getvalue()
sys.stdout = saved
print("captured:", repr(captured))
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.line_buffering in (True, False), sys.stdout.buffer.__class__.__name__)
sys.stdout.buffer.write(b"raw bytes line\n")
sys.stdout.flush()
print("unicode: \u00e9\u4e2d\U0001F600")
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
print("end of program", flush=True)
