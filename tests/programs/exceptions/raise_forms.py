# Forms of raise: class vs instance, with cause, re-raise preserving traceback, raise in nested functions.
import traceback
def lines_of(e):
    return [f.lineno - raise_forms_base for f in traceback.extract_tb(e.__traceback__)]
raise_forms_base = 0
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)
try:
    raise KeyError("x") from ValueError("cause")
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
def inner():
    raise RuntimeError("deep")
def middle():
    try:
        inner()
    except RuntimeError:
        raise
try:
    middle()
except RuntimeError as e:
    print(len(traceback.extract_tb(e.__traceback__)), [f.name for f in traceback.extract_tb(e.__traceback__)])
def reraise_modified():
    try:
        inner()
    except RuntimeError as e:
        e.args = ("modified",)
        raise e
try:
    reraise_modified()
except RuntimeError as e:
    print(e, [f.name for f in traceback.extract_tb(e.__traceback__)])
def with_traceback():
    try:
        inner()
    except RuntimeError as e:
        raise ValueError("replaced").with_traceback(e.__traceback__)
try:
    with_traceback()
except ValueError as e:
    print(e, [f.name for f in traceback.extract_tb(e.__traceback__)], repr(e.__context__))
class CustomNew(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.created_by_new = True
        return inst
try:
    raise CustomNew
except CustomNew as e:
    print(e.created_by_new, e.args)
try:
    raise ValueError("a") from None
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)
