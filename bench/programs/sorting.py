"""Sorting with key functions: sorted/list.sort, lambda and operator keys, tuples, stability, cmp_to_key."""
# QUICK_SIZE: 300
import functools
import operator
import sys


class Employee:
    def __init__(self, name, dept, age, salary):
        self.name = name
        self.dept = dept
        self.age = age
        self.salary = salary


def make(n):
    seed = 31337
    people = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        name = "".join(chr(97 + (seed >> s) % 26) for s in (0, 5, 10, 15, 20))
        people.append(Employee(name, "D%d" % (seed % 12), 20 + seed % 45, 1000 + seed % 9000))
    return people


def by_version(a, b):
    # compare "x.y.z" strings numerically
    pa = [int(p) for p in a.split(".")]
    pb = [int(p) for p in b.split(".")]
    return (pa > pb) - (pa < pb)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 28000
    people = make(n)
    h = 0
    for rnd in range(3):
        a = sorted(people, key=lambda e: e.salary)
        b = sorted(people, key=operator.attrgetter("dept", "age"), reverse=True)
        c = sorted(people, key=lambda e: (e.dept, -e.salary, e.name))
        d = sorted(people, key=lambda e: e.name.lower())
        # stable two-pass sort equals the tuple sort
        e = sorted(people, key=lambda e: e.name)
        e.sort(key=operator.attrgetter("dept"))
        rows = [(p.dept, p.age, p.name) for p in people]
        rows.sort(key=operator.itemgetter(1, 0))
        nums = [p.salary * 7 % 1013 for p in people]
        nums.sort()
        nums.sort(reverse=True)
        words = sorted((p.name for p in people), key=len)
        h = (h * 31 + a[0].salary + b[0].age + c[-1].salary + len(d[n // 2].name)) % 1000000007
        h = (h + e[n // 3].age + rows[n // 4][1] + nums[n // 5] + len(words[-1])) % 1000000007
    versions = ["%d.%d.%d" % (i % 7, i % 13, i % 29) for i in range(n // 4)]
    versions.sort(key=functools.cmp_to_key(by_version))
    print(f"lowest {a[0].name} {a[0].salary} highest {a[-1].name} {a[-1].salary}")
    print(f"first by dept/age {b[0].dept} {b[0].age} first by name {d[0].name}")
    print(f"versions {versions[:3]} {versions[-1]}")
    print(f"checksum {h}")


main()
