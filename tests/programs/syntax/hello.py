# The first milestone: literals, arithmetic, a function, a loop, a list and a dict printed.
print("hello")
print("hello", "world", 42, 3.5, True, None)
x = 6 * 7
print(x, x + 1, x - 50, x // 5, x % 5, x / 4, -x, 2 ** 10)
def greet(name, punctuation="!"):
    return "hello, " + name + punctuation
print(greet("taipan"), greet("python", "?"))
total = 0
for i in range(1, 11):
    total += i
print("sum of 1..10 =", total)
n = 3
while n > 0:
    print("countdown", n)
    n -= 1
items = [1, "two", 3.0, [4], (5,), {6: "six"}]
print(items, len(items), items[1], items[-1])
ages = {"ann": 31, "bob": 25}
ages["cy"] = 40
print(ages, sorted(ages), ages.get("bob"), "ann" in ages)
if total > 50 and x == 42:
    print("conditions hold")
else:
    print("unexpected")
print(f"{x} is {'even' if x % 2 == 0 else 'odd'}", "%s-%d" % ("a", 1), "{}+{}".format(1, 2))
