# sys.stdout/stderr/stdin attributes under the test environment, reconfigure, and writing non-ASCII text.
import sys, io
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.encoding, sys.stderr.errors, sys.stdin.encoding)
print(sys.stdout.isatty(), sys.stdin.isatty(), sys.stdout.name if hasattr(sys.stdout, "name") else None, sys.stderr.name)
print(type(sys.stdout).__name__, type(sys.stdout.buffer).__name__, type(sys.stdin.buffer).__name__, sys.stdout.newlines)
print("unicode ok: é ñ 中 😀")
sys.stdout.flush()
sys.stdout.buffer.write("raw utf-8: é\n".encode("utf-8"))
sys.stdout.buffer.flush()
sys.stdout.reconfigure(errors="replace")
print(sys.stdout.errors, "lone surrogate:", "\udcff")
sys.stdout.reconfigure(errors="strict")
try:
    print("\udcff")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
wrapper = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="backslashreplace")
wrapper.write("é€\n")
wrapper.flush()
print(wrapper.buffer.getvalue())
print(sys.stdin.read(), repr(sys.stdin.readline()), sys.stdin.closed)
