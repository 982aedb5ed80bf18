# The -c option: sys.argv, exit status, stdout and stderr of the child interpreter.
import subprocess, sys
def run(*args, stdin=None):
    r = subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True)
    print("args", args[1:] if args[0] == "-c" else args, "-> code", r.returncode)
    if r.stdout:
        print("  out:", r.stdout.rstrip("\n").replace("\n", "\n       "))
    if r.stderr:
        print("  err:", r.stderr.rstrip("\n").replace("\n", "\n       "))
run("-c", "import sys; print(sys.argv)", "a", "b c")
run("-c", "print(__name__, __file__ if '__file__' in dir() else 'no file')")
run("-c", "import sys; sys.exit(7)")
run("-c", "raise ValueError('from -c')")
run("-c", "1 +")
run("-c", "for i in range(3):\n    print(i)")
run("-c", "import sys; print(sys.path[0] == '')")
run("-c", "print(input())", stdin="fed through stdin\n")
run("-c", "import sys; sys.stderr.write('err only\\n')")
run("-c", "x = undefined_name")
run("-c", "print('ok')", "-c", "ignored")
