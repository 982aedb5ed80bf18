# An uncaught exception inside a with-block: __exit__ runs (and prints) before the traceback.
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, et, ev, tb):
        print("release, saw", et.__name__)
        return False
with Resource():
    print("working")
    raise ConnectionError("lost connection")
