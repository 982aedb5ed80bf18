# Pure-Python matrix arithmetic with fractions: multiply, transpose, determinant, inverse.
from fractions import Fraction as F
def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
def inverse(m):
    n = len(m)
    aug = [[F(v) for v in row] + [F(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if aug[r][col] != 0)
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [v / p for v in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]
A = [[2, 1, 1], [1, 3, 2], [1, 0, 0]]
B = [[1, 2], [0, 1], [4, 0]]
print(mat_mul(A, B), transpose(B), det(A))
inv = inverse(A)
print([[str(v) for v in row] for row in inv])
print(mat_mul(A, inv) == [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
I = [[int(i == j) for j in range(4)] for i in range(4)]
print(det(I), det([[1, 2], [2, 4]]), det([[F(1, 2), F(1, 3)], [F(1, 4), F(1, 5)]]))
try:
    inverse([[1, 2], [2, 4]])
except StopIteration:
    print("singular matrix")
M = [[1, 1], [1, 0]]
P = I2 = [[1, 0], [0, 1]]
for _ in range(30):
    P = mat_mul(P, M)
print(P[0][1], F(355, 113) - F(22, 7), float(F(1, 3)), F(3, 6), F(-4, 6) ** 2)
