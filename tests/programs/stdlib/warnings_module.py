# warnings: filters, categories, catch_warnings(record=True), formatwarning, showwarning, warn_explicit.
import sys, warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(UserWarning("as instance"))
    warnings.warn_explicit("explicit", RuntimeWarning, "fake.py", 42)
for w in caught:
    print(w.category.__name__, str(w.message), w.filename.rsplit("/", 1)[-1], w.lineno if w.filename == "fake.py" else "line")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("repeated")
    print(len(caught))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an exception", FutureWarning)
    except FutureWarning as e:
        print("FutureWarning raised:", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("keep me")
    print([str(w.message) for w in caught])
print(warnings.formatwarning("msg", UserWarning, "file.py", 7, line="code()"), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "other.py", 1, line=""), end="")
def custom_show(message, category, filename, lineno, file=None, line=None):
    print(f"custom: {category.__name__}: {message}")
old = warnings.showwarning
warnings.showwarning = custom_show
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = custom_show
    warnings.warn("routed to custom")
warnings.showwarning = old
try:
    warnings.warn("bad category", int)
except TypeError as e:
    print("TypeError:", e)
def deprecated_api():
    warnings.warn("use new_api", DeprecationWarning, stacklevel=2)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    call_line = sys._getframe().f_lineno + 1
    deprecated_api()
    # stacklevel=2 attributes the warning to the caller's line.
    print(caught[0].lineno == call_line, caught[0].filename.endswith("warnings_module.py"))
