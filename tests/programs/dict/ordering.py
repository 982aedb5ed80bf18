# Insertion order is kept through updates, deletions and re-insertions.
d = {}
for ch in "zyxwv":
    d[ch] = ord(ch)
print(list(d))
d["y"] = 0
print(list(d.items()))
del d["x"]
d["x"] = 1
print(list(d))
d.pop("z"); d["z"] = 2
print(list(d), d)
m = dict.fromkeys(range(20))
for i in range(0, 20, 2):
    del m[i]
print(list(m))
for i in range(100, 110):
    m[i] = i
print(list(m)[-3:], len(m))
big = {}
for i in range(1000):
    big[i * 7919 % 1000] = i
print(list(big)[:10], len(big))
for i in range(0, 1000, 3):
    del big[i]
print(list(big)[:10], len(big))
print({1: "a", 1.0: "b", True: "c"})
print({0: "x", 0.0: "y", False: "z", -0.0: "w"})
print(dict(sorted({"b": 1, "a": 2}.items())), list(reversed(dict.fromkeys("abc"))))
u = {"a": 1}
u.update(b=2, a=3)
print(u)
s = {str(i): i for i in range(5)}
print(s, list(s.values())[::-1])
