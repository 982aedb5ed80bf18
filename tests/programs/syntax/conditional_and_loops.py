# if/elif/else chains, while with complex conditions, for over many iterables, nested loops with labels emulated.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
print([grade(s) for s in (95, 85, 75, 10)])
n, steps = 27, 0
while n != 1 and steps < 1000:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
for ch in "ab":
    for num in (1, 2):
        print(ch, num, end="; ")
print()
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    else:
        continue
    break
print("found", found)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for i, (a, b) in enumerate(zip("pq", "rs")):
    print(i, a, b)
for x in range(10, 0, -3):
    print(x, end=" ")
print()
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
for _ in []:
    print("never")
else:
    print("empty loop else")
total = 0
for row in [[1, 2], [3], []]:
    for v in row:
        total += v
print(total)
it = iter(range(3))
for v in it:
    print("outer", v, "skip", next(it, None))
x = 5
if x > 3 and x < 10 or x == 0:
    print("compound condition")
if not (x is None) and x in range(10):
    print("membership")
print("yes" if x else "no", [v for v in range(3)] if x > 100 else "no list")
