"""Benchmark runner: every program in bench/programs under Taipan and CPython 3.12, side by side.

Usage (from anywhere; paths are resolved against the repository root):
    python3.12 bench/run.py                 # full run, 5 repetitions, writes RESULTS.md and results.json
    python3.12 bench/run.py --quick         # tiny sizes, one run each, outputs must match CPython's
    python3.12 bench/run.py --only nbody,richards --reps 3
    python3.12 bench/run.py --taipan "dotnet path/to/taipan.dll" --cpython /usr/bin/python3.12

Pure standard library; meant to run under CPython 3.12 now and under Taipan later.
"""

import argparse
import datetime
import json
import math
import os
import platform
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
EXPECTED_DIR = os.path.join(BENCH_DIR, "expected_quick")
PYENV_CPYTHON = "/root/.pyenv/versions/3.12.1/bin/python3.12"
STARTUP_CASES = [("-c pass", ["-c", "pass"]),
                 ("-c import json, re, collections", ["-c", "import json, re, collections"])]
STARTUP_RUNS = 10
QUICK_RE = re.compile(r"^#\s*QUICK_SIZE:\s*(\S+)", re.M)

# targets of issue 5, as ratios Taipan / CPython
TARGET_GEOMEAN = 1.5
TARGET_MAX_RATIO = 4.0
TARGET_STARTUP = 3.0
TARGET_MEMORY = 3.0


class RunResult:
    """One measured process run."""

    def __init__(self, seconds, exit_code, stdout, stderr, maxrss_kib, timed_out=False, cpu_seconds=None):
        self.seconds = seconds
        self.cpu_seconds = cpu_seconds  # user + system time of the child, from wait4
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr
        self.maxrss_kib = maxrss_kib
        self.timed_out = timed_out

    @property
    def ok(self):
        return self.exit_code == 0 and not self.timed_out


def _start_killer(proc, timeout):
    """Kill proc after timeout seconds; returns an object with cancel(), or None without threads."""
    try:
        import threading
    except ImportError:
        return None
    timer = threading.Timer(timeout, _kill_quietly, (proc,))
    timer.daemon = True
    timer.start()
    return timer


def _kill_quietly(proc):
    """Kill the child and anything it started (a launcher script may run the real process)."""
    proc.timed_out = True
    try:
        if hasattr(os, "killpg"):
            os.killpg(proc.pid, 9)
        else:
            proc.kill()
    except OSError:
        pass


def _poll_hwm(proc, box, interval=0.01):
    """Record the child's VmHWM from /proc while it runs (a thread; stops when the file goes away)."""
    path = "/proc/%d/status" % proc.pid
    while box["polling"]:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            return
        m = re.search(rb"VmHWM:\s+(\d+) kB", data)
        if m and int(m.group(1)) > 0:  # a process being torn down shows 0
            box["hwm"] = max(box["hwm"] or 0, int(m.group(1)))
        time.sleep(interval)


def _start_poller(proc, box):
    if not os.path.exists("/proc/self/status"):
        return None
    try:
        import threading
    except ImportError:
        return None
    thread = threading.Thread(target=_poll_hwm, args=(proc, box), daemon=True)
    thread.start()
    return thread


def run_process(argv, timeout, cwd=None, rss_floor=None):
    """Run argv with output captured; return a RunResult with wall time and peak RSS of the child.

    Peak RSS comes from os.wait4's ru_maxrss.  Linux carries the high-water mark of the memory the
    child had before exec (a copy of this runner, ~15 MiB) into ru_maxrss, so a value at or below
    rss_floor (what a trivial exec reports) says only "at most the floor"; then the child's VmHWM,
    polled from /proc while it runs, is used instead.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            start = time.perf_counter()
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=cwd,
                                    start_new_session=hasattr(os, "killpg"))
        except OSError as exc:
            return RunResult(0.0, None, b"", str(exc).encode(), None)
        proc.timed_out = False
        killer = _start_killer(proc, timeout)
        box = {"polling": True, "hwm": None}
        poller = _start_poller(proc, box) if rss_floor is not None else None
        maxrss = None
        cpu = None
        try:
            wait4 = getattr(os, "wait4", None)
            if wait4 is not None:
                _, status, usage = wait4(proc.pid, 0)
                elapsed = time.perf_counter() - start
                proc.returncode = os.waitstatus_to_exitcode(status)
                maxrss = usage.ru_maxrss
                cpu = usage.ru_utime + usage.ru_stime
                if sys.platform == "darwin":  # bytes there, KiB on Linux
                    maxrss //= 1024
            else:
                proc.wait()
                elapsed = time.perf_counter() - start
        except BaseException:
            _kill_quietly(proc)  # e.g. Ctrl-C: the child is in its own session and would outlive us
            raise
        finally:
            box["polling"] = False
            if killer is not None:
                killer.cancel()
        if poller is not None:
            poller.join()
            if box["hwm"] is not None and (maxrss is None or maxrss <= rss_floor + 1024):
                maxrss = box["hwm"]
        out.seek(0)
        err.seek(0)
        return RunResult(elapsed, proc.returncode, out.read(), err.read(), maxrss, proc.timed_out, cpu)


def rss_floor():
    """ru_maxrss that a trivial exec from this process reports (the runner's own footprint)."""
    true = shutil.which("true")
    if true is None or not hasattr(os, "wait4"):
        return None
    res = run_process([true], 30)
    return res.maxrss_kib if res.ok else None


def median(values):
    vals = sorted(values)
    n = len(vals)
    if n == 0:
        return None
    mid = n // 2
    return vals[mid] if n % 2 else (vals[mid - 1] + vals[mid]) / 2.0


def geomean(values):
    vals = [v for v in values if v is not None and v > 0]
    if not vals:
        return None
    return math.exp(sum(math.log(v) for v in vals) / len(vals))


def ratio(a, b):
    if a is None or b is None or b == 0:
        return None
    return a / b


def find_cpython(option):
    if option:
        path = shutil.which(option) or option
        return path if os.path.exists(path) else None
    if os.path.exists(PYENV_CPYTHON):
        return PYENV_CPYTHON
    return shutil.which("python3.12")


def resolve_taipan(option):
    """Return (argv prefix, problem message or None) for the Taipan command."""
    argv = shlex.split(option) if option else [os.path.join(REPO_ROOT, "taipan")]
    if not argv:
        return None, "empty --taipan command"
    exe = argv[0]
    if os.sep in exe or exe.startswith("."):
        path = exe if os.path.isabs(exe) else os.path.join(REPO_ROOT, exe)
        if not os.path.exists(path):
            return None, f"Taipan not found at {path} (build it, or pass --taipan CMD)"
        if not os.access(path, os.X_OK):
            return None, f"Taipan at {path} is not executable"
        argv[0] = path
    elif shutil.which(exe) is None:
        return None, f"Taipan command {exe!r} not found on PATH (pass --taipan CMD)"
    return argv, None


def interpreter_version(argv):
    res = run_process(argv + ["-c", "import sys; print(sys.version.split()[0])"], 60)
    if not res.ok:
        return "unknown (exit %s)" % res.exit_code
    return res.stdout.decode(errors="replace").strip()


def discover(only):
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR) if f.endswith(".py") and not f.startswith("_"))
    if only:
        wanted = [w.strip().removesuffix(".py") for w in only.split(",") if w.strip()]
        unknown = [w for w in wanted if w not in names]
        if unknown:
            sys.exit(f"run.py: unknown program(s): {', '.join(unknown)}; known: {', '.join(names)}")
        names = [n for n in names if n in wanted]
    programs = []
    for name in names:
        path = os.path.join(PROGRAMS_DIR, name + ".py")
        with open(path, encoding="utf-8") as f:
            head = f.read(2000)
        m = QUICK_RE.search(head)
        programs.append({"name": name, "path": path, "quick_size": m.group(1) if m else None})
    return programs


def machine_info():
    cpu = None
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "cpu": cpu or platform.processor() or platform.machine() or "unknown",
        "cores": os.cpu_count(),
        "os": platform.platform(),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def load_average():
    try:
        return " ".join("%.2f" % x for x in os.getloadavg())
    except (AttributeError, OSError):
        return "unknown"


def describe_failure(res):
    if res.timed_out:
        return "timeout"
    if res.exit_code is None:
        return "could not start: " + res.stderr.decode(errors="replace").strip()
    tail = res.stderr.decode(errors="replace").strip().splitlines()[-1:] or [""]
    return f"exit {res.exit_code}: {tail[0][:120]}"


def fmt(value, spec, missing="-"):
    return missing if value is None else format(value, spec)


def mib(kib):
    return None if kib is None else kib / 1024.0


# ---------------------------------------------------------------- quick mode

def quick(args, programs, cpython, taipan):
    passed = failed = 0
    ref_name = "CPython" if cpython else "stored expected output"
    for prog in programs:
        size = [prog["quick_size"]] if prog["quick_size"] else []
        expected_path = os.path.join(EXPECTED_DIR, prog["name"] + ".txt")
        problems = []
        reference = None
        if cpython:
            ref = run_process([cpython, prog["path"]] + size, args.timeout, cwd=REPO_ROOT)
            if not ref.ok:
                problems.append("CPython " + describe_failure(ref))
            else:
                reference = ref.stdout
                if not args.update_expected and os.path.exists(expected_path):
                    with open(expected_path, "rb") as f:
                        if f.read() != reference:
                            print(f"note {prog['name']}: expected_quick/{prog['name']}.txt is stale "
                                  "(refresh with --quick --update-expected)", flush=True)
                if args.update_expected:
                    os.makedirs(EXPECTED_DIR, exist_ok=True)
                    with open(expected_path, "wb") as f:
                        f.write(reference)
        elif os.path.exists(expected_path):
            with open(expected_path, "rb") as f:
                reference = f.read()
        else:
            problems.append("no CPython and no stored expected output")
        if taipan is None:
            if not args.update_expected:
                problems.append("Taipan not run")
        elif reference is not None:
            res = run_process(taipan + [prog["path"]] + size, args.timeout, cwd=REPO_ROOT)
            if not res.ok:
                problems.append("Taipan " + describe_failure(res))
            elif res.stdout != reference:
                problems.append("output differs from " + ref_name + ": " + first_difference(reference, res.stdout))
        if problems:
            failed += 1
            print(f"FAIL {prog['name']:<18} {'; '.join(problems)}", flush=True)
        else:
            passed += 1
            print(f"ok   {prog['name']:<18}", flush=True)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def first_difference(expected, actual):
    exp_lines = expected.decode(errors="replace").splitlines()
    act_lines = actual.decode(errors="replace").splitlines()
    for i in range(max(len(exp_lines), len(act_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<missing>"
        a = act_lines[i] if i < len(act_lines) else "<missing>"
        if e != a:
            return f"line {i + 1}: expected {e[:80]!r}, got {a[:80]!r}"
    return "trailing whitespace or line endings differ"


# ---------------------------------------------------------------- full mode

def measure_programs(args, programs, cpython, taipan):
    rows = []
    for prog in programs:
        sides = {"cpython": [cpython] if cpython else None, "taipan": taipan}
        runs = {"cpython": [], "taipan": []}
        floor = rss_floor()
        for rep in range(args.reps):
            order = ["cpython", "taipan"] if rep % 2 == 0 else ["taipan", "cpython"]
            for side in order:
                if sides[side] is None:
                    continue
                # a side that failed once is not retried: its times would mean nothing
                if runs[side] and not runs[side][-1].ok:
                    continue
                runs[side].append(run_process(sides[side] + [prog["path"]], args.timeout, cwd=REPO_ROOT,
                                              rss_floor=floor))
        row = {"name": prog["name"]}
        for side in ("cpython", "taipan"):
            row[side] = summarize(runs[side])
        row.update(compare(row, runs))
        rows.append(row)
        print_row(row, flush=True)
    return rows


def summarize(runs):
    if not runs:
        return None
    ok = all(r.ok for r in runs)
    times = [r.seconds for r in runs]
    rss = [r.maxrss_kib for r in runs if r.maxrss_kib is not None]
    cpu = [r.cpu_seconds for r in runs if r.cpu_seconds is not None]
    return {
        "ok": ok,
        "error": None if ok else describe_failure(next(r for r in runs if not r.ok)),
        "times_s": [round(t, 4) for t in times],
        "median_s": round(median(times), 4) if ok else None,
        "cpu_median_s": round(median(cpu), 4) if ok and cpu else None,
        "maxrss_kib": max(rss) if rss else None,
        "deterministic": len({r.stdout for r in runs}) == 1,
    }


def compare(row, runs):
    cp, tp = row["cpython"], row["taipan"]
    out = {"time_ratio": None, "cpu_time_ratio": None, "memory_ratio": None, "status": ""}
    if cp is None:
        out["status"] = "no CPython"
    elif not cp["ok"]:
        out["status"] = "CPython " + cp["error"]
    elif not cp["deterministic"]:
        out["status"] = "CPython output varies between runs"
    if tp is None:
        out["status"] = out["status"] or "Taipan not run"
        return out
    if not tp["ok"]:
        out["status"] = "; ".join(x for x in (out["status"], "Taipan " + tp["error"]) if x)
        return out
    if cp is None or not cp["ok"]:
        return out
    reference = runs["cpython"][0].stdout
    bad = [r for r in runs["taipan"] if r.stdout != reference]
    if bad:
        out["status"] = "MISMATCH " + first_difference(reference, bad[0].stdout)
        out["output_match"] = False
    else:
        out["output_match"] = True
        out["status"] = out["status"] or "ok"
    out["time_ratio"] = round(ratio(tp["median_s"], cp["median_s"]), 3)
    r = ratio(tp["cpu_median_s"], cp["cpu_median_s"])
    out["cpu_time_ratio"] = None if r is None else round(r, 3)
    r = ratio(tp["maxrss_kib"], cp["maxrss_kib"])
    out["memory_ratio"] = None if r is None else round(r, 3)
    return out


ROW_FMT = "{:<18} {:>9} {:>9} {:>7} {:>9} {:>9} {:>7}  {}"


def print_header():
    print(ROW_FMT.format("program", "CPython s", "Taipan s", "ratio", "CPy MiB", "Tai MiB", "mem x", "output"))
    print("-" * 96)


def print_row(row, flush=False):
    cp, tp = row["cpython"] or {}, row["taipan"] or {}
    print(ROW_FMT.format(row["name"], fmt(cp.get("median_s"), ".3f"), fmt(tp.get("median_s"), ".3f"),
                         fmt(row["time_ratio"], ".2f"), fmt(mib(cp.get("maxrss_kib")), ".1f"),
                         fmt(mib(tp.get("maxrss_kib")), ".1f"), fmt(row["memory_ratio"], ".2f"),
                         row["status"]), flush=flush)


def measure_startup(args, cpython, taipan):
    results = []
    for label, extra in STARTUP_CASES:
        times = {"cpython": [], "taipan": []}
        errors = {}
        for i in range(STARTUP_RUNS):
            order = [("cpython", cpython and [cpython]), ("taipan", taipan)]
            if i % 2:
                order.reverse()
            for side, argv in order:
                if argv is None or side in errors:
                    continue
                res = run_process(argv + extra, args.timeout, cwd=REPO_ROOT)
                if res.ok:
                    times[side].append(res.seconds)
                else:
                    errors[side] = describe_failure(res)
        cp = median(times["cpython"]) if "cpython" not in errors else None
        tp = median(times["taipan"]) if "taipan" not in errors else None
        r = ratio(tp, cp)
        results.append({"case": label, "cpython_s": cp and round(cp, 4), "taipan_s": tp and round(tp, 4),
                        "ratio": None if r is None else round(r, 3), "errors": errors})
        print(f"startup {label:<34} CPython {fmt(cp, '.4f')} s  Taipan {fmt(tp, '.4f')} s  "
              f"ratio {fmt(r, '.2f')}  {'; '.join(f'{k}: {v}' for k, v in errors.items())}", flush=True)
    return results


def targets(rows, startup, geo):
    ratios = [r["time_ratio"] for r in rows if r["time_ratio"] is not None]
    mems = [r["memory_ratio"] for r in rows if r["memory_ratio"] is not None]
    pass_startup = [s["ratio"] for s in startup if s["case"] == "-c pass" and s["ratio"] is not None]
    all_ran = all(r.get("output_match") for r in rows)

    def check(value, limit):
        if value is None:
            return "not measured"
        return "met" if value <= limit else "NOT met"

    return [
        ("every program runs with output equal to CPython's", "met" if all_ran and rows else "NOT met", None),
        (f"geometric mean of time ratios <= {TARGET_GEOMEAN}x", check(geo, TARGET_GEOMEAN), geo),
        (f"no program above {TARGET_MAX_RATIO}x", check(max(ratios) if ratios else None, TARGET_MAX_RATIO),
         max(ratios) if ratios else None),
        (f"startup of -c pass <= {TARGET_STARTUP}x", check(pass_startup[0] if pass_startup else None,
                                                           TARGET_STARTUP), pass_startup[0] if pass_startup else None),
        (f"peak memory of each program <= {TARGET_MEMORY}x", check(max(mems) if mems else None, TARGET_MEMORY),
         max(mems) if mems else None),
    ]


def write_reports(args, report, rows, startup, geo, target_rows):
    out_dir = args.results_dir
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "results.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2)
        f.write("\n")
    m = report["machine"]
    lines = ["# Benchmark results: Taipan vs CPython 3.12", ""]
    if args.label:
        lines += [f"**{args.label}**", ""]
    lines += [f"Machine: {m['cpu']}, {m['cores']} cores, {m['os']}; run {m['date']}.  ",
              f"CPython: `{report['cpython']['command']}` ({report['cpython']['version']}); "
              f"Taipan: `{report['taipan']['command']}` ({report['taipan']['version']}).  ",
              f"Median of {report['reps']} runs per program, runs alternating between the two; "
              "times are wall clock of the whole process (startup included); memory is peak RSS "
              "(`ru_maxrss` of the child from `os.wait4`, or its polled VmHWM when ru_maxrss is only the "
              "runner's own pre-exec footprint; max over runs). Ratios are Taipan / CPython, lower is better.",
              "",
              "| program | CPython s | Taipan s | ratio | CPython MiB | Taipan MiB | memory ratio | output |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for row in rows:
        cp, tp = row["cpython"] or {}, row["taipan"] or {}
        status = row["status"].replace("|", "\\|")
        lines.append(f"| {row['name']} | {fmt(cp.get('median_s'), '.3f')} | {fmt(tp.get('median_s'), '.3f')} | "
                     f"{fmt(row['time_ratio'], '.2f')} | {fmt(mib(cp.get('maxrss_kib')), '.1f')} | "
                     f"{fmt(mib(tp.get('maxrss_kib')), '.1f')} | {fmt(row['memory_ratio'], '.2f')} | {status} |")
    counted = report["geomean_programs"]
    cpu_geo = report["geomean_cpu_time_ratio"]
    lines += ["", f"**Geometric mean of time ratios: {fmt(geo, '.2f')}** (over {counted} of {len(rows)} programs "
              "that ran with matching output); of CPU-time (user+sys) ratios, which a busy machine disturbs "
              f"less: {fmt(cpu_geo, '.2f')}. Load average at the end of the run: {report['load_average']}.", "",
              "## Startup (median of %d)" % STARTUP_RUNS, "",
              "| command | CPython s | Taipan s | ratio |", "| --- | ---: | ---: | ---: |"]
    for s in startup:
        lines.append(f"| `{s['case']}` | {fmt(s['cpython_s'], '.4f')} | {fmt(s['taipan_s'], '.4f')} | "
                     f"{fmt(s['ratio'], '.2f')} |")
    lines += ["", "## Targets (issue 5)", "", "| target | measured | status |", "| --- | ---: | --- |"]
    for text, status, value in target_rows:
        lines.append(f"| {text} | {fmt(value, '.2f')} | {status} |")
    lines.append("")
    with open(os.path.join(out_dir, "RESULTS.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(f"wrote {os.path.join(out_dir, 'RESULTS.md')} and results.json")


def full(args, programs, cpython, taipan, taipan_cmd_text):
    print(f"{len(programs)} programs, {args.reps} run(s) each per interpreter, alternating", flush=True)
    print_header()
    rows = measure_programs(args, programs, cpython, taipan)
    print()
    startup = [] if args.no_startup else measure_startup(args, cpython, taipan)
    counted = [r["time_ratio"] for r in rows if r["time_ratio"] is not None and r.get("output_match")]
    geo = geomean(counted)
    cpu_geo = geomean([r["cpu_time_ratio"] for r in rows if r["cpu_time_ratio"] is not None and r.get("output_match")])
    print()
    print(f"geometric mean of time ratios: {fmt(geo, '.3f')} over {len(counted)} of {len(rows)} programs")
    print(f"geometric mean of CPU-time (user+sys) ratios, less sensitive to a busy machine: {fmt(cpu_geo, '.3f')}")
    mismatches = [r["name"] for r in rows if r["status"] != "ok"]
    if mismatches:
        print(f"programs not ok: {', '.join(mismatches)}")
    target_rows = targets(rows, startup, geo)
    for text, status, value in target_rows:
        print(f"target: {text:<55} {fmt(value, '.2f'):>6}  {status}")
    report = {
        "machine": machine_info(),
        "label": args.label,
        "reps": args.reps,
        "cpython": {"command": cpython, "version": interpreter_version([cpython]) if cpython else None},
        "taipan": {"command": taipan_cmd_text, "version": interpreter_version(taipan) if taipan else None},
        "programs": rows,
        "geomean_time_ratio": None if geo is None else round(geo, 4),
        "geomean_programs": len(counted),
        "geomean_cpu_time_ratio": None if cpu_geo is None else round(cpu_geo, 4),
        "load_average": load_average(),
        "startup": startup,
        "targets": [{"target": t, "status": s, "value": v} for t, s, v in target_rows],
    }
    if args.no_write:
        pass
    elif taipan is None and args.results_dir == BENCH_DIR:
        print("not writing bench/RESULTS.md without a Taipan side (pass --results-dir DIR to write anyway)")
    else:
        write_reports(args, report, rows, startup, geo, target_rows)
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description="Run bench/programs under Taipan and CPython 3.12.")
    parser.add_argument("--reps", type=int, default=5, help="repetitions per program and interpreter (default 5)")
    parser.add_argument("--quick", action="store_true",
                        help="tiny sizes, one run each; only check Taipan's output equals CPython's")
    parser.add_argument("--only", metavar="NAME[,NAME]", help="run only these programs")
    parser.add_argument("--taipan", metavar="CMD", help="Taipan command (default: ./taipan at the repo root)")
    parser.add_argument("--cpython", metavar="PATH", help="CPython 3.12 (default: pyenv 3.12.1 or python3.12)")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per process run (default 300)")
    parser.add_argument("--no-startup", action="store_true", help="skip the startup measurements")
    parser.add_argument("--no-write", action="store_true", help="do not write RESULTS.md / results.json")
    parser.add_argument("--results-dir", default=BENCH_DIR, help="where to write RESULTS.md and results.json")
    parser.add_argument("--label", help="a line put at the top of RESULTS.md (e.g. 'dry run')")
    parser.add_argument("--update-expected", action="store_true",
                        help="with --quick: store CPython's outputs in bench/expected_quick/")
    args = parser.parse_args(argv)
    if args.reps < 1:
        parser.error("--reps must be at least 1")

    programs = discover(args.only)
    cpython = find_cpython(args.cpython)
    if cpython is None:
        where = args.cpython or f"{PYENV_CPYTHON} or python3.12 on PATH"
        print(f"run.py: CPython 3.12 not found ({where}); skipping the CPython side", flush=True)
    else:
        print(f"CPython: {cpython}", flush=True)
    taipan, problem = resolve_taipan(args.taipan)
    taipan_cmd_text = args.taipan or "./taipan"
    if problem:
        print(f"run.py: {problem}; skipping the Taipan side", flush=True)
    else:
        print(f"Taipan:  {' '.join(taipan)}", flush=True)
    if cpython is None and taipan is None and not args.quick:
        print("run.py: nothing to run")
        return 2
    if args.quick:
        return quick(args, programs, cpython, taipan)
    return full(args, programs, cpython, taipan, taipan_cmd_text)


if __name__ == "__main__":
    sys.exit(main())
