# Big integer algorithms: Fibonacci, factorial digits, gcd, base conversion, int() parsing.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

for n in [50, 90, 93, 94, 100, 200, 300]:
    print(f"fib({n}) = {fib(n)}")

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(gcd(fib(300), fib(200)), gcd(2 ** 100, 6 ** 50), gcd(-48, 18))

def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for base in (2, 7, 16, 36):
    s = to_base(3 ** 60, base)
    print(base, s, int(s, base) == 3 ** 60)
print(to_base(-(10 ** 25), 36), int("-" + to_base(10 ** 25, 36)[1:], 36) if False else int(to_base(-(10 ** 25), 36), 36))
print(int("0x" + "f" * 30, 16), int("0b101", 0), int("0o777", 0), int("1_000_000_000_000_000_000"))
print(int("  -42  "), int("+7"), int("00012"))
for bad in ["12a", "", "1__0", "1.5"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
n = 12345678901234567890
print(n * n * n, n ** 3 // n ** 2 == n, (n * n - 1) % n, -n // 1000, -n % 1000)
digits = str(2 ** 1000)
print(len(digits), sum(int(c) for c in digits), digits[:20], digits[-20:])
print(10 ** 50 // 3 * 3 + 10 ** 50 % 3 == 10 ** 50, 7 ** 77 % 1000, (-7) ** 77 % 1000)
print(isinstance(2 ** 100, int), type(2 ** 100).__name__, bool(2 ** 100 - 2 ** 100))
print(int(True) + 2 ** 64, True + True, 2 ** 64 * False)
print(abs(-(2 ** 64)), -(2 ** 64) < -(2 ** 63), 2 ** 64 > 2 ** 64 - 1 > 0)
print(str(-(10 ** 20)), repr(10 ** 20), f"{10 ** 20:d}", "%d" % 10 ** 21, "%x" % 2 ** 65)
