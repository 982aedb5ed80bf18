# argparse: subcommands, types, choices, mutually exclusive groups, defaults, and error messages (exit code 2 caught).
import argparse, io, contextlib
p = argparse.ArgumentParser(prog="tool", description="A test tool.")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--level", type=int, choices=[1, 2, 3], default=1)
g = p.add_mutually_exclusive_group()
g.add_argument("--json", action="store_true")
g.add_argument("--csv", action="store_true")
sub = p.add_subparsers(dest="cmd", required=True)
run = sub.add_parser("run", help="run things")
run.add_argument("targets", nargs="+")
run.add_argument("--dry-run", action="store_true")
show = sub.add_parser("show")
show.add_argument("--limit", type=int, default=10)
for argv in [["run", "a", "b"], ["-vv", "--level", "3", "--json", "run", "--dry-run", "x"], ["show"], ["show", "--limit", "5"]]:
    print(argv, "->", sorted(vars(p.parse_args(argv)).items()))
for argv in [[], ["--level", "9", "show"], ["--json", "--csv", "show"], ["run"], ["show", "--limit", "x"], ["bogus"]]:
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            p.parse_args(argv)
    except SystemExit as e:
        print(argv, "exit", e.code, "|", err.getvalue().strip().splitlines()[-1])
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        p.parse_args(["--help"])
    except SystemExit as e:
        code = e.code
print(code, out.getvalue().splitlines()[0])
ns, extra = p.parse_known_args(["show", "--unknown", "1"])
print(ns.cmd, extra)
