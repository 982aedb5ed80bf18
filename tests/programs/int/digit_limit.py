# CPython's int/str conversion digit limit (sys.set_int_max_str_digits).
import sys
print(sys.get_int_max_str_digits())
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4299)))
sys.set_int_max_str_digits(6000)
print(len(str(big)))
print(int("7" * 5500) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
try:
    repr(10 ** 700)
except ValueError as e:
    print("ValueError:", e)
print(hex(10 ** 700)[:12])
print(int("f" * 700, 16) % 97)
sys.set_int_max_str_digits(4300)
print(f"{10 ** 30:,}", f"{2 ** 40:_x}")
