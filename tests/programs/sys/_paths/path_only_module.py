# Helper module reachable only when its folder is on sys.path.
MESSAGE = "imported through sys.path"
