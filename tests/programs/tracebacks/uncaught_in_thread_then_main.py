# An exception in a thread goes to threading.excepthook (replaced here, since the default hook's
# frames would show stdlib line numbers); the main program then exits with a message.
import sys, threading
def report(args):
    print(f"thread {args.thread.name} failed: {args.exc_type.__name__}: {args.exc_value}", file=sys.stderr)
threading.excepthook = report
def worker():
    raise ValueError("thread failure")
t = threading.Thread(target=worker, name="worker-1")
t.start()
t.join()
print("main continues after thread error")
raise SystemExit("main exits with message")
