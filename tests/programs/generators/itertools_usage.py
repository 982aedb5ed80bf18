# itertools results CPython defines exactly.
import itertools as it
print(list(it.islice(it.count(5, 3), 4)), list(it.islice(it.cycle("ab"), 5)))
print(list(it.repeat("x", 3)), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.chain("ab", [1])), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcd", [1, 0, 1, 0])))
print(list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.filterfalse(None, [0, 1, 0, 2])), [(k, list(g)) for k, g in it.groupby("aaabccaa")])
print(list(it.islice("abcdefg", 1, 6, 2)), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.tee([1, 2], 2)[1]))
print(list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.pairwise("abcd")), list(it.batched("abcdefg", 3)))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
try:
    list(it.islice("abc", -1))
except ValueError as e:
    print("ValueError:", e)
try:
    it.batched("abc", 0)
except ValueError as e:
    print("ValueError:", e)
c = it.count(1)
print(next(c), next(c), repr(c), repr(it.repeat(1, 2)))
print(list(it.groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=len), key=len))[0][0])
grouped = {k: list(v) for k, v in it.groupby(sorted("mississippi"))}
print(grouped)
print(sum(1 for _ in it.combinations(range(10), 3)), list(it.accumulate([3, 1, 4, 1, 5], max)))
