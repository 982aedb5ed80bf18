# Lists with builtins: sum/min/max/sorted/any/all, list arithmetic, nested copies, index with bounds.
nums = [5, 3, 8, 1, 9, 2]
print(sum(nums), min(nums), max(nums), sorted(nums), sorted(nums, reverse=True), nums[::-1], len(nums))
print(nums.index(8), nums.index(1, 2, 5), [n for n in nums if n > 4], list(map(lambda n: n * 2, nums)))
evens, odds = [n for n in nums if n % 2 == 0], [n for n in nums if n % 2]
print(evens, odds, evens + odds, [*odds, *evens], list(zip(evens, odds)))
print([[0] * 2 for _ in range(2)], [i * j for i in range(1, 4) for j in range(1, 4)])
stack = []
for c in "((a)(b))":
    if c == "(":
        stack.append(c)
    elif c == ")":
        stack.pop()
print(stack == [], len(stack))
queue = list(range(5))
print(queue.pop(0), queue.pop(0), queue)
matrix = [[1, 2], [3, 4], [5, 6]]
print([list(col) for col in zip(*matrix)], [sum(row) for row in matrix], sum(map(sum, matrix)))
flat = [x for row in matrix for x in row]
print(flat, flat[1::2], flat[-2:], flat[:-4:-1])
print(list(range(10))[3:8:2], list(reversed(range(5))), [1, 2, 3] * 2 == [1, 2, 3, 1, 2, 3])
print(sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.casefold), sorted([(2, "b"), (1, "z"), (2, "a")]))
lst = [3, 1, 2]
print(lst.sort(), lst, sorted(lst) is lst, lst.copy() == lst, lst.copy() is lst)
print([x for x in [1, [2, [3]]] if isinstance(x, list)], list("hello").count("l"), "".join(sorted("hello")))
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
a = b
a += [4]
print(a, b, a is b)
