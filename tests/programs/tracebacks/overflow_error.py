# OverflowError from float conversion of a huge int inside an expression.
import math
big = 10 ** 400
print(math.log10(big))
print(float(big) * 2)
