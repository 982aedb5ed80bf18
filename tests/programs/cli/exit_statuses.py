# Exit statuses of the child interpreter for each way a program can end.
import subprocess, sys
cases = {
    "normal end": "x = 1",
    "sys.exit(0)": "import sys; sys.exit(0)",
    "sys.exit(42)": "import sys; sys.exit(42)",
    "sys.exit(256)": "import sys; sys.exit(256)",
    "sys.exit(-1)": "import sys; sys.exit(-1)",
    "sys.exit('message')": "import sys; sys.exit('message')",
    "sys.exit(True)": "import sys; sys.exit(True)",
    "uncaught exception": "raise RuntimeError('x')",
    "SystemExit in thread of finally": "try:\n    raise SystemExit(5)\nfinally:\n    print('cleanup')",
    "os._exit(9)": "import os; print('lost?', flush=True); os._exit(9)",
    "exception in atexit": "import atexit\ndef bad():\n    raise ValueError('in atexit')\natexit.register(bad)",
    "syntax error": "def (",
}
for name, code in cases.items():
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    last = r.stderr.strip().splitlines()[-1] if r.stderr.strip() else ""
    print(f"{name}: code={r.returncode} stdout={r.stdout.strip()!r} last stderr line={last!r}")
# CPython ends itself with SIGINT here (-2 to subprocess, 130 to a shell); 130 is the same to a shell.
r = subprocess.run([sys.executable, "-c", "raise KeyboardInterrupt"], capture_output=True, text=True)
print("KeyboardInterrupt:", r.returncode in (-2, 130), r.stderr.strip().splitlines()[-1])
