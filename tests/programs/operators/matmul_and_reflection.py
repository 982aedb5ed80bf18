# The @ operator, reflected operands, NotImplemented chains, and in-place fallbacks for matmul.
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        if isinstance(other, Matrix):
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])
        if isinstance(other, list):
            return [sum(a * b for a, b in zip(r, other)) for r in self.rows]
        return NotImplemented
    def __rmatmul__(self, other):
        if isinstance(other, list):
            return [sum(a * b for a, b in zip(other, c)) for c in zip(*self.rows)]
        return NotImplemented
    def __repr__(self):
        return f"Matrix({self.rows})"
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B, B @ A, A @ [1, 1], [1, 1] @ A)
C = A
C @= B
print(C, A, C is A)
for bad in ["A @ 5", "5 @ A", "1 @ 2", "'a' @ 'b'"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "TypeError:", e)
class Left:
    def __add__(self, o):
        print("Left.__add__ -> NotImplemented")
        return NotImplemented
class Right:
    def __radd__(self, o):
        print("Right.__radd__")
        return "right wins"
print(Left() + Right())
class Neither:
    def __radd__(self, o):
        return NotImplemented
try:
    Left() + Neither()
except TypeError as e:
    print("TypeError:", e)
class SubRight(Left):
    def __radd__(self, o):
        return "subclass reflected first"
print(Left() + SubRight())
print(sum([[1], [2]], []), (3).__rmatmul__ if hasattr(3, "__rmatmul__") else "int has no @")
