# Helper module whose top-level code counts executions in a builtin-held list.
import builtins
builtins.__dict__.setdefault("_counter_mod_runs", []).append(len(getattr(builtins, "_counter_mod_runs", [])))
runs = len(builtins._counter_mod_runs)
def value():
    return runs
