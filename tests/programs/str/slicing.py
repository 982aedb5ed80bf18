# Indexing and slicing strings, including negative steps and out-of-range bounds.
s = "0123456789"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3])
print(s[8:2:-2], s[100:], s[-100:3], s[5:2], repr(s[5:5]), s[::-3], s[-1:-11:-1])
print(s[slice(2, 8, 3)], s[slice(None)], s[slice(-2, None, -1)])
for idx in [10, -11]:
    try:
        s[idx]
    except IndexError as e:
        print("IndexError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __index__(self):
        return 4
print(s[Idx()], s[Idx():], s[True])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
sl = slice(1, 2, 3)
print(sl, repr(sl), sl.start, sl.stop, sl.step, slice(5), slice(1, 2) == slice(1, 2))
try:
    hash(slice(1, 2)) == hash(slice(1, 2))
    print("hashable slice")
except TypeError as e:
    print("TypeError:", e)
for step in [1, 2, -1, -2]:
    print(step, [s[i:j:step] for i in (None, 2, -2) for j in (None, 5, -5)])
