# Pattern evaluation order: subject evaluated once, guards run only after a structural match, failed cases bind nothing.
calls = []
def subject():
    calls.append("subject evaluated")
    return [1, 2, 3]
def guard(tag, result):
    calls.append(f"guard {tag}")
    return result
match subject():
    case [1, *rest] if guard("first", False):
        print("not taken")
    case [x, y, z] if guard("second", x < y < z):
        print("taken", x, y, z)
    case _:
        print("not reached")
print(calls)
match [10, 20]:
    case [a, 99]:
        pass
    case _:
        print("after a failed case, a may be bound:", a if "a" in dir() else "unbound")
match (1, 2, 3, 4, 5):
    case (first, *middle, last):
        print(first, middle, last)
match []:
    case [*nothing]:
        print("empty star capture", nothing)
match "abc":
    case "a" | "abc":
        print("string literal alternative")
match 5:
    case 1 | 2 | 3:
        print("small")
    case 4 | 5 | 6 as n if n % 2:
        print("odd medium", n)
match {"a": [1, {"b": (2, 3)}]}:
    case {"a": [1, {"b": (2, c)}]}:
        print("deep capture", c)
class Counter:
    count = 0
    def __eq__(self, other):
        Counter.count += 1
        return other == 42
class Holder:
    target = Counter()
match 42:
    case Holder.target:
        print("value pattern uses ==, calls:", Counter.count)
