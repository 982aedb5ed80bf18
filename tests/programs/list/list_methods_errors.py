# list methods with wrong arguments: argument counts, types, and mutation during sort.
lst = [1, 2, 3]
for call in ["lst.append()", "lst.append(1, 2)", "lst.insert(1)", "lst.insert('a', 1)", "lst.pop('x')", "lst.index()",
             "lst.extend(1)", "lst.extend(None)", "lst.sort(1)", "lst.sort(key=1)", "lst.count()", "lst.remove()",
             "lst.reverse(1)", "lst.copy(1)", "lst.clear(1)", "lst[1:2:0]", "lst['a']", "lst[1.0]", "lst * 'a'", "lst + 1"]:
    try:
        eval(call)
        print(call, "ok", lst)
    except (TypeError, ValueError, IndexError) as e:
        print(call, "->", type(e).__name__ + ":", e)
big = list(range(5))
big.insert(-100, "first")
big.insert(100, "last")
print(big, big.pop(-1), big.pop(0), big)
try:
    [3, 1, 2].sort(key=lambda v: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError from key:", e)
l2 = [3, 1, 2]
try:
    l2.sort(key=lambda v: l2.clear() or v)
except ValueError as e:
    print("ValueError:", e)
print(l2)
print(list.__dict__["append"].__name__, list.append.__qualname__, [].__len__(), list.__len__([1]))
