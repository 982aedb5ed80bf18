# The -m option: running a module and a package's __main__, with arguments and exit status.
import subprocess, sys, os
here = os.path.join(os.path.dirname(os.path.abspath(__file__)))
def run(*args):
    r = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=here)
    print(args, "-> code", r.returncode)
    # The first lines are enough (json.tool's help text changes between micro releases).
    print("  out:", "\n       ".join(r.stdout.splitlines()[:3]))
    if r.stderr:
        # The interpreter's own path differs between implementations.
        print("  err:", r.stderr.strip().splitlines()[-1].replace(sys.executable, "<python>"))
run("-m", "_helpers.runnable", "x", "y")
run("-m", "_helpers")
run("-m", "_helpers.no_such_module")
run("-m", "json.tool", "--help")
run("-c", "import runpy; print(runpy.run_module('_helpers.runnable', run_name='not_main')['__name__'])")
