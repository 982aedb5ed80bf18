# An uncaught KeyboardInterrupt: a traceback, then exit status 130 as CPython gives.
def work():
    raise KeyboardInterrupt
print("working")
work()
