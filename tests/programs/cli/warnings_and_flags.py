# Child interpreters with -W and -X options and PYTHONWARNINGS: how warnings are shown or escalated.
import subprocess, sys, os
base = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
code = "import warnings; warnings.warn('careful', DeprecationWarning); warnings.warn('heads up'); print('done')"
def run(*opts, env=None):
    r = subprocess.run([sys.executable, *opts, "-c", code], capture_output=True, text=True, env=env or base)
    return r.returncode, r.stdout.strip(), [l for l in r.stderr.splitlines() if "Warning" in l]
print(run())
print(run("-W", "always::DeprecationWarning"))
print(run("-W", "error::UserWarning"))
print(run("-W", "ignore"))
print(run("-Wd"))
print(run(env=dict(base, PYTHONWARNINGS="error")))
print(run("-X", "dev"))
r = subprocess.run([sys.executable, "-X", "dev", "-c", "import sys; print(sys.flags.dev_mode, sys.warnoptions)"], capture_output=True, text=True, env=base)
print(r.stdout.strip())
r = subprocess.run([sys.executable, "-W", "ignore::DeprecationWarning", "-W", "error", "-c", "import sys; print(sys.warnoptions)"], capture_output=True, text=True, env=base)
print(r.stdout.strip())
