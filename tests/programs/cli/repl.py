# The interactive loop (-i with piped input): expression echo, `_`, multi-line blocks, errors.
import subprocess, sys
session = "\n".join([
    "x = 5",
    "x * 2",
    "_ + 1",
    "'text'",
    "None",
    "for i in range(2):",
    "    i",
    "",
    "def f():",
    "    return 'from f'",
    "",
    "f()",
    "1/0",
    "print('after error')",
    "undefined",
    "if True:",
    "    y = 3",
    "",
    "y",
    "import sys; sys.ps1",
    "",
])
r = subprocess.run([sys.executable, "-i", "-q"], input=session + "\n", capture_output=True, text=True)
print("exit code", r.returncode)
print("stdout:")
print(r.stdout, end="")
print("stderr (prompts and tracebacks):")
print(r.stderr, end="")
r = subprocess.run([sys.executable, "-i", "-c", "z = 'set by -c'"], input="z\n", capture_output=True, text=True)
print("after -c:", r.returncode, repr(r.stdout))
