# Environment variables read at startup: PYTHONPATH, PYTHONHASHSEED, PYTHONUNBUFFERED, PYTHONDONTWRITEBYTECODE.
import subprocess, sys, os
here = os.path.dirname(os.path.abspath(__file__))
base = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
def run(code, **extra):
    env = dict(base, **extra)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    return r.returncode, r.stdout.strip(), r.stderr.strip().splitlines()[-1:] if r.stderr else []
extra_path = os.path.join(here, "_helpers", "extra_path")
print(run("import pathmod; print(pathmod.WHERE)", PYTHONPATH=extra_path))
print(run("import pathmod"))
print(run("import sys; print(sys.flags.hash_randomization)", PYTHONHASHSEED="0"))
h1 = run("print(hash('taipan'))", PYTHONHASHSEED="123")[1]
h2 = run("print(hash('taipan'))", PYTHONHASHSEED="123")[1]
h3 = run("print(hash('taipan'))", PYTHONHASHSEED="124")[1]
print("same seed same hash", h1 == h2, "different seed differs", h1 != h3)
print(run("import sys; print(sys.stdout.write_through)", PYTHONUNBUFFERED="1"))
print(run("import sys; print(sys.stdout.write_through)"))
print(run("import sys; print(sys.flags.dont_write_bytecode)", PYTHONDONTWRITEBYTECODE="1"))
print(run("import sys; print(sys.flags.optimize)", PYTHONOPTIMIZE="1"))
print(run("import sys; print(sys.flags.ignore_environment)", PYTHONPATH=extra_path))
print(run("print(1)", PYTHONHASHSEED="bogus")[0] != 0)
