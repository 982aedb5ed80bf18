# Closures capturing loop variables via defaults and factories, closures in methods, class attributes captured.
def make_counters():
    return {name: (lambda start: (lambda: start))(i * 10) for i, name in enumerate("abc")}
print({k: f() for k, f in make_counters().items()})
class Widget:
    instances = []
    def __init__(self, name):
        self.name = name
        Widget.instances.append(self)
    def handler(self):
        def on_click(event):
            return f"{self.name} got {event}"
        return on_click
handlers = [Widget(n).handler() for n in ("ok", "cancel")]
print([h("click") for h in handlers], len(Widget.instances))
def outer():
    values = []
    class Collector:
        def add(self, v):
            values.append(v)
            return self
    Collector().add(1).add(2)
    return values
print(outer())
def accumulate():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def reset():
        nonlocal total
        total = 0
    return add, reset
add, reset = accumulate()
print(add(5), add(10), reset(), add(1))
def cell_sharing():
    fns = []
    for i in range(3):
        def get():
            return i
        def set_(v):
            nonlocal i
            i = v
        fns.append((get, set_))
    fns[0][1](99)
    return [g() for g, _ in fns]
print(cell_sharing())
def closure_over_class_attr():
    class K:
        value = "class value"
        def get(self):
            try:
                return value
            except NameError as e:
                return f"NameError: {e}"
    return K().get()
print(closure_over_class_attr())
