# Functions as descriptors: classmethod, staticmethod, bound/unbound, method on instances vs classes.
class K:
    factor = 10
    def inst(self, x):
        return ("inst", type(self).__name__, x)
    @classmethod
    def cm(cls, x):
        return ("cm", cls.__name__, x)
    @staticmethod
    def sm(x):
        return ("sm", x)
class Sub(K):
    factor = 20
print(K().inst(1), K.inst(K(), 2), K.cm(3), K().cm(4), Sub.cm(5), K.sm(6), K().sm(7))
f = K.__dict__["inst"]
print(type(f).__name__, type(K.__dict__["cm"]).__name__, type(K.__dict__["sm"]).__name__)
print(f.__get__(K(), K)(8), K.__dict__["cm"].__get__(None, Sub)(9), K.__dict__["sm"].__get__(None, K)(10))
print(K.cm.__self__ is K, K().inst.__self__.__class__ is K, K.sm.__name__)
try:
    K.inst(1)
except TypeError as e:
    print("TypeError:", e)
k = K()
k.inst2 = lambda x: ("instance attr", x)
print(k.inst2(1))
sm = staticmethod(len)
print(sm("abc"), callable(sm), sm.__func__ is len)
cm = classmethod(lambda cls: cls.__name__)
class Holder:
    name_of = cm
print(Holder.name_of(), Holder().name_of())
class Chain:
    @classmethod
    @property
    def prop(cls):
        return "old chaining"
import warnings
warnings.simplefilter("ignore")
print(Chain.prop if hasattr(Chain, "prop") else "no")
print(K.inst.__qualname__, K.cm.__qualname__, K.sm.__qualname__, K.cm.__func__.__qualname__)
print(isinstance(K.__dict__["sm"], staticmethod), staticmethod(print).__wrapped__ is print)
m1 = k.inst
m2 = k.inst
print(m1 == m2, m1 is m2, m1.__func__ is m2.__func__)
