# array, bisect and heapq: typed arrays, sorted insertion, heap operations and merges.
import array, bisect, heapq
a = array.array("i", [3, 1, 2])
a.append(10); a.extend([20, 30]); a.insert(0, -1)
print(a, a.typecode, a.itemsize, len(a), a[1], a[-2:], a.tolist(), a.index(10), a.count(1))
a.reverse(); a.remove(20)
print(a, a.pop(), a.pop(0), a)
b = array.array("d", [1.5, 2.5])
print(b, b.tobytes()[:8].hex(), array.array("b", b"\x01\xff").tolist(), array.array("u", "hi"), array.array("B", range(4)) * 2)
try:
    array.array("b", [200])
except OverflowError as e:
    print("OverflowError:", e)
try:
    array.array("q", [1.5])
except TypeError as e:
    print("TypeError:", e)
try:
    array.array("z")
except ValueError as e:
    print("ValueError:", e)
print(array.typecodes, array.array("h", [1, 2]) == array.array("h", [1, 2]), array.array("i", [1]) < array.array("i", [2]))
xs = [1, 3, 3, 5, 8]
print(bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect(xs, 0), bisect.bisect(xs, 9), bisect.bisect_left(xs, 4, 1, 3))
bisect.insort(xs, 4); bisect.insort_left(xs, 3)
print(xs, bisect.bisect([("a", 1), ("c", 3)], ("b", 0)), bisect.bisect_left(["x", "yy"], 2, key=len))
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
print(heapq.nsmallest(3, [5, 1, 8, 3]), heapq.nlargest(2, ["aa", "b", "ccc"], key=len), list(heapq.merge([1, 4], [2, 3], [0])))
print(list(heapq.merge([5, 3], [4, 1], reverse=True)), list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
data = [(2, "b"), (1, "z"), (2, "a")]
heapq.heapify(data)
print([heapq.heappop(data) for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
