# Integer operators: floor division and modulo signs, bit operations, shifts, int() bases, round().
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3)]
for a, b in pairs:
    print(f"{a:>3} {b:>3}: // {a // b:>3}  % {a % b:>3}  divmod {divmod(a, b)}  / {a / b}")
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xFF, -1 >> 10, 1 << 10, -16 >> 2, 255 >> 4)
print((-8) % 3, -8 % -3, 8 % -3, 2 ** -2, (-2) ** 3, -2 ** 2, pow(-2, 2), pow(2, 3, 3), pow(-3, 3, 5))
print(int("101", 2), int("z", 36), int("0x1F", 16), int("0b11", 0), int("077", 8), int("-  5".replace(" ", "")))
print(round(15, -1), round(25, -1), round(-15, -1), round(1234, -2), round(5, 0), round(7, 2), type(round(7.5)).__name__)
print(abs(-0), int(-0.0), True + True, True * 10, False - 1, 10 / True, int(True) << 3)
print((1024).bit_length(), (0).bit_length(), (-1).bit_length())
print(int(3.999), int(-3.999), int("  12  "), int(1e3), 10 // 3 * 3 + 10 % 3, 7 // 0.5)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(max(-3, 2, key=abs), min(-3, 2, key=abs), sorted([-3, 2, -1], key=abs), sum(range(-5, 6)))
x = 10
x //= 3
x **= 3
x %= 7
x <<= 2
x |= 1
x ^= 0b101
x &= 0xF
x >>= 1
print("augmented:", x)
print(0 == -0, 1 == 1.0, (1).__add__(2), (5).__rsub__(3), (7).__floordiv__(2), int.__mod__(-7, 3))
print(9 ** 0.5, 8 ** (1 / 3), (-8) ** 2, 0 ** 0, 1 ** 1000, 10 ** -1)
