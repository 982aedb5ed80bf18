"""Startup comparison: several taipan builds against CPython 3.12, alternating runs in one process.

usage: python3.12 bench/startup.py [-n REPS] NAME=PATH [NAME=PATH ...]
Prints a Markdown table: per command and build, wall and CPU (user+sys) time, minimum and median of
REPS runs, the ratio of medians to CPython's, and max RSS. CPU time is the steadier figure on a loaded
machine. One untimed run first warms the page cache and the code cache.
"""
import os
import statistics
import subprocess
import sys
import time

CASES = [
    ("-c pass", ["-c", "pass"]),
    ("import heapq, bisect, keyword, operator", ["-c", "import heapq, bisect, keyword, operator"]),
    ("small program", ["-c", "t = 0\nfor i in range(100000):\n    t += i * i % 7\n"
                       "d = {str(i): i for i in range(2000)}\nprint(t, len(d), sorted(d)[:3])"]),
]


def run_once(argv):
    """(wall s, cpu s, max RSS MB, stdout) of one run."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = p.stdout.read()
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"{argv[0]} failed: {err.decode()[-400:]}")
    return dt, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, out


def main():
    args = sys.argv[1:]
    reps = 20
    if args[:1] == ["-n"]:
        reps = int(args[1])
        args = args[2:]
    builds = [("cpython", sys.executable)] + [tuple(a.split("=", 1)) for a in args]
    print(f"{reps} runs each, alternating builds; times in ms")
    print()
    print("| command | build | wall min | wall median | CPU min | CPU median | CPU ratio | max RSS MB |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, case in CASES:
        wall = {name: [] for name, _ in builds}
        cpu = {name: [] for name, _ in builds}
        rss = {name: 0.0 for name, _ in builds}
        outputs = {}
        for name, exe in builds:
            outputs[name] = run_once([exe] + case)[3]
        for _ in range(reps):
            for name, exe in builds:
                w, c, m, _ = run_once([exe] + case)
                wall[name].append(w * 1000)
                cpu[name].append(c * 1000)
                rss[name] = max(rss[name], m)
        base = statistics.median(cpu["cpython"])
        for name, _ in builds:
            mism = "" if outputs[name] == outputs["cpython"] else " (output differs)"
            med = statistics.median(cpu[name])
            print(f"| {label} | {name}{mism} | {min(wall[name]):.0f} | {statistics.median(wall[name]):.0f} | "
                  f"{min(cpu[name]):.0f} | {med:.0f} | {med / base:.1f}x | {rss[name]:.0f} |")


if __name__ == "__main__":
    main()
