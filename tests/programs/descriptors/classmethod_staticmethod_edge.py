# classmethod/staticmethod objects: wrapping other descriptors, __func__, __wrapped__, calling on instances and subclasses.
class Base:
    created = []
    @classmethod
    def create(cls, *args):
        obj = cls.__new__(cls)
        Base.created.append(cls.__name__)
        return obj
    @staticmethod
    def helper(x):
        return x * 2
    @classmethod
    def chain(cls):
        return cls.helper(cls.__name__)
class Sub(Base):
    pass
print(type(Base.create()).__name__, type(Sub.create()).__name__, type(Sub().create()).__name__, Base.created)
print(Base.helper(3), Sub().helper("ab"), Sub.chain(), Base.chain())
cm = Base.__dict__["create"]
sm = Base.__dict__["helper"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__(5), cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(cm.__isabstractmethod__, callable(sm), callable(cm) if hasattr(cm, "__call__") else "not callable")
print(Base.create.__self__ is Base, Sub.create.__self__ is Sub, Base.helper.__name__, Base.create.__name__)
def free(cls_or_self, *a):
    return (getattr(cls_or_self, "__name__", type(cls_or_self).__name__), a)
class Late:
    pass
Late.cm = classmethod(free)
Late.sm = staticmethod(free)
print(Late.cm(1), Late().cm(2), Late.sm(Late, 3), Late().sm("x"))
try:
    classmethod(5)(1) if False else classmethod(5).__get__(None, Late)()
except TypeError as e:
    print("TypeError:", e)
class Doc:
    @staticmethod
    def documented():
        "Static doc."
    @classmethod
    def also(cls):
        "Class doc."
print(Doc.documented.__doc__, Doc.__dict__["documented"].__doc__, Doc.also.__doc__, Doc.__dict__["also"].__doc__)
print(staticmethod(len)("abc"), isinstance(staticmethod(len), staticmethod), repr(staticmethod(len)).startswith("<staticmethod("))
