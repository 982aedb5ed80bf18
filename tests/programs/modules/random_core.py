import _random

r = _random.Random(42)
print(r.random(), r.random(), r.getrandbits(8), r.getrandbits(32), r.getrandbits(70), r.getrandbits(0))
r.seed(2 ** 100 + 7)
print(r.random(), r.getrandbits(64))
r.seed(-5)
a = r.random()
r.seed(5)
print(a == r.random(), a)
r.seed(0)
print(r.random())
s = r.getstate()
print(len(s), s[-1], type(s).__name__)
x = (r.random(), r.random(), r.random())
r.setstate(s)
print(x == (r.random(), r.random(), r.random()))
r.seed(3.5)
print(r.random())
for expr in ["r.getrandbits(-1)", "r.setstate(1)", "r.setstate((1, 2))", "r.setstate(tuple([0] * 624 + [700]))",
             "_random.Random(1, 2)", "_random.Random(x=1)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)

import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
random.seed("hello")
print(random.random(), random.randrange(1000))
rng = random.Random(12345)
l = [1, 2, 3, 4, 5, 6, 7, 8]
rng.shuffle(l)
print(l, rng.sample(range(100), 5), rng.gauss(0, 1))
