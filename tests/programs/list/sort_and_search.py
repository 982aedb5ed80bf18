# list.sort and sorted with key functions, reverse stability, bisect on sorted lists, and index bounds.
import bisect
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=str.lower, reverse=True))
nums = [5, -3, 8, -1, 0, 3]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda v: (v < 0, v))
print(nums)
s = sorted(nums)
for x in [-5, 0, 4, 10]:
    print(x, bisect.bisect_left(s, x), bisect.bisect_right(s, x), x in s)
print(s.index(3), s.index(3, 2), s.count(0), s[::-1].index(-3))
try:
    s.index(3, 0, 2)
except ValueError as e:
    print("ValueError:", e)
matrix = [[3, 1], [2, 2], [1, 3]]
print(sorted(matrix), sorted(matrix, key=lambda r: r[1]), sorted(matrix, key=sum), max(matrix, key=lambda r: r[0] * r[1]))
data = list(range(20))
print(data[bisect.bisect_left(data, 7):bisect.bisect_right(data, 12)], sorted(data, key=lambda v: v % 5)[:8])
class Item:
    def __init__(self, name, rank):
        self.name, self.rank = name, rank
    def __repr__(self):
        return self.name
items = [Item("c", 2), Item("a", 1), Item("b", 2)]
items.sort(key=lambda i: i.rank)
print(items)
import operator
items.sort(key=operator.attrgetter("rank", "name"), reverse=True)
print(items)
print(sorted([], key=len), sorted([[]]), sorted([3, 2, 1], key=None, reverse=False))
