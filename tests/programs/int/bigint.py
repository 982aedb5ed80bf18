# Arbitrary precision: big values, mixed signs, powers and their string forms.
a = 2 ** 100
b = 3 ** 80
print(a)
print(b)
print(a * b)
print(a - b)
print(b // a, b % a)
print(-b // a, -b % a)
print(divmod(-a * 7 - 3, 1000000007))
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(len(str(f)), f.bit_length())
print(10 ** 50 + 1)
print((10 ** 30) // (10 ** 15), (10 ** 30) % 7)
print(-(10 ** 25) // 3, -(10 ** 25) % 3)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63)
print(hex(2 ** 70), oct(2 ** 70), bin(2 ** 70))
print(int("9" * 40) + 1)
print((2 ** 200) >> 190, 1 << 100, -(1 << 70) >> 3)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 5, (2 ** 100) ^ (2 ** 99))
print(-(2 ** 80) & 0xFFFF, ~(2 ** 80))
print(abs(-(3 ** 50)), pow(7, 200, 10 ** 9 + 7))
print(sum(range(10 ** 6)), 10 ** 20 // 10 ** 19)
print((10 ** 40) == 10 ** 40, (10 ** 40) < 10 ** 41, -(10 ** 40) < 1)
print(float(2 ** 100), float(-(3 ** 40)))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 / 10 ** 399)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(int(1e20), int(-1.5e16), int(2.0 ** 80))
