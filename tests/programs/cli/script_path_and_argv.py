# Running a script by relative and absolute path and from another directory: sys.argv[0], __file__, sys.path[0].
import subprocess, sys, os, tempfile
d = tempfile.mkdtemp()
script = os.path.join(d, "probe.py")
with open(script, "w") as f:
    f.write("import sys, os\n"
            "print(repr(sys.argv[0] == __file__), os.path.basename(__file__), os.path.isabs(__file__))\n"
            "print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))\n"
            "print(sys.argv[1:])\n")
for args, cwd in [(["probe.py", "x"], d), ([script, "y", "z"], None), ([os.path.join(".", "probe.py")], d)]:
    r = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd)
    print(r.returncode, r.stdout.replace(d, "<tmp>").splitlines(), r.stderr)
r = subprocess.run([sys.executable, d], capture_output=True, text=True)
print(r.returncode, r.stderr.replace(d, "<tmp>").replace(sys.executable, "<python>").strip())
with open(os.path.join(d, "__main__.py"), "w") as f:
    f.write("import sys\nprint('directory main', __name__, sys.argv[1:])\n")
r = subprocess.run([sys.executable, d, "arg"], capture_output=True, text=True)
print(r.returncode, r.stdout.strip())
import shutil
shutil.rmtree(d)
