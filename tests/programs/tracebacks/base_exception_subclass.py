# An uncaught BaseException subclass (not an Exception) still prints a traceback and exits 1.
class Abort(BaseException):
    pass
def run():
    print("aborting")
    raise Abort("user aborted")
try:
    run()
except Exception:
    print("not reached: Abort is not an Exception")
