# logging to an in-memory stream with a fixed format: levels, loggers hierarchy, propagation, filters, exceptions.
import logging, io
stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
root = logging.getLogger("app")
root.setLevel(logging.DEBUG)
root.addHandler(handler)
root.propagate = False
root.debug("debug %d", 1)
root.info("info %s", "two")
root.warning("warning")
child = logging.getLogger("app.db")
child.error("child error")
child.setLevel(logging.ERROR)
child.warning("suppressed")
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.msg.endswith(("1", "3"))
handler.addFilter(OnlyOdd())
for i in range(4):
    root.info(f"filtered {i}")
handler.removeFilter(handler.filters[0])
try:
    1 / 0
except ZeroDivisionError:
    root.exception("caught")
text = stream.getvalue()
lines = text.splitlines()
print("\n".join(l for l in lines if not l.startswith(("Traceback", "  "))))
print(lines[-1], "Traceback" in text)
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName("ERROR"), child.getEffectiveLevel(), child.parent.name)
print(logging.getLogger("app.db") is child, child.isEnabledFor(logging.WARNING), root.isEnabledFor(logging.DEBUG))
adapter = logging.LoggerAdapter(root, {"user": "ann"})
handler.setFormatter(logging.Formatter("%(levelname)s %(user)s %(message)s"))
adapter.info("with extra")
print(stream.getvalue().splitlines()[-1])
