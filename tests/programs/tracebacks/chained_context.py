# Uncaught exception raised while handling another: both tracebacks, "During handling" header.
def read_config(cfg):
    try:
        return cfg["port"]
    except KeyError:
        raise ValueError("config has no port")
print(read_config({"port": 80}))
read_config({})
