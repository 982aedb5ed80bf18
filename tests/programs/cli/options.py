# Interpreter options: -O, -B, -E, -I, -u, -X utf8, -W error, --version, -h.
import subprocess, sys
def run(*args, env=None):
    r = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env)
    # The interpreter's own path differs between implementations.
    err = r.stderr.replace(sys.executable, "<python>").strip().splitlines()[-1:]
    return r.returncode, r.stdout.strip(), err
print(run("-O", "-c", "import sys; print(__debug__, sys.flags.optimize)\nassert False, 'stripped'"))
print(run("-OO", "-c", "import sys; print(sys.flags.optimize)"))
print(run("-B", "-c", "import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)"))
print(run("-E", "-c", "import sys; print(sys.flags.ignore_environment)"))
print(run("-I", "-c", "import sys; print(sys.flags.isolated, sys.flags.no_user_site, sys.flags.safe_path)"))
print(run("-u", "-c", "import sys; print('unbuffered', sys.stdout.write_through)"))
print(run("-X", "utf8", "-c", "import sys; print(sys.flags.utf8_mode)"))
print(run("-W", "error", "-c", "import warnings; warnings.warn('now an error')"))
print(run("-W", "ignore", "-c", "import warnings; warnings.warn('silenced'); print('no warning shown')"))
print(run("-c", "import warnings; warnings.warn('shown once')"))
code, out, err = run("--version")
print(code, out.startswith("Python 3.12."), err)
code, out, err = run("-V")
print(code, out.startswith("Python 3.12."))
code, out, err = run("-h")
print(code, out.startswith("usage:"))
print(run("--no-such-option"))
print(run("-c"))
print(run("nonexistent_script_abc.py"))
