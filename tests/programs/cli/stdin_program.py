# Programs read from stdin: "-" as the script name, and no arguments with piped input.
import subprocess, sys
src = "import sys\nprint('from stdin', sys.argv)\nprint(__name__)\nraise SystemExit(3)\n"
for args in [["-"], [], ["-", "arg1"]]:
    r = subprocess.run([sys.executable, *args], input=src, capture_output=True, text=True)
    print(args, r.returncode, repr(r.stdout), repr(r.stderr))
bad = "print('before')\n1/0\n"
r = subprocess.run([sys.executable, "-"], input=bad, capture_output=True, text=True)
print(r.returncode, repr(r.stdout))
print(r.stderr)
