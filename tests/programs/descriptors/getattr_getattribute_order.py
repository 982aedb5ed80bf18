# The full attribute lookup order: data descriptor on type, instance dict, non-data descriptor, __getattr__.
log = []
class DataD:
    def __get__(self, o, t):
        log.append("data.__get__")
        return "data"
    def __set__(self, o, v):
        log.append("data.__set__")
class NonDataD:
    def __get__(self, o, t):
        log.append("nondata.__get__")
        return "nondata"
class Obj:
    d = DataD()
    n = NonDataD()
    plain = "class attr"
    def __getattr__(self, name):
        log.append(f"__getattr__({name})")
        return f"fallback {name}"
o = Obj()
o.__dict__.update(d="inst d", n="inst n", plain="inst plain")
print(o.d, o.n, o.plain, o.other)
print(log)
log.clear()
o.d = 5
o.n = 6
print(o.__dict__["d"], o.__dict__["n"], log)
class Base:
    attr = "base"
class Mid(Base):
    pass
class Leaf(Mid):
    pass
leaf = Leaf()
print(leaf.attr)
Mid.attr = "mid"
print(leaf.attr)
leaf.attr = "instance"
print(leaf.attr, Leaf.attr)
del Mid.attr
del leaf.attr
print(leaf.attr)
class Meta(type):
    meta_attr = "from metaclass"
    @property
    def meta_prop(cls):
        return "meta property"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.meta_attr, WithMeta.meta_prop, hasattr(WithMeta(), "meta_attr"))
class ShadowMeta(metaclass=Meta):
    meta_attr = "class shadows metaclass"
print(ShadowMeta.meta_attr)
print(type.__getattribute__(WithMeta, "meta_attr"), object.__getattribute__(leaf, "attr"))
