import math

for v in [0.0, 0.5, 1.0, 2.0, 10.0, -0.5, 1e-300, 123.456, 0.1, 1.4, 1.6, 3.0, 5.5, -2.5, 27.0, 30.0]:
    print(v, math.erf(v), math.erfc(v))
