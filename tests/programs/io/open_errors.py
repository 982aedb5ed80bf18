# open(): mode validation, argument errors and OSError subclasses with errno and filename.
import io
import os

DIR = "io_open_errors_tmp"
os.mkdir(DIR)

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
        r.close()
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, e.filename, "|", e)
    except Exception as e:
        print(label, type(e).__name__, e)

try:
    for mode in ["rw", "rr", "r+w", "b", "t", "rbt", "z", "r+b+", "wa", "xr", "U", "", "ab+", "xb", "rt", "br"]:
        attempt(repr(mode), lambda: open(DIR + "/m.txt" if "x" not in mode else DIR + "/x%d.txt" % len(mode), mode))
    attempt("missing", lambda: open(DIR + "/missing.txt"))
    attempt("missing dir", lambda: open(DIR + "/no/such.txt", "w"))
    attempt("directory", lambda: open(DIR))
    attempt("directory w", lambda: open(DIR, "w"))
    attempt("exists", lambda: open(DIR + "/m.txt", "x"))
    attempt("encoding b", lambda: open(DIR + "/m.txt", "rb", encoding="utf-8"))
    attempt("errors b", lambda: open(DIR + "/m.txt", "rb", errors="strict"))
    attempt("newline b", lambda: open(DIR + "/m.txt", "rb", newline="\n"))
    attempt("unbuffered text", lambda: open(DIR + "/m.txt", "r", buffering=0))
    attempt("bad newline", lambda: open(DIR + "/m.txt", "r", newline="x"))
    attempt("bad encoding", lambda: open(DIR + "/m.txt", "r", encoding="no-such-codec"))
    attempt("mode type", lambda: open(DIR + "/m.txt", 5))
    attempt("file type", lambda: open(3.5))
    attempt("file list", lambda: open([]))
    attempt("null", lambda: open("a\0b"))
    e = None
    try:
        open(DIR + "/missing.txt")
    except FileNotFoundError as exc:
        e = exc
    print(isinstance(e, OSError), e.args, repr(e))
    print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
    print(io.UnsupportedOperation.__module__, io.BlockingIOError is BlockingIOError)
    print(io.DEFAULT_BUFFER_SIZE, io.open is open, io.text_encoding(None), io.text_encoding("latin-1"))
    for cls in [io.FileIO, io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom,
                io.BufferedRWPair, io.TextIOWrapper, io.IncrementalNewlineDecoder]:
        print(cls.__name__, cls.__module__, [c.__name__ for c in cls.__mro__])
    print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.TextIOWrapper, io.TextIOBase), isinstance(open(DIR + "/m.txt"), io.IOBase))
finally:
    for name in os.listdir(DIR):
        os.remove(DIR + "/" + name)
    os.rmdir(DIR)
