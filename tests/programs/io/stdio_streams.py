# sys.stdin/stdout/stderr are TextIOWrappers over buffered FileIO(0/1/2); output order with stderr.
import io
import sys

out = sys.stdout
print(type(out).__name__, out.name, out.mode, out.encoding, out.errors, out.fileno(), out.writable(), out.readable())
print(sys.stderr.errors, sys.stderr.line_buffering, sys.stderr.fileno(), sys.stdin.name, sys.stdin.mode, sys.stdin.fileno())
print(isinstance(out, io.TextIOBase), sys.stdout is sys.__stdout__)
print(out.write("written\n"))
sys.stdout.write("no newline")
sys.stdout.write(" then newline\n")
sys.stdout.flush()
print("to stderr", file=sys.stderr)
print("after stderr")
sys.stdout.flush()
sys.stderr.write("err: \udcff backslash\n")
buf = io.StringIO()
print("captured", 1, 2, sep="-", end="!", file=buf)
print(repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))
print(sys.stdin.read())
