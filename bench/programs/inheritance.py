"""Inheritance: class hierarchies, super() chains, overriding, mixins and MRO, isinstance checks."""
# QUICK_SIZE: 500
import sys


class Shape:
    kind = "shape"

    def __init__(self, name):
        self.name = name
        self.moves = 0

    def area(self):
        return 0.0

    def perimeter(self):
        return 0.0

    def describe(self):
        return self.kind + ":" + self.name

    def move(self, dx, dy):
        self.moves += 1
        return dx + dy


class Rect(Shape):
    kind = "rect"

    def __init__(self, name, w, h):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    kind = "square"

    def __init__(self, name, side):
        super().__init__(name, side, side)

    def describe(self):
        return "[" + super().describe() + "]"


class Circle(Shape):
    kind = "circle"

    def __init__(self, name, r):
        super().__init__(name)
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    def perimeter(self):
        return 6.28318 * self.r


class Tagged:
    def __init__(self, *args, **kwargs):
        self.tags = []
        super().__init__(*args, **kwargs)

    def tag(self, t):
        self.tags.append(t)
        return len(self.tags)

    def describe(self):
        return super().describe() + "#" + str(len(self.tags))


class Counted:
    created = 0

    def __init__(self, *args, **kwargs):
        Counted.created += 1
        super().__init__(*args, **kwargs)

    def move(self, dx, dy):
        return 2 * super().move(dx, dy)


class FancySquare(Tagged, Counted, Square):
    kind = "fancy"


class FancyCircle(Counted, Tagged, Circle):
    def area(self):
        return super().area() + 1.0


def build(n):
    shapes = []
    for i in range(n):
        k = i % 5
        if k == 0:
            shapes.append(Rect("r%d" % i, i % 7 + 1, i % 11 + 1))
        elif k == 1:
            shapes.append(Square("s%d" % i, i % 9 + 1))
        elif k == 2:
            shapes.append(Circle("c%d" % i, (i % 6 + 1) * 0.5))
        elif k == 3:
            shapes.append(FancySquare("f%d" % i, i % 4 + 2))
        else:
            shapes.append(FancyCircle("g%d" % i, (i % 3 + 1) * 0.25))
    return shapes


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 48000
    total_area = 0.0
    total_perim = 0.0
    desc_len = 0
    moved = 0
    rects = 0
    for rnd in range(6):
        Counted.created = 0
        shapes = build(n)
        for s in shapes:
            total_area += s.area()
            total_perim += s.perimeter()
            if isinstance(s, Tagged):
                s.tag(rnd)
            desc_len += len(s.describe())
            moved += s.move(rnd, 1)
            if isinstance(s, Rect):
                rects += 1
    print(f"mro {[c.__name__ for c in FancySquare.__mro__]}")
    print(f"created {Counted.created} rects {rects} moved {moved} desc {desc_len}")
    print(f"area {total_area:.4f} perimeter {total_perim:.4f}")


main()
