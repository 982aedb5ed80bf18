# A seeded random sequence is bit-exact with CPython's Mersenne Twister.
import random
random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print(random.randrange(0, 1000, 7), random.choice("abcdefg"), random.getrandbits(64), random.getrandbits(1))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.choices("xyz", k=6), random.choices("ab", weights=[1, 9], k=5))
print(random.uniform(1, 2), random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(1.5))
print(random.triangular(0, 10, 3), random.betavariate(2, 3), random.gammavariate(2, 1), random.vonmisesvariate(1, 2))
print(random.lognormvariate(0, 1), random.paretovariate(3), random.weibullvariate(1, 2), random.binomialvariate(10, 0.3))
r = random.Random("string seed")
print(r.random(), r.randint(0, 10 ** 30))
r2 = random.Random(2 ** 100)
print(r2.random(), r2.randbytes(8))
state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random())
random.seed(b"bytes seed")
print(random.random())
random.seed(3.5)
print(random.random())
random.seed(0, version=1)
print(random.random())
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
print(random.Random(7).sample(["a", "b", "c", "d"], 2), random.Random(7).randrange(10 ** 20))
