# sys.exit raised from nested code unwinds through finally blocks and except clauses catching Exception.
import sys
def deep():
    try:
        sys.exit(0)
    except Exception:
        print("Exception does not catch SystemExit")
    finally:
        print("finally in deep")
try:
    deep()
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code", e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print("None code", e.code)
try:
    sys.exit([1, 2])
except SystemExit as e:
    print("list code", e.code)
try:
    quit_fn = exit
    quit_fn(4)
except SystemExit as e:
    print("site exit()", e.code)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
def handler_order():
    try:
        raise SystemExit(7)
    except BaseException as e:
        return type(e).__name__, e.code, e.args
print(handler_order())
print("last line before real exit")
sys.exit(0)
