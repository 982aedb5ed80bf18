# bool is an int subclass with two instances.
print(True, False, repr(True), str(False))
print(type(True), isinstance(True, int), issubclass(bool, int))
print(True == 1, False == 0, True is True, bool(1) is True)
print(True + 1, True & False, True | False, True ^ True, ~True, -False)
print(bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(None), bool(()), bool(set()))
print(bool(1), bool(-0.1), bool("0"), bool([0]), bool(" "))
class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Empty()), bool(Truthy()), bool(object()))
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    class Sub(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(True and 3, 0 and 3, 0 or "x", "" or [], not 0, not "a")
print(sum([True, True, False]), sorted([True, False, True]))
print({True: "a", 1: "b"}, {0: "z", False: "y"})
print(hash(True), hash(False), True.real, True.denominator)
print(f"{True:d}", f"{True}", f"{False!r}", format(True, "^7"), "%d %s" % (True, True))
print(int(True), float(False), str(True).upper(), True.__class__.__name__)
print(bool.__mro__)
print(True.__and__(1), True.__and__(True), (True).__or__(False))
