# Argument evaluation order: left to right, star-args unpacked in order, keyword values before the call, defaults at def time.
log = []
def t(x):
    log.append(x)
    return x
def f(*args, **kwargs):
    return args, kwargs
print(f(t(1), *[t(2), t(3)], t(4), k=t(5), **{"m": t(6)}), log)
log.clear()
def g(a, b, c):
    return a, b, c
print(g(t("a"), c=t("c"), b=t("b")), log)
log.clear()
obj = type("O", (), {"method": lambda self, v: ("method", v)})()
print(getattr(t(obj), t("method"))(t("arg")) if False else t(obj).method(t("arg")), [type(x).__name__ for x in log])
log.clear()
def defaults(x=t("default evaluated at def")):
    return x
print(log, defaults(), defaults("explicit"))
log.clear()
d = {}
d[t("key")] = t("value")
print(log)
log.clear()
x = [0, 0]
x[t(0)], x[t(1)] = t("first"), t("second")
print(x, log)
log.clear()
result = t(1) + t(2) * t(3)
print(result, log)
log.clear()
print(t(False) and t("never"), t(True) or t("never"), log)
log.clear()
z = t("cond") if t(True) else t("other")
print(z, log)
log.clear()
print([t(i) for i in range(2)], {t("k"): t("v")}, log)
