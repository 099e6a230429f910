# Float repr: shortest round-trip digits, exponents, special values, arithmetic results.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e15, 1e16, 1e17, 1.5e16,
          123456789.123456789, 0.0001, 0.00001, 1e-7, 1.2345e-10, 5e-324, 1.7976931348623157e308,
          2.5, -0.0, 3.14159265358979, 1e22, 1e23, 9007199254740993.0, 0.3, 1.1 * 3]
for v in values:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"), repr(float("nan")))
print(1e308 * 10, -1e308 * 10, float("inf") - float("inf"))
print(float("1e500"), float("-1e-500"), float("  2.5  "), float("1_000.5"), float("infinity"), float("-NaN"))
print(7 / 2, 7 // 2.0, -7 / 2, -7 // 2.0, 7 % 2.5, -7 % 2.5, 2 ** 0.5, 10 ** -2, 4 ** 0.5)
print(round(1.005, 2), round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5678, -2), round(1.25, 1))
print(int(2.9), int(-2.9), float(7), 3.0 == 3, 0.1 * 3 == 0.3, abs(-2.5))
print(1.0.is_integer(), (2.5).is_integer(), float(7).is_integer())
print(sum([0.1] * 10), 0.1 * 10, 1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(divmod(7.5, 2), divmod(-7.5, 2), 5.0 // 0.3, 5.0 % 0.3)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print([1.0, 2.50, -3e-5], (0.5,), {1.5: 2.25})
print(str(1e-4), str(1e-5), str(123456789012345.6), str(1234567890123456.7), str(12345678901234567.0))
print(1e300 * 1e-300, 3 * 1.1, 0.1 + 0.7, 4.35 * 100, 1.15 * 100)
print(float(10 ** 16), float(2 ** 63), 2.0 ** 63, 1e-310, 2.2250738585072014e-308 / 2)
