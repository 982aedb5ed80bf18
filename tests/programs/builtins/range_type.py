# range: lengths, indexing, slicing, containment, equality, errors, huge ranges.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r.index(8), r.count(8), 8 in r, 9 in r)
print(range(5), range(0), range(1, 5), range(10, 0, -2), list(range(10, 0, -2)), len(range(5, 1)))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 10, 2) == range(1, 11, 2))
print(r.start, r.stop, r.step, hash(range(3)) == hash(range(0, 3)))
huge = range(10 ** 20)
print(len(range(10 ** 18)), huge[-1], huge[10 ** 19], 10 ** 19 in huge, huge[::10 ** 10][5])
try:
    len(huge)
except OverflowError as e:
    print("OverflowError:", e)
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(9)
except ValueError as e:
    print("ValueError:", e)
print(list(reversed(range(5))), sorted(range(5), reverse=True), sum(range(101)), max(range(7)))
print(range(3).__iter__().__class__.__name__, reversed(range(3)).__class__.__name__)
print(list(range(-5, 5, 4)), list(range(5, -5, -4)), range(0, 10)[2:8:2])
print(1.0 in range(3), "1" in range(3), True in range(3))
