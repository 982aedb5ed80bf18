"""Properties and descriptors: @property getters/setters, custom descriptors, __slots__, class/static methods."""
# QUICK_SIZE: 500
import sys


class Bounded:
    """A data descriptor that clamps values into a range and counts writes."""

    def __set_name__(self, owner, name):
        self.slot = "_" + name

    def __init__(self, low, high):
        self.low = low
        self.high = high
        self.writes = 0

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        self.writes += 1
        if value < self.low:
            value = self.low
        elif value > self.high:
            value = self.high
        setattr(obj, self.slot, value)


class Lazy:
    """A non-data descriptor that computes once and caches in the instance dict."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Pixel:
    red = Bounded(0, 255)
    green = Bounded(0, 255)
    blue = Bounded(0, 255)

    def __init__(self, r, g, b):
        self.red = r
        self.green = g
        self.blue = b

    @property
    def gray(self):
        return (self.red * 30 + self.green * 59 + self.blue * 11) // 100

    @gray.setter
    def gray(self, value):
        self.red = self.green = self.blue = value

    @Lazy
    def code(self):
        return "#%02x%02x%02x" % (self.red, self.green, self.blue)

    @classmethod
    def black(cls):
        return cls(0, 0, 0)

    @staticmethod
    def mix(a, b):
        return (a + b) // 2


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 160000
    acc = 0
    codes = 0
    for i in range(n):
        p = Pixel(i % 300 - 20, (i * 7) % 280, (i * 13) % 256)
        acc += p.gray
        if i % 3 == 0:
            p.gray = p.gray + 40
        p.red = Pixel.mix(p.red, p.blue)
        acc += p.red + p.green + p.blue
        codes += len(p.code) + len(p.code)
        v = Vec(i % 17 - 8, i % 23 - 11)
        v.x += v.y
        acc += v.norm1
    b = Pixel.black()
    print(f"writes {Pixel.red.writes} {Pixel.green.writes} {Pixel.blue.writes}")
    print(f"black {b.gray} code {b.code} slots {hasattr(Vec(1, 2), '__dict__')}")
    print(f"checksum {acc} {codes}")


main()
