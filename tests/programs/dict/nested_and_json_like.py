# Nested dict manipulation: deep get/set helpers, merging recursively, flattening keys, counting leaves.
def deep_get(d, path, default=None):
    for key in path.split("."):
        if not isinstance(d, dict) or key not in d:
            return default
        d = d[key]
    return d
def deep_set(d, path, value):
    *parents, last = path.split(".")
    for key in parents:
        d = d.setdefault(key, {})
    d[last] = value
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = deep_merge(out[k], v) if isinstance(out.get(k), dict) and isinstance(v, dict) else v
    return out
def flatten(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict) and v:
            yield from flatten(v, key + ".")
        else:
            yield key, v
cfg = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": False}}, "debug": True}
print(deep_get(cfg, "db.port"), deep_get(cfg, "db.opts.ssl"), deep_get(cfg, "db.nope", "n/a"), deep_get(cfg, "debug.x"))
deep_set(cfg, "db.opts.timeout", 30)
deep_set(cfg, "cache.size", 128)
print(cfg)
override = {"db": {"port": 6543, "opts": {"ssl": True}}, "debug": False, "new": []}
print(deep_merge(cfg, override))
print(dict(flatten(cfg)), sum(1 for _ in flatten(cfg)))
print(cfg == deep_merge(cfg, {}), cfg["db"] is not deep_merge(cfg, {})["db"] or "shared")
inverted = {}
for k, v in flatten(cfg):
    inverted.setdefault(type(v).__name__, []).append(k)
print(inverted)
