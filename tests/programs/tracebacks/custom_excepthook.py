# A custom sys.excepthook receives the uncaught exception instead of the default printer.
import sys
def hook(exc_type, exc, tb):
    frames = []
    while tb:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(f"custom hook: {exc_type.__name__}: {exc} via {frames}", file=sys.stderr)
sys.excepthook = hook
def fail():
    raise LookupError("handled by hook")
print("before failure")
fail()
