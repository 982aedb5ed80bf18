import _operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.neg(3), op.pos(-3), op.abs(-4), op.inv(5), op.invert(5), op.not_(0), op.truth([1]))
print(op.lshift(1, 3), op.rshift(16, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.pow(2, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2))
print(op.is_(None, None), op.is_not(1, None), op.index(7), op.contains([1, 2], 2))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf([3, 4, 5], 5))
print(op.concat([1], [2]), op.concat("a", "b"), op.getitem([1, 2, 3], 1))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
l2 = [1]
print(op.iadd(l2, [2]) is l2, l2, op.iconcat(l2, [3]), op.imul(3, 4))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(object(), 5))
print(op._compare_digest(b"abc", b"abc"), op._compare_digest("abc", "abd"), op._compare_digest(b"a", b"ab"))
print(op.call(max, 1, 5, 3), op.call(sorted, [3, 1], reverse=True))

class P:
    def __init__(self):
        self.a = 1
        self.b = self
    def m(self, x, y=0):
        return x + y

p = P()
print(op.attrgetter("a")(p), op.attrgetter("a", "b.a")(p), op.attrgetter("b.b.a")(p))
print(op.itemgetter(1)([5, 6]), op.itemgetter(0, 2)("xyz"), op.itemgetter("k")({"k": 3}))
print(op.methodcaller("m", 2, y=3)(p), op.methodcaller("m", 1)(p))
print(repr(op.attrgetter("a", "b.c")), repr(op.itemgetter(1)), repr(op.itemgetter(1, "x")))
print(repr(op.methodcaller("f", 1, b=2)), repr(op.methodcaller("g")))
print(op.itemgetter(1, 2).__reduce__()[1], op.attrgetter("x.y").__reduce__()[1])
print(type(op.attrgetter("a")).__module__, type(op.itemgetter(1)).__name__)

for expr in ["op.concat(1, 2)", "op.length_hint(1, 'x')", "op.attrgetter()", "op.attrgetter(1)",
             "op.methodcaller()", "op.methodcaller(1)", "op.itemgetter()", "op.itemgetter(1, x=2)",
             "op.itemgetter(1)()", "op.attrgetter('a')(1, 2)", "op.indexOf([1], 2)", "op.index(1.5)",
             "op._compare_digest('a', 1)", "op._compare_digest('\u00e9', 'a')", "op.countOf(1, 2)",
             "op.attrgetter('a.b')(1)", "op.add(1, 'a')", "op.itemgetter(5)((1, 2))", "op.call()"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)

import operator
print(operator.add is op.add, operator.__add__(1, 2), operator.itemgetter is op.itemgetter)
