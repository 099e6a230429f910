# Big integers: arithmetic, powers, factorials, conversions, comparisons with floats.
big = 2 ** 100
print(big, big + 1, big - 2 ** 99, big * big)
print(-big, abs(-big), big // 3, big % 1000007, -big // 7, -big % 7)
print(divmod(big, 12345), divmod(-big, 12345))
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(len(str(f)), str(f)[:10], f % 10 ** 9 == 0)
print(3 ** 200)
print(10 ** 30 // 7, 10 ** 30 / 7, (10 ** 30) / (10 ** 28))
print(int("123456789012345678901234567890") * 2)
print(int("-987654321987654321987654321") // 10 ** 9)
print(hex(2 ** 70)[2:], hex(-(2 ** 70))[3:], oct(2 ** 70), bin(2 ** 70 + 1))
print(int("ffffffffffffffffffff", 16), int("1" * 70, 2))
print(2 ** 64 == 2.0 ** 64, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 20 < 1e21, 10 ** 400 > 1e308)
print(float(2 ** 100), float(3 ** 50), int(1e20), int(-1.5e25))
print((2 ** 100).bit_length(), (-(2 ** 65)).bit_length(), (255).bit_length())
print(2 ** 100 >> 90, 1 << 80, (2 ** 80 - 1) & 0xFFFF, (2 ** 80) | 1, (2 ** 64) ^ (2 ** 63), ~(2 ** 70))
print(pow(2, 1000, 10 ** 9 + 7), pow(3, 10 ** 5, 1000), pow(7, -1, 13))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
print(max(2 ** 80, 2 ** 79 * 3), min(-(2 ** 90), -1), sorted([2 ** 70, -(2 ** 70), 0, 2 ** 69]))
x = 1
for _ in range(5):
    x = x * 1000003 + 7
print(x, x % 97, hash(2 ** 61 - 1) == hash(0), hash(2 ** 61) == hash(1))
print(round(123456789012345678901234, -10), round(2 ** 70, -3))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2 ** 10000 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(f"{2 ** 80:,}", f"{2 ** 80:_x}", f"{-(2 ** 70):>30}", f"{3 ** 40:e}")
print(0 ** 0, (-2) ** 63, (-2) ** 64, -(2 ** 63) - 1, 2 ** 63 - 1 + 1)
