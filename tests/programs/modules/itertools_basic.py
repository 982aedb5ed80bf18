from itertools import (accumulate, batched, chain, combinations, combinations_with_replacement, compress, count,
                       cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat,
                       starmap, takewhile, tee, zip_longest)

def show(it, n=None):
    out = []
    for x in it:
        out.append(x)
        if n is not None and len(out) >= n:
            break
    print(out)

show(count(), 3); show(count(5, 2), 3); show(count(1.5, 0.1), 4); show(count(2 ** 63 - 2), 3)
print(repr(count(2 ** 70, 2.5)), repr(count(1, 1)), repr(count(0.5)), repr(count(1, 1.0)), repr(count(1.0, 1)))
c = count(3); next(c); print(c)
show(cycle("abc"), 7); show(cycle([]))
show(repeat("x", 3)); print(repr(repeat(1)), repr(repeat(1, -2)), repr(repeat("a", 3)), repeat(1, 5).__length_hint__())
show(accumulate([1, 2, 3, 4])); show(accumulate([1, 2, 3], initial=10)); show(accumulate([3, 1, 4, 1, 5], max))
show(accumulate([], initial=None)); show(accumulate([2, 3], lambda a, b: a * b, initial=1))
show(batched("abcdefg", 3)); show(batched([], 2))
show(chain("ab", [1, 2], ())); show(chain.from_iterable(["xy", "z"])); show(chain())
show(compress("ABCDEF", [1, 0, 1, 0, 1, 1]))
show(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])); show(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
show(filterfalse(lambda x: x % 2, [1, 2, 3, 4, 5])); show(filterfalse(None, [0, 1, "", "a"]))
for k, g in groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3):
    print(k, list(g))
gb = groupby("aabbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
gb = groupby("aaab")
k1, g1 = next(gb)
print(next(g1), k1)
k2, g2 = next(gb)
print(list(g1), k2, list(g2))
show(islice("ABCDEFG", 2)); show(islice("ABCDEFG", 2, 4)); show(islice("ABCDEFG", 2, None)); show(islice("ABCDEFG", 0, None, 2))
show(islice(count(), 1, 10, 3)); show(islice("abc", None)); show(islice("abc", 5, 9))
it = iter("abcdef"); show(islice(it, 2)); show(it)
show(pairwise("ABCDE")); show(pairwise("A"))
show(starmap(pow, [(2, 5), (3, 2)])); show(starmap(max, [[1, 5], [7, 2]]))
show(zip_longest("ABCD", "xy", fillvalue="-")); show(zip_longest("AB", [1], [None, 2, 3])); show(zip_longest())
show(product("ab", range(2))); show(product([1, 2], repeat=2)); show(product()); show(product("ab", []))
show(permutations("ABC", 2)); show(permutations(range(3))); show(permutations("AB", 3)); show(permutations([], 0))
show(combinations("ABCD", 2)); show(combinations(range(4), 3)); show(combinations("AB", 3)); show(combinations("AB", 0))
show(combinations_with_replacement("ABC", 2)); show(combinations_with_replacement([], 2)); show(combinations_with_replacement([], 0))
a, b = tee([1, 2, 3])
print(next(a), list(b), list(a))
a, b, c = tee(iter("xyz"), 3)
print(list(a), list(b), list(c), type(a).__name__)
a, = tee([5, 6], 1)
d = a.__copy__()
print(next(a), list(d), list(a), tee([1], 0))
print(type(groupby("a")).__name__, type(next(groupby("a"))[1]).__name__, cycle.__module__)
for expr in ["count('a')", "count(1, 'a')", "repeat()", "repeat(1, 'a')", "cycle()", "accumulate()",
             "batched('abc')", "batched('abc', 0)", "list(chain(1))", "compress([1])", "dropwhile(len)",
             "groupby()", "islice('a')", "islice('a', -1)", "islice('a', 'x')", "islice('a', 1, 2, 0)",
             "islice('a', -1, 2)", "islice('a', 1, 2, 3, 4)", "pairwise()", "starmap(len)",
             "list(starmap(len, [1]))", "tee('a', -1)", "tee(1)", "zip_longest(1)", "zip_longest([], x=1)",
             "product([1], repeat=-1)", "permutations([1], -1)", "combinations([1], -1)",
             "combinations_with_replacement([1], -1)", "permutations([1], 'a')", "cycle([1], x=2)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
