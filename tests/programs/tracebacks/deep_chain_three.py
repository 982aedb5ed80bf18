# Three chained exceptions: cause, then context.
def load():
    raise FileNotFoundError(2, "No such file or directory", "settings.ini")
def configure():
    try:
        load()
    except OSError as e:
        raise RuntimeError("cannot configure") from e
def main():
    try:
        configure()
    except RuntimeError:
        raise SystemError("startup failed")
main()
