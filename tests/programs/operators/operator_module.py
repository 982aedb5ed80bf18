# The operator module: function forms of operators, itemgetter/attrgetter/methodcaller, in-place forms.
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8))
print(op.neg(4), op.pos(-4), op.abs(-4), op.invert(4), op.lshift(1, 4), op.rshift(32, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.concat([1], [2]), op.getitem("abc", 1))
lst = [1, 2, 3]
op.setitem(lst, 0, 9); op.delitem(lst, 1)
print(lst, op.length_hint([1, 2]), op.length_hint(iter([]), 5), op.index(7))
print(op.itemgetter(0)("xyz"), op.itemgetter(0, 2)("xyz"), op.itemgetter("k")({"k": 1}), op.itemgetter(slice(1, None))("xyz"))
class P:
    def __init__(self):
        self.a = type("Inner", (), {"b": "deep"})()
        self.n = 5
    def greet(self, who, punct="!"):
        return f"hi {who}{punct}"
p = P()
print(op.attrgetter("n")(p), op.attrgetter("a.b")(p), op.attrgetter("n", "a.b")(p), op.methodcaller("greet", "bob", punct="?")(p))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.imul("a", 3), op.iconcat([0], [1]), op.ior({1}, {2}))
print(op.matmul.__name__, op.call(len, "abc") if hasattr(op, "call") else 3)
print(repr(op.itemgetter(1)), repr(op.attrgetter("x")), repr(op.methodcaller("m", 1, k=2)))
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    op.attrgetter("nope")(p)
except AttributeError as e:
    print("AttributeError:", e)
try:
    op.index(1.5)
except TypeError as e:
    print("TypeError:", e)
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=op.itemgetter(1, 0)), list(map(op.itemgetter(0), rows)))
