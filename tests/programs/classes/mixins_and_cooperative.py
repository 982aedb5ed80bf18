# Cooperative multiple inheritance with mixins: super() chains through kwargs, MRO-driven method resolution.
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            raise TypeError(f"unused kwargs: {sorted(kw)}")
    def describe(self):
        return ["Base"]
class JsonMixin:
    def __init__(self, *, indent=None, **kw):
        self.indent = indent
        super().__init__(**kw)
        self.log.append("JsonMixin")
    def describe(self):
        return ["Json"] + super().describe()
    def to_json(self):
        import json
        return json.dumps({k: v for k, v in vars(self).items() if k != "log"}, indent=self.indent, sort_keys=True)
class ReprMixin:
    def __init__(self, *, tag="", **kw):
        self.tag = tag
        super().__init__(**kw)
        self.log.append("ReprMixin")
    def describe(self):
        return ["Repr"] + super().describe()
    def __repr__(self):
        return f"<{type(self).__name__} tag={self.tag!r}>"
class Model(JsonMixin, ReprMixin, Base):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
        self.log.append("Model")
    def describe(self):
        return ["Model"] + super().describe()
m = Model("widget", indent=None, tag="t1")
print(m, m.log, m.describe(), m.to_json())
print([c.__name__ for c in Model.__mro__])
try:
    Model("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
class A:
    def who(self):
        return "A"
class B(A):
    pass
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
print(D().who(), [k.__name__ for k in D.__mro__])
class Left:
    def ping(self):
        return "Left>" + super().ping()
class Right:
    def ping(self):
        return "Right"
class Both(Left, Right):
    pass
print(Both().ping())
try:
    Left().ping()
except AttributeError as e:
    print("AttributeError:", e)
