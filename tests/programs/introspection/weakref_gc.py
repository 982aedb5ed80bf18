# weakref: ref, proxy, WeakValueDictionary, finalize; gc.collect makes collection deterministic.
import weakref, gc
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"
o = Obj("a")
r = weakref.ref(o)
print(r() is o, r().name, weakref.getweakrefcount(o), type(r).__name__)
events = []
r2 = weakref.ref(o, lambda ref: events.append("callback"))
del o
gc.collect()
print(r(), r2(), events)
p_target = Obj("p")
p = weakref.proxy(p_target)
print(p.name, type(p).__name__)
del p_target
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
wvd = weakref.WeakValueDictionary()
keep = Obj("keep")
wvd["keep"] = keep
wvd["drop"] = Obj("drop")
gc.collect()
print(sorted(wvd.keys()))
wks = weakref.WeakSet()
a, b = Obj("x"), Obj("y")
wks.add(a); wks.add(b)
del b
gc.collect()
print(len(wks), list(wks))
f_obj = Obj("final")
fin = weakref.finalize(f_obj, events.append, "finalized")
print(fin.alive)
del f_obj
gc.collect()
print(fin.alive, events)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
class WithDel:
    def __del__(self):
        print("__del__ ran")
w = WithDel()
del w
gc.collect()
print(gc.isenabled(), isinstance(gc.get_threshold(), tuple), gc.collect() >= 0)
m = weakref.WeakMethod(Obj("m").__repr__)
gc.collect()
print(m())
