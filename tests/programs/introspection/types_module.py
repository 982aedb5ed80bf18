# types module: the built-in type objects and helpers.
import types, sys
def f(): pass
def g(): yield
async def c(): pass
async def ag(): yield
class K:
    def m(self): pass
print(type(f) is types.FunctionType, type(lambda: 0) is types.LambdaType, type(g()) is types.GeneratorType)
co = c()
print(type(co) is types.CoroutineType, type(ag()) is types.AsyncGeneratorType, type(K().m) is types.MethodType)
co.close()
print(type(len) is types.BuiltinFunctionType, type([].append) is types.BuiltinMethodType, type(sys) is types.ModuleType)
print(type(f.__code__) is types.CodeType, type(K.__dict__) is types.MappingProxyType, type(None) is types.NoneType)
print(type(...) is types.EllipsisType, type(NotImplemented) is types.NotImplementedType, type(int | str) is types.UnionType)
print(type(str.join) is types.MethodDescriptorType, type(int.__add__) is types.WrapperDescriptorType, type((1).__add__) is types.MethodWrapperType)
print(type(list[int]) is types.GenericAlias, type(sys._getframe()) is types.FrameType)
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), sorted(vars(ns)))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), mp.get("z", 0), repr(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError:", e)
Dyn = types.new_class("Dyn", (object,), {}, lambda ns: ns.update(x=5))
print(Dyn.x, Dyn.__name__)
print(types.resolve_bases((int,)), types.prepare_class("P", (), {})[0].__name__)
@types.coroutine
def old_style():
    yield "suspended"
async def uses_old():
    return await old_style()
co2 = uses_old()
print(co2.send(None))
co2.close()
print(int | str, (int | None).__args__, type(int | str).__name__, isinstance(3, int | str), (int | str) == (str | int))
print(types.DynamicClassAttribute.__name__, types.MemberDescriptorType.__name__, types.GetSetDescriptorType.__name__)
print(types.ClassMethodDescriptorType.__name__, type(dict.__dict__["fromkeys"]) is types.ClassMethodDescriptorType)
