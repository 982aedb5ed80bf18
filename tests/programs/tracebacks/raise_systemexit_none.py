# SystemExit(None) means status 0 and no output; atexit handlers run first.
import atexit
atexit.register(lambda: print("atexit handler"))
print("raising SystemExit(None)")
raise SystemExit(None)
