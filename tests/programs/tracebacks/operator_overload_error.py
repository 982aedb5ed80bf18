# An exception raised inside __add__ of a user class, reached through the + operator.
class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __add__(self, other):
        if len(self.xs) != len(other.xs):
            raise ValueError(f"length mismatch: {len(self.xs)} != {len(other.xs)}")
        return Vec(*(a + b for a, b in zip(self.xs, other.xs)))
print((Vec(1, 2) + Vec(3, 4)).xs)
total = Vec(1, 2) + Vec(1, 2, 3)
