# Reading stdin as text and as bytes in a child interpreter: newlines arrive untranslated, UTF-8 is decoded.
import subprocess, sys
code = "import sys; data = sys.stdin.read(); print(repr(data), len(data))"
for payload in [b"a\nb\r\nc\rd", "héllo\n".encode("utf-8"), b"", b"no newline"]:
    r = subprocess.run([sys.executable, "-c", code], input=payload, capture_output=True)
    print(r.returncode, r.stdout.decode("utf-8").strip())
code_bytes = "import sys; data = sys.stdin.buffer.read(); print(data, len(data))"
r = subprocess.run([sys.executable, "-c", code_bytes], input=b"\x00\xff\r\n", capture_output=True)
print(r.stdout.decode().strip())
code_lines = "import sys\nfor i, line in enumerate(sys.stdin, 1):\n    print(i, repr(line))"
r = subprocess.run([sys.executable, "-c", code_lines], input="x\ny\n\nz", capture_output=True, text=True)
print(r.stdout, end="")
r = subprocess.run([sys.executable, "-c", "import sys; print(sys.stdin.readline(), end=''); print(sys.stdin.read(3))"], input="first\nsecond\n", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run([sys.executable, "-c", "input()"], input="", capture_output=True, text=True)
print(r.returncode, r.stderr.strip().splitlines()[-1])
